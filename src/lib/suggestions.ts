/**
 * Returns the number of single-character edits (insert, delete, replace, or swap of two
 * neighbours) that turn `a` into `b`. Swaps count once, so "emial" is one edit from "email".
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j] is the distance between the first i characters of a and the first j of b.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.length, b.length);
}

/** Returns the known word closest to `word` when it is near enough to be a likely typo, else undefined. */
export function closestMatch(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { match: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (best === undefined || distance < best.distance) best = { match: candidate, distance };
  }
  if (best === undefined) return undefined;
  // Allow one edit in four characters, so "assesedLevel" finds "assessedLevel" but "foo" finds nothing.
  return best.distance <= Math.max(1, Math.floor(best.match.length / 4)) ? best.match : undefined;
}

/** Returns ` Did you mean "x"?` when a close match exists, else an empty string. */
export function didYouMean(word: string, known: readonly string[]): string {
  const match = closestMatch(word, known);
  return match === undefined ? "" : ` Did you mean "${match}"?`;
}

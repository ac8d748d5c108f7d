import { closest, distance } from "fastest-levenshtein";

/** Returns the known word closest to `word` when it is near enough to be a likely typo, else undefined. */
export function closestMatch(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const candidate = closest(
    word.toLowerCase(),
    known.map((k) => k.toLowerCase()),
  );
  const match = known.find((k) => k.toLowerCase() === candidate);
  if (match === undefined) return undefined;
  // Allow one edit in four characters, so "assesedLevel" finds "assessedLevel" but "foo" finds nothing.
  return distance(word.toLowerCase(), candidate) <= Math.max(1, Math.floor(match.length / 4)) ? match : undefined;
}

/** Returns ` Did you mean "x"?` when a close match exists, else an empty string. */
export function didYouMean(word: string, known: readonly string[]): string {
  const match = closestMatch(word, known);
  return match === undefined ? "" : ` Did you mean "${match}"?`;
}

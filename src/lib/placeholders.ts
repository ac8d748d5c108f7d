/** The mark that starts every placeholder a new skeleton holds; validation warns while any is left. */
export const PLACEHOLDER_MARK = "[TO COMPLETE]";

/** Returns the 1-based line and column of every placeholder mark left in `text`. */
export function findPlaceholders(text: string): { line: number; column: number }[] {
  const found: { line: number; column: number }[] = [];
  // A byte order mark is not a column an editor shows.
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let line = 1;
  let lineStart = 0;
  let searched = 0;
  for (let at = body.indexOf(PLACEHOLDER_MARK); at !== -1; at = body.indexOf(PLACEHOLDER_MARK, at + 1)) {
    for (let i = body.indexOf("\n", searched); i !== -1 && i < at; i = body.indexOf("\n", i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    searched = at;
    found.push({ line, column: at - lineStart + 1 });
  }
  return found;
}

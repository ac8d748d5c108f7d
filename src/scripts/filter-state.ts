/** The chosen filter values, by filter name; an absent name means "any". */
export type FilterState = Record<string, string[]>;

/** Returns the filter state in a URL query string; list filters are written comma-separated, such as p=a,b. */
export function readFilters(search: string, names: readonly string[]): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const name of names) {
    const values = params
      .getAll(name)
      .flatMap((value) => value.split(","))
      .map((value) => value.trim())
      .filter((value) => value !== "");
    if (values.length > 0) state[name] = [...new Set(values)];
  }
  return state;
}

/** Returns the query string for a filter state, keeping other parameters of `search` as they were. */
export function writeFilters(state: FilterState, names: readonly string[], search = ""): string {
  const params = new URLSearchParams(search);
  for (const name of names) {
    params.delete(name);
    const values = state[name] ?? [];
    if (values.length > 0) params.set(name, values.join(","));
  }
  // Commas in a list are readable in a shared link; URLSearchParams would escape them as %2C.
  const text = params.toString().replace(/%2C/gi, ",");
  return text === "" ? "" : `?${text}`;
}

/** Returns true when an item with these values passes every filter (any chosen value of a filter matches). */
export function matches(state: FilterState, values: Record<string, readonly string[]>): boolean {
  return Object.entries(state).every(([name, chosen]) =>
    chosen.some((value) => values[name]?.includes(value) ?? false),
  );
}

/** Returns the words of a text, lowercased, for keyword matching: letters and digits, with hyphens and dots inside ids. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Returns true when the text holds every word of the keyword, each as the start of one of its words ("shar" finds
 * "sharing"; "information" does not find "informal"); an id such as kbc-2021-revs-02 is one word.
 */
export function matchesKeyword(text: string, keyword: string): boolean {
  const wanted = words(keyword);
  if (wanted.length === 0) return true;
  const held = words(text);
  return wanted.every((word) => held.some((candidate) => candidate.startsWith(word)));
}

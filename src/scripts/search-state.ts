/** What the reader asked for: the words, the chosen filter values, and the order. */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
  sort: "" | "newest" | "oldest";
}

/** Returns the search state held in a URL's query string, keeping only known filter keys. */
export function readState(search: string, filterKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter((value) => value !== "");
    if (values.length > 0) filters[key] = [...new Set(values)];
  }
  const sort = params.get("sort");
  return { query: (params.get("q") ?? "").trim(), filters, sort: sort === "newest" || sort === "oldest" ? sort : "" };
}

/** Returns the query string for a search state, such as "?q=measurement&form=shared-service", or "" for none. */
export function writeState(state: SearchState, filterKeys: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.query !== "") params.set("q", state.query);
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== "") params.set("sort", state.sort);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** Returns the state with one filter value added or removed. */
export function toggleFilter(state: SearchState, key: string, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((item) => item !== value);
  const others = Object.entries(state.filters).filter(([name]) => name !== key);
  return { ...state, filters: Object.fromEntries(next.length === 0 ? others : [...others, [key, next]]) };
}

/** Returns true when the state asks for anything at all: words or at least one filter. */
export function isActive(state: SearchState): boolean {
  return state.query !== "" || Object.keys(state.filters).length > 0;
}

/** A part of a found page, as Pagefind gives it: a section under a heading, or an element with its own title. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}

/** How many parts of a page (its sections, recommendations) a result lists under the page's own line. */
const PARTS_SHOWN = 3;

/**
 * Returns the parts of a page with the most matches (its sections and recommendations, each on its own anchor),
 * at most PARTS_SHOWN, in the order they come on the page; the page's top, without an anchor, is the result itself.
 */
export function matchedParts(subResults: readonly PagefindSubResult[]): PagefindSubResult[] {
  const anchored = subResults.filter((part) => part.url.includes("#"));
  const best = [...anchored].sort((a, b) => b.locations.length - a.locations.length).slice(0, PARTS_SHOWN);
  return anchored.filter((part) => best.includes(part));
}

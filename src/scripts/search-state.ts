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

/** Returns the state with one value chosen for a key, such as a status, or none when `value` is "". */
export function chooseFilter(state: SearchState, key: string, value: string): SearchState {
  const others = Object.entries(state.filters).filter(([name]) => name !== key);
  return { ...state, filters: Object.fromEntries(value === "" ? others : [...others, [key, [value]]]) };
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

/**
 * The search page's choices that narrow it to recommendations and committee resolutions, named as the tracker's
 * filters are: `kind` ("recommendation" or "resolution") and `status` (a status, "overdue" or "stale"), such as
 * ?q=sharing&kind=recommendation&status=overdue.
 */
export const TRACKED_KEYS = ["kind", "status"] as const;

/** The Pagefind filter a page carries for the recommendations and resolutions it lists on their own anchors. */
export const TRACKED_FILTER = "tracked";

/** One recommendation or committee resolution on a page, on its own anchor, with the tracker's status filter values. */
export interface TrackedItem {
  anchor: string;
  kind: string;
  /** Its status, then "overdue" and "stale" when it is: the values the tracker's status filter finds it by. */
  statusKeys: readonly string[];
}

/** Returns the values of the page's `tracked` filter: each kind it lists, and each kind with each status key. */
export function trackedFilterValues(items: readonly TrackedItem[]): string[] {
  return [
    ...new Set(items.flatMap((item) => [item.kind, ...item.statusKeys.map((key) => `${item.kind}:${key}`)])),
  ].sort();
}

/** Returns the page's meta about its tracked items, such as "rec-a:recommendation:open:overdue res-b:resolution:open". */
export function writeTrackedMeta(items: readonly TrackedItem[]): string {
  return items.map((item) => [item.anchor, item.kind, ...item.statusKeys].join(":")).join(" ");
}

/** Returns the tracked items written by writeTrackedMeta, by anchor. */
export function readTrackedMeta(meta: string | undefined): Map<string, TrackedItem> {
  const items = new Map<string, TrackedItem>();
  for (const entry of (meta ?? "").split(/\s+/)) {
    const [anchor, kind, ...statusKeys] = entry.split(":");
    if (anchor && kind) items.set(anchor, { anchor, kind, statusKeys });
  }
  return items;
}

/** Returns true when the state narrows search to recommendations or resolutions (a kind or a status chosen). */
export function isTracked(state: SearchState): boolean {
  return TRACKED_KEYS.some((key) => (state.filters[key] ?? []).length > 0);
}

/**
 * Returns the Pagefind filters for a state: its chosen filter values, and for a kind or status the pages listing a
 * recommendation or resolution of that kind with that status (`kinds`, every kind, when only a status is chosen).
 */
export function pagefindFilters(state: SearchState, kinds: readonly string[]): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) {
    if (!(TRACKED_KEYS as readonly string[]).includes(key)) filters[key] = { any: values };
  }
  if (!isTracked(state)) return filters;
  const chosenKinds = state.filters["kind"] ?? kinds;
  const statuses = state.filters["status"];
  filters[TRACKED_FILTER] = {
    any: statuses === undefined ? [...chosenKinds] : chosenKinds.flatMap((kind) => statuses.map((s) => `${kind}:${s}`)),
  };
  return filters;
}

/** Returns the parts of a found page that are the recommendations or resolutions of the kind and status chosen. */
export function trackedParts(
  subResults: readonly (PagefindSubResult & { anchor?: { id?: string } })[],
  meta: string | undefined,
  state: SearchState,
): { part: PagefindSubResult; item: TrackedItem }[] {
  const items = readTrackedMeta(meta);
  const kinds = state.filters["kind"];
  const statuses = state.filters["status"];
  return subResults.flatMap((part) => {
    const item = items.get(part.anchor?.id ?? "");
    if (item === undefined) return [];
    if (kinds !== undefined && !kinds.includes(item.kind)) return [];
    if (statuses !== undefined && !statuses.some((status) => item.statusKeys.includes(status))) return [];
    return [{ part, item }];
  });
}

// The search page: Pagefind in the browser, with the query, filters and order kept in the URL.
import {
  chooseFilter,
  isActive,
  isTracked,
  matchedParts,
  pagefindFilters,
  readState,
  toggleFilter,
  trackedParts,
  TRACKED_KEYS,
  writeState,
  type PagefindSubResult,
  type SearchState,
  type TrackedItem,
} from "./search-state.ts";
import { answeringLocations, holdsQuery, pagefindQuery, unmarkOthers } from "./search-words.ts";

type PagefindPart = PagefindSubResult & { anchor?: { id?: string } };
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's text as Pagefind indexed it, and where in it (counted in words) the query matched. */
  content: string;
  locations: number[];
  meta: Record<string, string>;
  sub_results?: PagefindPart[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    term: string | null,
    options: { filters: Record<string, { any: string[] }>; sort?: Record<string, "asc" | "desc"> },
  ) => Promise<PagefindSearch | null>;
}
interface Choice {
  value: string;
  label: string;
}
interface SearchConfig {
  base: string;
  filters: { key: string; label: string }[];
  labels: Record<string, Record<string, string>>;
  /** The tracker's kinds and statuses, in its words, to narrow search to recommendations and resolutions. */
  tracked: { kinds: Choice[]; statuses: Choice[] };
}

/** One line of the results: a page with the parts of it that matched, or one recommendation or resolution. */
type Entry =
  | { kind: "page"; data: PagefindResultData; parts: PagefindSubResult[] }
  | { kind: "tracked"; data: PagefindResultData; part: PagefindSubResult; item: TrackedItem };

const PAGE_SIZE = 20;
/**
 * How many pages a new search reads before it shows anything, as Pagefind's own interface does: each costs a
 * download, so on a slow connection the first results show after five of them, and the rest of the twenty follow.
 */
const FIRST_READ = 5;
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the search page has no #${id}`);
  return found as T;
}

function labelFor(config: SearchConfig, key: string, value: string): string {
  if (key === "kind") return config.tracked.kinds.find((kind) => kind.value === value)?.label ?? value;
  if (key === "status") return config.tracked.statuses.find((status) => status.value === value)?.label ?? value;
  return config.labels[key]?.[value] ?? value;
}

/** The names of the search page's choices for its active filter buttons, by key. */
function filterName(config: SearchConfig, key: string): string {
  if (key === "kind") return "Show";
  if (key === "status") return "Status";
  return config.filters.find((filter) => filter.key === key)?.label ?? key;
}

/** Returns what the tracked results are called: "recommendations", "committee resolutions", or both. */
function trackedNoun(config: SearchConfig, state: SearchState, count: number): string {
  const kinds = state.filters["kind"] ?? config.tracked.kinds.map((kind) => kind.value);
  const one = count === 1;
  if (kinds.length > 1) {
    return one ? "recommendation or resolution" : `recommendations ${count === 0 ? "or" : "and"} resolutions`;
  }
  return kinds[0] === "resolution" ? `committee resolution${one ? "" : "s"}` : `recommendation${one ? "" : "s"}`;
}

/** Starts the search page: shows the interface, restores the state from the URL and keeps the two in step. */
export async function startSearch(): Promise<void> {
  const config = JSON.parse(element("search-config").textContent ?? "{}") as SearchConfig;
  const keys = [...config.filters.map((filter) => filter.key), ...TRACKED_KEYS];
  // A council's site narrows search to its tracker's recommendations and resolutions; a federation has none.
  const kindChoice = document.getElementById("search-kind") as HTMLSelectElement | null;
  const statusChoice = document.getElementById("search-status-choice") as HTMLSelectElement | null;
  const form = element<HTMLFormElement>("search-form");
  const input = element<HTMLInputElement>("search-query");
  const sort = element<HTMLSelectElement>("search-sort");
  const status = element("search-status");
  const results = element<HTMLOListElement>("search-results");
  const filterBox = element("search-filters");
  const filterDetails = element<HTMLDetailsElement>("search-filter-details");
  const active = element("search-active");
  const tracker = document.getElementById("search-tracker");
  const trackerLink = document.getElementById("search-tracker-link") as HTMLAnchorElement | null;

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${config.base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: config.base });
  } catch {
    status.textContent = "Search could not start. Try reloading the page.";
    return;
  }
  element("search-needs-js").hidden = true;
  element("search-app").hidden = false;

  // The filters stand open beside the results on a wide screen, and wait behind "Filter results" on a phone.
  const wide = window.matchMedia("(min-width: 40.0625em)");
  filterDetails.open = wide.matches;
  wide.addEventListener("change", () => (filterDetails.open = wide.matches));

  // Every filter's counts, loaded after the first results show: at national scale they are a large download.
  let totals: Record<string, Record<string, number>> = {};
  let state: SearchState = known(readState(location.search, keys));
  let shown = PAGE_SIZE;
  let generation = 0;

  /** Returns the state with only the kinds and statuses this site offers, and one of each. */
  function known(next: SearchState): SearchState {
    let checked = next;
    for (const [key, choices] of [
      ["kind", config.tracked.kinds],
      ["status", config.tracked.statuses],
    ] as const) {
      const value = next.filters[key]?.find((chosen) => choices.some((choice) => choice.value === chosen));
      checked = chooseFilter(checked, key, value ?? "");
    }
    return checked;
  }

  // The checkboxes are built once, so that focus stays put while counts change.
  function buildFilters(): void {
    for (const filter of config.filters) {
      const values = Object.keys(totals[filter.key] ?? {}).sort((a, b) =>
        filter.key === "year"
          ? b.localeCompare(a)
          : labelFor(config, filter.key, a).localeCompare(labelFor(config, filter.key, b)),
      );
      if (values.length === 0) continue;
      const group = document.createElement("div");
      group.className = "govuk-form-group";
      const fieldset = document.createElement("fieldset");
      fieldset.className = "govuk-fieldset";
      const legend = document.createElement("legend");
      legend.className = "govuk-fieldset__legend govuk-fieldset__legend--s";
      legend.textContent = filter.label;
      const boxes = document.createElement("div");
      boxes.className = "govuk-checkboxes govuk-checkboxes--small";
      values.forEach((value, index) => {
        const id = `filter-${filter.key}-${index}`;
        const item = document.createElement("div");
        item.className = "govuk-checkboxes__item";
        const box = document.createElement("input");
        Object.assign(box, { className: "govuk-checkboxes__input", id, type: "checkbox", name: filter.key, value });
        const label = document.createElement("label");
        label.className = "govuk-label govuk-checkboxes__label";
        label.htmlFor = id;
        label.dataset["name"] = labelFor(config, filter.key, value);
        box.addEventListener("change", () => update(toggleFilter(state, filter.key, value, box.checked), "push"));
        item.append(box, label);
        boxes.append(item);
      });
      fieldset.append(legend, boxes);
      group.append(fieldset);
      filterBox.append(group);
    }
  }

  /** Shows each filter value's count, and only the values that would find something (or are chosen). */
  function syncCounts(counts: Record<string, Record<string, number>>): void {
    for (const box of filterBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
      const label = box.nextElementSibling as HTMLLabelElement;
      const count = counts[box.name]?.[box.value] ?? 0;
      label.textContent = `${label.dataset["name"]} (${count})`;
      // A value that would find nothing is not offered, unless chosen, so that it can be taken off again.
      (box.parentElement as HTMLElement).hidden = count === 0 && !box.checked;
    }
    for (const group of filterBox.querySelectorAll<HTMLElement>(".govuk-form-group")) {
      group.hidden = group.querySelector(".govuk-checkboxes__item:not([hidden])") === null;
    }
  }

  function syncControls(counts: Record<string, Record<string, number>>): void {
    input.value = state.query;
    sort.value = state.sort;
    if (kindChoice !== null) kindChoice.value = state.filters["kind"]?.[0] ?? "";
    if (statusChoice !== null) statusChoice.value = state.filters["status"]?.[0] ?? "";
    syncCounts(counts);
    active.replaceChildren();
    const chosen = Object.entries(state.filters).flatMap(([key, values]) => values.map((value) => ({ key, value })));
    if (chosen.length === 0) return;
    const heading = document.createElement("h2");
    heading.className = "govuk-heading-s";
    heading.textContent = "Active filters";
    const list = document.createElement("ul");
    list.className = "govuk-list app-search-active";
    for (const { key, value } of chosen) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "govuk-button govuk-button--secondary app-search-active__remove";
      const name = filterName(config, key);
      button.textContent = `Remove filter: ${name}: ${labelFor(config, key, value)}`;
      button.addEventListener("click", () => update(toggleFilter(state, key, value, false), "push"));
      item.append(button);
      list.append(item);
    }
    const clear = document.createElement("button");
    clear.type = "button";
    clear.className = "govuk-button govuk-button--warning";
    clear.textContent = "Clear all filters";
    clear.addEventListener("click", () => update({ ...state, filters: {} }, "push"));
    active.append(heading, list, clear);
  }

  /** Runs the search the state asks for. */
  function find(): Promise<PagefindSearch | null> {
    const filters = pagefindFilters(
      state,
      config.tracked.kinds.map((kind) => kind.value),
    );
    const order =
      state.sort === "" ? undefined : { date: state.sort === "newest" ? ("desc" as const) : ("asc" as const) };
    return pagefind.search(state.query === "" ? null : pagefindQuery(state.query), {
      filters,
      ...(order ? { sort: order } : {}),
    });
  }

  /** Brings the filters' counts up to date without touching the results, where a reader may be. */
  async function refreshCounts(): Promise<void> {
    const run = generation;
    if (!isActive(state)) return syncCounts(totals);
    const search = await find();
    if (run === generation && search !== null) syncCounts(search.filters);
  }

  /**
   * Returns the lines a found page gives: itself with its matching parts, or, narrowed to recommendations, each of its
   * recommendations of the kind and status chosen; none when no word of the page answers the query as the reader
   * wrote it (search-words.ts: "information" is not "informal", though Pagefind's stemmer takes one for the other).
   */
  function entriesOf(data: PagefindResultData): Entry[] {
    const answering = answeringLocations(state.query, data.content, data.locations);
    if (answering === undefined) return [];
    const parts = (data.sub_results ?? [])
      .filter((part) => part.locations.some((location) => answering.has(location)))
      .map((part) => ({ ...part, excerpt: unmarkOthers(part.excerpt, state.query) }));
    const page = { ...data, excerpt: unmarkOthers(data.excerpt, state.query) };
    if (!isTracked(state)) return [{ kind: "page", data: page, parts: matchedParts(parts) }];
    // A recommendation listed on its own holds every word of the query itself, as a tracker row does.
    const whole = parts.filter((part) => answeringLocations(state.query, data.content, part.locations) !== undefined);
    return trackedParts(whole, data.meta["tracked"], state).map(({ part, item }) => ({
      kind: "tracked",
      data: page,
      part,
      item,
    }));
  }

  async function render(): Promise<void> {
    const run = ++generation;
    const tracked = isTracked(state);
    // The tracker lists the recommendations holding every word, with their status now, and filters by kind and status.
    if (tracker !== null) tracker.hidden = state.query === "" && !tracked;
    const trackerQuery = new URLSearchParams();
    if (state.query !== "") trackerQuery.set("q", state.query);
    if (config.tracked.kinds.length > 1) for (const kind of state.filters["kind"] ?? []) trackerQuery.set("kind", kind);
    for (const status of state.filters["status"] ?? []) trackerQuery.set("status", status);
    const trackerSearch = trackerQuery.toString();
    if (trackerLink !== null)
      trackerLink.href = `${config.base}recommendations/${trackerSearch === "" ? "" : `?${trackerSearch}`}`;
    if (!isActive(state) || (tracked && state.query === "")) {
      syncControls(totals);
      results.replaceChildren();
      status.textContent = tracked
        ? `Enter words to find the ${trackedNoun(config, state, 2)} about them, or see them all in the tracker.`
        : "Enter words to search for, or choose a filter to browse.";
      return;
    }
    const search = await find();
    if (run !== generation || search === null) return;
    syncControls(search.filters);
    // Pages are read in Pagefind's order, a few at a time, until enough lines are found: each costs a download, so
    // a word found in many pages but in few recommendations stops at a limit, and "Show more" reads on. A new search
    // shows its first lines once its first few pages are read and adds the rest below them, so nothing a reader has
    // started on moves; the count is announced once, when every line is in.
    const entries: Entry[] = [];
    const limit = shown * 3;
    let read = 0;
    let rejected = 0;
    let drawn = 0;
    while (entries.length < shown && read < Math.min(limit, search.results.length)) {
      const want = read === 0 && shown === PAGE_SIZE ? FIRST_READ : shown - entries.length;
      const batch = search.results.slice(read, Math.min(limit, read + want));
      read += batch.length;
      const pages = await Promise.all(batch.map((result) => result.data()));
      if (run !== generation) return;
      for (const data of pages) {
        const found = entriesOf(data);
        if (found.length === 0) rejected += 1;
        entries.push(...found);
      }
      const lines = entries.slice(drawn).map((entry) => renderEntry(entry));
      if (drawn === 0 && lines.length > 0) results.replaceChildren(...lines);
      else results.append(...lines);
      drawn += lines.length;
      // The browser shows these lines before the next pages are asked for.
      if (lines.length > 0) await new Promise((resolve) => setTimeout(resolve));
      if (run !== generation) return;
    }
    if (drawn === 0) results.replaceChildren();
    const complete = read === search.results.length;
    // A query in quotes of its own is shown as typed, not quoted again.
    const quoted = /^".*"$/.test(state.query);
    const words = state.query === "" ? "" : quoted ? ` for ${state.query}` : ` for “${state.query}”`;
    const chosen = Object.keys(state.filters).some((key) => !(TRACKED_KEYS as readonly string[]).includes(key))
      ? " with the chosen filters"
      : "";
    if (tracked) {
      const count = entries.length;
      const noun = trackedNoun(config, state, count);
      const statusWords = state.filters["status"]?.map((value) => labelFor(config, "status", value).toLowerCase());
      const by = statusWords === undefined ? "" : `, status ${statusWords.join(" or ")}`;
      status.textContent = `${complete ? (count === 0 ? "No" : count) : `At least ${count}`} ${noun}${words}${by}${chosen}`;
    } else {
      // Until every page is read, Pagefind's count less those found not to answer is the most there can be.
      const total = search.results.length - rejected;
      const count = complete ? entries.length : total;
      status.textContent = `${complete ? "" : "Up to "}${count === 0 ? "No" : count} ${count === 1 ? "result" : "results"}${words}${chosen}`;
    }
    if (!complete) {
      const more = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "govuk-button govuk-button--secondary";
      button.textContent = tracked ? `Show more ${trackedNoun(config, state, 2)}` : "Show more results";
      button.addEventListener("click", () => {
        shown += PAGE_SIZE;
        void render();
      });
      more.append(button);
      results.append(more);
    }
  }

  function renderEntry(entry: Entry): HTMLLIElement {
    if (entry.kind === "page") return renderResult(entry.data, entry.parts);
    const { data, part, item } = entry;
    const line = document.createElement("li");
    line.className = "app-search-result app-search-result--tracked";
    const heading = document.createElement("h2");
    heading.className = "govuk-heading-s app-search-result__title";
    const link = document.createElement("a");
    link.className = "govuk-link app-search-result__link";
    link.href = part.url;
    // Its words, id, status and "as at" date, as the tracker gives them (recommendationResultTitle).
    link.textContent = part.title;
    heading.append(link);
    const facts = document.createElement("p");
    facts.className = "govuk-body-s app-search-result__facts";
    const flags = item.statusKeys.slice(1).map((key) => labelFor(config, "status", key));
    facts.textContent = [
      item.kind === "resolution" ? "Committee resolution" : "Recommendation",
      data.meta["partnership"],
      ...flags,
    ]
      .filter((fact) => fact !== undefined && fact !== "")
      .join(" · ");
    line.append(heading, facts);
    // Its words in context, unless its title already shows every word asked for: a list of recommendations on a
    // phone then reads as the tracker's rows do, one short entry each (issue 28).
    if (!holdsQuery(state.query, part.title)) {
      const excerpt = document.createElement("p");
      excerpt.className = "govuk-body-s app-search-result__excerpt";
      // Pagefind escapes the page text and adds only <mark> around the matched words.
      excerpt.innerHTML = part.excerpt;
      line.append(excerpt);
    }
    return line;
  }

  function renderResult(data: PagefindResultData, parts: PagefindSubResult[]): HTMLLIElement {
    const item = document.createElement("li");
    item.className = "app-search-result";
    const heading = document.createElement("h2");
    heading.className = "govuk-heading-s app-search-result__title";
    const link = document.createElement("a");
    link.className = "govuk-link app-search-result__link";
    link.href = data.url;
    link.textContent = data.meta["title"] ?? data.url;
    heading.append(link);
    const facts = document.createElement("p");
    facts.className = "govuk-body-s app-search-result__facts";
    const date = data.meta["date"] ? dateFormat.format(new Date(`${data.meta["date"]}T00:00:00Z`)) : undefined;
    const isPartnership = data.meta["type"] === "Partnership";
    facts.textContent = [
      data.meta["type"],
      isPartnership ? undefined : data.meta["partnership"],
      date && isPartnership ? `last reviewed ${date}` : date,
      data.meta["status"],
    ]
      .filter((part) => part !== undefined && part !== "")
      .join(" · ");
    const excerpt = document.createElement("p");
    excerpt.className = "govuk-body app-search-result__excerpt";
    // Pagefind escapes the page text and adds only <mark> around the matched words.
    excerpt.innerHTML = data.excerpt;
    item.append(heading, facts, excerpt);
    if (parts.length > 0) {
      const list = document.createElement("ul");
      list.className = "govuk-list app-search-result__parts";
      list.setAttribute("aria-label", `Where it matches in ${link.textContent}`);
      for (const part of parts) {
        const entry = document.createElement("li");
        const partLink = document.createElement("a");
        partLink.className = "govuk-link app-search-result__part-link";
        partLink.href = part.url;
        partLink.textContent = part.title;
        const partExcerpt = document.createElement("p");
        partExcerpt.className = "govuk-body-s app-search-result__excerpt";
        partExcerpt.innerHTML = part.excerpt;
        entry.append(partLink, partExcerpt);
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }

  function update(next: SearchState, history: "push" | "replace"): void {
    state = next;
    shown = PAGE_SIZE;
    const url = `${location.pathname}${writeState(state, keys)}`;
    if (history === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    void render();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => update({ ...state, query: input.value.trim() }, "replace"), 300);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update({ ...state, query: input.value.trim() }, "push");
  });
  sort.addEventListener("change", () =>
    update({ ...state, sort: readState(`?sort=${sort.value}`, keys).sort }, "push"),
  );
  for (const [key, choice] of [
    ["kind", kindChoice],
    ["status", statusChoice],
  ] as const) {
    choice?.addEventListener("change", () => update(chooseFilter(state, key, choice.value), "push"));
  }
  window.addEventListener("popstate", () => {
    state = known(readState(location.search, keys));
    void render();
  });
  await render();
  // The filters come after the first results: a search for one word shows them without every filter's counts.
  totals = await pagefind.filters();
  buildFilters();
  await refreshCounts();
  filterBox.dataset["ready"] = "";
}

// The search page: Pagefind in the browser, with the query, filters and order kept in the URL.
import {
  isActive,
  matchedParts,
  readState,
  toggleFilter,
  writeState,
  type PagefindSubResult,
  type SearchState,
} from "./search-state.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSubResult[];
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
interface SearchConfig {
  base: string;
  filters: { key: string; label: string }[];
  labels: Record<string, Record<string, string>>;
}

const PAGE_SIZE = 20;
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
  return config.labels[key]?.[value] ?? value;
}

/** Starts the search page: shows the interface, restores the state from the URL and keeps the two in step. */
export async function startSearch(): Promise<void> {
  const config = JSON.parse(element("search-config").textContent ?? "{}") as SearchConfig;
  const keys = config.filters.map((filter) => filter.key);
  const form = element<HTMLFormElement>("search-form");
  const input = element<HTMLInputElement>("search-query");
  const sort = element<HTMLSelectElement>("search-sort");
  const status = element("search-status");
  const results = element<HTMLOListElement>("search-results");
  const filterBox = element("search-filters");
  const filterDetails = element<HTMLDetailsElement>("search-filter-details");
  const active = element("search-active");
  // A council's site sends the words on to its recommendations tracker; a federation has none.
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
  let state: SearchState = readState(location.search, keys);
  let shown = PAGE_SIZE;
  let generation = 0;

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
      const name = config.filters.find((filter) => filter.key === key)?.label ?? key;
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
    const filters = Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, { any: values }]));
    const order =
      state.sort === "" ? undefined : { date: state.sort === "newest" ? ("desc" as const) : ("asc" as const) };
    return pagefind.search(state.query === "" ? null : state.query, { filters, ...(order ? { sort: order } : {}) });
  }

  /** Brings the filters' counts up to date without touching the results, where a reader may be. */
  async function refreshCounts(): Promise<void> {
    const run = generation;
    if (!isActive(state)) return syncCounts(totals);
    const search = await find();
    if (run === generation && search !== null) syncCounts(search.filters);
  }

  async function render(): Promise<void> {
    const run = ++generation;
    // The tracker lists the recommendations holding every word, with their status now and filters by status.
    if (tracker !== null && trackerLink !== null) {
      tracker.hidden = state.query === "";
      trackerLink.href = `${config.base}recommendations/?q=${encodeURIComponent(state.query)}`;
    }
    if (!isActive(state)) {
      syncControls(totals);
      results.replaceChildren();
      status.textContent = "Enter words to search for, or choose a filter to browse.";
      return;
    }
    const search = await find();
    if (run !== generation || search === null) return;
    syncControls(search.filters);
    const page = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
    if (run !== generation) return;
    results.replaceChildren(...page.map(renderResult));
    const words = state.query === "" ? "" : ` for “${state.query}”`;
    const total = search.results.length;
    status.textContent = `${total === 0 ? "No" : total} ${total === 1 ? "result" : "results"}${words}${
      Object.keys(state.filters).length > 0 ? " with the chosen filters" : ""
    }`;
    if (total > shown) {
      const more = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "govuk-button govuk-button--secondary";
      button.textContent = `Show more results (${Math.min(PAGE_SIZE, total - shown)} more)`;
      button.addEventListener("click", () => {
        shown += PAGE_SIZE;
        void render();
      });
      more.append(button);
      results.append(more);
    }
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
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
    const parts = matchedParts(data.sub_results ?? []);
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
  window.addEventListener("popstate", () => {
    state = readState(location.search, keys);
    void render();
  });
  await render();
  // The filters come after the first results: a search for one word shows them without every filter's counts.
  totals = await pagefind.filters();
  buildFilters();
  await refreshCounts();
  filterBox.dataset["ready"] = "";
}

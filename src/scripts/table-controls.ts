// Enhances a complete, static table with filters and sorting. Without JavaScript the table is shown
// whole; with it, readers can narrow and order it, and the choice lives in the URL.
import { showChartRows } from "./chart-rows.ts";
import { matches, matchesKeyword, readFilters, writeFilters, type FilterState } from "./filter-state.ts";

/** Returns the row's filterable values, read from data-filter-<name> attributes ("|"-separated lists). */
function rowValues(row: HTMLElement, names: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      (row.dataset[`filter${name[0]?.toUpperCase()}${name.slice(1)}`] ?? "").split("|").filter(Boolean),
    ]),
  );
}

function sortKey(cell: Element | undefined): string | number {
  const raw = (cell as HTMLElement | undefined)?.dataset["sortValue"] ?? cell?.textContent?.trim() ?? "";
  const number = Number(raw);
  return raw !== "" && Number.isFinite(number) ? number : raw.toLowerCase();
}

/** Makes each column header with data-sortable a button that sorts the table body and sets aria-sort. */
function enhanceSorting(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th[data-sortable]")];
  const body = table.tBodies[0];
  if (body === undefined) return;
  for (const header of headers) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "app-sort-button";
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener("click", () => {
      const column = [...(header.parentElement?.children ?? [])].indexOf(header);
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const rows = [...body.rows].sort((a, b) => {
        const x = sortKey(a.cells[column]);
        const y = sortKey(b.cells[column]);
        const order =
          typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "en-GB");
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  }
}

/** Wires a filter form (data-filters-for="the table's id") to its table, its live count and the URL. */
function enhanceFilters(form: HTMLFormElement): void {
  const found = document.getElementById(form.dataset["filtersFor"] ?? "");
  const status = form.querySelector<HTMLElement>("[role=status]");
  if (!(found instanceof HTMLTableElement) || found.tBodies[0] === undefined) return;
  const table = found;
  // A table grouped into several bodies heads each with a [data-group-row], hidden when its group shows no row.
  const bodies = [...table.tBodies];
  const rows = bodies.flatMap((body) => [...body.rows].filter((row) => !row.hasAttribute("data-group-row")));
  const names = [
    ...new Set(
      [...form.elements].flatMap((field) =>
        "name" in field && typeof field.name === "string" && field.name !== "" ? [field.name] : [],
      ),
    ),
  ];
  // A keyword box (data-keyword) matches the words of the whole row rather than one of its data-filter values.
  const keywordNames = new Set(
    [...form.querySelectorAll<HTMLInputElement>("input[data-keyword]")].map((input) => input.name),
  );
  const noun = form.dataset["noun"] ?? "rows";
  const followers = [...document.querySelectorAll<HTMLElement>(`[data-filtered-by="${form.id}"]`)];
  const charts = followers.filter((element) => element.classList.contains("app-chart"));
  const linked = followers
    .filter((element) => !charts.includes(element))
    .flatMap((element) => [...element.querySelectorAll<HTMLElement>("[data-row]")]);

  function readForm(): FilterState {
    const state: FilterState = {};
    for (const name of names) {
      const values = [...form.elements]
        .filter((field): field is HTMLInputElement | HTMLSelectElement => "name" in field && field.name === name)
        .flatMap((field) =>
          field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio")
            ? field.checked
              ? [field.value]
              : []
            : field.value.trim() === ""
              ? []
              : [field.value.trim()],
        );
      if (values.length > 0) state[name] = values;
    }
    return state;
  }

  function writeForm(state: FilterState): void {
    for (const field of form.elements) {
      if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio"))
        field.checked = state[field.name]?.includes(field.value) ?? false;
      else if (field instanceof HTMLSelectElement || field instanceof HTMLInputElement)
        field.value = state[field.name]?.join(", ") ?? "";
    }
  }

  function apply(state: FilterState): void {
    let shown = 0;
    const chosen = Object.fromEntries(Object.entries(state).filter(([name]) => !keywordNames.has(name)));
    const keywords = Object.entries(state).filter(([name]) => keywordNames.has(name));
    for (const row of rows) {
      const text = keywords.length === 0 ? "" : (row.textContent ?? "");
      const visible =
        matches(chosen, rowValues(row, names)) &&
        keywords.every(([, values]) => values.some((keyword) => matchesKeyword(text, keyword)));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const body of bodies) {
      const heading = body.querySelector<HTMLElement>("[data-group-row]");
      if (heading) heading.hidden = ![...body.rows].some((row) => row !== heading && !row.hidden);
    }
    const visibleKeys = new Set(rows.filter((row) => !row.hidden).map((row) => row.dataset["row"]));
    for (const item of linked) item.hidden = !visibleKeys.has(item.dataset["row"]);
    const shownKeys = new Set([...visibleKeys].filter((key): key is string => key !== undefined));
    for (const chart of charts) showChartRows(chart, shownKeys, noun);
    // A filtered table can set its rows closer together than the whole one (the tracker does).
    table.toggleAttribute("data-filtered", Object.keys(state).length > 0);
    if (status) status.textContent = `Showing ${shown} of ${rows.length} ${noun}`;
  }

  function update(history: "push" | "replace"): void {
    const state = readForm();
    const url = `${location.pathname}${writeFilters(state, names, location.search)}${location.hash}`;
    if (history === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    apply(state);
  }

  form.addEventListener("change", () => update("push"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update("push");
  });
  form.querySelector("[data-clear]")?.addEventListener("click", () => {
    writeForm({});
    update("push");
  });
  window.addEventListener("popstate", () => {
    const state = readFilters(location.search, names);
    writeForm(state);
    apply(state);
  });
  const initial = readFilters(location.search, names);
  writeForm(initial);
  apply(initial);
  form.hidden = false;
}

/** Enhances every sortable table and filter form on the page. */
export function enhanceTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>("table[data-sortable-table]")) enhanceSorting(table);
  for (const form of document.querySelectorAll<HTMLFormElement>("form[data-filters-for]")) enhanceFilters(form);
}

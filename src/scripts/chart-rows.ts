// Hides the rows of a chart drawn at build time (src/charts marks each row's <g data-row>) and
// closes the gaps they leave, so a chart follows the page's filters. Without JavaScript every row
// shows, as the table does.

/** Returns the number in an attribute, or 0. */
function numberAttribute(element: Element, name: string): number {
  const value = Number(element.getAttribute(name));
  return Number.isFinite(value) ? value : 0;
}

/** Shows only the rows of one chart SVG whose key is in `visible`, moving later rows and the legend up. */
export function showSvgRows(svg: SVGSVGElement, visible: ReadonlySet<string>): void {
  const groups = [...svg.querySelectorAll<SVGGElement>("g[data-row]")];
  if (groups.length === 0) return;
  // The first time through, keep the drawn height to work from.
  if (!svg.hasAttribute("data-full-height")) svg.setAttribute("data-full-height", svg.getAttribute("height") ?? "0");
  // A row may have several bands (a heatmap drawn in blocks); each hidden band closes up once.
  const hidden = [
    ...new Map(
      groups
        .filter((group) => !visible.has(group.dataset["row"] ?? ""))
        .map((group) => {
          const band = { y: numberAttribute(group, "data-y"), height: numberAttribute(group, "data-height") };
          return [band.y, band] as const;
        }),
    ).values(),
  ];
  const hiddenAbove = (y: number) => hidden.filter((band) => band.y < y).reduce((sum, band) => sum + band.height, 0);
  for (const group of groups) {
    const key = group.dataset["row"] ?? "";
    const shift = hiddenAbove(numberAttribute(group, "data-y"));
    if (visible.has(key)) group.removeAttribute("display");
    else group.setAttribute("display", "none");
    if (shift === 0) group.removeAttribute("transform");
    else group.setAttribute("transform", `translate(0 ${-shift})`);
  }
  const total = hidden.reduce((sum, band) => sum + band.height, 0);
  for (const below of svg.querySelectorAll<SVGGElement>("g.chart-below")) {
    if (total === 0) below.removeAttribute("transform");
    else below.setAttribute("transform", `translate(0 ${-total})`);
  }
  const height = numberAttribute(svg, "data-full-height") - total;
  const [x = "0", y = "0", width = "0"] = (svg.getAttribute("viewBox") ?? "").split(" ");
  svg.setAttribute("viewBox", `${x} ${y} ${width} ${height}`);
  svg.setAttribute("height", String(height));
}

/**
 * Shows only the rows whose key is in `visible` in every chart of the figure and in its data table,
 * and says under the chart how many it shows: the summary sentence still describes them all.
 */
export function showChartRows(figure: Element, visible: ReadonlySet<string>, noun = "partnerships"): void {
  for (const svg of figure.querySelectorAll<SVGSVGElement>("svg")) showSvgRows(svg, visible);
  const rows = [...figure.querySelectorAll<HTMLTableRowElement>("tr[data-row]")];
  for (const row of rows) row.hidden = !visible.has(row.dataset["row"] ?? "");
  const note = figure.querySelector<HTMLElement>("[data-filter-note]");
  if (note === null) return;
  const shown = rows.filter((row) => !row.hidden).length;
  note.hidden = shown === rows.length;
  note.textContent = `The chart shows ${shown} of its ${rows.length} ${noun}, as filtered above; the summary below is of all ${rows.length}.`;
}

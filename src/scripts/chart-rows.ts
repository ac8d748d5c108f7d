// Hides the rows of a chart drawn at build time (src/charts marks each row's <g data-row>) and
// closes the gaps they leave, so a chart follows the page's filters. Without JavaScript every row
// shows, as the table does.

/** A row's band on the chart, as its <g> gives it. */
export interface RowBandOnPage {
  key: string;
  y: number;
  height: number;
}

/** Whether a row's band is shown, and how far it moves up. */
export interface RowMove {
  shown: boolean;
  shift: number;
}

/**
 * Returns, for each band, whether it shows and how far it moves up to close the gaps of hidden
 * bands above it, and the total height hidden (by which the legend moves up and the chart shrinks).
 * A row may have several bands (a heatmap drawn in blocks); a band drawn by several <g>s counts once.
 */
export function rowMoves(
  bands: readonly RowBandOnPage[],
  visible: ReadonlySet<string>,
): { moves: RowMove[]; total: number } {
  return {
    moves: bands.map((band) => ({ shown: visible.has(band.key), shift: hiddenHeightAbove(bands, visible, band.y) })),
    total: hiddenHeightAbove(bands, visible, Number.POSITIVE_INFINITY),
  };
}

/** Returns the height of the hidden bands above y, each band counted once. */
export function hiddenHeightAbove(bands: readonly RowBandOnPage[], visible: ReadonlySet<string>, y: number): number {
  const hidden = new Map(bands.filter((band) => !visible.has(band.key) && band.y < y).map((band) => [band.y, band]));
  return [...hidden.values()].reduce((sum, band) => sum + band.height, 0);
}

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
  const bands = groups.map((group) => ({
    key: group.dataset["row"] ?? "",
    y: numberAttribute(group, "data-y"),
    height: numberAttribute(group, "data-height"),
  }));
  const { moves, total } = rowMoves(bands, visible);
  groups.forEach((group, index) => {
    const move = moves[index] as RowMove;
    if (move.shown) group.removeAttribute("display");
    else group.setAttribute("display", "none");
    if (move.shift === 0) group.removeAttribute("transform");
    else group.setAttribute("transform", `translate(0 ${-move.shift})`);
  });
  for (const below of svg.querySelectorAll<SVGGElement>("g.chart-below")) {
    if (total === 0) below.removeAttribute("transform");
    else below.setAttribute("transform", `translate(0 ${-total})`);
  }
  // Marks between rows (a later block's headers) move up by the rows hidden above them.
  for (const follower of svg.querySelectorAll<SVGGElement>("g.chart-follows")) {
    const shift = hiddenHeightAbove(bands, visible, numberAttribute(follower, "data-y"));
    if (shift === 0) follower.removeAttribute("transform");
    else follower.setAttribute("transform", `translate(0 ${-shift})`);
  }
  // Rounded as the build rounds, so the viewBox reads 394.469 rather than 394.46900000000005.
  const height = Math.round((numberAttribute(svg, "data-full-height") - total) * 1000) / 1000;
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

import { CHART_FONT } from "./text.ts";
import type { Chart, Mark, TextMark } from "./geometry.ts";
import { INK } from "./palette.ts";
import { round3 } from "./round.ts";
import { escapeXml } from "../lib/xml.ts";

/** Returns attributes as ` name="value"`, leaving out undefined ones and rounding numbers. */
function attributes(pairs: Record<string, string | number | undefined>): string {
  // A loop rather than entries, filter and map: this runs for every mark of every chart, and the arrays it made
  // were a few percent of a build's time.
  let text = "";
  for (const name in pairs) {
    const value = pairs[name];
    if (value !== undefined) text += ` ${name}="${typeof value === "number" ? round3(value) : escapeXml(value)}"`;
  }
  return text;
}

/** Returns a text mark; several lines become tspans, with no whitespace between them to shift the layout. */
function renderText(mark: TextMark): string {
  const attrs = attributes({
    class: mark.className,
    x: mark.x,
    y: mark.y,
    "font-size": mark.fontSize,
    "font-weight": mark.bold ? "bold" : undefined,
    "text-anchor": mark.anchor,
    fill: mark.fill,
    transform:
      mark.rotate === undefined ? undefined : `rotate(${round3(mark.rotate)} ${round3(mark.x)} ${round3(mark.y)})`,
  });
  if (mark.lines.length === 1) return `<text${attrs}>${escapeXml(mark.lines[0] ?? "")}</text>`;
  const spans = mark.lines
    .map(
      (line, index) =>
        `<tspan${attributes({ x: mark.x, y: mark.y + index * mark.lineHeight })}>${escapeXml(line)}</tspan>`,
    )
    .join("");
  return `<text${attrs}>${spans}</text>`;
}

/** Returns one mark as an SVG element. */
export function renderMark(mark: Mark): string {
  switch (mark.type) {
    case "text":
      return renderText(mark);
    case "rect":
      return `<rect${attributes({
        class: mark.className,
        x: mark.x,
        y: mark.y,
        width: mark.width,
        height: mark.height,
        fill: mark.fill,
        stroke: mark.stroke,
        "stroke-width": mark.strokeWidth,
        "stroke-dasharray": mark.dash,
      })}/>`;
    case "line":
      return `<line${attributes({
        class: mark.className,
        x1: mark.x1,
        y1: mark.y1,
        x2: mark.x2,
        y2: mark.y2,
        stroke: mark.stroke,
        "stroke-width": mark.strokeWidth,
        "stroke-dasharray": mark.dash,
      })}/>`;
    case "path":
      return `<path${attributes({
        class: mark.className,
        d: mark.d,
        transform: mark.x === 0 && mark.y === 0 ? undefined : `translate(${round3(mark.x)} ${round3(mark.y)})`,
        fill: mark.fill,
        stroke: mark.stroke,
        "stroke-width": mark.strokeWidth,
        "stroke-dasharray": mark.dash,
        "stroke-linejoin": mark.stroke === undefined ? undefined : "round",
      })}/>`;
  }
}

/** Returns the marks, each run of marks in one row (or below every row) wrapped in a <g> a page script can hide or move. */
function renderBody(chart: Chart): string[] {
  const bands = chart.rowBands ?? [];
  // A row may have several bands (a heatmap drawn in blocks): a run of marks takes the band it starts in.
  const bandOf = (row: string, y: number) =>
    bands.find((band) => band.id === row && y >= band.y && y <= band.y + band.height) ??
    bands.find((band) => band.id === row);
  const lines: string[] = [];
  let open: string | undefined;
  for (const mark of chart.marks) {
    const band = mark.row === undefined ? undefined : bandOf(mark.row, mark.type === "line" ? mark.y1 : mark.y);
    const key =
      mark.row !== undefined
        ? `row:${mark.row}:${band?.y ?? ""}`
        : mark.below === true
          ? "below"
          : mark.follows !== undefined
            ? `follows:${mark.follows}`
            : undefined;
    if (key !== open) {
      if (open !== undefined) lines.push("</g>");
      if (mark.row !== undefined) {
        lines.push(
          `<g${attributes({ class: "chart-row", "data-row": mark.row, "data-y": band?.y, "data-height": band?.height })}>`,
        );
      } else if (key === "below") lines.push('<g class="chart-below">');
      else if (mark.follows !== undefined)
        lines.push(`<g${attributes({ class: "chart-follows", "data-y": mark.follows })}>`);
      open = key;
    }
    lines.push(renderMark(mark));
  }
  if (open !== undefined) lines.push("</g>");
  return lines;
}

/**
 * Returns the chart as a standalone <svg role="img"> element, one element a line. Its <title> and
 * <desc> take the ids `<id>-title` and `<id>-desc`, so the id must be unique on the page. A
 * variant ("wide" or "narrow") adds the class the page's container query shows it by.
 */
export function renderSvg(chart: Chart, id: string, variant?: "wide" | "narrow"): string {
  const width = round3(chart.width);
  const height = round3(chart.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
      class: `app-chart__svg app-chart__svg--${chart.kind}${variant === undefined ? "" : ` app-chart__svg--${variant}`}`,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      "font-family": CHART_FONT,
    })}>`,
    `<title id="${escapeXml(id)}-title">${escapeXml(chart.title)}</title>`,
    `<desc id="${escapeXml(id)}-desc">${escapeXml(chart.desc)}</desc>`,
    `<rect${attributes({ class: "chart-bg", x: 0, y: 0, width, height, fill: INK.background })}/>`,
    ...renderBody(chart),
    "</svg>",
  ].join("\n");
}

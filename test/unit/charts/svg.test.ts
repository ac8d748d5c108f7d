import { describe, expect, it } from "vitest";
import { renderMark, renderSvg, textMark, type Chart } from "../../../src/charts/index.ts";

const CHART: Chart = {
  kind: "example",
  width: 100.0004,
  height: 50,
  title: "Views <by> group",
  desc: "A chart's description & more",
  summary: ["One sentence."],
  table: { caption: "Example", head: ["A"], rows: [] },
  marks: [
    { type: "rect", x: 1, y: 2, width: 3, height: 4, className: "chart-band", fill: "#f3f2f1" },
    {
      type: "line",
      x1: 0,
      y1: 0,
      x2: 10.12345,
      y2: 0,
      className: "chart-target",
      stroke: "#0b0c0c",
      strokeWidth: 2,
      dash: "6 4",
    },
    {
      type: "path",
      d: "M0,0Z",
      x: 5,
      y: 6,
      className: "chart-marker",
      fill: "#0072b2",
      stroke: "#ffffff",
      strokeWidth: 1.5,
    },
  ],
};

describe("renderSvg(chart, id)", () => {
  it("renderSvg(chart, id) writes an <svg role=img> labelled by its title and desc, one element a line", () => {
    expect(renderSvg(CHART, "fig-1").split("\n")).toEqual([
      '<svg xmlns="http://www.w3.org/2000/svg" class="app-chart__svg app-chart__svg--example" viewBox="0 0 100 50" width="100" height="50" role="img" aria-labelledby="fig-1-title fig-1-desc" font-family="Arial, Helvetica, sans-serif">',
      '<title id="fig-1-title">Views &lt;by&gt; group</title>',
      '<desc id="fig-1-desc">A chart&#39;s description &amp; more</desc>',
      '<rect class="chart-bg" x="0" y="0" width="100" height="50" fill="#ffffff"/>',
      '<rect class="chart-band" x="1" y="2" width="3" height="4" fill="#f3f2f1"/>',
      '<line class="chart-target" x1="0" y1="0" x2="10.123" y2="0" stroke="#0b0c0c" stroke-width="2" stroke-dasharray="6 4"/>',
      '<path class="chart-marker" d="M0,0Z" transform="translate(5 6)" fill="#0072b2" stroke="#ffffff" stroke-width="1.5" stroke-linejoin="round"/>',
      "</svg>",
    ]);
  });
});

describe("renderMark(mark)", () => {
  it("renderMark(mark) writes several lines of text as tspans with nothing between them", () => {
    expect(renderMark(textMark(10, 20, ["Strategic", "alignment & fit"], { anchor: "middle", bold: true }))).toBe(
      '<text class="chart-text" x="10" y="20" font-size="13" font-weight="bold" text-anchor="middle" fill="#0b0c0c">' +
        '<tspan x="10" y="20">Strategic</tspan><tspan x="10" y="36">alignment &amp; fit</tspan></text>',
    );
  });

  it("renderMark(mark) rotates text about its own anchor", () => {
    expect(renderMark(textMark(10, 20, ["Up"], { rotate: -90 }))).toBe(
      '<text class="chart-text" x="10" y="20" font-size="13" text-anchor="start" fill="#0b0c0c" transform="rotate(-90 10 20)">Up</text>',
    );
  });
});

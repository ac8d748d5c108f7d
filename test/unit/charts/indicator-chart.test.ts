import { describe, expect, it } from "vitest";
import { buildIndicatorChart, indicatorDomain } from "../../../src/charts/index.ts";
import { INDICATORS } from "./examples.ts";

describe("indicatorDomain(values)", () => {
  it("indicatorDomain pads the figures by a fifth of their range and makes the ends nice", () => {
    // 46.8 to 49.2, padded by 0.48 to 46.32 and 49.68, made nice on whole numbers.
    expect(indicatorDomain([46.8, 48.5, 49.2])).toEqual([46, 50]);
    // 11 to 23, padded by 2.4 to 8.6 and 25.4, made nice in fives.
    expect(indicatorDomain([11, 12, 23])).toEqual([5, 30]);
  });

  it("indicatorDomain pads equal figures by a tenth of the figure, and never goes below zero for figures of zero", () => {
    // 5 padded by 0.5 to 4.5 and 5.5, made nice in steps of 0.2.
    expect(indicatorDomain([5, 5, 5])).toEqual([4.4, 5.6]);
    expect(indicatorDomain([0, 0])).toEqual([0, 1]);
  });
});

describe("buildIndicatorChart(input)", () => {
  const chart = buildIndicatorChart(INDICATORS);

  it("buildIndicatorChart(input) draws each indicator on a scale of its own, written in its unit", () => {
    // The plot runs from 236 to 656 (680 less 24): 420 units wide.
    expect(chart.plot).toEqual({ left: 236, right: 656 });
    expect(chart.rows.map((row) => row.domain)).toEqual([
      [46, 50],
      [5, 30],
    ]);
    expect(chart.rows[0]?.ticks.map((tick) => tick.text)).toEqual(["46%", "47%", "48%", "49%", "50%"]);
    expect(chart.rows[1]?.ticks.map((tick) => tick.text)).toEqual([
      "5 weeks",
      "10 weeks",
      "15 weeks",
      "20 weeks",
      "25 weeks",
      "30 weeks",
    ]);
  });

  it("buildIndicatorChart(input) places actual, target and previous on the row's own scale", () => {
    // Recycling: 236 + 105 × (v − 46). Stair lifts: 236 + 16.8 × (v − 5).
    expect(chart.rows.map((row) => [row.actual.x, row.target?.x, row.previous?.x])).toEqual([
      [320, 498.5, 572],
      [336.8, 353.6, 538.4],
    ]);
  });

  it("buildIndicatorChart(input) keeps the words it is given: title, summary and table, and names its rows", () => {
    expect(chart.kind).toBe("indicators");
    expect(chart.summary).toEqual(["One of two met."]);
    expect(chart.desc).toBe(
      "Chart of 2 indicators, one row each, each on a scale of its own. A dot, a line and a ring.",
    );
    expect(chart.rowBands?.map((band) => band.id)).toEqual(["recycling", "stair-lifts"]);
  });

  it("buildIndicatorChart(input) lays out narrow with the name above a scale as wide as the chart", () => {
    const narrow = buildIndicatorChart({ ...INDICATORS, width: 280 });
    expect(narrow.plot).toEqual({ left: 18, right: 256 });
    expect(narrow.rows[0]?.actual.x).toBeLessThan(narrow.rows[0]?.target?.x ?? 0);
  });
});

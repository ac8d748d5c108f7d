import { describe, expect, it } from "vitest";
import { buildFactorTrendsChart } from "../../../src/charts/index.ts";
import { factorTrendsInputOf, REVIEWS, SIX_FACTORS, SIX_LEVELS } from "./examples.ts";

describe("buildFactorTrendsChart(input)", () => {
  it("buildFactorTrendsChart(input) lays out one panel per factor, three to a row", () => {
    const chart = buildFactorTrendsChart(factorTrendsInputOf(SIX_LEVELS, SIX_FACTORS, REVIEWS, 4));
    expect(chart.columns).toBe(3);
    expect(chart.panels.map((panel) => [panel.label, panel.x, panel.y, panel.width])).toEqual([
      ["Strategy", 10, 8, 204],
      ["Objectives", 238, 8, 204],
      ["Delivery", 466, 8, 204],
      ["Measurement", 10, 163, 204],
      ["Outcomes", 238, 163, 204],
      ["Governance", 466, 163, 204],
    ]);
    expect(chart.panels[0]?.plot).toEqual({ left: 32, right: 208, top: 34, bottom: 124 });
  });

  it("buildFactorTrendsChart(input) breaks a factor's line where a review has no consensus on it", () => {
    const chart = buildFactorTrendsChart(factorTrendsInputOf(SIX_LEVELS, SIX_FACTORS, REVIEWS));
    const outcomes = chart.panels.find((panel) => panel.factor === "outcomes");
    expect(outcomes?.points.map((point) => [point.review, point.level])).toEqual([
      ["2019-baseline", 2],
      ["2024-annual", 3.4],
    ]);
    expect(outcomes?.path).toBe("M268,261ZM428,235.8Z");
  });

  it("buildFactorTrendsChart(input) passes its input's summary and table through", () => {
    const input = factorTrendsInputOf(SIX_LEVELS, SIX_FACTORS, REVIEWS);
    const chart = buildFactorTrendsChart(input);
    expect(chart.summary).toEqual(input.summary);
    expect(chart.table).toBe(input.table);
  });
});

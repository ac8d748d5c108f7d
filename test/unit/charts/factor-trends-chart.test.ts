import { describe, expect, it } from "vitest";
import { buildFactorTrendsChart, factorTrendsSummary } from "../../../src/charts/index.ts";
import { REVIEWS, SIX_FACTORS, SIX_LEVELS } from "./examples.ts";

describe("buildFactorTrendsChart(input)", () => {
  it("buildFactorTrendsChart(input) lays out one panel per factor, three to a row", () => {
    const chart = buildFactorTrendsChart({ levels: SIX_LEVELS, factors: SIX_FACTORS, reviews: REVIEWS, target: 4 });
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
    const chart = buildFactorTrendsChart({ levels: SIX_LEVELS, factors: SIX_FACTORS, reviews: REVIEWS });
    const outcomes = chart.panels.find((panel) => panel.factor === "outcomes");
    expect(outcomes?.points.map((point) => [point.review, point.level])).toEqual([
      ["2019-baseline", 2],
      ["2024-annual", 3.4],
    ]);
    expect(outcomes?.path).toBe("M268,261ZM428,235.8Z");
  });

  it("buildFactorTrendsChart(input) gives the consensus of each factor at each review in a table", () => {
    const chart = buildFactorTrendsChart({ levels: SIX_LEVELS, factors: SIX_FACTORS, reviews: REVIEWS });
    expect(chart.table.head).toEqual(["Factor", "20 February 2019", "30 September 2021", "12 March 2024"]);
    expect(chart.table.rows[5]).toEqual({
      header: "Governance",
      cells: ["No published view", "No published view", "4.3 (Cooperating)"],
    });
  });
});

describe("factorTrendsSummary(input)", () => {
  it("factorTrendsSummary(input) names the factors that rose, fell or held, and the largest change", () => {
    expect(factorTrendsSummary({ levels: SIX_LEVELS, factors: SIX_FACTORS, reviews: REVIEWS })).toEqual([
      "Between February 2019 and March 2024, consensus rose on Strategy, Objectives, Delivery and Outcomes and fell on Measurement.",
      "The largest change is on Delivery, which rose from 2.5 (Coordinating) to 4.2 (Cooperating).",
      "Governance has a published consensus in fewer than two reviews, so no trend is shown.",
    ]);
  });

  it("factorTrendsSummary(input) says there is no trend with one review", () => {
    expect(factorTrendsSummary({ levels: SIX_LEVELS, factors: SIX_FACTORS, reviews: REVIEWS.slice(0, 1) })).toEqual([
      "There is only one published review, from March 2024, so there is no trend yet.",
    ]);
  });

  it("factorTrendsSummary(input) says there is no review yet", () => {
    expect(factorTrendsSummary({ levels: SIX_LEVELS, factors: SIX_FACTORS, reviews: [] })).toEqual([
      "There is no published review yet.",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { factorFindings } from "../../../../src/lib/findings/factor-findings.ts";
import { factorTrendsSummary, factorTrendsTable } from "../../../../src/lib/chart-inputs/factor-trends-text.ts";
import type { Labelled } from "../../../../src/charts/index.ts";
import {
  FIVE_GROUPS,
  frameworkOf,
  rating,
  readingsOf,
  REVIEWS,
  SIX_FACTORS,
  SIX_LEVELS,
  type ReviewExample,
  EXAMPLE_REVIEW,
} from "../../charts/examples.ts";

/** Returns the framework (changeThreshold 0.5) and the reviews with their factor findings. */
function trendsOf(reviews: readonly ReviewExample[], factors: readonly Labelled[] = SIX_FACTORS) {
  const framework = frameworkOf(SIX_LEVELS, factors, FIVE_GROUPS);
  return {
    framework,
    reviews: reviews.map((review) => ({
      id: review.id,
      date: review.date,
      findings: factorFindings(framework, readingsOf(factors, review.ratings), EXAMPLE_REVIEW),
    })),
  };
}

/** Returns a review with one view per factor, so each consensus is that view. */
function review(id: string, date: string, levels: Record<string, number>): ReviewExample {
  return {
    id,
    date,
    ratings: Object.entries(levels).map(([factor, level]) => rating(factor, "council-members", level)),
  };
}

/**
 * Moves of exactly changeThreshold up (Strategy) and down (Delivery), under it (Objectives, Measurement), and one of
 * 0.42 that is 0.5 on the levels as shown (Outcomes, 3.0 to 3.5); Governance has one consensus only.
 */
const EDGES = [
  review("2024", "2024-01-15", {
    strategy: 3,
    objectives: 3,
    delivery: 3,
    measurement: 3,
    outcomes: 3.04,
    governance: 3,
  }),
  review("2025", "2025-01-15", { strategy: 3.5, objectives: 3.4, delivery: 2.5, measurement: 3, outcomes: 3.46 }),
];

describe("factorTrendsSummary(framework, reviews)", () => {
  it("factorTrendsSummary names the factors that rose or fell and the largest change, in the words of What changed", () => {
    const { framework, reviews } = trendsOf(REVIEWS);
    expect(factorTrendsSummary(framework, reviews)).toEqual([
      "Between February 2019 and March 2024, consensus rose on Strategy, Objectives, Delivery and Outcomes and fell on Measurement.",
      "The largest change is on Delivery: from 2.5 (Coordinating) to 4.2 (Cooperating), up 1.7 levels.",
      "Governance has a published consensus in fewer than two reviews, so no trend is shown.",
    ]);
  });

  it("factorTrendsSummary counts a move of exactly changeThreshold on the levels as shown, and calls a smaller one no rise", () => {
    const { framework, reviews } = trendsOf(EDGES);
    expect(factorTrendsSummary(framework, reviews)).toEqual([
      "Between January 2024 and January 2025, consensus rose on Strategy and Outcomes and fell on Delivery.",
      "Objectives and Measurement moved by less than 0.5 of a level, which is not counted as a change.",
      "The largest change is on Strategy: from 3.0 (Coordinating) to 3.5 (Cooperating), up 0.5 levels.",
      "Governance has a published consensus in fewer than two reviews, so no trend is shown.",
    ]);
  });

  it("factorTrendsSummary says no factor moved when every move is under changeThreshold", () => {
    const factors = SIX_FACTORS.slice(0, 2);
    const { framework, reviews } = trendsOf(
      [
        review("2024", "2024-01-15", { strategy: 3, objectives: 3.6 }),
        review("2025", "2025-01-15", { strategy: 3.2, objectives: 3.4 }),
      ],
      factors,
    );
    expect(factorTrendsSummary(framework, reviews)).toEqual([
      "Between January 2024 and January 2025, no factor's consensus moved by 0.5 of a level or more: Strategy and Objectives moved by less, which is not counted as a change.",
    ]);
  });

  it("factorTrendsSummary says there is no trend with one review, and no review yet", () => {
    const { framework, reviews } = trendsOf(REVIEWS.slice(0, 1));
    expect(factorTrendsSummary(framework, reviews)).toEqual([
      "There is only one published review, from March 2024, so there is no trend yet.",
    ]);
    expect(factorTrendsSummary(framework, [])).toEqual(["There is no published review yet."]);
  });
});

describe("factorTrendsTable(framework, reviews, title)", () => {
  it("factorTrendsTable gives each factor's consensus as shown at each review, oldest first", () => {
    const { framework, reviews } = trendsOf([...EDGES].reverse());
    const table = factorTrendsTable(framework, reviews, "Consensus over time");
    expect(table.head).toEqual(["Factor", "15 January 2024", "15 January 2025"]);
    expect(table.rows.map((row) => [row.header, ...row.cells])).toEqual([
      ["Strategy", "3.0 (Coordinating)", "3.5 (Cooperating)"],
      ["Objectives", "3.0 (Coordinating)", "3.4 (Coordinating)"],
      ["Delivery", "3.0 (Coordinating)", "2.5 (Coordinating)"],
      ["Measurement", "3.0 (Coordinating)", "3.0 (Coordinating)"],
      ["Outcomes", "3.0 (Coordinating)", "3.5 (Cooperating)"],
      ["Governance", "3.0 (Coordinating)", "No published view"],
    ]);
  });
});

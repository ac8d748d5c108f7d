import { describe, expect, it } from "vitest";
import { trajectorySummary, trajectoryTable } from "../../../../src/lib/chart-inputs/trajectory-text.ts";
import { FIVE_GROUPS, frameworkOf, REVIEWS, SIX_FACTORS, SIX_LEVELS } from "../../charts/examples.ts";

/** Returns the example framework with this target tolerance. */
function frameworkWith(tolerance = 0.5) {
  const framework = frameworkOf(SIX_LEVELS, SIX_FACTORS, FIVE_GROUPS);
  framework.thresholds.targetTolerance = tolerance;
  return framework;
}

describe("trajectorySummary(framework, reviews, target)", () => {
  it("trajectorySummary says how the assessed level moved and where the latest review leaves it against target", () => {
    expect(trajectorySummary(frameworkWith(), REVIEWS, 5)).toEqual([
      "Across three published reviews from February 2019 to March 2024, the assessed level rose from Networking to Cooperating.",
      "The latest review places it one level below target; its target is Collaborating.",
    ]);
  });

  it("trajectorySummary uses the one fit rule: exactly targetTolerance away is at target, and above target is no success", () => {
    expect(trajectorySummary(frameworkWith(1), REVIEWS, 5)[1]).toBe(
      "The latest review places it at target; its target is Collaborating.",
    );
    expect(trajectorySummary(frameworkWith(), REVIEWS, 3)[1]).toBe(
      "The latest review places it one level above target (more joint working than its purpose needs); its target is Coordinating.",
    );
  });

  it("trajectorySummary describes a fall, and a return to where it started", () => {
    const fall = REVIEWS.map((review) => ({ ...review, assessed: 7 - (review.assessed ?? 0) }));
    expect(trajectorySummary(frameworkWith(), fall)[0]).toBe(
      "Across three published reviews from February 2019 to March 2024, the assessed level fell from Collaborating to Coordinating.",
    );
    const round = REVIEWS.map((review) => ({ ...review, assessed: review.id === "2021-interim" ? 5 : 3 }));
    expect(trajectorySummary(frameworkWith(), round)[0]).toBe(
      "Across three published reviews from February 2019 to March 2024, the assessed level was Coordinating in both the first and the latest review, ranging from Coordinating to Collaborating in between.",
    );
  });

  it("trajectorySummary describes a single review, and says when there is nothing to show", () => {
    expect(trajectorySummary(frameworkWith(), REVIEWS.slice(0, 1), 4)).toEqual([
      "The one published review, in March 2024, assessed the partnership at Cooperating.",
      "That places it at target; its target is Cooperating.",
    ]);
    expect(trajectorySummary(frameworkWith(), [])).toEqual([
      "There is no published review with an assessed level yet.",
      "No target level is set.",
    ]);
  });
});

describe("trajectoryTable(framework, reviews, title, target)", () => {
  it("trajectoryTable gives the reviews oldest first, each level by its name, with the target in the caption", () => {
    const reviews = [...REVIEWS, { id: "odd", date: "2025-01-01", assessed: undefined, ratings: [] }];
    expect(trajectoryTable(frameworkWith(), reviews, "Assessed level at each published review", 4)).toEqual({
      caption: "Assessed level at each published review. Target level: Cooperating",
      head: ["Date", "Review", "Assessed level"],
      rows: [
        { header: "20 February 2019", cells: ["Baseline review 2019", "Networking"] },
        { header: "30 September 2021", cells: ["Interim review 2021", "Coordinating"] },
        { header: "12 March 2024", cells: ["Annual review 2024", "Cooperating"] },
        { header: "1 January 2025", cells: ["odd", "Not on the spectrum"] },
      ],
    });
  });
});

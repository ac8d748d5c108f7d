import { describe, expect, it } from "vitest";
import { buildTrajectoryChart, placeDateLabels, trajectorySummary } from "../../../src/charts/index.ts";
import { REVIEWS, SIX_LEVELS } from "./examples.ts";

describe("buildTrajectoryChart(input)", () => {
  it("buildTrajectoryChart(input) places each review by date across and by assessed level up", () => {
    const chart = buildTrajectoryChart({ levels: SIX_LEVELS, reviews: REVIEWS, target: 4 });
    expect(chart.levelLines.map((level) => [level.label, level.y])).toEqual([
      ["Transactional", 203.5],
      ["Networking", 167.5],
      ["Coordinating", 131.5],
      ["Cooperating", 95.5],
      ["Collaborating", 59.5],
      ["Integrated", 23.5],
    ]);
    expect(chart.points.map((point) => [point.id, point.x, point.y, point.dateLabel?.text])).toEqual([
      ["2019-baseline", 194, 167.5, "Feb 2019"],
      ["2021-interim", 382.846, 131.5, "Sep 2021"],
      ["2024-annual", 560, 95.5, "Mar 2024"],
    ]);
    expect(chart.path).toBe("M194,167.5L382.846,131.5L560,95.5");
    expect(chart.target).toEqual({ level: 4, label: "Cooperating", y: 95.5 });
  });

  it("buildTrajectoryChart(input) centres a single review", () => {
    const chart = buildTrajectoryChart({ levels: SIX_LEVELS, reviews: REVIEWS.slice(0, 1) });
    expect(chart.points.map((point) => [point.x, point.y])).toEqual([[377, 88]]);
    expect(chart.target).toBeUndefined();
  });

  it("buildTrajectoryChart(input) leaves out reviews whose assessed level is not on the spectrum", () => {
    const chart = buildTrajectoryChart({
      levels: SIX_LEVELS,
      reviews: [...REVIEWS, { id: "odd", date: "2025-01-01", assessed: undefined }],
    });
    expect(chart.points.map((point) => point.id)).toEqual(["2019-baseline", "2021-interim", "2024-annual"]);
    expect(chart.table.rows.at(-1)).toEqual({ header: "1 January 2025", cells: ["odd", "Not on the spectrum"] });
  });

  it("buildTrajectoryChart(input) gives the reviews in a table, oldest first, with the target in the caption", () => {
    const chart = buildTrajectoryChart({ levels: SIX_LEVELS, reviews: REVIEWS, target: 4 });
    expect(chart.table).toEqual({
      caption: "Assessed level at each published review. Target level: Cooperating",
      head: ["Date", "Review", "Assessed level"],
      rows: [
        { header: "20 February 2019", cells: ["Baseline review 2019", "Networking"] },
        { header: "30 September 2021", cells: ["Interim review 2021", "Coordinating"] },
        { header: "12 March 2024", cells: ["Annual review 2024", "Cooperating"] },
      ],
    });
  });
});

describe("placeDateLabels(points, width)", () => {
  it("placeDateLabels(points, width) moves a crowded label to a second row and drops one with no room", () => {
    const points = [
      { date: "2023-01-10", x: 200 },
      { date: "2023-02-10", x: 220 },
      { date: "2023-03-10", x: 240 },
      { date: "2024-06-30", x: 560 },
    ];
    expect(placeDateLabels(points, 680)).toEqual([
      { text: "Jan 2023", x: 200, row: 0 },
      { text: "Feb 2023", x: 220, row: 1 },
      undefined,
      { text: "Jun 2024", x: 560, row: 0 },
    ]);
  });
});

describe("trajectorySummary(input)", () => {
  it("trajectorySummary(input) says how the assessed level moved and where it stands against target", () => {
    expect(trajectorySummary({ levels: SIX_LEVELS, reviews: REVIEWS, target: 5 })).toEqual([
      "Across three published reviews from February 2019 to March 2024, the assessed level rose from Networking to Cooperating.",
      "The latest review places it one level below its target of Collaborating.",
    ]);
  });

  it("trajectorySummary(input) describes a fall, and a return to where it started", () => {
    const fall = REVIEWS.map((review) => ({ ...review, assessed: 7 - review.assessed }));
    expect(trajectorySummary({ levels: SIX_LEVELS, reviews: fall })[0]).toBe(
      "Across three published reviews from February 2019 to March 2024, the assessed level fell from Collaborating to Coordinating.",
    );
    const round = REVIEWS.map((review) => ({ ...review, assessed: review.id === "2021-interim" ? 5 : 3 }));
    expect(trajectorySummary({ levels: SIX_LEVELS, reviews: round })[0]).toBe(
      "Across three published reviews from February 2019 to March 2024, the assessed level was Coordinating in both the first and the latest review, ranging from Coordinating to Collaborating in between.",
    );
  });

  it("trajectorySummary(input) describes a single review", () => {
    expect(trajectorySummary({ levels: SIX_LEVELS, reviews: REVIEWS.slice(0, 1), target: 4 })).toEqual([
      "The one published review, in March 2024, assessed the partnership at Cooperating.",
      "That places it at its target level.",
    ]);
  });

  it("trajectorySummary(input) says when there is nothing to show", () => {
    expect(trajectorySummary({ levels: SIX_LEVELS, reviews: [] })).toEqual([
      "There is no published review with an assessed level yet.",
      "No target level is set.",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { buildTrajectoryChart, placeDateLabels } from "../../../src/charts/index.ts";
import { REVIEWS, SIX_LEVELS, trajectoryInputOf } from "./examples.ts";

describe("buildTrajectoryChart(input)", () => {
  it("buildTrajectoryChart(input) places each review by date across and by assessed level up", () => {
    const chart = buildTrajectoryChart(trajectoryInputOf(SIX_LEVELS, REVIEWS, 4));
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
    const chart = buildTrajectoryChart(trajectoryInputOf(SIX_LEVELS, REVIEWS.slice(0, 1)));
    expect(chart.points.map((point) => [point.x, point.y])).toEqual([[377, 88]]);
    expect(chart.target).toBeUndefined();
  });

  it("buildTrajectoryChart(input) leaves out reviews whose assessed level is not on the spectrum", () => {
    const chart = buildTrajectoryChart(
      trajectoryInputOf(SIX_LEVELS, [...REVIEWS, { id: "odd", date: "2025-01-01", assessed: undefined, ratings: [] }]),
    );
    expect(chart.points.map((point) => point.id)).toEqual(["2019-baseline", "2021-interim", "2024-annual"]);
  });

  it("buildTrajectoryChart(input) passes its input's summary and table through", () => {
    const input = trajectoryInputOf(SIX_LEVELS, REVIEWS, 4);
    const chart = buildTrajectoryChart(input);
    expect(chart.summary).toEqual(input.summary);
    expect(chart.table).toBe(input.table);
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

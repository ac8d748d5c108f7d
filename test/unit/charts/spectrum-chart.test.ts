import { describe, expect, it } from "vitest";
import { buildSpectrumChart, type SpectrumChartInput } from "../../../src/charts/index.ts";
import type { Rating } from "../../../src/schema/index.ts";
import {
  FIVE_GROUPS,
  SIX_FACTORS,
  SIX_LEVELS,
  THREE_LEVELS,
  TYPICAL_RATINGS,
  rating,
  spectrumInputOf,
} from "./examples.ts";

/** Returns the chart input for the ratings, over the default levels, factors and groups, worded by the findings layer. */
function input(ratings: readonly Rating[], target?: number, factors = SIX_FACTORS): SpectrumChartInput {
  return spectrumInputOf(SIX_LEVELS, factors, FIVE_GROUPS, ratings, target);
}

describe("buildSpectrumChart(input)", () => {
  it("buildSpectrumChart(input) spaces the levels evenly, leaving room for the last name", () => {
    const chart = buildSpectrumChart(input(TYPICAL_RATINGS, 4));
    expect(chart.plot.left).toBe(198);
    expect(chart.plot.right).toBe(638);
    expect(chart.axis.map((tick) => [tick.order, tick.label, tick.x])).toEqual([
      [1, "Transactional", 198],
      [2, "Networking", 286],
      [3, "Coordinating", 374],
      [4, "Cooperating", 462],
      [5, "Collaborating", 550],
      [6, "Integrated", 638],
    ]);
  });

  it("buildSpectrumChart(input) narrow numbers the levels and keys their names, never breaking a word", () => {
    const chart = buildSpectrumChart({ ...input(TYPICAL_RATINGS, 4), width: 280 });
    expect(chart.width).toBe(280);
    expect(chart.axis.map((tick) => tick.lines)).toEqual([[], [], [], [], [], []]);
    expect(
      chart.marks[chart.marks.findIndex((mark) => mark.type === "text" && mark.lines[0]?.startsWith("Levels:"))],
    ).toMatchObject({
      lines: [
        "Levels: 1 Transactional, 2 Networking,",
        "3 Coordinating, 4 Cooperating,",
        "5 Collaborating, 6 Integrated",
      ],
    });
    expect(chart.rows[0]?.lines).toEqual(["Strategy"]);
    expect(chart.marks.some((mark) => mark.type === "text" && mark.lines.some((line) => line.endsWith("-")))).toBe(
      false,
    );
  });

  it("buildSpectrumChart(input) places each group's marker at its level, with its own shape", () => {
    const chart = buildSpectrumChart(input(TYPICAL_RATINGS, 4));
    const strategy = chart.rows[0];
    expect(strategy?.markers.map((marker) => [marker.groupLabel, marker.level, marker.x, marker.symbol])).toEqual([
      ["Council members", 4, 462, "circle"],
      ["Council officers", 4.2, 479.6, "square"],
      ["Partner leadership", 3.6, 426.8, "triangle"],
      ["Service users", 3, 374, "star"],
    ]);
    expect(strategy?.range).toEqual({ x1: 374, x2: 479.6 });
    expect(strategy?.consensus).toEqual({ level: 3.8, x: 444.4 });
  });

  it("buildSpectrumChart(input) never draws a withheld view, and names it under the factor", () => {
    const chart = buildSpectrumChart(input(TYPICAL_RATINGS, 4));
    const delivery = chart.rows.find((row) => row.factor === "delivery");
    expect(delivery?.markers.map((marker) => marker.group)).toEqual([
      "council-members",
      "council-officers",
      "partner-staff",
      "service-users",
    ]);
    expect(delivery?.notes).toEqual(["Perception gap", "1 view withheld"]);
  });

  it("buildSpectrumChart(input) marks a gap at the threshold and names it in words", () => {
    const chart = buildSpectrumChart(
      input(
        [rating("strategy", "council-members", 2), rating("strategy", "service-users", 4)],
        undefined,
        SIX_FACTORS.slice(0, 1),
      ),
    );
    expect(chart.rows[0]?.shaded).toBe(true);
    expect(chart.rows[0]?.notes).toEqual(["Perception gap"]);
    expect(chart.marks.filter((mark) => mark.className === "chart-gap-bar")).toHaveLength(1);
  });

  it("buildSpectrumChart(input) marks a factor that is not triangulated", () => {
    const chart = buildSpectrumChart(input(TYPICAL_RATINGS, 4));
    const measurement = chart.rows.find((row) => row.factor === "measurement");
    expect(measurement?.triangulated).toBe(false);
    expect(measurement?.notes).toEqual(["Not triangulated"]);
    expect(measurement?.range).toBeUndefined();
  });

  it("buildSpectrumChart(input) dodges tied markers into lanes of their own, with the consensus in a lane beneath", () => {
    const ties = FIVE_GROUPS.map((group) => rating("strategy", group.id, 3));
    const chart = buildSpectrumChart(input(ties, 3, SIX_FACTORS.slice(0, 1)));
    const row = chart.rows[0];
    expect(row?.height).toBe(112);
    expect(row?.markers.map((marker) => [marker.x, marker.y, marker.lane])).toEqual([
      [374, 67, 0],
      [374, 83, 1],
      [374, 99, 2],
      [374, 115, 3],
      [374, 131, 4],
    ]);
    expect(row?.summaryY).toBe(147);
    expect(row?.range).toBeUndefined();
  });

  it("buildSpectrumChart(input) dodges four groups at nearly the same level so no two markers touch", () => {
    const near = [3.9, 4, 4.05, 4.1].map((level, index) => rating("strategy", FIVE_GROUPS[index]?.id ?? "", level));
    const row = buildSpectrumChart(input(near, 4, SIX_FACTORS.slice(0, 1))).rows[0];
    // 3.9 and 4.1 are 17.6 apart, clear of each other in the top lane; 4 and 4.05 each take a lane below.
    expect(row?.markers.map((marker) => [marker.x, marker.lane])).toEqual([
      [453.2, 0],
      [462, 1],
      [466.4, 2],
      [470.8, 0],
    ]);
  });

  it("buildSpectrumChart(input) draws the target level across every row", () => {
    const chart = buildSpectrumChart(input(TYPICAL_RATINGS, 4));
    expect(chart.target).toEqual({ level: 4, label: "Cooperating", x: 462 });
    const line = chart.marks.find((mark) => mark.className === "chart-target" && mark.type === "line");
    expect(line).toMatchObject({ x1: 462, x2: 462, y1: chart.plot.top - 4, y2: chart.plot.bottom + 6 });
  });

  it("buildSpectrumChart(input) draws no target line when the partnership has none", () => {
    const chart = buildSpectrumChart(input(TYPICAL_RATINGS));
    expect(chart.target).toBeUndefined();
    expect(chart.marks.filter((mark) => mark.className === "chart-target")).toEqual([]);
  });

  it("buildSpectrumChart(input) works on a three-level spectrum that starts at 0", () => {
    const chart = buildSpectrumChart(
      spectrumInputOf(THREE_LEVELS, SIX_FACTORS.slice(0, 1), FIVE_GROUPS, [
        rating("strategy", "council-members", 0),
        rating("strategy", "council-officers", 2),
      ]),
    );
    expect(chart.axis.map((tick) => [tick.order, tick.x])).toEqual([
      [0, 198],
      [1, 391.6],
      [2, 585.2],
    ]);
    expect(chart.rows[0]?.markers.map((marker) => marker.x)).toEqual([198, 585.2]);
  });

  it("buildSpectrumChart(input) wraps a long factor label and grows the row to fit it", () => {
    const factors = [{ id: "strategy", label: "Strategic alignment with each partner's corporate plan and budget" }];
    const chart = buildSpectrumChart(input([rating("strategy", "council-members", 3)], undefined, factors));
    expect(chart.rows[0]?.lines).toEqual(["Strategic alignment with", "each partner's corporate", "plan and budget"]);
    expect(chart.rows[0]?.height).toBe(82);
  });

  it("buildSpectrumChart(input) keys only the groups that have a marker in the legend", () => {
    const chart = buildSpectrumChart(
      input([rating("strategy", "service-users", 3)], undefined, SIX_FACTORS.slice(0, 1)),
    );
    const legendText = chart.marks
      .filter((mark) => mark.type === "text")
      .flatMap((mark) => mark.lines)
      .filter((text) => FIVE_GROUPS.some((group) => group.label === text));
    expect(legendText).toEqual(["Service users"]);
  });

  it("buildSpectrumChart(input) shows the summary and table it is given", () => {
    const given = input(TYPICAL_RATINGS, 4);
    const chart = buildSpectrumChart(given);
    expect(chart.summary).toEqual(given.summary);
    expect(chart.table).toBe(given.table);
  });

  it("buildSpectrumChart(input) describes the chart in its desc", () => {
    expect(buildSpectrumChart(input(TYPICAL_RATINGS, 4)).desc).toBe(
      "Dot plot of 6 factors, one row each, on the collaboration spectrum from Transactional (1) to Integrated (6). " +
        "Each stakeholder group's level is a marker with its own shape and colour, moved down into a lane of its own " +
        "where it would cover another; under the markers a grey bar shows the range of views and a short vertical line " +
        "the consensus (median). A dashed line marks the target level, Cooperating. Rows with a " +
        "perception gap are shaded and labelled in words. Withheld views are not drawn.",
    );
  });
});

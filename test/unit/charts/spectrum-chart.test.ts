import { describe, expect, it } from "vitest";
import {
  buildSpectrumChart,
  spectrumSummary,
  targetSentence,
  type SpectrumChartInput,
} from "../../../src/charts/index.ts";
import type { Rating } from "../../../src/schema/index.ts";
import { FIVE_GROUPS, SIX_FACTORS, SIX_LEVELS, THREE_LEVELS, TYPICAL_RATINGS, rating, readingsOf } from "./examples.ts";

/** Returns the chart input for the ratings, over the default levels, factors and groups. */
function input(ratings: readonly Rating[], target?: number, factors = SIX_FACTORS): SpectrumChartInput {
  return { levels: SIX_LEVELS, factors, groups: FIVE_GROUPS, readings: readingsOf(factors, ratings), target };
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
    expect(delivery?.withheld).toBe(1);
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
    expect(chart.rows[0]?.gap).toBe(true);
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
    const chart = buildSpectrumChart({
      levels: THREE_LEVELS,
      factors: SIX_FACTORS.slice(0, 1),
      groups: FIVE_GROUPS,
      readings: readingsOf(SIX_FACTORS.slice(0, 1), [
        rating("strategy", "council-members", 0),
        rating("strategy", "council-officers", 2),
      ]),
    });
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

  it("buildSpectrumChart(input) gives the same numbers in a table, with a column per group", () => {
    const chart = buildSpectrumChart(input(TYPICAL_RATINGS, 4));
    expect(chart.table.head).toEqual([
      "Factor",
      "Council members",
      "Council officers",
      "Partner leadership",
      "Partner staff",
      "Service users",
      "Consensus",
      "Spread",
      "Finding",
    ]);
    expect(chart.table.rows[2]).toEqual({
      header: "Delivery",
      cells: [
        "4 (Cooperating)",
        "5 (Collaborating)",
        "No published view",
        "4.4 (Cooperating)",
        "3 (Coordinating)",
        "4.2 (Cooperating)",
        "2 levels",
        "Perception gap; 1 view withheld (too few respondents)",
      ],
    });
    expect(chart.table.rows[0]?.cells.at(-1)).toBe("Groups broadly agree");
    expect(chart.table.rows[3]?.cells.slice(-3)).toEqual(["2.5 (Coordinating)", "Only one view", "Not triangulated"]);
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

describe("targetSentence(levels, target, tolerance, consensus)", () => {
  it("targetSentence counts a consensus within the tolerance, exactly at it included, as at target", () => {
    expect(targetSentence(SIX_LEVELS, 4, 0.5, [3.5, 4.5, 4, 3.49, 4.51, 4.2])).toBe(
      "Consensus is at the target level, Cooperating, on four of six factors; below target on one and above target on one (more joint working than its purpose needs).",
    );
  });
  it("targetSentence never treats the target as a minimum: a partnership above it on every factor is not at target", () => {
    expect(targetSentence(SIX_LEVELS, 3, 0.5, [4, 4.2, 3.6, 5, 4.1, 3.9])).toBe(
      "Consensus is at the target level, Coordinating, on none of the six factors; above target on all six (more joint working than its purpose needs).",
    );
  });
  it("targetSentence uses the framework's tolerance: 0.25 puts 3.7 below a target of 4", () => {
    expect(targetSentence(SIX_LEVELS, 4, 0.25, [3.7, 3.75, 4.25])).toBe(
      "Consensus is at the target level, Cooperating, on two of three factors; below target on one.",
    );
  });
  it("targetSentence speaks of the one factor on its own", () => {
    expect(targetSentence(SIX_LEVELS, 4, 0.5, [4.6])).toBe(
      "Consensus is above the target level, Cooperating, on the one factor (more joint working than its purpose needs).",
    );
    expect(targetSentence(SIX_LEVELS, 4, 0.5, [3.5])).toBe(
      "Consensus is at the target level, Cooperating, on the one factor.",
    );
    expect(targetSentence(SIX_LEVELS, 4, 0.5, [2])).toBe(
      "Consensus is below the target level, Cooperating, on the one factor.",
    );
  });
  it("targetSentence says so when every factor is at target", () => {
    expect(targetSentence(SIX_LEVELS, 4, 0.5, [4, 4.5, 3.5])).toBe(
      "Consensus is at the target level, Cooperating, on all three factors.",
    );
  });
});

describe("spectrumSummary(input)", () => {
  it("spectrumSummary(input) uses the input's target tolerance", () => {
    const ratings = [rating("strategy", "council-members", 4.3), rating("strategy", "service-users", 4.3)];
    const strategy = SIX_FACTORS.slice(0, 1);
    expect(spectrumSummary({ ...input(ratings, 4, strategy), targetTolerance: 0.25 }).at(-1)).toBe(
      "Consensus is above the target level, Cooperating, on the one factor (more joint working than its purpose needs).",
    );
    expect(spectrumSummary({ ...input(ratings, 4, strategy), targetTolerance: 0.3 }).at(-1)).toBe(
      "Consensus is at the target level, Cooperating, on the one factor.",
    );
  });

  it("spectrumSummary(input) names the widest gap with group, factor and level labels", () => {
    expect(spectrumSummary(input(TYPICAL_RATINGS, 4))).toEqual([
      "Delivery has the widest perception gap in this review: Council officers put it at Collaborating, two levels above Service users at Coordinating.",
      "Measurement is not triangulated: only Council officers gave a published view.",
      "One group view was withheld because too few people gave it.",
      "Consensus is at the target level, Cooperating, on four of six factors; below target on two.",
    ]);
  });

  it("spectrumSummary(input) names every group tied at either end of the widest gap", () => {
    const ratings = [
      rating("delivery", "council-members", 5),
      rating("delivery", "council-officers", 5),
      rating("delivery", "service-users", 2),
    ];
    expect(spectrumSummary(input(ratings, 4, SIX_FACTORS.slice(2, 3)))[0]).toBe(
      "Delivery has the widest perception gap in this review: Council members and Council officers put it at Collaborating, three levels above Service users at Networking.",
    );
  });

  it("spectrumSummary(input) gives fractional levels as a number and the nearest level name", () => {
    const ratings = [rating("strategy", "council-members", 3.4), rating("strategy", "service-users", 4.9)];
    expect(spectrumSummary(input(ratings, undefined, SIX_FACTORS.slice(0, 1)))).toEqual([
      "Strategy has the widest difference between groups in this review: Service users put it at 4.9 (Collaborating), 1.5 levels above Council members at 3.4 (Coordinating).",
      "No factor has a perception gap.",
      "No target level is set.",
    ]);
  });

  it("spectrumSummary(input) says so when only one group gave views", () => {
    const ratings = SIX_FACTORS.slice(0, 2).map((factor) => rating(factor.id, "council-officers", 3));
    expect(spectrumSummary(input(ratings, 4, SIX_FACTORS.slice(0, 2)))).toEqual([
      "No factor has published views from more than one group, so none can be compared.",
      "Strategy and Objectives are not triangulated: too few groups gave a published view.",
      "Consensus is at the target level, Cooperating, on none of the two factors; below target on both.",
    ]);
  });

  it("spectrumSummary(input) says so when every group agrees", () => {
    const ratings = FIVE_GROUPS.map((group) => rating("strategy", group.id, 4));
    expect(spectrumSummary(input(ratings, 4, SIX_FACTORS.slice(0, 1)))).toEqual([
      "The groups agree on every factor: each group that gave a view placed it at the same level.",
      "No factor has a perception gap.",
      "Consensus is at the target level, Cooperating, on the one factor.",
    ]);
  });

  it("spectrumSummary(input) names factors without a published view and counts every withheld view", () => {
    const ratings = [
      rating("strategy", "council-members", 2),
      rating("strategy", "council-officers", 2),
      rating("objectives", "council-members", 3, 1),
      rating("objectives", "service-users", 3, 2),
    ];
    expect(spectrumSummary(input(ratings, undefined, SIX_FACTORS.slice(0, 3)))).toEqual([
      "The groups agree on every factor: each group that gave a view placed it at the same level.",
      "No factor has a perception gap.",
      "Objectives and Delivery have no published view.",
      "Two group views were withheld because too few people gave them.",
      "No target level is set.",
    ]);
  });

  it("spectrumSummary(input) counts rather than lists more than six other gaps", () => {
    const factors = Array.from({ length: 9 }, (_, index) => ({ id: `f${index}`, label: `Factor ${index}` }));
    const ratings = factors.flatMap((factor, index) => [
      rating(factor.id, "council-members", 1),
      rating(factor.id, "service-users", index === 0 ? 6 : 4),
    ]);
    expect(spectrumSummary(input(ratings, 6, factors)).slice(0, 2)).toEqual([
      "Factor 0 has the widest perception gap in this review: Service users put it at Integrated, five levels above Council members at Transactional.",
      "There are also perception gaps on eight other factors.",
    ]);
  });

  it("spectrumSummary(input) says when no group's view is published at all", () => {
    expect(spectrumSummary(input([], 4, SIX_FACTORS.slice(0, 2)))).toEqual([
      "No stakeholder group's view is published for any factor.",
    ]);
  });
});

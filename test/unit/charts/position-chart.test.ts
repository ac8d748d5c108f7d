import { describe, expect, it } from "vitest";
import { buildPositionChart, positionSummary } from "../../../src/charts/index.ts";
import { POSITIONS, SIX_LEVELS } from "./examples.ts";

describe("buildPositionChart(input)", () => {
  it("buildPositionChart(input) places the assessed dot and the target ring of each partnership on the spectrum", () => {
    const chart = buildPositionChart({ levels: SIX_LEVELS, partnerships: POSITIONS });
    // "Transactional" and "Collaborating" are too wide for one row of names at this spacing, so they alternate.
    expect(chart.axis.map((tick) => tick.x)).toEqual([218, 295.333, 372.667, 450, 527.334, 604.667]);
    expect(chart.rows.map((row) => [row.label, row.assessed?.x, row.target?.x, row.note])).toEqual([
      ["Shared Legal Service", 450, 450, "At target"],
      ["Joint Waste Partnership", 295.333, 450, "Two levels below target"],
      ["Community Safety Partnership", 527.334, 450, "One level above target"],
      ["Revenues and Benefits Shared Service", 372.667, undefined, "No target level set"],
      ["Leisure Trust", undefined, 372.667, "No published review"],
    ]);
    expect(chart.axis.map((tick) => tick.lines)).toEqual([
      ["Transactional"],
      ["Networking"],
      ["Coordinating"],
      ["Cooperating"],
      ["Collaborating"],
      ["Integrated"],
    ]);
  });

  it("buildPositionChart(input) joins assessed and target with a bar only when they differ", () => {
    const chart = buildPositionChart({ levels: SIX_LEVELS, partnerships: POSITIONS });
    const bars = chart.marks.filter((mark) => mark.className === "chart-range" && mark.type === "rect");
    // Two rows have a bar; the third bar is the legend's key.
    expect(bars.map((bar) => (bar.type === "rect" ? [bar.x, bar.y, bar.width] : []))).toEqual([
      [295.333, 137, 154.667],
      [450, 191.5, 77.334],
      [396.376, 356, 20],
    ]);
  });

  it("buildPositionChart(input) wraps a long partnership name and grows its row", () => {
    const chart = buildPositionChart({
      levels: SIX_LEVELS,
      partnerships: [
        { id: "a", label: "The Exmoor, Westcombe and Kestrelford Community Safety Partnership", assessed: 3 },
      ],
    });
    expect(chart.rows[0]?.lines).toEqual(["The Exmoor, Westcombe", "and Kestrelford Community", "Safety Partnership"]);
    expect(chart.rows[0]?.height).toBe(80);
  });

  it("buildPositionChart(input) gives the same figures in a table", () => {
    const chart = buildPositionChart({ levels: SIX_LEVELS, partnerships: POSITIONS });
    expect(chart.table).toEqual({
      caption: "Where partnerships sit against their target level",
      head: ["Partnership", "Assessed level", "Target level", "Against target"],
      rows: [
        {
          row: "shared-legal",
          header: "Shared Legal Service",
          cells: ["Cooperating", "Cooperating", "At target"],
        },
        {
          row: "waste",
          header: "Joint Waste Partnership",
          cells: ["Networking", "Cooperating", "Two levels below target"],
        },
        {
          row: "community-safety",
          header: "Community Safety Partnership",
          cells: ["Collaborating", "Cooperating", "One level above target"],
        },
        {
          row: "revenues",
          header: "Revenues and Benefits Shared Service",
          cells: ["Coordinating", "No target level set", "Not applicable"],
        },
        {
          row: "leisure",
          header: "Leisure Trust",
          cells: ["No published review", "Coordinating", "Not applicable"],
        },
      ],
    });
  });
});

describe("positionSummary(input)", () => {
  it("positionSummary(input) counts partnerships at, below and above target and names the furthest", () => {
    expect(positionSummary({ levels: SIX_LEVELS, partnerships: POSITIONS })).toEqual([
      "Of the three partnerships with a published review and a target level, one is at target, one below and one above.",
      "Joint Waste Partnership is furthest from its target: assessed at Networking, two levels below its target of Cooperating.",
      "One partnership with a published review has no target level.",
      "One partnership has no published review yet.",
    ]);
  });

  it("positionSummary(input) leaves out counts of none and names every partnership tied furthest", () => {
    expect(
      positionSummary({
        levels: SIX_LEVELS,
        partnerships: [
          { id: "a", label: "Alpha", assessed: 2, target: 4 },
          { id: "b", label: "Beta", assessed: 6, target: 4 },
        ],
      }),
    ).toEqual([
      "Of the two partnerships with a published review and a target level, one is below target and one above.",
      "Alpha and Beta are furthest from their targets, two levels away.",
    ]);
  });

  it("positionSummary(input) says when every partnership is at its target", () => {
    expect(
      positionSummary({
        levels: SIX_LEVELS,
        partnerships: [
          { id: "a", label: "Alpha", assessed: 4, target: 4 },
          { id: "b", label: "Beta", assessed: 3, target: 3 },
        ],
      }),
    ).toEqual(["Both partnerships with a published review and a target level are at their target."]);
  });

  it("positionSummary(input) says when none can be compared with a target", () => {
    expect(positionSummary({ levels: SIX_LEVELS, partnerships: [{ id: "a", label: "Alpha", assessed: 4 }] })).toEqual([
      "No partnership has both a published review and a target level, so none can be compared with its target.",
      "One partnership with a published review has no target level.",
    ]);
  });
});

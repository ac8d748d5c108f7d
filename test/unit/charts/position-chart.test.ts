import { describe, expect, it } from "vitest";
import { buildPositionChart } from "../../../src/charts/index.ts";
import { POSITIONS, positionInputOf, SIX_LEVELS } from "./examples.ts";

describe("buildPositionChart(input)", () => {
  it("buildPositionChart(input) places the assessed dot and the target ring of each partnership on the spectrum", () => {
    const chart = buildPositionChart(positionInputOf(SIX_LEVELS, POSITIONS));
    // "Transactional" and "Collaborating" are too wide for one row of names at this spacing, so they alternate.
    expect(chart.axis.map((tick) => tick.x)).toEqual([218, 295.333, 372.667, 450, 527.334, 604.667]);
    expect(chart.rows.map((row) => [row.label, row.assessed?.x, row.target?.x, row.note])).toEqual([
      ["Shared Legal Service", 450, 450, "At target"],
      ["Joint Waste Partnership", 295.333, 450, "Two levels below target"],
      [
        "Community Safety Partnership",
        527.334,
        450,
        "One level above target (more joint working than its purpose needs)",
      ],
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
    const chart = buildPositionChart(positionInputOf(SIX_LEVELS, POSITIONS));
    const bars = chart.marks.filter((mark) => mark.className === "chart-range" && mark.type === "rect");
    // Two rows have a bar; the third bar is the legend's key. The row above target is 30 taller than the one below:
    // its note takes three lines.
    expect(bars.map((bar) => (bar.type === "rect" ? [bar.x, bar.y, bar.width] : []))).toEqual([
      [295.333, 137, 154.667],
      [450, 206.5, 77.334],
      [396.376, 386, 20],
    ]);
  });

  it("buildPositionChart(input) wraps a long partnership name and grows its row", () => {
    const chart = buildPositionChart(
      positionInputOf(SIX_LEVELS, [
        { id: "a", label: "The Exmoor, Westcombe and Kestrelford Community Safety Partnership", assessed: 3 },
      ]),
    );
    expect(chart.rows[0]?.lines).toEqual(["The Exmoor, Westcombe", "and Kestrelford Community", "Safety Partnership"]);
    expect(chart.rows[0]?.height).toBe(80);
  });

  it("buildPositionChart(input) takes its notes, legend and words from its input", () => {
    const input = positionInputOf(SIX_LEVELS, POSITIONS);
    const chart = buildPositionChart({
      ...input,
      legend: { assessed: "Dot", target: "Ring", distance: "Bar" },
      marksMeaning: "The marks mean things.",
    });
    const text = chart.marks.flatMap((mark) => (mark.type === "text" ? mark.lines : []));
    expect(text).toEqual(expect.arrayContaining(["Dot", "Ring", "Bar"]));
    expect(chart.desc.endsWith("Integrated (6). The marks mean things.")).toBe(true);
    expect(chart.summary).toEqual(input.summary);
    expect(chart.table).toBe(input.table);
  });
});

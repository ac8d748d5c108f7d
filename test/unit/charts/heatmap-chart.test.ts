import { describe, expect, it } from "vitest";
import { buildHeatmapChart } from "../../../src/charts/index.ts";
import { HEATMAP_ROWS, heatmapInputOf, rating, SIX_FACTORS, SIX_LEVELS } from "./examples.ts";
import { FIFTEEN_FACTORS } from "./cases.ts";

const TYPICAL = heatmapInputOf(SIX_LEVELS, SIX_FACTORS, HEATMAP_ROWS);

describe("buildHeatmapChart(input)", () => {
  it("buildHeatmapChart(input) gives each factor an equal column and each partnership a row", () => {
    const chart = buildHeatmapChart(TYPICAL);
    expect(chart.columns.map((column) => [column.label, column.x, column.width, column.rotated])).toEqual([
      ["Strategy", 166, 84.333, false],
      ["Objectives", 250.333, 84.333, false],
      ["Delivery", 334.667, 84.333, false],
      ["Measurement", 419, 84.333, false],
      ["Outcomes", 503.333, 84.333, false],
      ["Governance", 587.667, 84.333, false],
    ]);
    expect(chart.rows.map((row) => [row.label, row.y, row.height])).toEqual([
      ["Shared Legal Service", 33, 44],
      ["Joint Waste Partnership", 77, 48],
      ["Community Safety Partnership", 125, 48],
      ["Leisure Trust", 173, 46],
    ]);
  });

  it("buildHeatmapChart(input) writes the consensus number and level name in each cell, shaded by level", () => {
    const chart = buildHeatmapChart(TYPICAL);
    const legal = chart.rows[0]?.cells ?? [];
    expect(legal.map((cell) => [cell.factor, cell.consensus, cell.step, cell.marked, cell.lines])).toEqual([
      ["strategy", 3.8, 3, false, ["3.8", "Cooperating"]],
      ["objectives", 3.5, 3, false, ["3.5", "Cooperating"]],
      ["delivery", 4.2, 3, true, ["4.2", "Cooperating"]],
      ["measurement", 2.5, 2, false, ["2.5", "Coordinating"]],
      ["outcomes", 3.4, 2, false, ["3.4", "Coordinating"]],
      ["governance", 4.25, 3, false, ["4.3", "Cooperating"]],
    ]);
  });

  it("buildHeatmapChart(input) outlines a perception gap and marks it with a triangle", () => {
    const chart = buildHeatmapChart(TYPICAL);
    const outlines = chart.marks.filter((mark) => mark.className === "chart-heat-gap" && mark.type === "rect");
    // Two cells, then the legend's key.
    expect(outlines.map((mark) => (mark.type === "rect" ? [mark.x, mark.y, mark.width, mark.height] : []))).toEqual([
      [337.167, 35.5, 79.333, 39],
      [337.167, 79.5, 79.333, 43],
      [125.381, 260, 16, 14],
    ]);
    const triangles = chart.marks.filter((mark) => mark.type === "path" && mark.className === "chart-heat-label");
    expect(triangles.map((mark) => (mark.type === "path" ? [mark.x, mark.y] : []))).toEqual([
      [406, 46],
      [406, 90],
    ]);
  });

  it("buildHeatmapChart(input) shows a dash for no published view and a note for no published review", () => {
    const chart = buildHeatmapChart(TYPICAL);
    expect(chart.rows[2]?.cells.map((cell) => cell.lines[0])).toEqual(["5.8", "5.0", "4.2", "–", "–", "5.5"]);
    expect(chart.rows[3]?.cells.every((cell) => cell.step === undefined)).toBe(true);
  });

  it("buildHeatmapChart(input) turns headers upright and gives numbers only when columns are narrow", () => {
    const chart = buildHeatmapChart(
      heatmapInputOf(SIX_LEVELS, FIFTEEN_FACTORS, [
        { id: "a", label: "Alpha", ratings: [rating("factor-1", "council-members", 2)] },
      ]),
    );
    expect(chart.columns[0]).toEqual({
      factor: "factor-1",
      label: "Factor 1",
      x: 166,
      width: 33.733,
      lines: ["Factor 1"],
      rotated: true,
    });
    expect(chart.rows[0]?.cells[0]?.lines).toEqual(["2.0"]);
  });

  it("buildHeatmapChart(input) takes its words from its input: the marked cells' meaning, summary and table", () => {
    const chart = buildHeatmapChart({ ...TYPICAL, marked: { label: "Marked", meaning: "a marked cell" } });
    expect(chart.desc).toContain("A heavy outline and a triangle mark a marked cell;");
    expect(chart.marks.flatMap((mark) => (mark.type === "text" ? mark.lines : []))).toContain(
      "Marked (outlined, with a triangle)",
    );
    expect(chart.summary).toEqual(TYPICAL.summary);
    expect(chart.table).toBe(TYPICAL.table);
  });

  it("buildHeatmapChart(input) narrow draws fifteen factors in two blocks of columns, each with every partnership's row", () => {
    const chart = buildHeatmapChart({
      ...heatmapInputOf(SIX_LEVELS, FIFTEEN_FACTORS, HEATMAP_ROWS.slice(0, 2)),
      width: 280,
    });
    expect(chart.columns.map((column) => column.factor)).toEqual(FIFTEEN_FACTORS.map((factor) => factor.id));
    expect(chart.columns.map((column) => column.x).slice(6, 10)).toEqual([205, 237.5, 10, 47.143]);
    expect(chart.rows.map((row) => row.cells.length)).toEqual([15, 15]);
    expect(chart.rowBands?.map((band) => band.id)).toEqual(["shared-legal", "waste", "shared-legal", "waste"]);
    expect(chart.desc).toContain("by 15 factors (columns), in two blocks of columns one under another");
  });
});

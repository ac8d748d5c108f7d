import { describe, expect, it } from "vitest";
import { factorFindings } from "../../../../src/lib/findings/factor-findings.ts";
import { heatmapChartInput, heatmapSummary, heatmapTable } from "../../../../src/lib/chart-inputs/heatmap-text.ts";
import {
  FIVE_GROUPS,
  frameworkOf,
  HEATMAP_ROWS,
  rating,
  readingsOf,
  SIX_FACTORS,
  SIX_LEVELS,
  type HeatmapExample,
  EXAMPLE_REVIEW,
} from "../../charts/examples.ts";
import { v2Model } from "../pages/v2-model.ts";

// The example thresholds: a spread below 1 is "groups agree", from 1 "groups differ", from 2 a perception gap.
const framework = frameworkOf(SIX_LEVELS, SIX_FACTORS, FIVE_GROUPS);

/** Returns the heatmap rows of the examples, each with its findings. */
function rowsOf(examples: readonly HeatmapExample[]) {
  return examples.map((row) => ({
    id: row.id,
    label: row.label,
    findings:
      row.ratings === undefined
        ? undefined
        : factorFindings(framework, readingsOf(SIX_FACTORS, row.ratings), EXAMPLE_REVIEW),
  }));
}

/** Spreads exactly at gapThreshold (Strategy), exactly at agreeBelow (Objectives) and just under the gap (Delivery). */
const EDGES: HeatmapExample[] = [
  {
    id: "alpha",
    label: "Alpha",
    ratings: [
      rating("strategy", "council-members", 3),
      rating("strategy", "council-officers", 5),
      rating("objectives", "council-members", 3),
      rating("objectives", "council-officers", 4),
      rating("delivery", "council-members", 3),
      rating("delivery", "council-officers", 4.8),
      rating("measurement", "council-officers", 2),
      rating("governance", "council-members", 5),
      rating("governance", "council-officers", 5),
      rating("governance", "partner-staff", 5),
    ],
  },
  { id: "beta", label: "Beta" },
];

describe("heatmapSummary(framework, rows, left)", () => {
  it("heatmapSummary names the gaps, the highest and lowest consensus as shown, and what is missing", () => {
    expect(heatmapSummary(framework, rowsOf(HEATMAP_ROWS))).toEqual([
      "Two of the 18 cells show perception gaps: Shared Legal Service on Delivery; Joint Waste Partnership on Delivery.",
      "The highest consensus is Community Safety Partnership on Strategy, at 5.8 (Integrated); the lowest is Joint Waste Partnership on Objectives, at 1.3 (Transactional).",
      "Two cells have no published view.",
      "Leisure Trust has no published review.",
    ]);
  });

  it("heatmapSummary counts a spread of exactly gapThreshold as a perception gap, and says what it leaves out", () => {
    expect(heatmapSummary(framework, rowsOf(EDGES), { proposed: 0, ended: 1 })).toEqual([
      "One of the 6 cells shows a perception gap: Alpha on Strategy.",
      "The highest consensus is Alpha on Governance, at 5.0 (Collaborating); the lowest is Alpha on Measurement, at 2.0 (Networking).",
      "One cell has no published view.",
      "Beta has no published review.",
      "One ended partnership is not shown: like every figure on this site, the chart counts active partnerships only.",
    ]);
  });

  it("heatmapSummary says when there is no gap and every consensus is the same, and when nothing is reviewed", () => {
    const flat = [{ id: "a", label: "Alpha", ratings: [rating("strategy", "council-members", 3)] }];
    const one = frameworkOf(SIX_LEVELS, SIX_FACTORS.slice(0, 1), FIVE_GROUPS);
    expect(
      heatmapSummary(
        one,
        flat.map((row) => ({
          ...row,
          findings: factorFindings(one, readingsOf(SIX_FACTORS.slice(0, 1), row.ratings), EXAMPLE_REVIEW),
        })),
      ),
    ).toEqual([
      "No active partnership has a perception gap on any factor.",
      "Every published consensus is at 3.0 (Coordinating).",
    ]);
    expect(heatmapSummary(framework, [{ id: "a", label: "Alpha" }])).toEqual([
      "No active partnership has a published review.",
    ]);
  });
});

describe("heatmapTable(framework, rows, title)", () => {
  it("heatmapTable gives each consensus as shown after the finding's notes, a gap only from gapThreshold", () => {
    expect(heatmapTable(framework, rowsOf(EDGES), "Consensus")).toEqual({
      caption: "Consensus",
      head: ["Partnership", "Strategy", "Objectives", "Delivery", "Measurement", "Outcomes", "Governance"],
      rows: [
        {
          row: "alpha",
          header: "Alpha",
          cells: [
            "Perception gap: 4.0 (Cooperating)",
            "3.5 (Cooperating)",
            "3.9 (Cooperating)",
            "Not triangulated: 2.0 (Networking)",
            "No published view",
            "5.0 (Collaborating)",
          ],
        },
        { row: "beta", header: "Beta", cells: Array(6).fill("No published review") },
      ],
    });
  });

  it("heatmapTable gives every note of a finding, in the words of the review page's chart", () => {
    const table = heatmapTable(framework, rowsOf(HEATMAP_ROWS), "Consensus");
    expect(table.rows[0]?.cells).toEqual([
      "3.8 (Cooperating)",
      "3.5 (Cooperating)",
      "Perception gap, 1 view withheld: 4.2 (Cooperating)",
      "Not triangulated: 2.5 (Coordinating)",
      "3.4 (Coordinating)",
      "4.3 (Cooperating)",
    ]);
  });
});

describe("heatmapChartInput(framework, partnerships, title)", () => {
  it("heatmapChartInput draws and counts active partnerships only, and marks perception gaps", async () => {
    const v2 = await v2Model();
    const input = heatmapChartInput(v2.framework, v2.partnerships);
    expect(input.partnerships.map((row) => [row.id, row.readings?.map((reading) => reading.marked)])).toEqual([
      ["shared-legal", [true, false]],
    ]);
    expect(input.marked).toEqual({ label: "Perception gap", meaning: "a perception gap" });
    expect(input.summary.at(-1)).toBe(
      "One proposed and one ended partnership are not shown: like every figure on this site, the chart counts active partnerships only.",
    );
  });
});

import { describe, expect, it } from "vitest";
import { buildRiskMatrix, riskSummary } from "../../../src/charts/index.ts";
import { RISKS } from "./examples.ts";

describe("buildRiskMatrix(input)", () => {
  it("buildRiskMatrix(input) lays out 25 cells, likelihood across and impact up", () => {
    const chart = buildRiskMatrix({ risks: RISKS });
    expect(chart.cells).toHaveLength(25);
    const corner = (likelihood: number, impact: number) =>
      chart.cells.find((cell) => cell.likelihood === likelihood && cell.impact === impact);
    expect(corner(1, 1)).toMatchObject({ x: 150, y: 298, width: 104, height: 72, score: 1, band: "low" });
    expect(corner(5, 5)).toMatchObject({ x: 566, y: 10, score: 25, band: "very high" });
    expect(corner(3, 3)).toMatchObject({
      score: 9,
      band: "medium",
      risks: ["risk-2", "risk-3"],
      lines: ["risk-2, risk-3"],
    });
    expect(corner(4, 5)).toMatchObject({ score: 20, risks: ["risk-1"] });
  });

  it("buildRiskMatrix(input) writes the count of risks in each cell that has any", () => {
    const chart = buildRiskMatrix({ risks: RISKS });
    const counts = chart.marks
      .filter((mark) => mark.type === "text" && mark.fontSize === 18)
      .map((mark) => (mark.type === "text" ? mark.lines[0] : ""));
    // Cells run from impact 1 up to 5, likelihood 1 to 5 within each.
    expect(counts).toEqual(["1", "2", "1", "1"]);
  });

  it("buildRiskMatrix(input) ends a crowded cell with how many more it holds", () => {
    const risks = Array.from({ length: 14 }, (_, index) => ({
      id: `risk-${index + 1}`,
      title: "A risk",
      likelihood: 5,
      impact: 5,
    }));
    const cell = buildRiskMatrix({ risks }).cells.find((item) => item.score === 25);
    expect(cell?.risks).toHaveLength(14);
    expect(cell?.lines).toEqual(["risk-1, risk-2,", "risk-3, risk-4,", "risk-5, risk-6,", "risk-7 +7 more"]);
  });

  it("buildRiskMatrix(input) gives the matrix as a table, highest impact first", () => {
    const chart = buildRiskMatrix({ risks: RISKS });
    expect(chart.table.head).toEqual([
      "Impact",
      "Likelihood 1 (Rare)",
      "Likelihood 2 (Unlikely)",
      "Likelihood 3 (Possible)",
      "Likelihood 4 (Likely)",
      "Likelihood 5 (Almost certain)",
    ]);
    expect(chart.table.rows[0]).toEqual({ header: "5 (Severe)", cells: ["None", "None", "None", "1: risk-1", "None"] });
    expect(chart.table.rows[2]).toEqual({
      header: "3 (Moderate)",
      cells: ["None", "None", "2: risk-2, risk-3", "None", "None"],
    });
  });
});

describe("riskSummary(input)", () => {
  it("riskSummary(input) names the highest-scoring risk in words and counts risks by band", () => {
    expect(riskSummary({ risks: RISKS })).toEqual([
      "Five risks are plotted.",
      "The highest-scoring risk is risk-1, Supplier cannot staff the service, with a score of 20: likelihood 4 (Likely) and impact 5 (Severe).",
      "By score band: 1 very high, 3 medium and 1 low.",
    ]);
  });

  it("riskSummary(input) names every risk tied for the highest score, with its label", () => {
    const risks = [
      { id: "risk-1", title: "A", likelihood: 3, impact: 4, label: "Legal risk-1" },
      { id: "risk-1", title: "B", likelihood: 4, impact: 3, label: "Waste risk-1" },
    ];
    expect(riskSummary({ risks })[1]).toBe(
      "The highest-scoring risks, each with a score of 12, are Legal risk-1 and Waste risk-1.",
    );
  });

  it("riskSummary(input) says when there are no risks", () => {
    expect(riskSummary({ risks: [] })).toEqual(["There are no published risks."]);
  });
});

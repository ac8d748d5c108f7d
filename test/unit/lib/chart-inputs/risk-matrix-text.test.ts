import { describe, expect, it } from "vitest";
import { numberRisks } from "../../../../src/charts/index.ts";
import {
  riskMatrixBands,
  riskMatrixChartInput,
  riskMatrixSummary,
  riskMatrixTable,
} from "../../../../src/lib/chart-inputs/risk-matrix-text.ts";
import { RISKS } from "../../charts/examples.ts";

const DEFAULTS = { highRiskScore: 15, mediumRiskScore: undefined };

/** Risks scoring exactly on and just under each band's edge with the default thresholds: 15, 12, 8 and 6. */
const EDGES = [
  { id: "a", title: "Fleet fails", likelihood: 3, impact: 5 },
  { id: "b", title: "Staff leave", likelihood: 3, impact: 4 },
  { id: "c", title: "Budget gap", likelihood: 2, impact: 4 },
  { id: "d", title: "Data lost", likelihood: 2, impact: 3 },
];

describe("riskMatrixSummary(key, thresholds)", () => {
  it("riskMatrixSummary names the highest-scoring risk with its band and counts risks by band", () => {
    expect(riskMatrixSummary(numberRisks(RISKS), DEFAULTS)).toEqual([
      "Five risks are plotted, numbered from the highest score.",
      "Risk 1 scores highest, at 20 (high; likelihood 4, Likely; impact 5, Severe): Supplier cannot staff the service.",
      "By band: 1 high, 3 medium and 1 low.",
    ]);
  });

  it("riskMatrixSummary counts a score of exactly highRiskScore as high and exactly mediumRiskScore as medium", () => {
    expect(riskMatrixSummary(numberRisks(EDGES), DEFAULTS)).toEqual([
      "Four risks are plotted, numbered from the highest score.",
      "Risk 1 scores highest, at 15 (high; likelihood 3, Possible; impact 5, Severe): Fleet fails.",
      "By band: 1 high, 2 medium and 1 low.",
    ]);
    expect(riskMatrixSummary(numberRisks(EDGES), { highRiskScore: 12, mediumRiskScore: 9 })[2]).toBe(
      "By band: 2 high and 2 low.",
    );
  });

  it("riskMatrixSummary numbers every risk tied for the highest score", () => {
    const tied = [
      { id: "r1", title: "Staff leave", likelihood: 3, impact: 4 },
      { id: "r2", title: "Fleet fails", likelihood: 4, impact: 3 },
    ];
    expect(riskMatrixSummary(numberRisks(tied), DEFAULTS)[1]).toBe("Risks 1 and 2 score highest, at 12 (medium) each.");
  });

  it("riskMatrixSummary says when there are no risks", () => {
    expect(riskMatrixSummary([], DEFAULTS)).toEqual(["There are no published risks."]);
  });
});

describe("riskMatrixTable(key, thresholds, title)", () => {
  it("riskMatrixTable gives each risk's number, likelihood and impact in words, and its score with its band", () => {
    expect(riskMatrixTable(numberRisks(EDGES), DEFAULTS, "Risks")).toEqual({
      caption: "Risks",
      head: ["Risk", "Number on the matrix", "Likelihood", "Impact", "Score"],
      rows: [
        { header: "Fleet fails", cells: ["1", "3 (Possible)", "5 (Severe)", "15 (high)"] },
        { header: "Staff leave", cells: ["2", "3 (Possible)", "4 (Major)", "12 (medium)"] },
        { header: "Budget gap", cells: ["3", "2 (Unlikely)", "4 (Major)", "8 (medium)"] },
        { header: "Data lost", cells: ["4", "2 (Unlikely)", "3 (Moderate)", "6 (low)"] },
      ],
    });
  });
});

describe("riskMatrixBands(thresholds)", () => {
  it("riskMatrixBands gives the three bands, highest first, with their scores, legend words and fills", () => {
    expect(riskMatrixBands(DEFAULTS)).toEqual([
      {
        name: "high",
        min: 15,
        max: 25,
        label: "Score 15 to 25: high",
        fill: "#8c3a00",
        text: "#ffffff",
        className: "chart-risk chart-risk--high",
      },
      {
        name: "medium",
        min: 8,
        max: 14,
        label: "Score 8 to 14: medium",
        fill: "#ec9b4f",
        text: "#0b0c0c",
        className: "chart-risk chart-risk--medium",
      },
      {
        name: "low",
        min: 1,
        max: 7,
        label: "Score 1 to 7: low",
        fill: "#f3f2f1",
        text: "#0b0c0c",
        className: "chart-risk chart-risk--low",
      },
    ]);
  });
});

describe("riskMatrixChartInput(framework, risks, title)", () => {
  it("riskMatrixChartInput names risks in context by their title and partnership, never by id", () => {
    const input = riskMatrixChartInput({ thresholds: DEFAULTS }, [
      {
        risk: { id: "risk-1", title: "Supplier fails", likelihood: 3, impact: 4 },
        partnership: "Shared Legal Service",
      },
    ]);
    expect(input.title).toBe("Risks by likelihood and impact");
    expect(input.risks).toEqual([
      {
        id: "risk-1",
        title: "Supplier fails",
        likelihood: 3,
        impact: 4,
        label: "Supplier fails (Shared Legal Service)",
      },
    ]);
    expect(input.table.rows[0]?.header).toBe("Supplier fails (Shared Legal Service)");
    expect(input.likelihoodWords).toEqual(["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]);
    expect(input.impactWords).toEqual(["Minimal", "Minor", "Moderate", "Major", "Severe"]);
  });
});

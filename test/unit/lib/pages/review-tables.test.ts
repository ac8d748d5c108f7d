import { describe, expect, it } from "vitest";
import {
  costsBenefitsTable,
  confidenceCell,
  costTotalsTable,
  factorTable,
  lineKind,
  netPositionTable,
  ratingsTable,
  riskTable,
} from "../../../../src/lib/pages/review-tables.ts";
import { factorFindings } from "../../../../src/lib/findings/factor-findings.ts";
import type { Rating } from "../../../../src/schema/index.ts";
import {
  EXAMPLE_REVIEW,
  FIVE_GROUPS,
  frameworkOf,
  readingsOf,
  SIX_FACTORS,
  SIX_LEVELS,
} from "../../charts/examples.ts";
import { sampleModel } from "../open-data/sample-model.ts";
import { partnershipOf, v2Model } from "./v2-model.ts";

const model = sampleModel();
const review = model.reviews.find((item) => item.partnership === "shared-legal" && item.id === "2024-annual");
if (review === undefined) throw new Error("the sample model lacks the 2024 review");
const texts = (table: { rows: { cells: { text: string }[] }[] }) =>
  table.rows.map((row) => row.cells.map((c) => c.text));

describe("factorTable(findings)", () => {
  it("gives each factor's consensus, spread and findings, withheld views counted and suppressed ones gone", () => {
    const table = factorTable(review.findings);
    expect(table.columns.map((column) => column.label)).toEqual([
      "Factor",
      "Consensus",
      "Spread",
      "Agreement and findings",
      "Confidence",
    ]);
    expect(table.rows.map((row) => row.cells[3]?.lines)).toEqual([
      ["Perception gap", "Not triangulated: views from Council officers and Service users only"],
      ["Not triangulated: views from Council officers only", "1 group view withheld (too few respondents)"],
    ]);
    // One published view has no spread.
    expect(texts(table).map((row) => row.slice(0, 3))).toEqual([
      ["Strategy", "2.0 (Aligned)", "2.0 levels"],
      ["Delivery", "2.5 (Joined)", "–"],
    ]);
  });
});

describe("ratingsTable(framework, findings)", () => {
  it("has a column per stakeholder group, with how many people answered", () => {
    const table = ratingsTable(model.framework, review.findings);
    expect(table.columns.map((column) => column.label)).toEqual(["Factor", "Council officers", "Service users"]);
    expect(texts(table)).toEqual([
      ["Strategy", "3.0 (Joined)", "1.0 (Arm's length)"],
      ["Delivery", "2.5 (Joined)", "No published view"],
    ]);
    // The sample gives no invited count, so the rate is said to be not stated.
    expect(table.rows[0]?.cells[1]?.note).toBe("(5 people; response rate not stated)");
  });
});

describe("riskTable(risks, thresholds)", () => {
  it("names a risk by its title with its category beside it, and leaves out the columns no risk fills", () => {
    const table = riskTable(review.risks, model.framework.thresholds);
    expect(table.columns.map((column) => column.label)).toEqual([
      "Risk",
      "Score now (likelihood × impact)",
      "Mitigation and owner",
    ]);
    expect(texts(table)).toEqual([["Supplier fails", "12 of 25 (medium)", "No mitigation recorded."]]);
    expect(table.rows[0]?.cells[0]?.note).toBe("(Supplier failure)");
    expect(table.rows[0]?.cells[1]?.note).toBe("(3 × 4)");
    expect(table.rows[0]?.cells[2]?.note).toBe("Owner: Head of Legal.");
  });
});

describe("costsBenefitsTable(items)", () => {
  it("says when an amount is not quantified", () => {
    expect(texts(costsBenefitsTable(review.costsBenefits))).toEqual([
      ["Saving", "Shared procurement", "£250,000", "2024/25", "Actual"],
      ["Non-financial benefit", "@Culture change", "Not quantified", "–", "Estimate"],
    ]);
  });
});

describe("review tables of the v2-full fixture", async () => {
  const v2 = await v2Model();
  const current = partnershipOf(v2, "shared-legal").current;
  if (current === undefined) throw new Error("the v2-full fixture lacks a current review");

  it("factorTable(findings, judgements) shows each factor's health and finding beside its levels", () => {
    const table = factorTable(current.findings, current.factorJudgements);
    expect(table.columns.map((column) => column.label)).toEqual([
      "Factor",
      "Consensus",
      "Spread",
      "Agreement and findings",
      "Confidence",
      "How well it works (reviewer)",
    ]);
    expect(texts(table)).toEqual([
      [
        "Strategy",
        "2.0 (Aligned)",
        "1.8 levels",
        "Perception gap; Council and partner sides disagree",
        "High confidence",
        "Weak: The partners have no shared plan beyond 2025.",
      ],
      [
        "Delivery",
        "2.0 (Aligned)",
        "0.3 levels",
        "Groups agree",
        "High confidence",
        "Adequate: Cases are mostly on time.",
      ],
    ]);
  });

  it("riskTable(risks, thresholds) ranks by residual score and names each score's band by the framework's thresholds", () => {
    // The v2-full framework sets highRiskScore 12 and leaves mediumRiskScore at 8.
    const table = riskTable(current.risks, v2.framework.thresholds);
    expect(table.columns.map((column) => column.label)).toEqual([
      "Risk",
      "Score now (likelihood × impact)",
      "Before mitigation",
      "Carried by",
      "Trend",
      "Mitigation and owner",
    ]);
    expect(texts(table)).toEqual([
      [
        "The councils cannot agree what the service is for after 2026",
        "16 of 25 (high)",
        "20 of 25 (high)",
        "Shared",
        "Rising",
        "A joint member workshop in autumn 2024.",
      ],
      [
        "Caseload grows faster than the budget",
        "6 of 25 (low)",
        "Not given",
        "Council",
        "Steady",
        "No mitigation recorded.",
      ],
    ]);
    expect(table.rows.map((row) => [row.id, row.cells[1]?.note, row.cells[2]?.note])).toEqual([
      ["risk-risk-1", "(4 × 4)", "(5 × 4)"],
      ["risk-risk-2", "(2 × 3)", undefined],
    ]);
  });

  it("lineKind(line) tells cashable savings, cost avoidance and non-financial benefits apart", () => {
    expect(current.costsBenefits.map((line) => lineKind(line))).toEqual([
      "Cost",
      "Cashable saving",
      "Cashable income",
      "Cost avoidance",
      "Non-financial benefit",
    ]);
  });

  it("costsBenefitsTable(items) gives the council's share and the expected figure where given", () => {
    const table = costsBenefitsTable(current.costsBenefits);
    expect(table.columns.map((column) => column.label)).toEqual([
      "Kind",
      "Description",
      "Whole partnership",
      "Expected",
      "Period",
      "Basis",
    ]);
    expect(texts(table)[1]).toEqual([
      "Cashable saving",
      "One head of service instead of two.",
      "£90,000",
      "£120,000",
      "2023/24",
      "Actual",
    ]);
    expect(table.rows[1]?.cells[2]?.note).toBe("(council's share £45,000)");
  });

  it("costTotalsTable(totals) totals by kind and basis, never adding cost avoidance to savings", () => {
    const table = costTotalsTable(current.costTotals);
    expect(table.columns.map((column) => column.label)).toEqual([
      "Total",
      // The lines' amounts are the whole partnership's; a total's council share is given only when every line has one.
      "Whole partnership",
      "Council's share",
      "Expected against reported",
    ]);
    expect(texts(table)).toEqual([
      ["Costs (actual)", "£60,000", "£30,000", "–"],
      ["Cashable savings (actual)", "£90,000", "£45,000", "£120,000 expected, £90,000 reported"],
      ["Cashable income (actual)", "£15,000", "–", "–"],
      ["Non-financial benefits (actual)", "Not quantified", "–", "–"],
      ["Cost avoidance (estimate)", "£40,000", "–", "–"],
    ]);
    expect(table.rows[0]?.cells[0]?.note).toBe("(1 line)");
  });

  it("netPositionTable(positions) sets cashable savings and income against costs", () => {
    expect(texts(netPositionTable(current.netPositions))).toEqual([
      ["Actual", "£105,000", "£60,000", "£45,000 net gain"],
    ]);
    expect(texts(netPositionTable([{ basis: "estimate", cashIn: 10000, costs: 25000, net: -15000 }]))).toEqual([
      ["Estimate", "£10,000", "£25,000", "£15,000 net cost"],
    ]);
  });
});

describe("confidence and response rates in the factor and group tables", () => {
  // Council members: 4 of 20 asked (20%), below the default minResponseRate of 0.3; Service users 30 of 60 (50%);
  // Council officers give no invited count.
  const framework = frameworkOf(SIX_LEVELS, SIX_FACTORS.slice(0, 1), FIVE_GROUPS);
  const ratings: Rating[] = [
    { factor: "strategy", group: "council-members", level: 5, respondents: 4, invited: 20 },
    { factor: "strategy", group: "council-officers", level: 4, respondents: 6 },
    { factor: "strategy", group: "service-users", level: 3, respondents: 30, invited: 60 },
  ];
  const findings = factorFindings(framework, readingsOf(SIX_FACTORS.slice(0, 1), ratings), EXAMPLE_REVIEW);
  const [strategy] = findings;
  if (strategy === undefined) throw new Error("no finding for Strategy");

  it("confidenceCell(finding) gives the level with its reasons, then both readings of a factor sensitive to weighting", () => {
    // Median 4.0 (Cooperating); weighted (20 + 24 + 90) / 40 = 3.35, shown 3.4 (Coordinating).
    expect(confidenceCell(strategy)).toEqual({
      text: "Low confidence: low response from Council members (4 of 20 asked (20%)) and sensitive to weighting. Weighted by respondents, the groups' views put Strategy at 3.4 (Coordinating), not 4.0 (Cooperating): the 30 responses from Service users pull it down.",
      lines: [
        "Low confidence: low response from Council members (4 of 20 asked (20%)) and sensitive to weighting",
        "Weighted by respondents, the groups' views put Strategy at 3.4 (Coordinating), not 4.0 (Cooperating): the 30 responses from Service users pull it down.",
      ],
    });
  });

  it("ratingsTable(framework, findings) gives respondents, invited and rate, says when the rate is not stated, and marks low response in words", () => {
    const cells = ratingsTable(framework, findings).rows[0]?.cells ?? [];
    expect(cells.map((cell) => [cell.text, cell.note])).toEqual([
      ["Strategy", undefined],
      ["5.0 (Collaborating)", "(4 people; 4 of 20 asked (20%), low response)"],
      ["4.0 (Cooperating)", "(6 people; response rate not stated)"],
      ["No published view", undefined],
      ["No published view", undefined],
      ["3.0 (Coordinating)", "(30 people; 30 of 60 asked (50%))"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { costsBenefitsTable, factorTable, ratingsTable, riskTable } from "../../../../src/lib/pages/review-tables.ts";
import { sampleModel } from "../open-data/sample-model.ts";

const model = sampleModel();
const review = model.reviews.find((item) => item.partnership === "shared-legal" && item.id === "2024-annual");
if (review === undefined) throw new Error("the sample model lacks the 2024 review");
const texts = (table: { rows: { cells: { text: string }[] }[] }) =>
  table.rows.map((row) => row.cells.map((c) => c.text));

describe("factorTable(framework, factors)", () => {
  it("gives each factor's consensus, spread and findings, withheld views counted and suppressed ones gone", () => {
    const table = factorTable(model.framework, review.factors);
    expect(table.columns.map((column) => column.label)).toEqual(["Factor", "Consensus", "Spread", "Finding"]);
    expect(table.rows.map((row) => row.cells[3]?.lines)).toEqual([
      ["Perception gap", "Not triangulated: views from Council officers and Service users only"],
      ["Not triangulated: views from Council officers only", "1 group view withheld (too few respondents)"],
    ]);
    // One published view has no spread.
    expect(texts(table).map((row) => row.slice(0, 3))).toEqual([
      ["Strategy", "2 (Aligned)", "two levels"],
      ["Delivery", "2.5 (Joined)", "–"],
    ]);
  });
});

describe("ratingsTable(framework, factors)", () => {
  it("has a column per stakeholder group, with how many people answered", () => {
    const table = ratingsTable(model.framework, review.factors);
    expect(table.columns.map((column) => column.label)).toEqual(["Factor", "Council officers", "Service users"]);
    expect(texts(table)).toEqual([
      ["Strategy", "3 (Joined)", "1 (Arm's length)"],
      ["Delivery", "2.5 (Joined)", "No published view"],
    ]);
    expect(table.rows[0]?.cells[1]?.note).toBe("(5 people)");
  });
});

describe("riskTable(risks)", () => {
  it("ranks by score and writes each score out of its range", () => {
    const table = riskTable(review.risks);
    expect(texts(table)).toEqual([
      ["Supplier fails", "Supplier failure", "3 of 5", "4 of 5", "12 of 25", "No mitigation recorded."],
    ]);
    expect(table.rows[0]?.cells[5]?.note).toBe("Owner: Head of Legal.");
  });
});

describe("costsBenefitsTable(items)", () => {
  it("says when an amount is not quantified", () => {
    expect(texts(costsBenefitsTable(review.costsBenefits))).toEqual([
      ["Saving", "Shared procurement", "£250,000", "2024/25", "Actual"],
      ["Benefit", "@Culture change", "Not quantified", "–", "Estimate"],
    ]);
  });
});

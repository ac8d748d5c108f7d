import { describe, expect, it } from "vitest";
import { currentRisks } from "../../../../src/lib/comparison.ts";
import { riskRanking } from "../../../../src/lib/pages/risks-page.ts";
import { sampleModel } from "../open-data/sample-model.ts";
import { v2Model } from "./v2-model.ts";

const model = sampleModel();

describe("riskRanking(model, base)", () => {
  const ranking = riskRanking(model, "/reviews/");
  it("riskRanking counts the current risks in its caption with the shared plural", () => {
    const count = currentRisks(model).length;
    expect(ranking.caption).toBe(`${count} current ${count === 1 ? "risk" : "risks"}, highest residual score first`);
    expect(ranking.rows).toHaveLength(count);
  });
  it("riskRanking gives the columns a reader needs, ending with the date the risk stands as at", () => {
    expect(ranking.columns.map((column) => column.label)).toEqual([
      "Risk",
      "Partnership",
      "Residual score",
      "Inherent score",
      "Carried by",
      "Trend",
      "As at",
    ]);
  });
  it("riskRanking names each score's band in the same words as the matrix: high, medium or low", async () => {
    // v2-full sets highRiskScore 12 (medium from 8); its current risks score 4 × 4 (before mitigation 5 × 4) and
    // 2 × 3, and the ended partnership's 5 × 5 is no current risk.
    const v2 = riskRanking(await v2Model(), "/");
    expect(v2.rows.map((row) => [row.cells[2]?.text, row.cells[3]?.text])).toEqual([
      ["16 of 25 (high)", "20 of 25 (high)"],
      ["6 of 25 (low)", "Not given"],
    ]);
  });
});

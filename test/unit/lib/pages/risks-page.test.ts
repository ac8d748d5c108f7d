import { describe, expect, it } from "vitest";
import { currentRisks } from "../../../../src/lib/comparison.ts";
import { riskRanking } from "../../../../src/lib/pages/risks-page.ts";
import { sampleModel } from "../open-data/sample-model.ts";

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
});

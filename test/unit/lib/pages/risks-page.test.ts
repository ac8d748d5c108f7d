import { describe, expect, it } from "vitest";
import { riskRanking } from "../../../../src/lib/pages/risks-page.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";
import { content, partnership, review } from "../../helpers/content.ts";
import { sampleModel } from "../open-data/sample-model.ts";
import { v2Model } from "./v2-model.ts";

const TODAY = "2025-06-30";

const risk = (id: string, likelihood: number, impact: number) => ({
  id,
  category: "other",
  title: `Risk ${id}`,
  likelihood,
  impact,
});

/** Returns the risk register of one partnership whose current review has `risks`. */
function rankingOf(risks: object[]) {
  const model = buildSiteModel(
    content([partnership("legal", "Legal")], [review("legal", "2025", { date: "2025-03-01" }, { risks })]),
    TODAY,
  );
  return riskRanking(model, "/reviews/");
}

describe("riskRanking(model, base)", () => {
  it("riskRanking counts the current risks in its caption: one risk, then risks", () => {
    expect(rankingOf([]).caption).toBe("0 current risks, highest residual score first");
    expect(rankingOf([risk("a", 2, 2)]).caption).toBe("1 current risk, highest residual score first");
    expect(rankingOf([risk("a", 2, 2), risk("b", 4, 4)]).caption).toBe("2 current risks, highest residual score first");
  });

  it("riskRanking has a row per current risk, highest residual score first", () => {
    const ranking = rankingOf([risk("a", 2, 2), risk("b", 4, 4)]);
    expect(ranking.rows.map((row) => [row.cells[0]?.text, row.cells[2]?.text])).toEqual([
      ["Risk b", "16 of 25 (high)"],
      ["Risk a", "4 of 25 (low)"],
    ]);
  });

  it("riskRanking gives the columns a reader needs, ending with the date the risk stands as at", () => {
    expect(riskRanking(sampleModel(), "/reviews/").columns.map((column) => column.label)).toEqual([
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

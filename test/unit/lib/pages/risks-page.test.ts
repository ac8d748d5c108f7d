import { describe, expect, it } from "vitest";
import { riskRanking } from "../../../../src/lib/pages/risks-page.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";
import { content, partnership, review } from "../../helpers/content.ts";
import { sampleModel } from "../open-data/sample-model.ts";

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
      ["Risk a", "4 of 25"],
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
});

import { describe, expect, it } from "vitest";
import { byRiskSeverity, inherentScore, isHighRisk, riskName, riskScore } from "../../../src/lib/risks.ts";
import { riskSchema, type Risk } from "../../../src/schema/index.ts";

const risk = (id: string, extra: object): Risk =>
  riskSchema.parse({ id, category: "other", title: `Title ${id}`, likelihood: 1, impact: 1, ...extra });

describe("risks", () => {
  it("riskScore(risk) is the residual likelihood × impact, and inherentScore(risk) the one before mitigation", () => {
    const item = risk("r1", { likelihood: 3, impact: 5, inherentLikelihood: 5, inherentImpact: 5 });
    expect(riskScore(item)).toBe(15);
    expect(inherentScore(item)).toBe(25);
    expect(inherentScore(risk("r2", { inherentLikelihood: 4 }))).toBeUndefined();
  });

  it("isHighRisk(risk, highRiskScore) is high at exactly the threshold and not one below", () => {
    expect(isHighRisk(risk("a", { likelihood: 3, impact: 5 }), 15)).toBe(true);
    expect(isHighRisk(risk("b", { likelihood: 2, impact: 5 }), 15)).toBe(false);
    expect(isHighRisk(risk("c", { likelihood: 4, impact: 4 }), 16)).toBe(true);
    expect(isHighRisk(risk("d", { likelihood: 3, impact: 5 }), 16)).toBe(false);
  });

  it("riskName(risk) is the title, never the id", () => {
    expect(riskName(risk("risk-7", {}))).toBe("Title risk-7");
  });

  it("byRiskSeverity orders by score, then rising before steady before falling, then title", () => {
    const items = [
      risk("a", { likelihood: 2, impact: 2, trend: "falling" }),
      risk("b", { likelihood: 2, impact: 2, trend: "rising" }),
      risk("c", { likelihood: 5, impact: 5 }),
      risk("d", { likelihood: 2, impact: 2 }),
    ];
    expect([...items].sort(byRiskSeverity).map((item) => item.id)).toEqual(["c", "b", "d", "a"]);
  });
});

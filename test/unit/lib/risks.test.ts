import { describe, expect, it } from "vitest";
import {
  byRiskSeverity,
  inherentScore,
  isHighRisk,
  riskBand,
  riskBandBounds,
  riskBandRanges,
  riskBandsText,
  riskName,
  riskScore,
} from "../../../src/lib/risks.ts";
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

describe("risk bands", () => {
  const defaults = { highRiskScore: 15, mediumRiskScore: undefined };

  it("riskBand(score, thresholds) is high at exactly highRiskScore and medium at exactly mediumRiskScore", () => {
    expect([25, 15, 14, 8, 7, 1].map((score) => riskBand(score, defaults).text)).toEqual([
      "25 (high)",
      "15 (high)",
      "14 (medium)",
      "8 (medium)",
      "7 (low)",
      "1 (low)",
    ]);
    expect(riskBand(20, defaults)).toEqual({ score: 20, band: "high", text: "20 (high)", outOf: "20 of 25 (high)" });
  });

  it("riskBand(score, thresholds) follows a framework's own bounds", () => {
    const own = { highRiskScore: 12, mediumRiskScore: 5 };
    expect([12, 11, 5, 4].map((score) => riskBand(score, own).outOf)).toEqual([
      "12 of 25 (high)",
      "11 of 25 (medium)",
      "5 of 25 (medium)",
      "4 of 25 (low)",
    ]);
  });

  it("riskBandBounds(thresholds) defaults mediumRiskScore to 8, or to a lower highRiskScore, leaving no medium band", () => {
    expect(riskBandBounds(defaults)).toEqual({ high: 15, medium: 8 });
    expect(riskBandBounds({ highRiskScore: 6, mediumRiskScore: undefined })).toEqual({ high: 6, medium: 6 });
    expect([6, 5].map((score) => riskBand(score, { highRiskScore: 6, mediumRiskScore: undefined }).band)).toEqual([
      "high",
      "low",
    ]);
  });

  it("riskBandRanges(thresholds) gives each band's scores, highest first, and leaves out an empty band", () => {
    expect(riskBandRanges(defaults).map((range) => range.text)).toEqual([
      "15 to 25: high",
      "8 to 14: medium",
      "1 to 7: low",
    ]);
    expect(riskBandRanges({ highRiskScore: 6, mediumRiskScore: undefined }).map((range) => range.text)).toEqual([
      "6 to 25: high",
      "1 to 5: low",
    ]);
    expect(riskBandRanges({ highRiskScore: 25, mediumRiskScore: 24 }).map((range) => range.text)).toEqual([
      "25: high",
      "24: medium",
      "1 to 23: low",
    ]);
  });

  it("riskBandsText(thresholds) states the band rule in one sentence", () => {
    expect(riskBandsText(defaults)).toBe("A risk scoring 15 to 25 is high, 8 to 14 medium and 1 to 7 low.");
    expect(riskBandsText({ highRiskScore: 6, mediumRiskScore: undefined })).toBe(
      "A risk scoring 6 to 25 is high and 1 to 5 low.",
    );
    expect(riskBandsText({ highRiskScore: 1, mediumRiskScore: undefined })).toBe("A risk scoring 1 to 25 is high.");
  });
});

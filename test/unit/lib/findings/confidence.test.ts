import { describe, expect, it } from "vitest";
import {
  factorConfidence,
  headlineConfidence,
  isDatedEvidence,
  responseRate,
  weightingCheck,
  type ConfidenceInput,
} from "../../../../src/lib/findings/confidence.ts";
import { showLevel } from "../../../../src/lib/findings/shown.ts";
import { frameworkSchema } from "../../../../src/schema/index.ts";

const FRAMEWORK = frameworkSchema.parse({
  id: "f",
  version: "1",
  name: "F",
  spectrum: ["Transactional", "Networking", "Coordinating", "Cooperating", "Collaborating", "Integrated"].map(
    (label, index) => ({ id: label.toLowerCase(), order: index + 1, label, definition: `${label}.` }),
  ),
  factors: [{ id: "delivery", label: "Delivery", description: "D." }],
  stakeholderGroups: [
    { id: "officers", label: "Officers" },
    { id: "users", label: "Users" },
  ],
});
const view = (level: number, respondents?: number, label?: string) => ({
  level: showLevel(FRAMEWORK, level),
  ...(respondents === undefined ? {} : { respondents }),
  ...(label === undefined ? {} : { label }),
});

describe("responseRate(view, minResponseRate)", () => {
  it("responseRate is low below minResponseRate and not at it, comparing unrounded", () => {
    expect(responseRate({ respondents: 3, invited: 10 }, 0.3)).toEqual({
      value: 0.3,
      respondents: 3,
      invited: 10,
      low: false,
      text: "3 of 10 asked (30%)",
    });
    // 2 of 7 is 28.6%, shown as 29%, yet below a minimum of 0.29.
    expect(responseRate({ respondents: 2, invited: 7 }, 0.29)).toMatchObject({ low: true, text: "2 of 7 asked (29%)" });
  });

  it("responseRate is not stated without invited, or without respondents", () => {
    expect(responseRate({ respondents: 5 }, 0.3)).toBeUndefined();
    expect(responseRate({ invited: 5 }, 0.3)).toBeUndefined();
  });
});

describe("isDatedEvidence(reviewDate, today, evidenceMaxAgeMonths)", () => {
  it("isDatedEvidence counts a review exactly 36 months old as current, and a day older as dated", () => {
    expect(isDatedEvidence("2023-11-27", "2026-11-27", 36)).toBe(false);
    expect(isDatedEvidence("2023-11-26", "2026-11-27", 36)).toBe(true);
  });

  it("isDatedEvidence clamps to the month's last day: 29 February plus 12 months is 28 February", () => {
    expect(isDatedEvidence("2024-02-29", "2025-02-28", 12)).toBe(false);
    expect(isDatedEvidence("2024-02-29", "2025-03-01", 12)).toBe(true);
  });
});

describe("weightingCheck(framework, factorLabel, views, consensus, target)", () => {
  it("weightingCheck is sensitive when weighting moves the level name: a median of 3.45 (Cooperating) against 3.44 (Coordinating)", () => {
    // 3.4 by 6 people and 3.5 by 4: median 3.45, shown 3.5, named Cooperating; weighted (20.4 + 14) / 10 = 3.44.
    const check = weightingCheck(
      FRAMEWORK,
      "Delivery",
      [view(3.4, 6, "Residents"), view(3.5, 4, "Board members")],
      showLevel(FRAMEWORK, 3.45),
      undefined,
    );
    expect(check).toEqual({
      mean: 3.44,
      weighted: showLevel(FRAMEWORK, 3.44),
      sensitive: true,
      sentence:
        "Weighted by respondents, the groups' views put Delivery at 3.4 (Coordinating), not 3.5 (Cooperating): the 6 responses from Residents pull it down.",
    });
  });

  it("weightingCheck is sensitive when a weighted mean 0.05 from the median crosses a level's edge, and not when it stays", () => {
    // 3.3 by 2 people and 3.6 by 1: median 3.45, shown 3.5 (Cooperating); weighted (6.6 + 3.6) / 3 = 3.4, 0.05 lower,
    // shown 3.4 (Coordinating).
    expect(
      weightingCheck(FRAMEWORK, "Delivery", [view(3.3, 2), view(3.6, 1)], showLevel(FRAMEWORK, 3.45), undefined),
    ).toMatchObject({ mean: 3.4, weighted: { shown: 3.4, text: "3.4 (Coordinating)" }, sensitive: true });
    // 3.4 by 3 people and 3.6 by 1: median 3.5 (Cooperating); weighted (10.2 + 3.6) / 4 = 3.45, 0.05 lower, which
    // rounds half up to 3.5 (Cooperating): the same name, so not sensitive.
    expect(
      weightingCheck(FRAMEWORK, "Delivery", [view(3.4, 3), view(3.6, 1)], showLevel(FRAMEWORK, 3.5), undefined),
    ).toEqual({ mean: 3.45, weighted: showLevel(FRAMEWORK, 3.45), sensitive: false });
    expect(showLevel(FRAMEWORK, 3.45).text).toBe("3.5 (Cooperating)");
  });

  it("weightingCheck names the largest group on the side it moves towards, and agrees the verb with one response", () => {
    // Median of 3.0, 3.4, 3.6, 3.6 is 3.5 (Cooperating); each gave 1 response, so the mean 3.4 (Coordinating) is lower.
    // Of the two groups below 3.5, the first with the most responses is named.
    const check = weightingCheck(
      FRAMEWORK,
      "Delivery",
      [view(3, 1, "Tenants"), view(3.4, 1, "Officers"), view(3.6, 1, "Board"), view(3.6, 1, "Staff")],
      showLevel(FRAMEWORK, 3.5),
      undefined,
    );
    expect(check?.sentence).toBe(
      "Weighted by respondents, the groups' views put Delivery at 3.4 (Coordinating), not 3.5 (Cooperating): the 1 response from Tenants pulls it down.",
    );
  });

  it("weightingCheck is sensitive when the fit differs though the name does not, and says both fits", () => {
    // Target 4, tolerance 0.3. Median of 4.0, 4.2 and 4.4 is 4.2 (at target); weighted (4 + 4.2 + 4.4 × 18) / 20 = 4.37,
    // shown 4.4: 0.4 above target. Both are Cooperating.
    const strict = { ...FRAMEWORK, thresholds: { ...FRAMEWORK.thresholds, targetTolerance: 0.3 } };
    const check = weightingCheck(
      strict,
      "Delivery",
      [view(4, 1), view(4.2, 1), view(4.4, 18)],
      showLevel(strict, 4.2),
      4,
    );
    expect(check).toEqual({
      mean: 4.37,
      weighted: showLevel(strict, 4.37),
      sensitive: true,
      sentence:
        "Weighted by respondents, the groups' views put Delivery at 4.4 (Cooperating), not 4.2 (Cooperating), so 0.4 levels above target (more joint working than its purpose needs) rather than at target.",
    });
  });

  it("weightingCheck is not sensitive when both readings name the same level and fit", () => {
    expect(weightingCheck(FRAMEWORK, "Delivery", [view(4, 10), view(4.2, 2)], showLevel(FRAMEWORK, 4.1), 4)).toEqual({
      // (40 + 8.4) / 12 = 4.0333…, kept to six decimals.
      mean: 4.033333,
      weighted: showLevel(FRAMEWORK, 4.033333),
      sensitive: false,
    });
  });

  it("weightingCheck leaves out groups without respondents, and is not made with fewer than two left", () => {
    expect(
      weightingCheck(FRAMEWORK, "Delivery", [view(2, 5), view(5)], showLevel(FRAMEWORK, 3.5), undefined),
    ).toBeUndefined();
  });
});

describe("factorConfidence(input)", () => {
  const input = (extra: Partial<ConfidenceInput> = {}): ConfidenceInput => ({
    triangulated: true,
    reviewType: "independent",
    reviewDate: "2025-06-30",
    lowResponse: [],
    dated: false,
    evidenceMaxAgeMonths: 36,
    sensitive: false,
    ...extra,
  });
  const low = {
    label: "Partner leadership",
    rate: { value: 2 / 7, respondents: 2, invited: 7, low: true, text: "2 of 7 asked (29%)" },
  };

  it("factorConfidence is high with no concern, medium with one, low with two", () => {
    expect(factorConfidence(input())).toEqual({ level: "high", reasons: [], words: "High confidence" });
    expect(factorConfidence(input({ reviewType: "self-assessment" }))).toEqual({
      level: "medium",
      reasons: ["a self-assessment"],
      words: "Medium confidence: a self-assessment",
    });
    expect(factorConfidence(input({ lowResponse: [low], dated: true, reviewDate: "2022-07-07" })).words).toBe(
      "Low confidence: low response from Partner leadership (2 of 7 asked (29%)) and evidence from July 2022, more than 36 months old",
    );
  });

  it("factorConfidence counts each concern once, however many groups are low response", () => {
    expect(factorConfidence(input({ lowResponse: [low, { ...low, label: "Service users" }] })).level).toBe("medium");
  });

  it("factorConfidence is low when the factor is not triangulated, whatever else", () => {
    expect(factorConfidence(input({ triangulated: false }))).toEqual({
      level: "low",
      reasons: ["not triangulated"],
      words: "Low confidence: not triangulated",
    });
  });

  it("factorConfidence counts sensitivity to weighting as a concern", () => {
    expect(factorConfidence(input({ sensitive: true })).words).toBe("Medium confidence: sensitive to weighting");
  });
});

describe("headlineConfidence(findings)", () => {
  const finding = (level: "high" | "medium" | "low", views = 1) => ({
    views: Array.from({ length: views }),
    confidence: { level, reasons: [], words: "" },
  });

  it("headlineConfidence is the lowest among factors with a published view", () => {
    expect(headlineConfidence([finding("high"), finding("medium"), finding("low", 0)])).toEqual({
      level: "medium",
      words: "Medium confidence",
    });
  });

  it("headlineConfidence is not assessed without a published view", () => {
    expect(headlineConfidence([finding("low", 0)])).toEqual({
      level: "not-assessed",
      words: "Not assessed: no published view",
    });
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  agreementText,
  findWeightingExample,
  fitExample,
  levelExample,
  methodologyRules,
  weightingExampleText,
} from "../../../../src/lib/pages/methodology-page.ts";
import { factorFindings } from "../../../../src/lib/findings/factor-findings.ts";
import type { SiteModel } from "../../../../src/lib/site-model.ts";
import type { Rating } from "../../../../src/schema/index.ts";
import {
  EXAMPLE_REVIEW,
  FIVE_GROUPS,
  frameworkOf,
  readingsOf,
  SIX_FACTORS,
  SIX_LEVELS,
} from "../../charts/examples.ts";
import { ATTENTION_ORDER_WORDS, attentionRuleText } from "../../../../src/lib/needs-attention.ts";
import { frameworkSchema } from "../../../../src/schema/index.ts";

const framework = frameworkSchema.parse(JSON.parse(readFileSync("content/framework.json", "utf8")));
const fourLevels = frameworkSchema.parse({
  ...JSON.parse(readFileSync("content/framework.json", "utf8")),
  spectrum: [
    { id: "a", order: 1, label: "Apart", definition: "Apart." },
    { id: "b", order: 2, label: "Beside", definition: "Beside." },
    { id: "c", order: 3, label: "Close", definition: "Close." },
    { id: "d", order: 4, label: "Done", definition: "Done." },
  ],
  thresholds: { targetTolerance: 0.3, staleAfterMonths: 1 },
  triangulation: { agreeBelow: 0.5, gapThreshold: 1.5, minGroups: 1, minMethods: 2, minRespondents: 1 },
});

describe("levelExample(framework)", () => {
  it("levelExample(framework) works 3.45 through to the name of order 4, and 3.44 to order 3", () => {
    expect(levelExample(framework)).toBe(
      'For example, 3.45 is rounded to 3.5, which is half-way between two levels, so it takes the higher one\'s name: "3.5 (Cooperating)". 3.44 is rounded to 3.4, nearer the lower level: "3.4 (Coordinating)".',
    );
  });
  it("levelExample(a four-level framework) reads the names from that framework", () => {
    expect(levelExample(fourLevels)).toContain('"3.5 (Done)"');
    expect(levelExample(fourLevels)).toContain('"3.4 (Close)"');
  });
});

describe("fitExample(tolerance)", () => {
  it("fitExample(0.5) counts exactly the tolerance as at target", () => {
    expect(fitExample(0.5)).toBe(
      "For example, with a target of level 3, a level of 3.5 is at target; 3.6 is 0.6 levels above target (more joint working than its purpose needs); and 2.4 is 0.6 levels below target.",
    );
  });
  it("fitExample(0.3) uses the framework's own tolerance", () => {
    expect(fitExample(0.3)).toBe(
      "For example, with a target of level 3, a level of 3.3 is at target; 3.4 is 0.4 levels above target (more joint working than its purpose needs); and 2.6 is 0.4 levels below target.",
    );
  });
});

describe("agreementText(thresholds)", () => {
  it("agreementText({agreeBelow: 1, gapThreshold: 2}) puts exactly agreeBelow in differ and exactly gapThreshold in a gap", () => {
    expect(agreementText({ agreeBelow: 1, gapThreshold: 2 })).toBe(
      'The spread of a factor is the highest group level minus the lowest. A spread below 1 level is "Groups agree"; from 1 level up to but not including 2 levels is "Groups differ"; 2 levels or more is a "Perception gap". So a spread of exactly 1 is "Groups differ", and exactly 2 is a "Perception gap".',
    );
  });
  it("agreementText({agreeBelow: 0.5, gapThreshold: 1.5}) reads fractional thresholds", () => {
    expect(agreementText({ agreeBelow: 0.5, gapThreshold: 1.5 })).toContain(
      'So a spread of exactly 0.5 is "Groups differ", and exactly 1.5 is a "Perception gap".',
    );
  });
});

describe("methodologyRules(framework)", () => {
  const rules = methodologyRules(framework);
  const byId = (id: string) => rules.find((rule) => rule.id === id)?.paragraphs ?? [];

  it("methodologyRules(framework) gives every rule in reading order, the needs-attention one with its own id", () => {
    expect(rules.map((rule) => rule.id)).toEqual([
      "levels",
      "target-fit",
      "agreement",
      "partners-disagree",
      "triangulation",
      "response-rate",
      "weighting",
      "confidence",
      "indicators",
      "what-changed",
      "recommendation-status",
      "overdue",
      "needs-attention",
      "risks",
      "costs-benefits",
    ]);
    expect(byId("needs-attention")).toEqual([attentionRuleText(framework), ATTENTION_ORDER_WORDS]);
  });

  it("methodologyRules(framework) reads each threshold from the framework", () => {
    expect(byId("target-fit")[0]).toContain(
      "A level within 0.5 levels of the target (exactly 0.5 included) is at target",
    );
    expect(byId("partners-disagree")[0]).toContain("differ by 2 levels or more");
    expect(byId("triangulation")).toEqual([
      'A factor is triangulated when at least three stakeholder groups have a published view of it. A factor with fewer is still shown, marked "not triangulated", because fewer views are less reliable.',
      "A group's view given by fewer than 3 people is withheld, comment included, so that nobody can be identified. Withheld views count for nothing above, and each page says how many were withheld.",
    ]);
    expect(byId("what-changed")[0]).toContain("changed by 0.5 levels or more");
    expect(byId("recommendation-status")[1]).toContain(
      'no published word for 6 months is shown as "not updated since"',
    );
    expect(byId("overdue")[1]).toContain("it is due 24 months after its latest published review");
    expect(byId("risks")[1]).toBe(
      "A risk scoring 15 to 25 is high, 8 to 14 medium and 1 to 7 low. A high risk makes its partnership need attention.",
    );
  });

  it("methodologyRules(a four-level framework) agrees its plurals with thresholds of one", () => {
    const other = methodologyRules(fourLevels);
    const find = (id: string) => other.find((rule) => rule.id === id)?.paragraphs ?? [];
    expect(find("triangulation")).toEqual([
      'A factor is triangulated when at least one stakeholder group has a published view of it, gathered by at least two methods. A factor with fewer is still shown, marked "not triangulated", because fewer views are less reliable.',
      "A group's view given by fewer than 1 person is withheld, comment included, so that nobody can be identified. Withheld views count for nothing above, and each page says how many were withheld.",
    ]);
    expect(find("recommendation-status")[1]).toContain("no published word for 1 month is shown");
    expect(find("target-fit")[0]).toContain("not every partnership should reach Done");
  });
});

describe("the worked example of the weighting check and confidence", () => {
  // Council members 5 (4 of 20 asked: low response), Council officers 4 (6 people), Service users 3 (30 people).
  const examples = frameworkOf(SIX_LEVELS, SIX_FACTORS.slice(0, 2), FIVE_GROUPS);
  const ratings: Rating[] = [
    { factor: "strategy", group: "council-members", level: 4, respondents: 5 },
    { factor: "strategy", group: "service-users", level: 4, respondents: 50 },
    { factor: "objectives", group: "council-members", level: 5, respondents: 4, invited: 20 },
    { factor: "objectives", group: "council-officers", level: 4, respondents: 6 },
    { factor: "objectives", group: "service-users", level: 3, respondents: 30 },
  ];
  const findings = factorFindings(examples, readingsOf(SIX_FACTORS.slice(0, 2), ratings), EXAMPLE_REVIEW);
  const review = (date: string, published: boolean, title: string) => ({
    published,
    meta: { date, title },
    findings,
  });
  const model = {
    partnerships: [
      { data: { name: "No reviews" }, reviews: [] },
      {
        data: { name: "Shared Legal Service" },
        reviews: [
          review("2023-01-01", true, "Older review"),
          review("2025-01-01", false, "Withdrawn review"),
          review("2024-01-01", true, "Newer review"),
        ],
      },
    ],
  } as unknown as Pick<SiteModel, "partnerships">;

  it("findWeightingExample(model) takes the newest published review's first factor sensitive to weighting", () => {
    const example = findWeightingExample(model);
    expect([example?.partnership, example?.review, example?.finding.factor]).toEqual([
      "Shared Legal Service",
      "Newer review",
      "objectives",
    ]);
    expect(findWeightingExample({ partnerships: [] })).toBeUndefined();
  });

  it("weightingExampleText(example) works the weighted mean through as a sum, then gives the pages' sentence and confidence", () => {
    const example = findWeightingExample(model);
    if (example === undefined) throw new Error("no example");
    // (20 + 24 + 90) / 40 = 3.35, shown 3.4 (Coordinating), against the median 4.0 (Cooperating).
    expect(weightingExampleText(example)).toEqual([
      "A worked example from this site: Newer review (Shared Legal Service), Objectives. The groups' published levels are Council members 5.0 (4 people), Council officers 4.0 (6 people) and Service users 3.0 (30 people).",
      'The consensus is their median: 4.0 (Cooperating). Weighted by respondents, the mean is (5.0 × 4 + 4.0 × 6 + 3.0 × 30) ÷ 40 = 3.35, shown as 3.4 (Coordinating). The two name different levels, so the factor is sensitive to weighting, and the pages say: "Weighted by respondents, the groups\' views put Objectives at 3.4 (Coordinating), not 4.0 (Cooperating): the 30 responses from Service users pull it down."',
      'Counting that concern with any others, the finding reads "Low confidence: low response from Council members (4 of 20 asked (20%)) and sensitive to weighting".',
    ]);
  });

  it("weightingExampleText(example) says when the two readings name one level but fall differently against the target", () => {
    // Target 4 with a tolerance of 0.3: the median 4.2 is at target; (12 + 12.6 + 237.6) / 60 = 4.37 is above it.
    const strict = frameworkOf(SIX_LEVELS, SIX_FACTORS.slice(0, 1), FIVE_GROUPS);
    strict.thresholds.targetTolerance = 0.3;
    const near: Rating[] = [
      { factor: "strategy", group: "council-members", level: 4, respondents: 3 },
      { factor: "strategy", group: "council-officers", level: 4.2, respondents: 3 },
      { factor: "strategy", group: "service-users", level: 4.4, respondents: 54 },
    ];
    const [finding] = factorFindings(strict, readingsOf(SIX_FACTORS.slice(0, 1), near), {
      ...EXAMPLE_REVIEW,
      target: 4,
    });
    if (finding === undefined) throw new Error("no finding");
    const [, worked] = weightingExampleText({ partnership: "P", review: "R", finding });
    expect(worked).toContain(
      "(4.0 × 3 + 4.2 × 3 + 4.4 × 54) ÷ 60 = 4.37, shown as 4.4 (Cooperating). The two fall differently against the target, so the factor is sensitive to weighting",
    );
    expect(worked).toContain("the 54 responses from Service users pull it up.");
  });

  it("methodologyRules(framework, model) ends the confidence rule with the worked example, and leaves it out without a model", () => {
    expect(methodologyRules(examples, model).find((rule) => rule.id === "confidence")?.paragraphs).toHaveLength(5);
    expect(methodologyRules(examples).find((rule) => rule.id === "confidence")?.paragraphs).toHaveLength(2);
  });

  it("methodologyRules(framework) gives the response-rate threshold and evidence age from the framework", () => {
    const rules = methodologyRules(examples);
    expect(rules.find((rule) => rule.id === "response-rate")?.paragraphs[0]).toContain(
      'Below 30% the view is marked "low response"',
    );
    expect(rules.find((rule) => rule.id === "confidence")?.paragraphs[0]).toContain("more than 36 months old");
  });
});

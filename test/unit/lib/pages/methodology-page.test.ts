import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  agreementText,
  fitExample,
  levelExample,
  methodologyRules,
} from "../../../../src/lib/pages/methodology-page.ts";
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

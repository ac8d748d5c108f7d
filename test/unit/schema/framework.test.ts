import { describe, expect, it } from "vitest";
import { frameworkSchema } from "../../../src/schema/framework.ts";
import { issuesOf } from "../helpers/schema.ts";

const level = (id: string, order: unknown) => ({ id, order, label: id, definition: `${id}.` });
const FRAMEWORK = {
  id: "four-levels",
  version: "2.1",
  name: "Four-level framework",
  spectrum: [level("one", 1), level("two", 2), level("three", 3), level("four", 4)],
  factors: [{ id: "strategy", label: "Strategy", description: "S." }],
  stakeholderGroups: [
    { id: "officers", label: "Officers" },
    { id: "members", label: "Members", description: "Elected members." },
  ],
};

describe("frameworkSchema", () => {
  it("frameworkSchema applies the version 2 triangulation defaults 3, 2, 3, 1 and 1", () => {
    expect(frameworkSchema.parse(FRAMEWORK).triangulation).toEqual({
      minGroups: 3,
      gapThreshold: 2,
      minRespondents: 3,
      minMethods: 1,
      agreeBelow: 1,
    });
  });

  it("frameworkSchema applies the threshold defaults", () => {
    expect(frameworkSchema.parse(FRAMEWORK).thresholds).toEqual({
      targetTolerance: 0.5,
      changeThreshold: 0.5,
      highRiskScore: 15,
      reviewCycleMonths: 24,
      staleAfterMonths: 6,
      renewalWindowMonths: 12,
      minResponseRate: 0.3,
      responseDueMonths: 3,
      evidenceMaxAgeMonths: 36,
    });
  });

  it("frameworkSchema fills in each missing threshold on its own", () => {
    expect(frameworkSchema.parse({ ...FRAMEWORK, thresholds: { highRiskScore: 12 } }).thresholds.highRiskScore).toBe(
      12,
    );
    expect(frameworkSchema.parse({ ...FRAMEWORK, thresholds: { highRiskScore: 12 } }).thresholds.targetTolerance).toBe(
      0.5,
    );
  });

  it("frameworkSchema reports a high risk score above 25 and a misspelt threshold", () => {
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, thresholds: { highRiskScore: 26 } })).toEqual([
      "thresholds.highRiskScore: must be from 1 to 25",
    ]);
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, thresholds: { staleAfterMonth: 3 } })).toEqual([
      'thresholds: Unrecognized key: "staleAfterMonth"',
    ]);
  });

  it("frameworkSchema leaves mediumRiskScore unset when left out, and accepts one just below highRiskScore", () => {
    expect(frameworkSchema.parse(FRAMEWORK).thresholds.mediumRiskScore).toBeUndefined();
    expect(frameworkSchema.parse({ ...FRAMEWORK, thresholds: { highRiskScore: 6 } }).thresholds).toMatchObject({
      highRiskScore: 6,
    });
    expect(
      frameworkSchema.parse({ ...FRAMEWORK, thresholds: { mediumRiskScore: 14 } }).thresholds.mediumRiskScore,
    ).toBe(14);
  });

  it("frameworkSchema reports a mediumRiskScore at or above highRiskScore, the default one included", () => {
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, thresholds: { mediumRiskScore: 15 } })).toEqual([
      "thresholds.mediumRiskScore: 15 is not below highRiskScore (15): a medium risk must score less than a high one",
    ]);
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, thresholds: { highRiskScore: 10, mediumRiskScore: 12 } })).toEqual(
      ["thresholds.mediumRiskScore: 12 is not below highRiskScore (10): a medium risk must score less than a high one"],
    );
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, thresholds: { mediumRiskScore: 0 } })).toEqual([
      "thresholds.mediumRiskScore: must be from 1 to 24",
    ]);
  });

  it("frameworkSchema reports agreeBelow above gapThreshold", () => {
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, triangulation: { agreeBelow: 3, gapThreshold: 2 } })).toEqual([
      "triangulation.agreeBelow: 3 is above gapThreshold (2): groups cannot agree beyond a perception gap",
    ]);
  });

  it("frameworkSchema accepts a side for each stakeholder group and reports an unknown one", () => {
    const groups = (side: string) => FRAMEWORK.stakeholderGroups.map((group) => ({ ...group, side }));
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, stakeholderGroups: groups("partner") })).toEqual([]);
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, stakeholderGroups: groups("partners") })[0]).toMatch(
      /^stakeholderGroups\[0\]\.side: /,
    );
  });

  it("frameworkSchema fills in each missing triangulation threshold on its own", () => {
    expect(frameworkSchema.parse({ ...FRAMEWORK, triangulation: { minRespondents: 5 } }).triangulation).toEqual({
      minGroups: 3,
      gapThreshold: 2,
      minRespondents: 5,
      minMethods: 1,
      agreeBelow: 1,
    });
  });

  it("frameworkSchema accepts orders that start anywhere, so long as they are consecutive", () => {
    const spectrum = [level("zero", 0), level("one", 1)];
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, spectrum })).toEqual([]);
  });

  it("frameworkSchema reports orders that skip a number, from the first that is out of step", () => {
    const spectrum = [level("one", 1), level("two", 2), level("four", 4), level("five", 5)];
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, spectrum })).toEqual([
      "spectrum[2].order: 4 should be 3: orders must be consecutive whole numbers in ascending order",
      "spectrum[3].order: 5 should be 4: orders must be consecutive whole numbers in ascending order",
    ]);
  });

  it("frameworkSchema reports orders written in descending order", () => {
    const spectrum = [level("high", 2), level("low", 1)];
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, spectrum })).toEqual([
      "spectrum[1].order: 1 should be 3: orders must be consecutive whole numbers in ascending order",
    ]);
  });

  it("frameworkSchema reports a fractional order", () => {
    const spectrum = [level("one", 1), level("two", 1.5)];
    expect(issuesOf(frameworkSchema, { ...FRAMEWORK, spectrum })).toEqual([
      "spectrum[1].order: must be a whole number",
    ]);
  });

  it("frameworkSchema reports each id used more than once, in every list", () => {
    expect(
      issuesOf(frameworkSchema, {
        ...FRAMEWORK,
        spectrum: [level("one", 1), level("one", 2)],
        factors: [...FRAMEWORK.factors, { id: "strategy", label: "Strategy again", description: "S." }],
        stakeholderGroups: [...FRAMEWORK.stakeholderGroups, { id: "members", label: "Members again" }],
      }),
    ).toEqual([
      'spectrum[1].id: "one" is used more than once',
      'factors[1].id: "strategy" is used more than once',
      'stakeholderGroups[2].id: "members" is used more than once',
    ]);
  });

  it("frameworkSchema needs at least 2 levels, 1 factor and 2 groups", () => {
    expect(
      issuesOf(frameworkSchema, {
        ...FRAMEWORK,
        spectrum: [level("one", 1)],
        factors: [],
        stakeholderGroups: [{ id: "officers", label: "Officers" }],
      }),
    ).toEqual([
      "spectrum: needs at least 2 levels",
      "factors: needs at least 1 factor",
      "stakeholderGroups: needs at least 2 groups",
    ]);
  });

  it("frameworkSchema still reports a duplicate id when another field is wrong", () => {
    expect(
      issuesOf(frameworkSchema, { ...FRAMEWORK, name: "", factors: [...FRAMEWORK.factors, ...FRAMEWORK.factors] }),
    ).toEqual(["name: must not be empty", 'factors[1].id: "strategy" is used more than once']);
  });

  it("frameworkSchema checks the thresholds", () => {
    expect(
      issuesOf(frameworkSchema, {
        ...FRAMEWORK,
        triangulation: { minGroups: 0, gapThreshold: 0, minRespondents: 2.5 },
      }),
    ).toEqual([
      "triangulation.minGroups: must be at least 1",
      "triangulation.gapThreshold: must be above 0",
      "triangulation.minRespondents: must be a whole number",
    ]);
  });
});

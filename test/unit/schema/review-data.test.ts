import { describe, expect, it } from "vitest";
import { reviewDataSchema } from "../../../src/schema/review-data.ts";
import { issuesOf } from "../helpers/schema.ts";

const risk = (extra: object) => ({
  id: "risk-1",
  category: "quick-wins",
  title: "Quick wins first.",
  likelihood: 3,
  impact: 3,
  ...extra,
});

describe("reviewDataSchema", () => {
  it("reviewDataSchema reads {} as eight empty lists", () => {
    expect(reviewDataSchema.parse({})).toEqual({
      ratings: [],
      risks: [],
      recommendations: [],
      recommendationUpdates: [],
      goodPractice: [],
      costsBenefits: [],
      factorJudgements: [],
      indicators: [],
    });
  });

  it("reviewDataSchema defaults internal to false on risks and recommendations", () => {
    const data = reviewDataSchema.parse({
      risks: [risk({})],
      recommendations: [{ id: "r-01", text: "Do it.", priority: "low", status: "open" }],
    });
    expect(data.risks[0]?.internal).toBe(false);
    expect(data.recommendations[0]?.internal).toBe(false);
  });

  it.each([
    [1, []],
    [5, []],
    [0, ["risks[0].likelihood: must be from 1 to 5"]],
    [6, ["risks[0].likelihood: must be from 1 to 5"]],
    [2.5, ["risks[0].likelihood: must be a whole number from 1 to 5"]],
  ])("reviewDataSchema checks a likelihood of %j", (likelihood, expected) => {
    expect(issuesOf(reviewDataSchema, { risks: [risk({ likelihood })] })).toEqual(expected);
  });

  it("reviewDataSchema checks impact the same way as likelihood", () => {
    expect(issuesOf(reviewDataSchema, { risks: [risk({ impact: 0 })] })).toEqual([
      "risks[0].impact: must be from 1 to 5",
    ]);
  });

  it("reviewDataSchema accepts a fractional rating level and checks respondents is a whole number of at least 1", () => {
    const rating = { factor: "strategy", group: "officers", level: 4.2 };
    expect(issuesOf(reviewDataSchema, { ratings: [{ ...rating, respondents: 1 }] })).toEqual([]);
    expect(issuesOf(reviewDataSchema, { ratings: [{ ...rating, respondents: 0 }] })).toEqual([
      "ratings[0].respondents: must be at least 1",
    ]);
    expect(issuesOf(reviewDataSchema, { ratings: [{ ...rating, respondents: 2.5 }] })).toEqual([
      "ratings[0].respondents: must be a whole number",
    ]);
  });

  it("reviewDataSchema checks a recommendation's due date and a cost's amount", () => {
    expect(
      issuesOf(reviewDataSchema, {
        recommendations: [{ id: "r-01", text: "Do it.", priority: "low", status: "open", due: "31/03/2025" }],
        costsBenefits: [{ kind: "saving", description: "Fewer licences.", amount: -5, basis: "actual" }],
      }),
    ).toEqual([
      "recommendations[0].due: write dates as YYYY-MM-DD, such as 2024-03-31",
      "costsBenefits[0].amount: must be 0 or more",
    ]);
  });

  it("reviewDataSchema rejects a list that is not a list", () => {
    expect(issuesOf(reviewDataSchema, { ratings: {} })).toEqual([
      "ratings: Invalid input: expected array, received object",
    ]);
  });
});

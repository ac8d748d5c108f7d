import { describe, expect, it } from "vitest";
import { reviewSchema } from "../../../src/schema/review.ts";
import { indicatorSchema, ratingSchema } from "../../../src/schema/review-data.ts";
import { issuesOf } from "../helpers/schema.ts";

const WITHDRAWN = {
  title: "Annual review",
  date: "2024-06-30",
  status: "withdrawn",
  withdrawnDate: "2024-08-01",
  withdrawnReason: "The cost figures were wrong.",
  reviewer: "Internal Audit",
  reviewType: "internal-audit",
  assessedLevel: "cooperating",
  summary: "Summary.",
};

describe("reviewSchema: version 3", () => {
  it("reviewSchema accepts replacedBy on a withdrawn review", () => {
    expect(issuesOf(reviewSchema, { ...WITHDRAWN, replacedBy: "2024-corrected" })).toEqual([]);
  });

  it("reviewSchema refuses replacedBy on a review that is not withdrawn, saying what to do", () => {
    const { withdrawnDate: _date, withdrawnReason: _reason, ...published } = WITHDRAWN;
    expect(issuesOf(reviewSchema, { ...published, status: "published", replacedBy: "2024-corrected" })).toEqual([
      "replacedBy: is set but status is published: set status to withdrawn, or remove it",
    ]);
  });
});

describe("ratingSchema: invited", () => {
  const rating = { factor: "strategy", group: "council-officers", level: 4 };

  it("ratingSchema accepts invited at or above respondents", () => {
    expect(issuesOf(ratingSchema, { ...rating, respondents: 2, invited: 7 })).toEqual([]);
    expect(issuesOf(ratingSchema, { ...rating, respondents: 7, invited: 7 })).toEqual([]);
  });

  it("ratingSchema explains invited below respondents, and invited without respondents", () => {
    expect(issuesOf(ratingSchema, { ...rating, respondents: 8, invited: 7 })).toEqual([
      "invited: 7 is below respondents (8): invited counts everyone asked, respondents those who answered",
    ]);
    expect(issuesOf(ratingSchema, { ...rating, invited: 7 })).toEqual([
      "invited: is given without respondents: say how many answered (respondents) as well as how many were asked",
    ]);
    expect(issuesOf(ratingSchema, { ...rating, respondents: 2, invited: 0 })).toEqual(["invited: must be at least 1"]);
  });
});

describe("indicatorSchema", () => {
  const indicator = {
    id: "recycling-rate",
    name: "Household waste sent for recycling",
    unit: "%",
    polarity: "higher-is-better",
    period: "2025/26",
    actual: 46.8,
    target: 50,
    previous: 49.2,
    source: "WasteDataFlow",
    factor: "outcomes",
  };

  it("indicatorSchema accepts a full indicator, and one with only its required fields", () => {
    expect(issuesOf(indicatorSchema, indicator)).toEqual([]);
    const { target: _t, previous: _p, source: _s, factor: _f, ...required } = indicator;
    expect(issuesOf(indicatorSchema, required)).toEqual([]);
  });

  it("indicatorSchema names a missing unit and a misspelt polarity", () => {
    const { unit: _unit, ...noUnit } = indicator;
    expect(issuesOf(indicatorSchema, noUnit)).toEqual(["unit: Invalid input: expected string, received undefined"]);
    expect(issuesOf(indicatorSchema, { ...indicator, polarity: "higher" })[0]).toMatch(/^polarity: /);
  });
});

import { describe, expect, it } from "vitest";
import { reviewSchema } from "../../../src/schema/review.ts";
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

import { describe, expect, it } from "vitest";
import { reviewSchema } from "../../../src/schema/review.ts";
import { issuesOf } from "../helpers/schema.ts";

const REVIEW = {
  title: "Shared Legal Service annual review 2024",
  date: "2024-06-30",
  status: "published",
  reviewer: "Internal Audit",
  reviewType: "internal-audit",
  assessedLevel: "aligned",
  summary: "The service is aligned; measurement needs work.",
};
const WITHDRAWN = { status: "withdrawn", withdrawnDate: "2024-09-01", withdrawnReason: "A cost figure was wrong." };

describe("reviewSchema", () => {
  it("reviewSchema accepts a review with only the required fields", () => {
    expect(reviewSchema.parse(REVIEW)).toEqual(REVIEW);
  });

  it("reviewSchema accepts a summary of exactly 600 characters and rejects 601", () => {
    expect(issuesOf(reviewSchema, { ...REVIEW, summary: "a".repeat(600) })).toEqual([]);
    expect(issuesOf(reviewSchema, { ...REVIEW, summary: "a".repeat(601) })).toEqual([
      "summary: must be at most 600 characters",
    ]);
  });

  it("reviewSchema accepts a withdrawn review with its date and reason", () => {
    expect(issuesOf(reviewSchema, { ...REVIEW, ...WITHDRAWN })).toEqual([]);
  });

  it("reviewSchema requires withdrawnDate and withdrawnReason when the review is withdrawn", () => {
    expect(issuesOf(reviewSchema, { ...REVIEW, status: "withdrawn" })).toEqual([
      "withdrawnDate: is required when status is withdrawn",
      "withdrawnReason: is required when status is withdrawn",
    ]);
    expect(issuesOf(reviewSchema, { ...REVIEW, status: "withdrawn", withdrawnDate: "2024-09-01" })).toEqual([
      "withdrawnReason: is required when status is withdrawn",
    ]);
  });

  it.each(["published", "draft"])("reviewSchema rejects the withdrawn fields on a %s review", (status) => {
    expect(issuesOf(reviewSchema, { ...REVIEW, ...WITHDRAWN, status })).toEqual([
      `withdrawnDate: is set but status is ${status}: set status to withdrawn, or remove it`,
      `withdrawnReason: is set but status is ${status}: set status to withdrawn, or remove it`,
    ]);
  });

  it("reviewSchema accepts a publishDate on the report date and rejects one before it", () => {
    expect(issuesOf(reviewSchema, { ...REVIEW, publishDate: "2024-06-30" })).toEqual([]);
    expect(issuesOf(reviewSchema, { ...REVIEW, publishDate: "2024-06-29" })).toEqual([
      "publishDate: 2024-06-29 is before the report date (2024-06-30)",
    ]);
  });

  it("reviewSchema rejects a withdrawnDate before the report date", () => {
    expect(issuesOf(reviewSchema, { ...REVIEW, ...WITHDRAWN, withdrawnDate: "2024-06-01" })).toEqual([
      "withdrawnDate: 2024-06-01 is before the report date (2024-06-30)",
    ]);
  });

  it("reviewSchema rejects a date that is not on the calendar", () => {
    expect(issuesOf(reviewSchema, { ...REVIEW, date: "2024-02-30" })).toEqual([
      "date: 2024-02-30 is not a real calendar date",
    ]);
  });

  it("reviewSchema reports the rules across fields alongside a misspelt field, in one run", () => {
    const { assessedLevel, ...rest } = REVIEW;
    expect(issuesOf(reviewSchema, { ...rest, assesedLevel: assessedLevel, status: "withdrawn" })).toEqual([
      "assessedLevel: Invalid input: expected string, received undefined",
      '(file): Unrecognized key: "assesedLevel"',
      "withdrawnDate: is required when status is withdrawn",
      "withdrawnReason: is required when status is withdrawn",
    ]);
  });

  it("reviewSchema says nothing about the withdrawn fields when the status itself is not a known one", () => {
    expect(issuesOf(reviewSchema, { ...REVIEW, ...WITHDRAWN, status: "withdrawed" })).toEqual([
      'status: Invalid option: expected one of "draft"|"published"|"withdrawn"',
    ]);
  });

  it("reviewSchema keeps internalNotes, which the site model drops", () => {
    expect(reviewSchema.parse({ ...REVIEW, internalNotes: "Not for publication." }).internalNotes).toBe(
      "Not for publication.",
    );
  });
});

import { z } from "zod";
import { evenWithOtherProblems, isoDate, slug, text, validDate } from "./common.ts";

/** Where a review is in publication. */
export const REVIEW_STATUSES = ["draft", "published", "withdrawn"] as const;

/** Who carried out a review. */
export const REVIEW_TYPES = ["independent", "internal-audit", "self-assessment", "peer"] as const;

/** The assurance opinions a review can give. */
export const ASSURANCE_OPINIONS = ["substantial", "reasonable", "limited", "none"] as const;

/** Front matter of reviews/<slug>/<review-id>.md: the review report's metadata. */
export const reviewSchema = z
  .strictObject({
    /** The report's title. Example: "Shared Legal Service: annual review 2024". */
    title: text,
    /** The date of the report, YYYY-MM-DD. */
    date: isoDate,
    /** draft (never published), published, or withdrawn (keeps its page with a notice). */
    status: z.enum(REVIEW_STATUSES),
    /** Optional embargo, YYYY-MM-DD: the review stays unpublished until this date. Defaults to date. */
    publishDate: isoDate.optional(),
    /** Required when status is withdrawn: the date it was withdrawn, YYYY-MM-DD. */
    withdrawnDate: isoDate.optional(),
    /** Required when status is withdrawn: why, in a sentence readers will see. */
    withdrawnReason: text.optional(),
    /** Optional, only when status is withdrawn: the id of the review of the same partnership that replaces it; the withdrawn page links it. */
    replacedBy: slug.optional(),
    /** The organisation or team that carried out the review. Example: "Internal Audit Partnership". */
    reviewer: text,
    /** independent, internal-audit, self-assessment or peer. */
    reviewType: z.enum(REVIEW_TYPES),
    /** Optional: what the review covered and what it left out. */
    scope: text.optional(),
    /** The spectrum level id where the reviewer judges the partnership sits overall. Example: "coordinating". */
    assessedLevel: slug,
    /** A summary for lists and search results; at most 600 characters. */
    summary: text.max(600, "must be at most 600 characters"),
    /** Optional: the reviewer's assurance opinion: substantial, reasonable, limited or none. Limited or none means the partnership needs attention. */
    assurance: z.enum(ASSURANCE_OPINIONS).optional(),
    /** Optional: notes for the review team. Never published anywhere. */
    internalNotes: z.string().optional(),
  })
  .superRefine((review, ctx) => {
    if (review.status === "withdrawn") {
      for (const field of ["withdrawnDate", "withdrawnReason"] as const) {
        if (review[field] === undefined) {
          ctx.addIssue({ code: "custom", path: [field], message: "is required when status is withdrawn" });
        }
      }
    } else if (REVIEW_STATUSES.includes(review.status)) {
      for (const field of ["withdrawnDate", "withdrawnReason", "replacedBy"] as const) {
        if (review[field] !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: [field],
            message: `is set but status is ${review.status}: set status to withdrawn, or remove it`,
          });
        }
      }
    }
    const date = validDate(review.date);
    const publishDate = validDate(review.publishDate);
    const withdrawnDate = validDate(review.withdrawnDate);
    if (date !== undefined && publishDate !== undefined && publishDate < date) {
      ctx.addIssue({
        code: "custom",
        path: ["publishDate"],
        message: `${publishDate} is before the report date (${date})`,
      });
    }
    if (date !== undefined && withdrawnDate !== undefined && withdrawnDate < date) {
      ctx.addIssue({
        code: "custom",
        path: ["withdrawnDate"],
        message: `${withdrawnDate} is before the report date (${date})`,
      });
    }
  }, evenWithOtherProblems);

/** A review's front matter. */
export type Review = z.output<typeof reviewSchema>;
/** A review's assurance opinion. */
export type Assurance = (typeof ASSURANCE_OPINIONS)[number];
/** A review's status. */
export type ReviewStatus = Review["status"];

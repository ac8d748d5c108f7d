import { z } from "zod";
import { evenWithOtherProblems, isoDate, slug, text, url, validDate } from "./common.ts";

/** Where a review is in publication. */
export const REVIEW_STATUSES = ["draft", "published", "withdrawn"] as const;

/** Who carried out a review. */
export const REVIEW_TYPES = ["independent", "internal-audit", "self-assessment", "peer"] as const;

/** The assurance opinions a review can give. */
export const ASSURANCE_OPINIONS = ["substantial", "reasonable", "limited", "none"] as const;

/** Front matter of reviews/<slug>/<review-id>.md: the review report's metadata. */
export const reviewSchema = z
  .strictObject({
    title: text.meta({ description: 'The report\'s title. Example: "Shared Legal Service: annual review 2024".' }),
    date: isoDate.meta({ description: "The date of the report, YYYY-MM-DD." }),
    status: z
      .enum(REVIEW_STATUSES)
      .meta({ description: "draft (never published), published, or withdrawn (keeps its page with a notice)." }),
    publishDate: isoDate.optional().meta({
      description: "Optional embargo, YYYY-MM-DD: the review stays unpublished until this date. Defaults to date.",
    }),
    withdrawnDate: isoDate
      .optional()
      .meta({ description: "Required when status is withdrawn: the date it was withdrawn, YYYY-MM-DD." }),
    withdrawnReason: text
      .optional()
      .meta({ description: "Required when status is withdrawn: why, in a sentence readers will see." }),
    replacedBy: slug.optional().meta({
      description:
        "Optional, only when status is withdrawn: the id of the review of the same partnership that replaces it; the withdrawn page links it.",
    }),
    reviewer: text.meta({
      description: 'The organisation or team that carried out the review. Example: "Internal Audit Partnership".',
    }),
    reviewType: z.enum(REVIEW_TYPES).meta({ description: "independent, internal-audit, self-assessment or peer." }),
    scope: text.optional().meta({ description: "Optional: what the review covered and what it left out." }),
    assessedLevel: slug.meta({
      description:
        'The spectrum level id where the reviewer judges the partnership sits overall. Example: "coordinating".',
    }),
    summary: text
      .max(600, "must be at most 600 characters")
      .meta({ description: "A summary for lists and search results; at most 600 characters." }),
    assurance: z.enum(ASSURANCE_OPINIONS).optional().meta({
      description:
        "Optional: the reviewer's assurance opinion: substantial, reasonable, limited or none. Limited or none means the partnership needs attention.",
    }),
    assuranceBasis: text.optional().meta({
      description:
        'Optional (version 3): why the reviewer gave the assurance opinion, in a sentence or two; an error without assurance. An opinion without it is shown with "basis not published".',
    }),
    equalityImpact: z
      .strictObject({
        assessed: z.boolean().meta({
          description: "Whether an equality impact assessment covered the partnership (public sector equality duty).",
        }),
        date: isoDate.optional().meta({ description: "Optional: the date of the assessment, YYYY-MM-DD." }),
        summary: text.optional().meta({ description: "Optional: what the assessment found, in a sentence or two." }),
        url: url.optional().meta({ description: "Optional: where the assessment is published." }),
      })
      .optional()
      .meta({ description: "Optional (version 3): the equality impact assessment; assessed: false is shown as such." }),
    partnerResponses: z
      .array(
        z.strictObject({
          organisation: text.meta({
            description: "The partner that replied; should name one of the partnership's partners.",
          }),
          text: text.meta({ description: "The partner's reply, plain text, printed as written." }),
          date: isoDate.meta({ description: "The date of the reply, YYYY-MM-DD." }),
        }),
      )
      .optional()
      .meta({ description: "Optional (version 3): each partner's published right of reply to the review." }),
    internalNotes: z
      .string()
      .optional()
      .meta({ description: "Optional: notes for the review team. Never published anywhere." }),
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
    if (review.assuranceBasis !== undefined && review.assurance === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["assuranceBasis"],
        message: "is given without an assurance opinion: add assurance, or remove the basis",
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

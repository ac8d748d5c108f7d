import { z } from "zod";
import { isoDate, slug, text } from "./common.ts";

/** How a group's view was gathered. */
export const RATING_METHODS = ["survey", "interview", "workshop", "document-review"] as const;

/** The six common partnership risks, plus other. */
export const RISK_CATEGORIES = [
  "complex-management",
  "no-joint-objectives",
  "supplier-failure",
  "resource-disconnect",
  "reputational-damage",
  "quick-wins",
  "other",
] as const;

/** A recommendation's priority. */
export const PRIORITIES = ["high", "medium", "low"] as const;

/** A recommendation's status. */
export const RECOMMENDATION_STATUSES = ["open", "in-progress", "implemented", "not-accepted", "superseded"] as const;

/** Kinds of cost and benefit. */
export const COST_BENEFIT_KINDS = ["cost", "saving", "income", "benefit"] as const;

/** How firm a cost or benefit figure is. */
export const COST_BENEFIT_BASES = ["actual", "estimate", "target"] as const;

/** The benefits partnerships look for. */
export const BENEFIT_CATEGORIES = ["expertise", "joined-up", "economies-of-scale", "culture-change", "other"] as const;

/** One stakeholder group's placement of one factor on the spectrum. */
export const ratingSchema = z.strictObject({
  /** The factor id from framework.json. Example: "strategy". */
  factor: slug,
  /** The stakeholder group id from framework.json. Example: "council-officers". */
  group: slug,
  /** The level on the spectrum's order scale, between the lowest and highest order; may be fractional (a mean). Example: 4.2. */
  level: z.number("must be a number on the spectrum's order scale, such as 4.2"),
  /** Optional: how many people gave this view, a whole number of at least 1. Below the framework's minRespondents the rating is withheld. */
  respondents: z.int("must be a whole number").min(1, "must be at least 1").optional(),
  /** Optional: survey, interview, workshop or document-review. */
  method: z.enum(RATING_METHODS).optional(),
  /** Optional: an anonymised comment, published as written. */
  comment: text.optional(),
});

/** One risk to the partnership. */
export const riskSchema = z.strictObject({
  /** An id unique within this review. Example: "risk-1". */
  id: slug,
  /** One of the six common partnership risks, or other. */
  category: z.enum(RISK_CATEGORIES),
  /** The risk in a short sentence. */
  title: text,
  /** How likely, 1 (rare) to 5 (almost certain). */
  likelihood: z.int("must be a whole number from 1 to 5").min(1, "must be from 1 to 5").max(5, "must be from 1 to 5"),
  /** How serious, 1 (minimal) to 5 (severe). */
  impact: z.int("must be a whole number from 1 to 5").min(1, "must be from 1 to 5").max(5, "must be from 1 to 5"),
  /** Optional: what is being done about it. */
  mitigation: text.optional(),
  /** Optional: the role that owns the risk, never a person's name. */
  ownerRole: text.optional(),
  /** Optional, default false: true keeps the risk off the public site entirely. */
  internal: z.boolean().default(false),
});

/** One recommendation, a permanent public reference. */
export const recommendationSchema = z.strictObject({
  /** An id unique across the whole content folder, never reused. Example: "exm-2024-legal-01". */
  id: slug,
  /** What should be done. */
  text,
  /** high, medium or low. */
  priority: z.enum(PRIORITIES),
  /** Optional: the factor id from framework.json it addresses. */
  factor: slug.optional(),
  /** Optional: the role that owns it, never a person's name. */
  ownerRole: text.optional(),
  /** Optional: the due date, YYYY-MM-DD. After it, an open or in-progress recommendation is overdue. */
  due: isoDate.optional(),
  /** open, in-progress, implemented, not-accepted or superseded, as at this review. */
  status: z.enum(RECOMMENDATION_STATUSES),
  /** Optional, default false: true keeps the recommendation off the public site entirely. */
  internal: z.boolean().default(false),
});

/** A later review's word on a recommendation from an earlier review of the same partnership. */
export const recommendationUpdateSchema = z.strictObject({
  /** The id of a recommendation from an earlier review of this partnership. */
  id: slug,
  /** Its status now. */
  status: z.enum(RECOMMENDATION_STATUSES),
  /** Optional: what has happened since. */
  note: text.optional(),
});

/** Transferable good practice found by the review. */
export const goodPracticeSchema = z.strictObject({
  /** A short title. */
  title: text,
  /** What was done and why it worked. */
  description: text,
  /** Optional: the factor id from framework.json it relates to. */
  factor: slug.optional(),
});

/** One cost or benefit of the partnership. */
export const costBenefitSchema = z.strictObject({
  /** cost, saving, income or benefit. */
  kind: z.enum(COST_BENEFIT_KINDS),
  /** What it is. */
  description: text,
  /** Optional: the amount in pounds, as a plain number. */
  amount: z.number("must be a number of pounds, such as 250000").min(0, "must be 0 or more").optional(),
  /** Optional: the period it covers. Example: "2024/25". */
  period: text.optional(),
  /** actual, estimate or target. */
  basis: z.enum(COST_BENEFIT_BASES),
  /** Optional: expertise, joined-up, economies-of-scale, culture-change or other. */
  benefitCategory: z.enum(BENEFIT_CATEGORIES).optional(),
});

/** reviews/<slug>/<review-id>.json: the review's structured data. Every list is optional. */
export const reviewDataSchema = z.strictObject({
  /** Each stakeholder group's placement of each factor; at most one per factor and group. */
  ratings: z.array(ratingSchema).default([]),
  /** Risks found by the review. */
  risks: z.array(riskSchema).default([]),
  /** Recommendations made by the review. */
  recommendations: z.array(recommendationSchema).default([]),
  /** This review's word on recommendations from earlier reviews of the same partnership. */
  recommendationUpdates: z.array(recommendationUpdateSchema).default([]),
  /** Transferable good practice. */
  goodPractice: z.array(goodPracticeSchema).default([]),
  /** Costs, savings, income and benefits. */
  costsBenefits: z.array(costBenefitSchema).default([]),
});

/** A review's structured data after defaults. */
export type ReviewData = z.output<typeof reviewDataSchema>;
/** One rating. */
export type Rating = z.output<typeof ratingSchema>;
/** One risk. */
export type Risk = z.output<typeof riskSchema>;
/** One recommendation. */
export type Recommendation = z.output<typeof recommendationSchema>;
/** One recommendation update. */
export type RecommendationUpdate = z.output<typeof recommendationUpdateSchema>;
/** One piece of good practice. */
export type GoodPractice = z.output<typeof goodPracticeSchema>;
/** One cost or benefit. */
export type CostBenefit = z.output<typeof costBenefitSchema>;
/** A recommendation status. */
export type RecommendationStatus = Recommendation["status"];

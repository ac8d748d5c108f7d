import { z } from "zod";
import { evenWithOtherProblems, isoDate, slug, text } from "./common.ts";

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

/** The kinds of cost and benefit of version 1 of the content model. */
export const COST_BENEFIT_KINDS = ["cost", "saving", "income", "benefit"] as const;

/** Every kind of cost and benefit: version 1's, and cost-avoidance (spending avoided, which is not a saving). */
export const ALL_COST_BENEFIT_KINDS = [...COST_BENEFIT_KINDS, "cost-avoidance"] as const;

/** How firm a cost or benefit figure is. */
export const COST_BENEFIT_BASES = ["actual", "estimate", "target"] as const;

/** How well a factor works, in the reviewer's judgement. */
export const FACTOR_HEALTHS = ["strong", "adequate", "weak", "failing"] as const;

/** Who carries a risk. */
export const RISK_CARRIERS = ["council", "partners", "shared", "supplier"] as const;

/** Which way a risk is moving. */
export const RISK_TRENDS = ["rising", "steady", "falling"] as const;

/** The management's decision on a recommendation. */
export const RESPONSE_DECISIONS = ["accepted", "partly-accepted", "rejected"] as const;

/** The benefits partnerships look for. */
export const BENEFIT_CATEGORIES = ["expertise", "joined-up", "economies-of-scale", "culture-change", "other"] as const;

const oneToFive = z
  .int("must be a whole number from 1 to 5")
  .min(1, "must be from 1 to 5")
  .max(5, "must be from 1 to 5");

/** One stakeholder group's placement of one factor on the spectrum. */
export const ratingSchema = z
  .strictObject({
    factor: slug.meta({ description: 'The factor id from framework.json. Example: "strategy".' }),
    group: slug.meta({ description: 'The stakeholder group id from framework.json. Example: "council-officers".' }),
    level: z.number("must be a number on the spectrum's order scale, such as 4.2").meta({
      description:
        "The level on the spectrum's order scale, between the lowest and highest order; may be fractional (a mean). Example: 4.2.",
    }),
    respondents: z.int("must be a whole number").min(1, "must be at least 1").optional().meta({
      description:
        "Optional: how many people gave this view, a whole number of at least 1. Below the framework's minRespondents the rating is withheld.",
    }),
    invited: z.int("must be a whole number").min(1, "must be at least 1").optional().meta({
      description:
        "Optional: how many of the group were asked, a whole number of at least respondents; needs respondents. Gives the response rate.",
    }),
    method: z
      .enum(RATING_METHODS)
      .optional()
      .meta({ description: "Optional: survey, interview, workshop or document-review." }),
    comment: text.optional().meta({ description: "Optional: an anonymised comment, published as written." }),
  })
  .superRefine((rating, ctx) => {
    const { respondents, invited } = rating;
    // A value the field itself refuses is reported once, there.
    if (invited === undefined || !Number.isInteger(invited) || invited < 1) return;
    if (respondents === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["invited"],
        message: "is given without respondents: say how many answered (respondents) as well as how many were asked",
      });
    } else if (Number.isInteger(respondents) && invited < respondents) {
      ctx.addIssue({
        code: "custom",
        path: ["invited"],
        message: `${invited} is below respondents (${respondents}): invited counts everyone asked, respondents those who answered`,
      });
    }
  }, evenWithOtherProblems);

/** Whether a higher or a lower figure is better for an indicator. */
export const POLARITIES = ["higher-is-better", "lower-is-better"] as const;

/** One performance indicator: evidence beside the perception ratings, such as a recycling rate or a waiting time. */
export const indicatorSchema = z.strictObject({
  id: slug.meta({
    description: 'Unique within the review; lowercase letters, digits and single hyphens. Example: "recycling-rate".',
  }),
  name: text.meta({
    description: 'What is measured, as readers say it. Example: "Household waste sent for recycling".',
  }),
  unit: text.meta({ description: 'The unit of actual, target and previous. Example: "%", "weeks", "£".' }),
  polarity: z.enum(POLARITIES).meta({ description: "higher-is-better or lower-is-better." }),
  period: text.meta({ description: 'The period the figure covers, free text. Example: "2025/26".' }),
  actual: z.number("must be a number").meta({ description: "The figure for the period." }),
  target: z
    .number("must be a number")
    .optional()
    .meta({ description: "Optional: the target for the period; with it the indicator is met or not met." }),
  previous: z.number("must be a number").optional().meta({
    description: "Optional: the figure for the period before; with it the indicator is improving, steady or worsening.",
  }),
  source: text.optional().meta({ description: 'Optional: where the figure comes from. Example: "WasteDataFlow".' }),
  factor: slug.optional().meta({
    description:
      "Optional: the framework factor the indicator is evidence for; only then does it enter the perception and performance check.",
  }),
});

/** One risk to the partnership. */
export const riskSchema = z.strictObject({
  id: slug.meta({ description: 'An id unique within this review. Example: "risk-1".' }),
  category: z.enum(RISK_CATEGORIES).meta({ description: "One of the six common partnership risks, or other." }),
  title: text.meta({ description: "The risk in a short sentence." }),
  likelihood: oneToFive.meta({ description: "How likely, 1 (rare) to 5 (almost certain)." }),
  impact: oneToFive.meta({ description: "How serious, 1 (minimal) to 5 (severe)." }),
  inherentLikelihood: oneToFive.optional().meta({
    description: "Optional: how likely before mitigation, 1 to 5; likelihood stays the current (residual) one.",
  }),
  inherentImpact: oneToFive
    .optional()
    .meta({ description: "Optional: how serious before mitigation, 1 to 5; impact stays the current (residual) one." }),
  carriedBy: z
    .enum(RISK_CARRIERS)
    .optional()
    .meta({ description: "Optional: who carries the risk: council, partners, shared or supplier." }),
  trend: z
    .enum(RISK_TRENDS)
    .optional()
    .meta({ description: "Optional: which way the risk is moving: rising, steady or falling." }),
  mitigation: text.optional().meta({ description: "Optional: what is being done about it." }),
  ownerRole: text.optional().meta({ description: "Optional: the role that owns the risk, never a person's name." }),
  internal: z
    .boolean()
    .default(false)
    .meta({ description: "Optional, default false: true keeps the risk off the public site entirely." }),
});

/** The management response to a recommendation. */
export const responseSchema = z.strictObject({
  decision: z.enum(RESPONSE_DECISIONS).meta({ description: "accepted, partly-accepted or rejected." }),
  text: text.optional().meta({ description: "Optional: the response in the management's words." }),
  date: isoDate.optional().meta({ description: "Optional: the date of the response, YYYY-MM-DD." }),
});

/** One recommendation, a permanent public reference. */
export const recommendationSchema = z.strictObject({
  id: slug.meta({
    description: 'An id unique across the whole content folder, never reused. Example: "exm-2024-legal-01".',
  }),
  text: text.meta({ description: "What should be done." }),
  priority: z.enum(PRIORITIES).meta({ description: "high, medium or low." }),
  factor: slug.optional().meta({ description: "Optional: the factor id from framework.json it addresses." }),
  ownerRole: text.optional().meta({ description: "Optional: the role that owns it, never a person's name." }),
  due: isoDate.optional().meta({
    description: "Optional: the due date, YYYY-MM-DD. After it, an open or in-progress recommendation is overdue.",
  }),
  status: z
    .enum(RECOMMENDATION_STATUSES)
    .meta({ description: "open, in-progress, implemented, not-accepted or superseded, as at this review." }),
  internal: z
    .boolean()
    .default(false)
    .meta({ description: "Optional, default false: true keeps the recommendation off the public site entirely." }),
  response: responseSchema.optional().meta({
    description: "Optional: the management response: decision (accepted, partly-accepted or rejected), text and date.",
  }),
});

/** A later review's word on a recommendation from an earlier review of the same partnership. */
export const recommendationUpdateSchema = z.strictObject({
  id: slug.meta({ description: "The id of a recommendation from an earlier review of this partnership." }),
  status: z.enum(RECOMMENDATION_STATUSES).meta({ description: "Its status now." }),
  note: text.optional().meta({ description: "Optional: what has happened since." }),
});

/** Transferable good practice found by the review. */
export const goodPracticeSchema = z.strictObject({
  title: text.meta({ description: "A short title." }),
  description: text.meta({ description: "What was done and why it worked." }),
  factor: slug.optional().meta({ description: "Optional: the factor id from framework.json it relates to." }),
});

/** The reviewer's judgement of how well one factor works. */
export const factorJudgementSchema = z.strictObject({
  factor: slug.meta({ description: "The factor id from framework.json; at most one judgement per factor." }),
  health: z.enum(FACTOR_HEALTHS).meta({
    description:
      "How well the factor works, separate from how closely the partners work: strong, adequate, weak or failing. Weak or failing means the partnership needs attention.",
  }),
  finding: text.meta({ description: "The finding behind the judgement, in a sentence or two." }),
});

/** One cost or benefit of the partnership. */
export const costBenefitSchema = z
  .strictObject({
    kind: z.enum(ALL_COST_BENEFIT_KINDS).meta({
      description: "cost, saving, income, benefit or cost-avoidance (spending avoided, which is not a saving).",
    }),
    description: text.meta({ description: "What it is." }),
    amount: z
      .number("must be a number of pounds, such as 250000")
      .min(0, "must be 0 or more")
      .optional()
      .meta({ description: "Optional: the amount in pounds, as a plain number." }),
    period: text.optional().meta({ description: 'Optional: the period it covers. Example: "2024/25".' }),
    basis: z.enum(COST_BENEFIT_BASES).meta({ description: "actual, estimate or target." }),
    benefitCategory: z
      .enum(BENEFIT_CATEGORIES)
      .optional()
      .meta({ description: "Optional: expertise, joined-up, economies-of-scale, culture-change or other." }),
    cashable: z.boolean().optional().meta({
      description:
        "Optional, savings and income only: true when the money can be taken out of a budget or spent; cashable and non-cashable amounts are never added together.",
    }),
    councilShare: z
      .number("must be a number of pounds, such as 125000")
      .min(0, "must be 0 or more")
      .optional()
      .meta({ description: "Optional: the council's own share of the amount in pounds; not above amount." }),
    expected: z.number("must be a number of pounds, such as 250000").min(0, "must be 0 or more").optional().meta({
      description:
        "Optional: the business case's figure in pounds for the same line, shown against the reported amount.",
    }),
  })
  .superRefine((line, ctx) => {
    if (
      line.cashable !== undefined &&
      typeof line.kind === "string" &&
      line.kind !== "saving" &&
      line.kind !== "income"
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["cashable"],
        message: `is for savings and income only, not ${line.kind}: remove it`,
      });
    }
    const amount = typeof line.amount === "number" ? line.amount : undefined;
    const share = typeof line.councilShare === "number" ? line.councilShare : undefined;
    if (share !== undefined && amount === undefined) {
      ctx.addIssue({ code: "custom", path: ["councilShare"], message: "needs an amount to be a share of: add amount" });
    } else if (share !== undefined && amount !== undefined && share > amount) {
      ctx.addIssue({
        code: "custom",
        path: ["councilShare"],
        message: `${share} is above the amount (${amount}): the council's share cannot exceed the whole`,
      });
    }
  }, evenWithOtherProblems);

/** reviews/<slug>/<review-id>.json: the review's structured data. Every list is optional. */
export const reviewDataSchema = z.strictObject({
  ratings: z
    .array(ratingSchema)
    .default([])
    .meta({ description: "Each stakeholder group's placement of each factor; at most one per factor and group." }),
  risks: z.array(riskSchema).default([]).meta({ description: "Risks found by the review." }),
  recommendations: z
    .array(recommendationSchema)
    .default([])
    .meta({ description: "Recommendations made by the review." }),
  recommendationUpdates: z
    .array(recommendationUpdateSchema)
    .default([])
    .meta({ description: "This review's word on recommendations from earlier reviews of the same partnership." }),
  goodPractice: z.array(goodPracticeSchema).default([]).meta({ description: "Transferable good practice." }),
  costsBenefits: z
    .array(costBenefitSchema)
    .default([])
    .meta({ description: "Costs, savings, income, cost avoidance and benefits." }),
  factorJudgements: z
    .array(factorJudgementSchema)
    .default([])
    .meta({ description: "The reviewer's judgement of how well each factor works; at most one per factor." }),
  indicators: z.array(indicatorSchema).default([]).meta({
    description: "Performance indicators: the figures that test the perceptions; ids unique within the review.",
  }),
});

/** A review's structured data after defaults. */
export type ReviewData = z.output<typeof reviewDataSchema>;
/** One rating. */
export type Rating = z.output<typeof ratingSchema>;
/** One risk. */
export type Risk = z.output<typeof riskSchema>;
/** One performance indicator. */
export type Indicator = z.output<typeof indicatorSchema>;
/** An indicator's polarity. */
export type Polarity = Indicator["polarity"];
/** One recommendation. */
export type Recommendation = z.output<typeof recommendationSchema>;
/** One recommendation update. */
export type RecommendationUpdate = z.output<typeof recommendationUpdateSchema>;
/** One piece of good practice. */
export type GoodPractice = z.output<typeof goodPracticeSchema>;
/** One cost or benefit. */
export type CostBenefit = z.output<typeof costBenefitSchema>;
/** One factor judgement. */
export type FactorJudgement = z.output<typeof factorJudgementSchema>;
/** A management response. */
export type ManagementResponse = z.output<typeof responseSchema>;
/** A factor's health. */
export type FactorHealth = FactorJudgement["health"];
/** A cost or benefit kind. */
export type CostBenefitKind = CostBenefit["kind"];
/** A cost or benefit basis. */
export type CostBenefitBasis = CostBenefit["basis"];
/** A recommendation status. */
export type RecommendationStatus = Recommendation["status"];

import { z } from "zod";
import { evenWithOtherProblems, slug, text } from "./common.ts";

/** One step on the collaboration spectrum. */
export const spectrumLevelSchema = z.strictObject({
  id: slug.meta({
    description: 'The level\'s permanent id, used by targetLevel and assessedLevel. Example: "cooperating".',
  }),
  order: z.int("must be a whole number").meta({
    description:
      "The level's position, low to high: consecutive whole numbers, such as 1 to 6. Ratings use this scale.",
  }),
  label: text.meta({ description: 'The level\'s name as readers see it. Example: "Cooperating".' }),
  definition: text.meta({ description: "What the level means, in a sentence." }),
});

/** One factor that stakeholder groups rate, such as strategy or delivery. */
export const factorSchema = z.strictObject({
  id: slug.meta({
    description: 'The factor\'s permanent id, used by ratings, recommendations and good practice. Example: "delivery".',
  }),
  label: text.meta({ description: 'The factor\'s name as readers see it. Example: "Delivery".' }),
  description: text.meta({ description: "What the factor covers, in a sentence or two." }),
});

/** Which side of the partnership a stakeholder group speaks for. */
export const GROUP_SIDES = ["council", "partner", "service-user", "independent"] as const;

/** One stakeholder group whose views are triangulated. */
export const stakeholderGroupSchema = z.strictObject({
  id: slug.meta({ description: 'The group\'s permanent id, used by ratings. Example: "council-officers".' }),
  label: text.meta({ description: 'The group\'s name as readers see it. Example: "Council officers".' }),
  description: text.optional().meta({ description: "Optional: who is in the group." }),
  side: z.enum(GROUP_SIDES).optional().meta({
    description:
      "Optional: the side the group speaks for: council, partner, service-user or independent. Partners disagree when the council side and the partner side differ by at least gapThreshold.",
  }),
});

/** The triangulation defaults, applied when framework.json leaves a threshold out. */
export const TRIANGULATION_DEFAULTS = {
  minGroups: 3,
  gapThreshold: 2,
  minRespondents: 3,
  minMethods: 1,
  agreeBelow: 1,
} as const;

/** The thresholds that turn ratings into findings. */
export const triangulationSchema = z
  .strictObject({
    minGroups: z
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .default(TRIANGULATION_DEFAULTS.minGroups)
      .meta({
        description:
          "Optional, default 3: a factor is triangulated when at least this many groups' views of it are published (two views are not triangulation).",
      }),
    gapThreshold: z.number().positive("must be above 0").default(TRIANGULATION_DEFAULTS.gapThreshold).meta({
      description:
        "Optional, default 2: a factor has a perception gap when its highest and lowest group levels differ by at least this; partners disagree when the council-side and partner-side medians differ by at least this.",
    }),
    minRespondents: z
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .default(TRIANGULATION_DEFAULTS.minRespondents)
      .meta({
        description:
          "Optional, default 3: a rating from fewer respondents than this is withheld (suppressed) so nobody can be identified.",
      }),
    minMethods: z
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .default(TRIANGULATION_DEFAULTS.minMethods)
      .meta({
        description:
          "Optional, default 1: a factor is triangulated only when its published ratings also come from at least this many different methods (survey, interview, workshop, document-review).",
      }),
    agreeBelow: z.number().positive("must be above 0").default(TRIANGULATION_DEFAULTS.agreeBelow).meta({
      description:
        "Optional, default 1: a spread below this means the groups agree; from it up to gapThreshold they differ; at or above gapThreshold is a perception gap.",
    }),
  })
  .superRefine((triangulation, ctx) => {
    const { agreeBelow, gapThreshold } = triangulation as { agreeBelow?: unknown; gapThreshold?: unknown };
    if (typeof agreeBelow === "number" && typeof gapThreshold === "number" && agreeBelow > gapThreshold) {
      ctx.addIssue({
        code: "custom",
        path: ["agreeBelow"],
        message: `${agreeBelow} is above gapThreshold (${gapThreshold}): groups cannot agree beyond a perception gap`,
      });
    }
  }, evenWithOtherProblems);

/** The thresholds defaults, applied when framework.json leaves one out. */
export const THRESHOLD_DEFAULTS = {
  targetTolerance: 0.5,
  changeThreshold: 0.5,
  highRiskScore: 15,
  reviewCycleMonths: 24,
  staleAfterMonths: 6,
  renewalWindowMonths: 12,
  minResponseRate: 0.3,
  evidenceMaxAgeMonths: 36,
  responseDueMonths: 3,
} as const;

/**
 * The default of thresholds.mediumRiskScore (version 3). It is not in THRESHOLD_DEFAULTS: the field stays unset when
 * left out, so that a version 2 framework whose highRiskScore is 8 or less stays valid (see riskBandBounds).
 */
export const MEDIUM_RISK_SCORE_DEFAULT = 8;

const months = z.int("must be a whole number of months").min(1, "must be at least 1");

/** The thresholds that turn partnerships, reviews and recommendations into findings that need attention. */
export const findingThresholdsSchema = z
  .strictObject({
    targetTolerance: z.number().min(0, "must be 0 or more").default(THRESHOLD_DEFAULTS.targetTolerance).meta({
      description:
        "Optional, default 0.5: a level within this distance of the target level is at target; further away it is below or above target.",
    }),
    changeThreshold: z.number().positive("must be above 0").default(THRESHOLD_DEFAULTS.changeThreshold).meta({
      description:
        'Optional, default 0.5: "what changed" reports a factor\'s movement between two reviews only when it is at least this.',
    }),
    highRiskScore: z
      .int("must be a whole number from 1 to 25")
      .min(1, "must be from 1 to 25")
      .max(25, "must be from 1 to 25")
      .default(THRESHOLD_DEFAULTS.highRiskScore)
      .meta({
        description:
          "Optional, default 15: a current risk whose residual likelihood × impact is at least this (1 to 25) needs attention.",
      }),
    mediumRiskScore: z
      .int("must be a whole number from 1 to 24")
      .min(1, "must be from 1 to 24")
      .max(24, "must be from 1 to 24")
      .optional()
      .meta({
        description:
          "Optional, default 8 (version 3): a current risk scoring at least this and below highRiskScore is a medium risk, and one scoring less is a low risk; must be below highRiskScore. When it is left out and highRiskScore is 8 or less, there is no medium band.",
      }),
    reviewCycleMonths: months.default(THRESHOLD_DEFAULTS.reviewCycleMonths).meta({
      description:
        "Optional, default 24: without nextReviewDue, a review is due this many months after the latest published review.",
    }),
    staleAfterMonths: months.default(THRESHOLD_DEFAULTS.staleAfterMonths).meta({
      description:
        'Optional, default 6: an open or in-progress recommendation with no published word for this many months is "not updated since" its last word.',
    }),
    renewalWindowMonths: months.default(THRESHOLD_DEFAULTS.renewalWindowMonths).meta({
      description:
        "Optional, default 12: an agreement that ends, or reaches a break clause, within this many months needs attention.",
    }),
    minResponseRate: z
      .number("must be a share from 0 to 1, such as 0.3")
      .min(0, "must be from 0 to 1")
      .max(1, "must be from 0 to 1")
      .default(THRESHOLD_DEFAULTS.minResponseRate)
      .meta({
        description:
          "Optional, default 0.3: a group view whose respondents / invited is below this share (0 to 1) is low response, which lowers confidence.",
      }),
    responseDueMonths: months.default(THRESHOLD_DEFAULTS.responseDueMonths).meta({
      description:
        "Optional, default 3 (version 3): an open or in-progress recommendation with no management response this many months after its review was published has no management response, which needs attention.",
    }),
    evidenceMaxAgeMonths: months.default(THRESHOLD_DEFAULTS.evidenceMaxAgeMonths).meta({
      description:
        "Optional, default 36: a review older than this many months at the build date is dated evidence, which lowers confidence.",
    }),
  })
  .superRefine((thresholds, ctx) => {
    const { mediumRiskScore, highRiskScore } = thresholds as { mediumRiskScore?: unknown; highRiskScore?: unknown };
    if (typeof mediumRiskScore === "number" && typeof highRiskScore === "number" && mediumRiskScore >= highRiskScore) {
      ctx.addIssue({
        code: "custom",
        path: ["mediumRiskScore"],
        message: `${mediumRiskScore} is not below highRiskScore (${highRiskScore}): a medium risk must score less than a high one`,
      });
    }
  }, evenWithOtherProblems);

/** Returns the position and id of every item whose id an earlier item already has; items without a text id are skipped. */
function duplicateIds(items: unknown): { index: number; id: string }[] {
  if (!Array.isArray(items)) return [];
  const seen = new Set<string>();
  return items.flatMap((item: unknown, index) => {
    const id: unknown = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== "string") return [];
    if (seen.has(id)) return [{ index, id }];
    seen.add(id);
    return [];
  });
}

/** Returns the spectrum level's order when it is a whole number, else undefined. */
function orderOf(level: unknown): number | undefined {
  const order: unknown = typeof level === "object" && level !== null ? (level as { order?: unknown }).order : undefined;
  return Number.isInteger(order) ? (order as number) : undefined;
}

/** framework.json: the assessment framework (spectrum levels, factors, stakeholder groups). */
export const frameworkSchema = z
  .strictObject({
    id: text.meta({ description: 'The framework\'s id. Example: "exmoor-collaboration".' }),
    version: text.meta({
      description: 'The framework\'s version, so readers know which edition a review used. Example: "2.1".',
    }),
    name: text.meta({ description: 'The framework\'s name. Example: "Exmoor partnership health framework".' }),
    basedOn: text.optional().meta({
      description: 'Optional: the standard or model the framework draws on. Example: "BS 11000 / ISO 44001".',
    }),
    spectrum: z
      .array(spectrumLevelSchema)
      .min(2, "needs at least 2 levels")
      .meta({ description: "The spectrum levels, low to high; at least 2." }),
    factors: z
      .array(factorSchema)
      .min(1, "needs at least 1 factor")
      .meta({ description: "The factors each group rates; at least 1." }),
    stakeholderGroups: z
      .array(stakeholderGroupSchema)
      .min(2, "needs at least 2 groups")
      .meta({ description: "The stakeholder groups; at least 2." }),
    triangulation: triangulationSchema
      .default({ ...TRIANGULATION_DEFAULTS })
      .meta({ description: "Optional: the triangulation thresholds; every one has a default." }),
    thresholds: findingThresholdsSchema.default({ ...THRESHOLD_DEFAULTS }).meta({
      description:
        "Optional: the thresholds for target fit, change, risk, review cycle, staleness and renewal; every one has a default.",
    }),
  })
  .superRefine((framework, ctx) => {
    for (const list of ["spectrum", "factors", "stakeholderGroups"] as const) {
      for (const { index, id } of duplicateIds(framework[list])) {
        ctx.addIssue({ code: "custom", path: [list, index, "id"], message: `"${id}" is used more than once` });
      }
    }
    const spectrum: unknown[] = Array.isArray(framework.spectrum) ? framework.spectrum : [];
    const first = orderOf(spectrum[0]);
    spectrum.forEach((level, index) => {
      const order = orderOf(level);
      if (index === 0 || first === undefined || order === undefined || order === first + index) return;
      ctx.addIssue({
        code: "custom",
        path: ["spectrum", index, "order"],
        message: `${order} should be ${first + index}: orders must be consecutive whole numbers in ascending order`,
      });
    });
  }, evenWithOtherProblems);

/** The framework after defaults are applied. */
export type Framework = z.output<typeof frameworkSchema>;
/** One spectrum level. */
export type SpectrumLevel = z.output<typeof spectrumLevelSchema>;
/** One factor. */
export type Factor = z.output<typeof factorSchema>;
/** One stakeholder group. */
export type StakeholderGroup = z.output<typeof stakeholderGroupSchema>;
/** The triangulation thresholds after defaults. */
export type Thresholds = z.output<typeof triangulationSchema>;
/** The finding thresholds after defaults. */
export type FindingThresholds = z.output<typeof findingThresholdsSchema>;
/** A stakeholder group's side. */
export type GroupSide = (typeof GROUP_SIDES)[number];

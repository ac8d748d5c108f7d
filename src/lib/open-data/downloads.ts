import { REASON_CODES } from "../needs-attention.ts";
import { CONFIDENCE_LEVELS } from "../findings/confidence.ts";
import { z } from "zod";
import {
  COST_BENEFIT_BASES,
  ALL_COST_BENEFIT_KINDS,
  BENEFIT_CATEGORIES,
  PARTNERSHIP_BASES,
  PARTNERSHIP_FORMS,
  PARTNERSHIP_STATUSES,
  PRIORITIES,
  POLARITIES,
  RATING_METHODS,
  RECOMMENDATION_STATUSES,
  REVIEW_TYPES,
  RISK_CATEGORIES,
  factorSchema,
  partnerSchema,
  spectrumLevelSchema,
  stakeholderGroupSchema,
  triangulationSchema,
  findingThresholdsSchema,
  ASSURANCE_OPINIONS,
  FACTOR_HEALTHS,
  LIFECYCLE_STAGES,
  RESPONSE_DECISIONS,
  RISK_CARRIERS,
  RISK_TRENDS,
  accountabilitySchema,
  agreementSchema,
  type FindingThresholds,
} from "../../schema/index.ts";
import { inherentScore, riskBandBounds, riskScore } from "../risks.ts";
import { COUNCIL_ANNUAL_COST_SOURCES } from "../costs-benefits.ts";
import { FIT_POSITIONS } from "../target-fit.ts";
import { groupLabel } from "../format.ts";
import { levelLabel, levelValue } from "../levels.ts";
import { releaseDate } from "../publication.ts";
import type { PublicPartnership, PublicReview, SiteModel, TrackedRecommendation } from "../site-model.ts";
import { partnershipPath, recommendationPath, reviewPath } from "../urls.ts";
import { citation } from "./citation.ts";
import { absoluteUrl, dataPath, partnershipDataPath, partnershipFeedPath } from "../links.ts";
import { CALENDAR_EVENT_KINDS, CALENDAR_MONTHS_BACK, calendarEvents, calendarStart } from "../findings/calendar.ts";
import { calendarUid } from "./calendar-ics.ts";
import type { FieldType } from "./datasets.ts";

// The download shapes are written out here rather than derived from the content schemas: a download
// holds only what may be published, adds derived figures, and its dates are plain YYYY-MM-DD strings.

const date = (description: string) => z.iso.date().meta({ description: `${description}, YYYY-MM-DD.` });
const link = (description: string) => z.url().meta({ description });
const words = (description: string) => z.string().meta({ description });
const count = (description: string) => z.int().min(0).meta({ description });
const id = (description: string) => z.string().meta({ description });

const schemaLink = link("The address of the JSON Schema this file follows.");

/** Who publishes the data, under what licence, how to cite it and when it was built. */
export const aboutSchema = z
  .strictObject({
    title: words("The site's name."),
    publisher: words("The organisation that publishes the reviews."),
    orgId: id(
      "The publishing organisation's identifier in org-id.guide form, such as GB-LAE-KSF (site.json organisation.orgId); a federation of councils' sites knows each member by it. Left out when the site gives none.",
    ).optional(),
    homepage: link("The site's home page."),
    documentation: link("The open data page: every file, its columns, the licence and how to cite."),
    licence: z.strictObject({
      name: words("The licence the data is published under."),
      url: link("The licence's web address."),
      attribution: words("The sentence re-users must include when they use the data."),
    }),
    citation: words("How to cite the data."),
    built: date("The date the data was built: every status, overdue flag and embargo is as at this date"),
  })
  .meta({ description: "Who publishes the data, the licence, how to cite it, and when it was built." });

/** framework.json as published: the assessment framework, with every default filled in. */
export const frameworkDownloadSchema = z
  .strictObject({
    $schema: schemaLink,
    id: words("The framework's id."),
    version: words("The framework's version."),
    name: words("The framework's name."),
    basedOn: words("The standard or model the framework draws on.").optional(),
    spectrum: z
      .array(spectrumLevelSchema)
      .meta({ description: "The collaboration spectrum's levels, lowest first; ratings use their order scale." }),
    factors: z.array(factorSchema).meta({ description: "The factors each stakeholder group rates." }),
    stakeholderGroups: z.array(stakeholderGroupSchema).meta({ description: "The stakeholder groups." }),
    triangulation: triangulationSchema.meta({
      description:
        "minGroups: groups needed for a factor to be triangulated; minMethods: methods needed too; agreeBelow: spread below which groups agree; gapThreshold: spread that counts as a perception gap; minRespondents: below this a rating is withheld.",
    }),
    thresholds: findingThresholdsSchema.meta({
      description:
        "targetTolerance, changeThreshold, highRiskScore, mediumRiskScore, reviewCycleMonths, staleAfterMonths and renewalWindowMonths: the thresholds that turn content into findings that need attention. A risk scoring at least highRiskScore is high, at least mediumRiskScore medium, and below it low.",
    }),
  })
  .meta({ description: "The assessment framework: spectrum levels, factors and stakeholder groups." });

const ratingDownloadSchema = z.strictObject({
  group: id("The stakeholder group's id, from framework.json."),
  groupLabel: words("The stakeholder group's name."),
  level: z.number().meta({ description: "The group's level on the spectrum's order scale; may be fractional." }),
  levelLabel: words(
    "The name of the spectrum level nearest to the level as shown, rounded half up to one decimal place (ties go up).",
  ),
  respondents: z.int().min(1).meta({ description: "How many people gave this view." }).optional(),
  invited: z.int().min(1).meta({ description: "How many of the group were asked." }).optional(),
  responseRate: z
    .number()
    .min(0)
    .max(1)
    .meta({ description: "respondents / invited, to three decimal places; left out unless both are given." })
    .optional(),
  lowResponse: z
    .boolean()
    .meta({ description: "true when the response rate is below the framework's minResponseRate, compared unrounded." })
    .optional(),
  method: z.enum(RATING_METHODS).meta({ description: "How the view was gathered." }).optional(),
  comment: words("An anonymised comment, published as written.").optional(),
});

const factorReadingSchema = z.strictObject({
  factor: id("The factor's id, from framework.json."),
  factorLabel: words("The factor's name."),
  consensus: z
    .number()
    .meta({
      description:
        "The median of the published group levels, rounded half up to one decimal place as the pages show it; left out when no group's view is published.",
    })
    .optional(),
  consensusLabel: words(
    "The consensus as every page shows it: the number and the nearest level's name, such as 4.0 (Cooperating).",
  ).optional(),
  spread: z
    .number()
    .min(0)
    .meta({
      description:
        "The highest published group level minus the lowest, rounded to one decimal place; left out for fewer than two published views.",
    })
    .optional(),
  triangulated: z
    .boolean()
    .meta({ description: "true when enough groups' views are published (framework minGroups)." }),
  perceptionGap: z
    .boolean()
    .meta({ description: "true when the spread reaches the framework's gapThreshold: the groups disagree." }),
  agreement: z
    .enum(["agree", "differ", "gap"])
    .meta({
      description:
        "agree: spread below agreeBelow; differ: from agreeBelow to below gapThreshold; gap: at or above gapThreshold. Left out for fewer than two published views.",
    })
    .optional(),
  agreementLabel: words("The agreement band in words, as the pages say it.").optional(),
  partnersDisagree: z.boolean().meta({
    description: "true when the council-side and partner-side groups' medians differ by at least gapThreshold.",
  }),
  fit: z
    .strictObject({
      position: z.enum(FIT_POSITIONS),
      label: words("The fit in words, as the pages say it."),
    })
    .meta({ description: "The consensus against the partnership's target level; left out without both." })
    .optional(),
  findings: z.array(z.string()).meta({ description: "The factor's findings in words, as the pages list them." }),
  confidence: z
    .strictObject({
      level: z.enum(CONFIDENCE_LEVELS),
      reasons: z.array(z.string()).meta({ description: "Why it is not high, in words; empty when high." }),
      label: words("The confidence in words, as the pages say it."),
    })
    .meta({ description: "How sure the finding is (content model version 3)." }),
  weighting: z
    .strictObject({
      level: z.number().meta({ description: "The respondent-weighted mean of the published group levels, as shown." }),
      label: words("The weighted level as the pages show it."),
      sensitive: z.boolean().meta({ description: "true when it and the consensus name different levels or fits." }),
    })
    .meta({ description: "The weighting check; left out with fewer than two groups giving respondents." })
    .optional(),
  performanceGap: z
    .boolean()
    .meta({
      description:
        "true when the reading of the factor and its performance indicators disagree; left out without an indicator with a target.",
    })
    .optional(),
  withheld: count("How many group ratings of this factor were withheld because too few people gave them."),
  ratings: z
    .array(ratingDownloadSchema)
    .meta({ description: "The published group ratings, in framework group order." }),
});

const riskDownloadSchema = z.strictObject({
  id: id("The risk's id, unique within its review."),
  category: z.enum(RISK_CATEGORIES).meta({ description: "One of the six common partnership risks, or other." }),
  title: words("The risk in a short sentence."),
  likelihood: z.int().min(1).max(5).meta({ description: "How likely, 1 (rare) to 5 (almost certain)." }),
  impact: z.int().min(1).max(5).meta({ description: "How serious, 1 (minimal) to 5 (severe)." }),
  score: z.int().min(1).max(25).meta({ description: "likelihood × impact: the residual (current) score." }),
  inherentLikelihood: z.int().min(1).max(5).meta({ description: "How likely before mitigation, 1 to 5." }).optional(),
  inherentImpact: z.int().min(1).max(5).meta({ description: "How serious before mitigation, 1 to 5." }).optional(),
  inherentScore: z
    .int()
    .min(1)
    .max(25)
    .meta({ description: "inherentLikelihood × inherentImpact, when both are given." })
    .optional(),
  carriedBy: z.enum(RISK_CARRIERS).optional(),
  trend: z.enum(RISK_TRENDS).optional(),
  mitigation: words("What is being done about it.").optional(),
  ownerRole: words("The role that owns the risk.").optional(),
});

const statusSchema = z.enum(RECOMMENDATION_STATUSES);

const recommendationDownloadSchema = z.strictObject({
  id: id("The recommendation's permanent id, unique across the site."),
  text: words("What should be done."),
  priority: z.enum(PRIORITIES),
  factor: id("The id of the factor it addresses.").optional(),
  ownerRole: words("The role that owns it.").optional(),
  due: date("When it is due").optional(),
  statusAsMade: statusSchema.meta({ description: "Its status as at the review that made it." }),
  currentStatus: statusSchema.meta({
    description: "Its status now, from the latest published review reporting on it.",
  }),
  asAt: date("The date its current status stands as at: the latest published word, else the review's date"),
  overdue: z
    .boolean()
    .meta({ description: "true when it was due before the build date and is still open or in progress." }),
  stale: z.boolean().meta({
    description:
      "true when it is open or in progress with no published word for the framework's staleAfterMonths; apart from overdue.",
  }),
  response: z
    .strictObject({
      decision: z.enum(RESPONSE_DECISIONS),
      text: words("The management response in its own words.").optional(),
      date: date("The date of the response").optional(),
    })
    .meta({ description: "The management response to the recommendation." })
    .optional(),
  updates: z
    .array(
      z.strictObject({
        source: z.enum(["review", "update"]).meta({
          description: "review: a later review's word; update: a progress update file between reviews.",
        }),
        reviewId: id("The later review that reported on it; for a progress update, its date."),
        reviewDate: date("The date of that review or progress update"),
        authorRole: words("For a progress update, the role that reported the progress.").optional(),
        status: statusSchema,
        note: words("What had happened.").optional(),
      }),
    )
    .meta({ description: "What later published reviews and progress updates said about it, oldest first." }),
  url: link("The recommendation on its review's web page."),
});

const reviewDownloadSchema = z.strictObject({
  id: id("The review's permanent id, unique within its partnership."),
  title: words("The report's title."),
  date: date("The date of the report"),
  publishDate: date("The date it was published (its embargo date, or the report date)"),
  status: z.enum(["published", "withdrawn"]).meta({
    description: "withdrawn: the review keeps its page, but its findings no longer stand and are left out here.",
  }),
  withdrawnDate: date("The date it was withdrawn").optional(),
  withdrawnReason: words("Why it was withdrawn.").optional(),
  reviewer: words("The organisation or team that carried out the review."),
  reviewType: z.enum(REVIEW_TYPES),
  scope: words("What the review covered and what it left out.").optional(),
  assessedLevel: id("The spectrum level id where the reviewer places the partnership overall."),
  assurance: z.enum(ASSURANCE_OPINIONS).meta({ description: "The reviewer's assurance opinion." }).optional(),
  current: z.boolean().meta({ description: "true for the partnership's latest published review by date." }),
  summary: words("The review's summary."),
  url: link("The review's web page."),
  ratingsWithheld: count("How many group ratings were withheld because too few people gave them."),
  factors: z
    .array(factorReadingSchema)
    .meta({ description: "One reading per framework factor; empty when withdrawn." }),
  indicators: z
    .array(
      z.strictObject({
        id: id("The indicator's id, unique within its review."),
        name: words("What is measured."),
        unit: words("The unit of actual, target and previous."),
        polarity: z.enum(POLARITIES),
        period: words("The period the figure covers."),
        actual: z.number(),
        target: z.number().optional(),
        previous: z.number().optional(),
        met: z.boolean().meta({ description: "With a target: at or better than it, by polarity." }).optional(),
        trend: z.enum(["improving", "steady", "worsening"]).optional(),
        source: words("Where the figure comes from.").optional(),
        factor: id("The framework factor it is evidence for.").optional(),
      }),
    )
    .meta({ description: "Performance indicators (content model version 3); empty when withdrawn." }),
  factorJudgements: z
    .array(
      z.strictObject({
        factor: id("The factor's id."),
        health: z.enum(FACTOR_HEALTHS),
        finding: words("The finding behind the judgement."),
      }),
    )
    .meta({ description: "The reviewer's judgement of how well each factor works; empty when withdrawn." }),
  risks: z.array(riskDownloadSchema).meta({ description: "Risks found by the review; empty when withdrawn." }),
  recommendations: z
    .array(recommendationDownloadSchema)
    .meta({ description: "Recommendations the review made; empty when withdrawn." }),
  recommendationUpdates: z
    .array(
      z.strictObject({
        id: id("The earlier recommendation's id."),
        status: statusSchema,
        note: words("What has happened since.").optional(),
      }),
    )
    .meta({ description: "This review's word on recommendations of earlier reviews; empty when withdrawn." }),
  goodPractice: z
    .array(
      z.strictObject({
        title: words("A short title."),
        description: words("What was done and why it worked."),
        factor: id("The id of the factor it relates to.").optional(),
      }),
    )
    .meta({ description: "Transferable good practice; empty when withdrawn." }),
  costsBenefits: z
    .array(
      z.strictObject({
        kind: z.enum(ALL_COST_BENEFIT_KINDS),
        description: words("What it is."),
        amount: z.number().min(0).meta({ description: "The amount in pounds sterling." }).optional(),
        period: words("The period it covers, such as 2024/25.").optional(),
        basis: z.enum(COST_BENEFIT_BASES),
        benefitCategory: z.enum(BENEFIT_CATEGORIES).optional(),
        cashable: z
          .boolean()
          .meta({ description: "Savings and income only: true when the money can be taken out or spent." })
          .optional(),
        councilShare: z.number().min(0).meta({ description: "The council's share of the amount, pounds." }).optional(),
        expected: z
          .number()
          .min(0)
          .meta({ description: "The business case's figure for the line, pounds." })
          .optional(),
      }),
    )
    .meta({
      description:
        "Costs, savings, income, cost avoidance and benefits; empty when withdrawn. Never add cashable savings, cost avoidance and benefits together.",
    }),
});

const partnershipDownloadSchema = z.strictObject({
  slug: id("The partnership's permanent id, as in its web address."),
  name: words("The partnership's name."),
  summary: words("A one- or two-sentence summary."),
  form: z.enum(PARTNERSHIP_FORMS),
  basis: z.enum(PARTNERSHIP_BASES),
  statutoryRef: words("The Act or duty, for a statutory partnership.").optional(),
  serviceArea: words("The service area."),
  partners: z.array(partnerSchema).meta({ description: "The partner organisations." }),
  jointId: id(
    "The identifier every council publishing this joint partnership gives it, as the author wrote it, so that a federation can match their readings of it.",
  ).optional(),
  leadRole: words("The lead officer's role title."),
  governanceBody: words("The board or committee that governs the partnership.").optional(),
  startDate: date("The date it started"),
  endDate: date("The date it ended or will end").optional(),
  annualValue: z.number().min(0).meta({ description: "The annual value in pounds sterling." }).optional(),
  councilAnnualCost: z
    .strictObject({
      amount: z.number().min(0).meta({ description: "Pounds a year." }),
      from: z.enum(COUNCIL_ANNUAL_COST_SOURCES).meta({
        description:
          "stated: the partnership's own figure; share: councilSharePercent of annualValue, rounded to the pound.",
      }),
    })
    .meta({
      description:
        "What the publishing council pays into the partnership in a year, as partnerships.csv gives it in council_annual_cost and council_annual_cost_from: its stated cost, else its share of annualValue rounded to the pound; never added to annualValue. Left out without either.",
    })
    .optional(),
  targetLevel: id("The spectrum level id the partnership should have.").optional(),
  fit: z
    .strictObject({
      position: z.enum(FIT_POSITIONS),
      label: words("The fit in words, as the partnership page and the register say it."),
    })
    .meta({
      description:
        "The current review's assessedLevel against targetLevel, whatever the status (only active partnerships count in portfolio figures): within targetTolerance is at target; above target is more joint working than the partnership's purpose needs, never a success. Left out without both.",
    })
    .optional(),
  status: z.enum(PARTNERSHIP_STATUSES),
  tags: z.array(z.string()).optional(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  agreement: agreementSchema.optional(),
  nextReviewDue: date("The date the next review is due, as the author set it").optional(),
  reviewDue: date(
    "The date the next review is due: nextReviewDue, else the current review's date plus reviewCycleMonths",
  ),
  accountability: accountabilitySchema.optional(),
  exitArrangements: words("How the partnership would end.").optional(),
  needsAttention: z.array(z.string()).meta({
    description: "Why the partnership needs attention, in words, most serious first; always empty unless active.",
  }),
  confidence: z
    .strictObject({
      level: z.enum([...CONFIDENCE_LEVELS, "not-assessed"]),
      label: words("The headline confidence in words."),
    })
    .meta({ description: "The lowest confidence among the current review's factors with a published view." }),
  needsAttentionCodes: z.array(z.enum(REASON_CODES)).meta({
    description:
      "The stable code of each reason in needsAttention, in the same order, so that sites can compare reasons by code, not words.",
  }),
  progressUpdates: z
    .array(
      z.strictObject({
        date: date("The date of the progress update"),
        authorRole: words("The role that reported the progress."),
        recommendationUpdates: z.array(
          z.strictObject({
            id: id("The recommendation's id."),
            status: statusSchema,
            note: words("What had happened.").optional(),
          }),
        ),
      }),
    )
    .meta({ description: "Published progress updates between reviews, newest first." }),
  url: link("The partnership's web page."),
  dataUrl: link("This partnership's JSON download."),
  feedUrl: link("This partnership's Atom feed of published reviews."),
  currentReview: id("The id of the current review: the latest published review by date.").optional(),
  reviews: z.array(reviewDownloadSchema).meta({
    description: "Reviews with a public page, newest first: published ones, and withdrawn ones with their reason.",
  }),
});

/** data/all.json: everything published, nested: the framework, and each partnership with its reviews. */
export const allDownloadSchema = z
  .strictObject({
    $schema: schemaLink,
    about: aboutSchema,
    framework: frameworkDownloadSchema.omit({ $schema: true }),
    partnerships: z.array(partnershipDownloadSchema).meta({ description: "Every partnership, by name." }),
  })
  .meta({ description: "Everything the site publishes, nested: the framework, the partnerships and their reviews." });

/** partnerships/<slug>/data.json: one partnership with its published reviews. */
export const partnershipFileSchema = z
  .strictObject({
    $schema: schemaLink,
    about: aboutSchema,
    framework: link("framework.json: the spectrum levels, factors and stakeholder groups the ids refer to."),
    partnership: partnershipDownloadSchema,
  })
  .meta({ description: "One partnership and its reviews, as published." });

const calendarEventSchema = z.strictObject({
  uid: id(
    "The event's permanent id, the same as its UID in calendar.ics: its kind, partnership and what it is about, never its date, so an event whose date moves keeps it.",
  ),
  date: date("The day of the event, all day"),
  kind: z.enum(CALENDAR_EVENT_KINDS).meta({
    description:
      "What kind of date it is; a decision-point is the last day to give notice for a break clause or for the agreement's end.",
  }),
  partnership: id("The partnership's slug, as in partnerships.csv."),
  partnershipName: words("The partnership's name."),
  about: id(
    "What the event is about within its partnership: a recommendation's or committee resolution's id, or agreement, agreement-end, breakClause (breakClause-2 and so on when there are several) or nextReview.",
  ),
  title: words("The event in words, without the partnership's name, as the calendar page and calendar.ics give it."),
  url: link("Its evidence on the site: the agreement, the partnership, the recommendation or the resolution."),
});

/** data/calendar.json: the calendar's events, the same as /calendar/ and calendar.ics. */
export const calendarDownloadSchema = z
  .strictObject({
    $schema: schemaLink,
    about: aboutSchema,
    from: date(`The earliest date listed, ${CALENDAR_MONTHS_BACK} months before the build date`),
    events: z.array(calendarEventSchema).meta({
      description:
        "Every event of an active partnership from the date in from onwards, by date, then partnership name, then kind.",
    }),
  })
  .meta({
    description:
      "The dates a committee's work programme needs, for active partnerships: decision points, break clauses, agreement ends, reviews due, and the due dates of open or in-progress recommendations and committee resolutions.",
  });

/** The type of data/all.json. */
export type AllDownload = z.output<typeof allDownloadSchema>;
/** The type of data/framework.json. */
export type FrameworkDownload = z.output<typeof frameworkDownloadSchema>;
/** The type of partnerships/<slug>/data.json. */
export type PartnershipFile = z.output<typeof partnershipFileSchema>;
/** The type of data/calendar.json. */
export type CalendarDownload = z.output<typeof calendarDownloadSchema>;
type PartnershipDownload = z.output<typeof partnershipDownloadSchema>;
type ReviewDownload = z.output<typeof reviewDownloadSchema>;
type RecommendationDownload = z.output<typeof recommendationDownloadSchema>;

/** One JSON download with the JSON Schema published beside it. */
export interface JsonDownload {
  /** The site-relative path of the file, such as "data/all.json"; "<slug>" stands for every partnership. */
  path: string;
  /** The site-relative path of its JSON Schema. */
  schemaPath: string;
  title: string;
  description: string;
  schema: z.ZodType;
  /** True when the open data page lists the file's fields, as it lists each CSV's columns. */
  dictionary?: boolean;
}

/** The JSON downloads, each with its schema. */
export const JSON_DOWNLOADS = {
  all: {
    path: dataPath("all.json"),
    schemaPath: dataPath("all.schema.json"),
    title: "Everything published",
    description:
      "The framework, every partnership and every review with a public page, nested, with ratings, risks, recommendations (and their current status), good practice, and costs and benefits.",
    schema: allDownloadSchema,
  },
  framework: {
    path: dataPath("framework.json"),
    schemaPath: dataPath("framework.schema.json"),
    title: "Assessment framework",
    description: "The collaboration spectrum's levels, the factors and the stakeholder groups that every id refers to.",
    schema: frameworkDownloadSchema,
  },
  partnership: {
    path: partnershipDataPath("<slug>"),
    schemaPath: dataPath("partnership.schema.json"),
    title: "One partnership",
    description:
      "One partnership and its reviews, in the same shape as in all.json, at each partnership's own address.",
    schema: partnershipFileSchema,
  },
  calendar: {
    path: dataPath("calendar.json"),
    schemaPath: dataPath("calendar.schema.json"),
    title: "Calendar",
    description:
      "The calendar's dates for active partnerships, the same as the calendar page and calendar.ics: decision points, break clauses, agreement ends, reviews due, and the due dates of open recommendations and committee resolutions, from 12 months before the build date.",
    schema: calendarDownloadSchema,
    dictionary: true,
  },
} as const satisfies Record<string, JsonDownload>;

/** Returns the JSON Schema (draft 2020-12) of a download, with its own address as $id. */
export function jsonSchemaOf(download: JsonDownload, root: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(download.schema, { target: "draft-2020-12", io: "output" });
  return {
    $schema,
    $id: absoluteUrl(root, download.schemaPath),
    title: download.title,
    ...rest,
  };
}

/** One field of a JSON download as the open data page lists it: its path, such as "events[].date", and meaning. */
export interface JsonField {
  name: string;
  type: FieldType | "url" | "object" | "list";
  description: string;
  /** True when the field is always there; otherwise it may be left out. */
  required: boolean;
  values?: readonly string[];
}

/** A property of a JSON Schema, as far as the field dictionary reads it. */
interface SchemaProperty {
  type?: string;
  format?: string;
  description?: string;
  enum?: string[];
  properties?: Record<string, SchemaProperty>;
  required?: string[];
  items?: SchemaProperty;
}

/** Returns the dictionary of a JSON download: each field with its type and meaning, from its zod schema's words. */
export function jsonFields(download: JsonDownload): JsonField[] {
  const walk = (schema: SchemaProperty, prefix: string): JsonField[] =>
    Object.entries(schema.properties ?? {}).flatMap(([key, property]): JsonField[] => {
      const name = `${prefix}${key}`;
      const field = (type: JsonField["type"]): JsonField => ({
        name,
        type,
        description: property.description ?? "",
        required: schema.required?.includes(key) ?? false,
        ...(property.enum === undefined ? {} : { values: property.enum }),
      });
      if (property.type === "array" && property.items?.type === "object") {
        return [field("list"), ...walk(property.items, `${name}[].`)];
      }
      if (property.type === "object") return [field("object")];
      if (property.format === "date") return [field("date")];
      if (property.format === "uri") return [field("url")];
      const type = property.type;
      return [field(type === "integer" || type === "number" || type === "boolean" ? type : "string")];
    });
  return walk(z.toJSONSchema(download.schema, { io: "output" }) as SchemaProperty, "");
}

/** Returns data/calendar.json: the calendar's events, as the calendar page and calendar.ics list them. */
export function calendarDownload(model: SiteModel, root: string): CalendarDownload {
  const host = new URL(root).host;
  return {
    $schema: absoluteUrl(root, JSON_DOWNLOADS.calendar.schemaPath),
    about: aboutData(model, root),
    from: calendarStart(model.today),
    events: calendarEvents(model.partnerships, model.today).map((event) => ({
      uid: calendarUid(event, host),
      date: event.date,
      kind: event.kind,
      partnership: event.partnership.slug,
      partnershipName: event.partnership.name,
      about: event.about,
      title: event.title,
      url: absoluteUrl(root, event.path),
    })),
  };
}

/** Returns the about block: publisher, licence, citation and build date. */
export function aboutData(model: SiteModel, root: string): z.output<typeof aboutSchema> {
  const { site } = model;
  return {
    title: site.title,
    publisher: site.organisation.name,
    ...(site.organisation.orgId === undefined ? {} : { orgId: site.organisation.orgId }),
    homepage: root,
    documentation: absoluteUrl(root, dataPath("")),
    licence: { name: site.licence.name, url: site.licence.url, attribution: site.licence.attribution },
    citation: citation(model, root),
    built: model.today,
  };
}

/** Returns the framework with its defaults, as data/framework.json and all.json hold it. */
function frameworkData(model: SiteModel): Omit<FrameworkDownload, "$schema"> {
  const {
    id: frameworkId,
    version,
    name,
    basedOn,
    spectrum,
    factors,
    stakeholderGroups,
    triangulation,
    thresholds,
  } = model.framework;
  return {
    id: frameworkId,
    version,
    name,
    ...(basedOn === undefined ? {} : { basedOn }),
    spectrum,
    factors,
    stakeholderGroups,
    triangulation,
    thresholds: withRiskBands(thresholds),
  };
}

/** Returns the thresholds with mediumRiskScore as the band rule reads it, when there is a medium band at all. */
function withRiskBands(thresholds: FindingThresholds): FindingThresholds {
  const { high, medium } = riskBandBounds(thresholds);
  return medium < high ? { ...thresholds, mediumRiskScore: medium } : thresholds;
}

/** Returns data/framework.json. */
export function frameworkDownload(model: SiteModel, root: string): FrameworkDownload {
  return { $schema: absoluteUrl(root, JSON_DOWNLOADS.framework.schemaPath), ...frameworkData(model) };
}

function recommendationData(item: TrackedRecommendation, root: string): RecommendationDownload {
  const { recommendation } = item;
  return {
    id: recommendation.id,
    text: recommendation.text,
    priority: recommendation.priority,
    ...(recommendation.factor === undefined ? {} : { factor: recommendation.factor }),
    ...(recommendation.ownerRole === undefined ? {} : { ownerRole: recommendation.ownerRole }),
    ...(recommendation.due === undefined ? {} : { due: recommendation.due }),
    statusAsMade: recommendation.status,
    currentStatus: item.status,
    asAt: item.asAt,
    overdue: item.overdue,
    stale: item.stale,
    ...(recommendation.response === undefined
      ? {}
      : {
          response: {
            decision: recommendation.response.decision,
            ...(recommendation.response.text === undefined ? {} : { text: recommendation.response.text }),
            ...(recommendation.response.date === undefined ? {} : { date: recommendation.response.date }),
          },
        }),
    updates: item.history.map((update) => ({
      source: update.source,
      reviewId: update.reviewId,
      reviewDate: update.reviewDate,
      ...(update.source === "update" && update.authorRole !== undefined ? { authorRole: update.authorRole } : {}),
      status: update.status,
      ...(update.note === undefined ? {} : { note: update.note }),
    })),
    url: absoluteUrl(root, recommendationPath(item.partnership, item.reviewId, recommendation.id)),
  };
}

function reviewData(
  model: SiteModel,
  partnership: PublicPartnership,
  review: PublicReview,
  root: string,
): ReviewDownload {
  const { framework } = model;
  const { meta } = review;
  // A withdrawn review's findings no longer stand: it is listed with its reason, without them.
  const findings = review.published;
  return {
    id: review.id,
    title: meta.title,
    date: meta.date,
    publishDate: releaseDate(meta),
    status: review.published ? "published" : "withdrawn",
    ...(meta.withdrawnDate === undefined ? {} : { withdrawnDate: meta.withdrawnDate }),
    ...(meta.withdrawnReason === undefined ? {} : { withdrawnReason: meta.withdrawnReason }),
    reviewer: meta.reviewer,
    reviewType: meta.reviewType,
    ...(meta.scope === undefined ? {} : { scope: meta.scope }),
    assessedLevel: meta.assessedLevel,
    ...(meta.assurance === undefined ? {} : { assurance: meta.assurance }),
    current: partnership.current?.id === review.id,
    summary: meta.summary,
    url: absoluteUrl(root, reviewPath(partnership.slug, review.id)),
    ratingsWithheld: findings ? review.withheld : 0,
    factors: !findings
      ? []
      : review.findings.map(({ reading, ...finding }) => ({
          factor: reading.factor,
          factorLabel: finding.label,
          ...(finding.consensus === undefined
            ? {}
            : { consensus: finding.consensus.shown, consensusLabel: finding.consensus.text }),
          // The finding's spread, as every page and factors.csv state it: none with fewer than two views.
          ...(finding.spread === undefined ? {} : { spread: levelValue(finding.spread.value) }),
          triangulated: reading.triangulated,
          perceptionGap: reading.gap,
          ...(finding.agreement === undefined
            ? {}
            : { agreement: finding.agreement.band, agreementLabel: finding.agreement.words }),
          partnersDisagree: reading.partnersDisagree,
          ...(finding.fit === undefined ? {} : { fit: { position: finding.fit.position, label: finding.fit.words } }),
          findings: finding.words,
          confidence: {
            level: finding.confidence.level,
            reasons: finding.confidence.reasons,
            label: finding.confidence.words,
          },
          ...(finding.weighting === undefined
            ? {}
            : {
                weighting: {
                  level: finding.weighting.weighted.shown,
                  label: finding.weighting.weighted.text,
                  sensitive: finding.weighting.sensitive,
                },
              }),
          ...(finding.performance === undefined ? {} : { performanceGap: finding.performance.gap }),
          withheld: reading.withheld,
          ratings: reading.ratings.map((rating) => ({
            group: rating.group,
            groupLabel: groupLabel(framework, rating.group),
            level: rating.level,
            levelLabel: levelLabel(framework.spectrum, rating.level),
            ...(rating.respondents === undefined ? {} : { respondents: rating.respondents }),
            ...(rating.invited === undefined ? {} : { invited: rating.invited }),
            ...(rating.respondents === undefined || rating.invited === undefined
              ? {}
              : {
                  responseRate: Math.round((rating.respondents / rating.invited) * 1000) / 1000,
                  lowResponse: rating.respondents / rating.invited < framework.thresholds.minResponseRate,
                }),
            ...(rating.method === undefined ? {} : { method: rating.method }),
            ...(rating.comment === undefined ? {} : { comment: rating.comment }),
          })),
        })),
    indicators: !findings
      ? []
      : review.indicators.map(({ indicator, met, trend }) => ({
          ...indicator,
          ...(met === undefined ? {} : { met }),
          ...(trend === undefined ? {} : { trend }),
        })),
    factorJudgements: !findings
      ? []
      : review.factorJudgements.map(({ factor, health, finding }) => ({ factor, health, finding })),
    risks: !findings
      ? []
      : review.risks.map((risk) => ({
          id: risk.id,
          category: risk.category,
          title: risk.title,
          likelihood: risk.likelihood,
          impact: risk.impact,
          score: riskScore(risk),
          ...(risk.inherentLikelihood === undefined ? {} : { inherentLikelihood: risk.inherentLikelihood }),
          ...(risk.inherentImpact === undefined ? {} : { inherentImpact: risk.inherentImpact }),
          ...(inherentScore(risk) === undefined ? {} : { inherentScore: inherentScore(risk) }),
          ...(risk.carriedBy === undefined ? {} : { carriedBy: risk.carriedBy }),
          ...(risk.trend === undefined ? {} : { trend: risk.trend }),
          ...(risk.mitigation === undefined ? {} : { mitigation: risk.mitigation }),
          ...(risk.ownerRole === undefined ? {} : { ownerRole: risk.ownerRole }),
        })),
    recommendations: !findings
      ? []
      : review.recommendations.flatMap((recommendation) => {
          const tracked = model.recommendationsById.get(recommendation.id);
          return tracked === undefined ? [] : [recommendationData(tracked, root)];
        }),
    recommendationUpdates: !findings
      ? []
      : review.updates.map((update) => ({
          id: update.id,
          status: update.status,
          ...(update.note === undefined ? {} : { note: update.note }),
        })),
    goodPractice: !findings
      ? []
      : review.goodPractice.map((item) => ({
          title: item.title,
          description: item.description,
          ...(item.factor === undefined ? {} : { factor: item.factor }),
        })),
    costsBenefits: !findings
      ? []
      : review.costsBenefits.map((item) => ({
          kind: item.kind,
          description: item.description,
          ...(item.amount === undefined ? {} : { amount: item.amount }),
          ...(item.period === undefined ? {} : { period: item.period }),
          basis: item.basis,
          ...(item.benefitCategory === undefined ? {} : { benefitCategory: item.benefitCategory }),
          ...(item.cashable === undefined ? {} : { cashable: item.cashable }),
          ...(item.councilShare === undefined ? {} : { councilShare: item.councilShare }),
          ...(item.expected === undefined ? {} : { expected: item.expected }),
        })),
  };
}

function partnershipData(model: SiteModel, partnership: PublicPartnership, root: string): PartnershipDownload {
  const { data } = partnership;
  return {
    slug: partnership.slug,
    name: data.name,
    summary: data.summary,
    form: data.form,
    basis: data.basis,
    ...(data.statutoryRef === undefined ? {} : { statutoryRef: data.statutoryRef }),
    serviceArea: data.serviceArea,
    partners: data.partners.map((partner) => ({
      name: partner.name,
      sector: partner.sector,
      ...(partner.role === undefined ? {} : { role: partner.role }),
      ...(partner.orgId === undefined ? {} : { orgId: partner.orgId }),
    })),
    ...(data.jointId === undefined ? {} : { jointId: data.jointId }),
    leadRole: data.leadRole,
    ...(data.governanceBody === undefined ? {} : { governanceBody: data.governanceBody }),
    startDate: data.startDate,
    ...(data.endDate === undefined ? {} : { endDate: data.endDate }),
    ...(data.annualValue === undefined ? {} : { annualValue: data.annualValue }),
    ...(partnership.councilAnnualCost === undefined
      ? {}
      : {
          councilAnnualCost: { amount: partnership.councilAnnualCost.amount, from: partnership.councilAnnualCost.from },
        }),
    ...(data.targetLevel === undefined ? {} : { targetLevel: data.targetLevel }),
    ...(partnership.fit === undefined
      ? {}
      : { fit: { position: partnership.fit.position, label: partnership.fit.words } }),
    status: data.status,
    ...(data.tags === undefined ? {} : { tags: data.tags }),
    ...(data.lifecycleStage === undefined ? {} : { lifecycleStage: data.lifecycleStage }),
    ...(data.agreement === undefined ? {} : { agreement: data.agreement }),
    ...(data.nextReviewDue === undefined ? {} : { nextReviewDue: data.nextReviewDue }),
    reviewDue: partnership.reviewDue,
    ...(data.accountability === undefined ? {} : { accountability: data.accountability }),
    ...(data.exitArrangements === undefined ? {} : { exitArrangements: data.exitArrangements }),
    needsAttention: partnership.attention.map((reason) => reason.text),
    needsAttentionCodes: partnership.attention.map((reason) => reason.code),
    confidence: { level: partnership.confidence.level, label: partnership.confidence.words },
    progressUpdates: partnership.updates.map((update) => ({
      date: update.date,
      authorRole: update.authorRole,
      recommendationUpdates: update.updates.map((item) => ({
        id: item.id,
        status: item.status,
        ...(item.note === undefined ? {} : { note: item.note }),
      })),
    })),
    url: absoluteUrl(root, partnershipPath(partnership.slug)),
    dataUrl: absoluteUrl(root, partnershipDataPath(partnership.slug)),
    feedUrl: absoluteUrl(root, partnershipFeedPath(partnership.slug)),
    ...(partnership.current === undefined ? {} : { currentReview: partnership.current.id }),
    reviews: partnership.reviews.map((review) => reviewData(model, partnership, review, root)),
  };
}

/** Returns data/all.json: everything published, nested. */
export function allDownload(model: SiteModel, root: string): AllDownload {
  return {
    $schema: absoluteUrl(root, JSON_DOWNLOADS.all.schemaPath),
    about: aboutData(model, root),
    framework: frameworkData(model),
    partnerships: model.partnerships.map((partnership) => partnershipData(model, partnership, root)),
  };
}

/** Returns partnerships/<slug>/data.json for one partnership. */
export function partnershipFile(model: SiteModel, partnership: PublicPartnership, root: string): PartnershipFile {
  return {
    $schema: absoluteUrl(root, JSON_DOWNLOADS.partnership.schemaPath),
    about: aboutData(model, root),
    framework: absoluteUrl(root, JSON_DOWNLOADS.framework.path),
    partnership: partnershipData(model, partnership, root),
  };
}

/** Returns a download as a file: JSON with two-space indents and a final newline, so diffs between builds read well. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Yields the text of jsonFile(value) in pieces, one per value two levels down (one partnership of all.json), so a
 * download larger than JavaScript's longest string (about 512 MB: all.json of some 40,000 reviews) can be written.
 */
export function* jsonFilePieces(value: unknown, depth = 0): Generator<string> {
  const inner = "  ".repeat(depth + 1);
  const isArray = Array.isArray(value);
  if (depth < 2 && value !== null && typeof value === "object" && !("toJSON" in value)) {
    const entries = isArray
      ? value.map((item, index) => [String(index), item] as const)
      : Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== "function");
    if (entries.length === 0) {
      yield isArray ? "[]" : "{}";
    } else {
      yield isArray ? "[" : "{";
      for (const [index, [key, item]] of entries.entries()) {
        yield `${index === 0 ? "" : ","}\n${inner}${isArray ? "" : `${JSON.stringify(key)}: `}`;
        yield* jsonFilePieces(isArray && (item === undefined || typeof item === "function") ? null : item, depth + 1);
      }
      yield `\n${"  ".repeat(depth)}${isArray ? "]" : "}"}`;
    }
  } else {
    yield (JSON.stringify(value, null, 2) ?? "null").replaceAll("\n", `\n${"  ".repeat(depth)}`);
  }
  if (depth === 0) yield "\n";
}

/** Returns jsonFile(value) as a stream of UTF-8 bytes, made piece by piece (jsonFilePieces). */
export function jsonFileStream(value: unknown): ReadableStream<Uint8Array> {
  const pieces = jsonFilePieces(value);
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      // Pieces are gathered to about 1 MB before they are handed on, so the stream is not a million tiny chunks.
      let text = "";
      for (let next = pieces.next(); !next.done; next = pieces.next()) {
        text += next.value;
        if (text.length > 1_000_000) break;
      }
      if (text === "") controller.close();
      else controller.enqueue(encoder.encode(text));
    },
  });
}

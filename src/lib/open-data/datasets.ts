import { breakClauses, REASON_CODES } from "../needs-attention.ts";
import {
  BENEFIT_CATEGORIES,
  COST_BENEFIT_BASES,
  ALL_COST_BENEFIT_KINDS,
  PARTNERSHIP_BASES,
  PARTNERSHIP_FORMS,
  PARTNERSHIP_STATUSES,
  PRIORITIES,
  POLARITIES,
  RATING_METHODS,
  RECOMMENDATION_STATUSES,
  REVIEW_TYPES,
  RISK_CATEGORIES,
  ASSURANCE_OPINIONS,
  LIFECYCLE_STAGES,
  RESPONSE_DECISIONS,
  RISK_CARRIERS,
  RISK_TRENDS,
  EXIT_PLAN_STATUSES,
  type CostBenefit,
  type Framework,
  type GoodPractice,
  type Rating,
  type Risk,
} from "../../schema/index.ts";
import { factorLabel, groupLabel, levelById } from "../format.ts";
import { levelLabel, levelValue } from "../levels.ts";
import type { FactorFinding } from "../findings/factor-findings.ts";
import { CONFIDENCE_LEVELS } from "../findings/confidence.ts";
import type { IndicatorFinding } from "../findings/indicators.ts";
import { RISK_CATEGORY_TEXT } from "../labels.ts";
import { releaseDate } from "../publication.ts";
import { isOutstanding } from "../recommendations.ts";
import { inherentScore, riskScore } from "../risks.ts";
import { COUNCIL_ANNUAL_COST_SOURCES } from "../costs-benefits.ts";
import { FIT_POSITIONS } from "../target-fit.ts";
import type {
  PublicPartnership,
  PublicReview,
  SiteModel,
  TrackedRecommendation,
  TrackedResolution,
} from "../site-model.ts";
import { partnershipPath, recommendationPath, resolutionAnchor, reviewPath } from "../urls.ts";
import type { CellValue } from "./csv.ts";
import { absoluteUrl } from "../links.ts";

/** A column's type, named as Frictionless Table Schema names it. */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date";

/** What one column holds: the single definition behind the CSV header, the /data/ page and datapackage.json. */
export interface ColumnInfo {
  /** The column's stable snake_case name, as in the header row. */
  name: string;
  type: FieldType;
  /** What the column means, in a sentence or two for readers. */
  description: string;
  /** True when every row has a value; otherwise an empty cell means "not given". */
  required: boolean;
  /** The only values the column takes, when it is a fixed list. */
  values?: readonly string[];
}

/** A reference from some columns of one dataset to the key of another. */
export interface ForeignKey {
  fields: string[];
  /** The name of the dataset referred to. */
  resource: string;
  resourceFields: string[];
}

/** One CSV download: what a row is, its columns, and how to build its rows from the published model. */
export interface Dataset {
  /** The dataset's name, also its file's base name, such as "ratings". */
  name: string;
  /** The file name in the data folder, such as "ratings.csv". */
  file: string;
  /** A short title, such as "Ratings". */
  title: string;
  /** What the file holds and what one row is. */
  description: string;
  /** The columns whose values together identify one row. */
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  columns: ColumnInfo[];
  /** Returns the rows, one array of cells per row in column order; `root` is the site's absolute address. */
  records: (model: SiteModel, root: string) => CellValue[][];
}

/** A column with the function that reads its cell from a row; `root` is the site's absolute address, for links. */
interface Column<Row> extends ColumnInfo {
  value: (row: Row, root: string) => CellValue;
}

interface DatasetSpec<Row> extends Omit<Dataset, "columns" | "records"> {
  columns: Column<Row>[];
  rows: (model: SiteModel) => Row[];
}

/** Returns a dataset whose columns and rows come from one list of column definitions. */
function defineDataset<Row>({ columns, rows, ...rest }: DatasetSpec<Row>): Dataset {
  return {
    ...rest,
    columns: columns.map(({ name, type, description, required, values }) => ({
      name,
      type,
      description,
      required,
      ...(values === undefined ? {} : { values }),
    })),
    records: (model, root) => rows(model).map((row) => columns.map((item) => item.value(row, root))),
  };
}

/** Returns a column definition; a column is optional unless `required` is set. */
function column<Row>(
  name: string,
  type: FieldType,
  description: string,
  value: (row: Row, root: string) => CellValue,
  options: { required?: boolean; values?: readonly string[] } = {},
): Column<Row> {
  return {
    name,
    type,
    description,
    required: options.required ?? false,
    ...(options.values === undefined ? {} : { values: options.values }),
    value,
  };
}

/** The separator between the items of a list held in one cell, such as the partners of a partnership. */
export const LIST_SEPARATOR = "; ";

/** A review row: a published review with its partnership. */
interface ReviewRow {
  partnership: PublicPartnership;
  review: PublicReview;
}

/** Returns each item with the name of the partnership it is about, for the files that give both slug and name. */
function withPartnershipNames<Item extends { partnership: string }>(
  model: SiteModel,
  items: readonly Item[],
): (Item & { partnershipName: string })[] {
  const names = new Map(model.partnerships.map((partnership) => [partnership.slug, partnership.data.name]));
  return items.map((item) => ({ ...item, partnershipName: names.get(item.partnership) ?? item.partnership }));
}

/** Returns the published reviews (withdrawn ones left out) in file order: by partnership slug, then date, then id. */
function publishedReviews(model: SiteModel): ReviewRow[] {
  return reviewsInFileOrder(model).filter(({ review }) => review.published);
}

/** Returns every review with a public page (published or withdrawn), by partnership slug, then date, then id. */
function reviewsInFileOrder(model: SiteModel): ReviewRow[] {
  const bySlug = new Map(model.partnerships.map((partnership) => [partnership.slug, partnership]));
  return [...model.reviews]
    .sort(
      (a, b) =>
        a.partnership.localeCompare(b.partnership) ||
        a.meta.date.localeCompare(b.meta.date) ||
        a.id.localeCompare(b.id),
    )
    .flatMap((review) => {
      const partnership = bySlug.get(review.partnership);
      return partnership === undefined ? [] : [{ partnership, review }];
    });
}

/** Returns one row per item of each published review, with the item's position in its review from 1. */
function itemsOfPublishedReviews<Item>(
  model: SiteModel,
  items: (review: PublicReview) => readonly Item[],
): (ReviewRow & { item: Item; number: number })[] {
  return publishedReviews(model).flatMap((row) =>
    items(row.review).map((item, index) => ({ ...row, item, number: index + 1 })),
  );
}

function ids(list: readonly { id: string }[]): string[] {
  return list.map((item) => item.id);
}

/** Returns the words that describe the framework's spectrum scale, such as "1 (Transactional) to 6 (Integrated)". */
function scaleText(framework: Framework): string {
  const first = framework.spectrum[0];
  const last = framework.spectrum.at(-1);
  return first && last
    ? `${first.order} (${first.label}) to ${last.order} (${last.label})`
    : "the spectrum's order scale";
}

/** Returns the partnership_slug column, the key that joins every dataset to partnerships.csv. */
function partnershipSlugColumn<Row>(value: (row: Row) => string): Column<Row> {
  return column("partnership_slug", "string", "The partnership's permanent id, as in its web address.", value, {
    required: true,
  });
}

/** Returns the item_number column of a dataset with one row per item of a review's list. */
function itemNumberColumn<Row extends { number: number }>(): Column<Row> {
  return column("item_number", "integer", "The item's position in its review, from 1.", (row) => row.number, {
    required: true,
  });
}

/** The columns that say which review a row comes from, shared by every review-level dataset. */
function reviewKeyColumns<Row extends ReviewRow>(): Column<Row>[] {
  return [
    partnershipSlugColumn((row) => row.review.partnership),
    column("partnership_name", "string", "The partnership's name.", (row) => row.partnership.data.name, {
      required: true,
    }),
    column(
      "review_id",
      "string",
      "The review's permanent id, unique within its partnership (ids can repeat across partnerships).",
      (row) => row.review.id,
      { required: true },
    ),
    column("review_date", "date", "The date of the review report, YYYY-MM-DD.", (row) => row.review.meta.date, {
      required: true,
    }),
  ];
}

/** What the status columns read of a tracked item: a recommendation or a committee resolution. */
type StatusRow = Pick<TrackedRecommendation, "status" | "asAt" | "overdue" | "stale" | "history">;

/** The kinds of tracked item with status columns: recommendations.csv and resolutions.csv. */
type TrackedKind = "recommendation" | "resolution";

/** The words of the status columns that differ between a recommendation and a committee resolution. */
const STATUS_COLUMN_WORDS: Record<
  TrackedKind,
  { asMade: string; latestWord: string; asAtElse: string; staleFrom: string; note: string; role: string }
> = {
  recommendation: {
    asMade: "Its status as at the review that made it.",
    latestWord: "the latest published review",
    asAtElse: "the review's date",
    staleFrom: "",
    note: "What the latest word said has happened since.",
    role: "For a progress update, the role that reported the progress; empty otherwise.",
  },
  resolution: {
    asMade: "Its status as the committee resolved it.",
    latestWord: "the latest published progress update",
    asAtElse: "the meeting's date",
    staleFrom: " since the resolutions were published",
    note: "What the latest progress update said has happened since.",
    role: "The role that reported the latest progress; empty when none has.",
  },
};

/**
 * Returns the status columns that recommendations.csv and resolutions.csv share, by name, each dataset placing them
 * in its own order: the status as made and now, the date it stands as at, overdue and not updated lately (apart),
 * and the latest word's note and reporting role. `made` reads the status the item was made with.
 */
function statusColumns<Row extends StatusRow>(
  kind: TrackedKind,
  made: (row: Row) => string,
): Record<
  | "status_as_made"
  | "current_status"
  | "status_as_at_date"
  | "overdue"
  | "stale"
  | "status_note"
  | "status_updated_by_role",
  Column<Row>
> {
  const words = STATUS_COLUMN_WORDS[kind];
  return {
    status_as_made: column("status_as_made", "string", words.asMade, made, {
      required: true,
      values: RECOMMENDATION_STATUSES,
    }),
    current_status: column(
      "current_status",
      "string",
      `Its status now: from ${words.latestWord} that reports on it, else status_as_made.`,
      (row) => row.status,
      { required: true, values: RECOMMENDATION_STATUSES },
    ),
    status_as_at_date: column(
      "status_as_at_date",
      "date",
      `The date current_status stands as at: the latest published word, else ${words.asAtElse}, YYYY-MM-DD.`,
      (row) => row.asAt,
      { required: true },
    ),
    overdue: column(
      "overdue",
      "boolean",
      "true when its due date was before the build date and it is still open or in progress.",
      (row) => row.overdue,
      { required: true },
    ),
    stale: column(
      "stale",
      "boolean",
      `true when it is open or in progress with no published word for the framework's staleAfterMonths${words.staleFrom}; apart from overdue.`,
      (row) => row.stale,
      { required: true },
    ),
    status_note: column("status_note", "string", words.note, (row) => row.history.at(-1)?.note),
    status_updated_by_role: column("status_updated_by_role", "string", words.role, (row) => {
      const latest = row.history.at(-1);
      return latest?.source === "update" ? latest.authorRole : undefined;
    }),
  };
}

const REVIEW_KEY = ["partnership_slug", "review_id"];
const TO_PARTNERSHIPS: ForeignKey = {
  fields: ["partnership_slug"],
  resource: "partnerships",
  resourceFields: ["partnership_slug"],
};
const TO_REVIEWS: ForeignKey = { fields: REVIEW_KEY, resource: "reviews", resourceFields: REVIEW_KEY };

/** Returns every CSV download of the site, each described once, for the framework in use. */
export function csvDatasets(framework: Framework): Dataset[] {
  const levelIds = ids(framework.spectrum);
  const scale = scaleText(framework);
  const { minRespondents } = framework.triangulation;

  /** Returns a spectrum level's three columns: `<name>` its id, `<name>_label` and `<name>_order`. */
  function levelColumns<Row>(
    name: "target_level" | "assessed_level",
    description: string,
    value: (row: Row) => string | undefined,
    options: { required?: boolean } = {},
  ): Column<Row>[] {
    const which = name === "target_level" ? "target" : "assessed";
    const level = (row: Row) => levelById(framework, value(row));
    return [
      column(name, "string", description, value, { ...options, values: levelIds }),
      column(`${name}_label`, "string", `The name of the ${which} level.`, (row) => level(row)?.label),
      column(
        `${name}_order`,
        "integer",
        `The ${which} level's position on the spectrum, ${scale}.`,
        (row) => level(row)?.order,
      ),
    ];
  }

  /** Returns the factor_id and factor_label columns of an item that may name a factor, such as "it addresses". */
  function factorColumns<Row>(relation: string, value: (row: Row) => string | undefined): Column<Row>[] {
    return [
      column("factor_id", "string", `The id of the factor ${relation}, from framework.json.`, value, {
        values: ids(framework.factors),
      }),
      column("factor_label", "string", `The name of the factor ${relation}.`, (row) => {
        const factor = value(row);
        return factor === undefined ? undefined : factorLabel(framework, factor);
      }),
    ];
  }

  const partnerships = defineDataset<PublicPartnership>({
    name: "partnerships",
    file: "partnerships.csv",
    title: "Partnerships",
    description:
      "The partnership register: one row per partnership, with where its current review placed it and how many of its recommendations are outstanding.",
    primaryKey: ["partnership_slug"],
    foreignKeys: [],
    rows: (model) => [...model.partnerships].sort((a, b) => a.slug.localeCompare(b.slug)),
    columns: [
      partnershipSlugColumn((p) => p.slug),
      column("name", "string", "The partnership's name.", (p) => p.data.name, { required: true }),
      column("summary", "string", "A one- or two-sentence summary.", (p) => p.data.summary, { required: true }),
      column("form", "string", "The partnership's form.", (p) => p.data.form, {
        required: true,
        values: PARTNERSHIP_FORMS,
      }),
      column("basis", "string", "What the partnership rests on.", (p) => p.data.basis, {
        required: true,
        values: PARTNERSHIP_BASES,
      }),
      column("statutory_ref", "string", "The Act or duty, for a statutory partnership.", (p) => p.data.statutoryRef),
      column("service_area", "string", "The service area.", (p) => p.data.serviceArea, { required: true }),
      column(
        "partners",
        "string",
        `The partner organisations, each as "name (sector, role)", separated by "${LIST_SEPARATOR.trim()} ".`,
        (p) =>
          p.data.partners
            .map((partner) => `${partner.name} (${[partner.sector, partner.role].filter(Boolean).join(", ")})`)
            .join(LIST_SEPARATOR),
        { required: true },
      ),
      column("partner_count", "integer", "How many partner organisations there are.", (p) => p.data.partners.length, {
        required: true,
      }),
      column(
        "lead_role",
        "string",
        "The lead officer's role title (people are named by role only).",
        (p) => p.data.leadRole,
        {
          required: true,
        },
      ),
      column(
        "governance_body",
        "string",
        "The board or committee that governs the partnership.",
        (p) => p.data.governanceBody,
      ),
      column("start_date", "date", "The date the partnership started, YYYY-MM-DD.", (p) => p.data.startDate, {
        required: true,
      }),
      column("end_date", "date", "The date it ended or will end, YYYY-MM-DD.", (p) => p.data.endDate),
      column(
        "annual_value",
        "number",
        "The whole partnership's gross annual value in pounds sterling, all partners together, as a plain number.",
        (p) => p.data.annualValue,
      ),
      column(
        "council_annual_cost",
        "number",
        "What the publishing council pays into the partnership in a year, pounds: its stated cost, else council_share_percent of annual_value rounded to the pound (council_annual_cost_from says which); never added to annual_value.",
        (p) => p.councilAnnualCost?.amount,
      ),
      column(
        "council_annual_cost_from",
        "string",
        "Where council_annual_cost comes from: stated (the partnership's own figure) or share (its share of annual_value); empty without one.",
        (p) => p.councilAnnualCost?.from,
        { values: COUNCIL_ANNUAL_COST_SOURCES },
      ),
      column(
        "council_share_percent",
        "number",
        "The publishing council's share of the partnership's money, per cent, used where a money line gives no share of its own.",
        (p) => p.data.councilSharePercent,
      ),
      column(
        "break_clause_dates",
        "string",
        `Every break clause in the agreement, YYYY-MM-DD, earliest first, separated by "${LIST_SEPARATOR.trim()} ".`,
        (p) => breakClauses(p.data.agreement).join(LIST_SEPARATOR) || undefined,
      ),
      column(
        "notice_months",
        "integer",
        "The notice needed before the agreement's end or a break clause to leave or not renew, months.",
        (p) => p.data.agreement?.noticeMonths,
      ),
      column(
        "decision_point_date",
        "date",
        "When a decision on the agreement falls due: the next break clause on or after the build date, else the end, less notice_months, YYYY-MM-DD; empty without either.",
        (p) => p.decisionPoint?.date,
      ),
      column(
        "exit_plan_status",
        "string",
        "How far the plan for leaving the partnership has got; empty when the partnership does not say.",
        (p) => p.data.agreement?.exitPlan?.status,
        { values: EXIT_PLAN_STATUSES },
      ),
      column(
        "contact_role",
        "string",
        "The officer role to contact about the partnership (a role, never a name).",
        (p) => p.data.contact?.role,
      ),
      column(
        "joint_id",
        "string",
        "The identifier every council publishing this joint partnership gives it, so their sites can be read together.",
        (p) => p.data.jointId,
      ),
      ...levelColumns<PublicPartnership>(
        "target_level",
        "The id of the spectrum level the partnership should have. Higher is not always better.",
        (p) => p.data.targetLevel,
      ),
      column("status", "string", "Where the partnership is in its life.", (p) => p.data.status, {
        required: true,
        values: PARTNERSHIP_STATUSES,
      }),
      column("tags", "string", `Keywords, separated by "${LIST_SEPARATOR.trim()} ".`, (p) =>
        p.data.tags?.join(LIST_SEPARATOR),
      ),
      column(
        "current_review_id",
        "string",
        "The id of the current review: the latest published review by date. Empty when none is published.",
        (p) => p.current?.id,
      ),
      column("current_review_date", "date", "The date of the current review.", (p) => p.current?.meta.date),
      ...levelColumns<PublicPartnership>(
        "assessed_level",
        "The id of the spectrum level where the current review places the partnership overall.",
        (p) => p.current?.meta.assessedLevel,
      ),
      column(
        "published_reviews",
        "integer",
        "How many reviews of the partnership are published (withdrawn ones not counted).",
        (p) => p.reviews.filter((review) => review.published).length,
        { required: true },
      ),
      column(
        "outstanding_recommendations",
        "integer",
        "How many of its recommendations are open or in progress, as at the build date.",
        (p) => p.recommendations.filter((item) => isOutstanding(item.status)).length,
        { required: true },
      ),
      column(
        "overdue_recommendations",
        "integer",
        "How many of its recommendations are past their due date and still open or in progress, as at the build date.",
        (p) => p.recommendations.filter((item) => item.overdue).length,
        { required: true },
      ),
      column("lifecycle_stage", "string", "The ISO 44001 lifecycle stage.", (p) => p.data.lifecycleStage, {
        values: LIFECYCLE_STAGES,
      }),
      column("agreement_end_date", "date", "The date the agreement ends, YYYY-MM-DD.", (p) => p.data.agreement?.end),
      column(
        "break_clause_date",
        "date",
        "The date of the agreement's next break clause on or after the build's day, else its last, YYYY-MM-DD.",
        (p) => p.nextBreakClause,
      ),
      column(
        "review_due_date",
        "date",
        "When the next review is due: nextReviewDue, else the current review's date plus the review cycle, YYYY-MM-DD.",
        (p) => p.reviewDue,
        { required: true },
      ),
      column(
        "needs_attention",
        "string",
        `Why an active partnership needs attention, in words, most serious first, separated by "${LIST_SEPARATOR.trim()} "; empty when none or not active.`,
        (p) => (p.attention.length === 0 ? undefined : p.attention.map((reason) => reason.text).join(LIST_SEPARATOR)),
      ),
      column(
        "confidence",
        "string",
        "How sure the current review's findings are: the lowest confidence among its factors with a published view (high, medium, low), or not-assessed.",
        (p) => p.confidence.level,
        { required: true, values: [...CONFIDENCE_LEVELS, "not-assessed"] },
      ),
      column(
        "needs_attention_codes",
        "string",
        `The same reasons' stable codes, in the same order, separated by "${LIST_SEPARATOR.trim()} " (${REASON_CODES.join(", ")}); empty when none or not active.`,
        (p) => (p.attention.length === 0 ? undefined : p.attention.map((reason) => reason.code).join(LIST_SEPARATOR)),
      ),
      column(
        "page_url",
        "string",
        "The partnership's web page.",
        (p, root) => absoluteUrl(root, partnershipPath(p.slug)),
        {
          required: true,
        },
      ),
    ],
  });

  const reviews = defineDataset<ReviewRow>({
    name: "reviews",
    file: "reviews.csv",
    title: "Reviews",
    description:
      "One row per review with a public page: every published review, and every withdrawn one with the date and reason it was withdrawn.",
    primaryKey: REVIEW_KEY,
    foreignKeys: [TO_PARTNERSHIPS],
    rows: reviewsInFileOrder,
    columns: [
      ...reviewKeyColumns<ReviewRow>().filter((item) => item.name !== "review_date"),
      column("title", "string", "The report's title.", (row) => row.review.meta.title, { required: true }),
      column("date", "date", "The date of the report, YYYY-MM-DD.", (row) => row.review.meta.date, { required: true }),
      column(
        "publish_date",
        "date",
        "The date the review was published: its embargo date, or the report date when it had none.",
        (row) => releaseDate(row.review.meta),
        { required: true },
      ),
      column(
        "status",
        "string",
        "published, or withdrawn: a withdrawn review keeps its page but its findings no longer stand, so they are left out of the other files.",
        (row) => (row.review.published ? "published" : "withdrawn"),
        { required: true, values: ["published", "withdrawn"] },
      ),
      column(
        "withdrawn_date",
        "date",
        "The date the review was withdrawn, YYYY-MM-DD.",
        (row) => row.review.meta.withdrawnDate,
      ),
      column("withdrawn_reason", "string", "Why the review was withdrawn.", (row) => row.review.meta.withdrawnReason),
      column(
        "reviewer",
        "string",
        "The organisation or team that carried out the review.",
        (row) => row.review.meta.reviewer,
        {
          required: true,
        },
      ),
      column("review_type", "string", "Who carried out the review.", (row) => row.review.meta.reviewType, {
        required: true,
        values: REVIEW_TYPES,
      }),
      column("scope", "string", "What the review covered and what it left out.", (row) => row.review.meta.scope),
      ...levelColumns<ReviewRow>(
        "assessed_level",
        "The id of the spectrum level where the reviewer places the partnership overall.",
        (row) => row.review.meta.assessedLevel,
        { required: true },
      ),
      column("summary", "string", "The review's summary.", (row) => row.review.meta.summary, { required: true }),
      column(
        "is_current",
        "boolean",
        "true for the partnership's current review: its latest published review by date.",
        (row) => row.partnership.current?.id === row.review.id,
        { required: true },
      ),
      column(
        "ratings_published",
        "integer",
        "How many group ratings the review publishes (rows in ratings.csv). Empty for a withdrawn review.",
        (row) =>
          row.review.published
            ? row.review.factors.reduce((sum, reading) => sum + reading.ratings.length, 0)
            : undefined,
      ),
      column(
        "ratings_withheld",
        "integer",
        `How many group ratings were withheld because fewer than ${minRespondents} people gave them. Empty for a withdrawn review.`,
        (row) => (row.review.published ? row.review.withheld : undefined),
      ),
      column("assurance", "string", "The reviewer's assurance opinion.", (row) => row.review.meta.assurance, {
        values: ASSURANCE_OPINIONS,
      }),
      column(
        "page_url",
        "string",
        "The review's web page.",
        (row, root) => absoluteUrl(root, reviewPath(row.review.partnership, row.review.id)),
        { required: true },
      ),
    ],
  });

  const ratings = defineDataset<ReviewRow & { rating: Rating }>({
    name: "ratings",
    file: "ratings.csv",
    title: "Ratings",
    description: `One row per stakeholder group's rating of one factor in a published review: where that group places the partnership on the collaboration spectrum. Ratings given by fewer than ${minRespondents} people are withheld and not listed.`,
    primaryKey: [...REVIEW_KEY, "factor_id", "group_id"],
    foreignKeys: [TO_REVIEWS],
    rows: (model) =>
      publishedReviews(model).flatMap((row) =>
        row.review.factors.flatMap((reading) => reading.ratings.map((rating) => ({ ...row, rating }))),
      ),
    columns: [
      ...reviewKeyColumns<ReviewRow & { rating: Rating }>(),
      column("factor_id", "string", "The id of the factor rated, from framework.json.", (row) => row.rating.factor, {
        required: true,
        values: ids(framework.factors),
      }),
      column("factor_label", "string", "The factor's name.", (row) => factorLabel(framework, row.rating.factor), {
        required: true,
      }),
      column("group_id", "string", "The id of the stakeholder group, from framework.json.", (row) => row.rating.group, {
        required: true,
        values: ids(framework.stakeholderGroups),
      }),
      column(
        "group_label",
        "string",
        "The stakeholder group's name.",
        (row) => groupLabel(framework, row.rating.group),
        {
          required: true,
        },
      ),
      column(
        "level",
        "number",
        `The group's level on the spectrum, ${scale}; may be fractional, as a mean of respondents' levels.`,
        (row) => row.rating.level,
        { required: true },
      ),
      column(
        "level_label",
        "string",
        "The name of the spectrum level nearest to the level as shown, rounded half up to one decimal place (ties go up).",
        (row) => levelLabel(framework.spectrum, row.rating.level),
        { required: true },
      ),
      column(
        "respondents",
        "integer",
        "How many people gave this view, when recorded.",
        (row) => row.rating.respondents,
      ),
      column("method", "string", "How the view was gathered.", (row) => row.rating.method, { values: RATING_METHODS }),
      column(
        "comment",
        "string",
        "An anonymised comment, published as written; never attributed to a person.",
        (row) => row.rating.comment,
      ),
      column("invited", "integer", "How many of the group were asked, when recorded.", (row) => row.rating.invited),
      column(
        "response_rate",
        "number",
        "respondents / invited, to three decimal places; empty unless both are recorded.",
        (row) =>
          row.rating.respondents === undefined || row.rating.invited === undefined
            ? undefined
            : Math.round((row.rating.respondents / row.rating.invited) * 1000) / 1000,
      ),
      column(
        "low_response",
        "boolean",
        `true when the response rate is below the framework's minResponseRate (${framework.thresholds.minResponseRate}), compared unrounded; empty unless both are recorded.`,
        (row) =>
          row.rating.respondents === undefined || row.rating.invited === undefined
            ? undefined
            : row.rating.respondents / row.rating.invited < framework.thresholds.minResponseRate,
      ),
    ],
  });

  const indicators = defineDataset<ReviewRow & { item: IndicatorFinding; number: number }>({
    name: "indicators",
    file: "indicators.csv",
    title: "Performance indicators",
    description:
      "One row per performance indicator of a published review: the figures that test the stakeholders' perceptions, with whether each met its target and which way it moved.",
    primaryKey: [...REVIEW_KEY, "indicator_id"],
    foreignKeys: [TO_REVIEWS],
    rows: (model) => itemsOfPublishedReviews(model, (review) => review.indicators),
    columns: [
      ...reviewKeyColumns<ReviewRow & { item: IndicatorFinding; number: number }>(),
      column(
        "indicator_id",
        "string",
        "The indicator's id, unique within its review.",
        (row) => row.item.indicator.id,
        {
          required: true,
        },
      ),
      column("name", "string", "What is measured.", (row) => row.item.indicator.name, { required: true }),
      column(
        "unit",
        "string",
        "The unit of actual, target and previous, such as % or weeks.",
        (row) => row.item.indicator.unit,
        {
          required: true,
        },
      ),
      column(
        "polarity",
        "string",
        "Whether a higher or a lower figure is better.",
        (row) => row.item.indicator.polarity,
        { required: true, values: POLARITIES },
      ),
      column("period", "string", "The period the figure covers.", (row) => row.item.indicator.period, {
        required: true,
      }),
      column("actual", "number", "The figure for the period.", (row) => row.item.indicator.actual, { required: true }),
      column("target", "number", "The target for the period, when set.", (row) => row.item.indicator.target),
      column(
        "previous",
        "number",
        "The figure for the period before, when given.",
        (row) => row.item.indicator.previous,
      ),
      column(
        "met",
        "boolean",
        "With a target: true when the figure is at or better than it (by polarity).",
        (row) => row.item.met,
      ),
      column(
        "trend",
        "string",
        "With a previous figure: improving, steady or worsening, by polarity.",
        (row) => row.item.trend,
        { values: ["improving", "steady", "worsening"] },
      ),
      column("source", "string", "Where the figure comes from.", (row) => row.item.indicator.source),
      column(
        "factor_id",
        "string",
        "The framework factor the indicator is evidence for, when given.",
        (row) => row.item.indicator.factor,
        { values: ids(framework.factors) },
      ),
    ],
  });

  const factors = defineDataset<ReviewRow & { finding: FactorFinding }>({
    name: "factors",
    file: "factors.csv",
    title: "Factor findings",
    description:
      "One row per factor of each published review: the consensus of the published group views, how far they spread, the agreement band, triangulation, whether the council and partner sides disagree, and the fit to the partnership's target, each as the site's pages state it.",
    primaryKey: [...REVIEW_KEY, "factor_id"],
    foreignKeys: [TO_REVIEWS],
    rows: (model) =>
      publishedReviews(model).flatMap((row) => row.review.findings.map((finding) => ({ ...row, finding }))),
    columns: [
      ...reviewKeyColumns<ReviewRow & { finding: FactorFinding }>(),
      column("factor_id", "string", "The factor's id, from framework.json.", (row) => row.finding.factor, {
        required: true,
        values: ids(framework.factors),
      }),
      column("factor_label", "string", "The factor's name.", (row) => row.finding.label, { required: true }),
      column(
        "consensus",
        "number",
        `The median of the published group levels, ${scale}, rounded half up to one decimal place as the pages show it; empty when no group's view is published.`,
        (row) => row.finding.consensus?.shown,
      ),
      column(
        "consensus_label",
        "string",
        "The consensus as every page shows it: the number and the nearest level's name, such as 4.0 (Cooperating).",
        (row) => row.finding.consensus?.text,
      ),
      column(
        "spread",
        "number",
        "The highest published group level minus the lowest, rounded to one decimal place; empty for fewer than two views.",
        (row) => (row.finding.spread === undefined ? undefined : levelValue(row.finding.spread.value)),
      ),
      column(
        "agreement",
        "string",
        "agree: spread below agreeBelow; differ: from agreeBelow up to gapThreshold; gap: at or above gapThreshold; empty for fewer than two views.",
        (row) => row.finding.agreement?.band,
        { values: ["agree", "differ", "gap"] },
      ),
      column(
        "agreement_label",
        "string",
        "The agreement band in words, as the pages say it.",
        (row) => row.finding.agreement?.words,
      ),
      column(
        "triangulated",
        "boolean",
        "true when enough groups' (and methods') views are published.",
        (row) => row.finding.triangulated,
        { required: true },
      ),
      column(
        "partners_disagree",
        "boolean",
        "true when the council-side and partner-side medians differ by at least gapThreshold.",
        (row) => row.finding.partnersDisagree,
        { required: true },
      ),
      column(
        "fit_to_target",
        "string",
        "at, below or above the partnership's target level (within targetTolerance is at target); empty without a target or a consensus.",
        (row) => row.finding.fit?.position,
        { values: FIT_POSITIONS },
      ),
      column(
        "fit_label",
        "string",
        "The fit to target in words, as the pages say it.",
        (row) => row.finding.fit?.words,
      ),
      column(
        "withheld",
        "integer",
        "How many group views of this factor were withheld because too few people gave them.",
        (row) => row.finding.withheld,
        { required: true },
      ),
      column(
        "findings",
        "string",
        `The factor's findings in words, as the pages list them, separated by "${LIST_SEPARATOR.trim()} ".`,
        (row) => row.finding.words.join(LIST_SEPARATOR),
        { required: true },
      ),
      column(
        "confidence",
        "string",
        "How sure the finding is: low when the factor is not triangulated; otherwise high, medium or low by how many concerns it has (a self-assessment, low response, dated evidence, sensitivity to weighting).",
        (row) => row.finding.confidence.level,
        { required: true, values: CONFIDENCE_LEVELS },
      ),
      column(
        "confidence_reasons",
        "string",
        `Why the confidence is not high, in words, separated by "${LIST_SEPARATOR.trim()} "; empty when high.`,
        (row) =>
          row.finding.confidence.reasons.length === 0 ? undefined : row.finding.confidence.reasons.join(LIST_SEPARATOR),
      ),
      column(
        "weighted_level",
        "number",
        "The mean of the published group levels weighted by respondents (groups without respondents left out), rounded to one decimal place; empty with fewer than two groups giving respondents.",
        (row) => row.finding.weighting?.weighted.shown,
      ),
      column(
        "sensitive_to_weighting",
        "boolean",
        "true when the weighted level and the consensus, both as shown, name different levels or fit the target differently; empty when the weighted level is not worked out.",
        (row) => row.finding.weighting?.sensitive,
      ),
      column(
        "performance_gap",
        "boolean",
        "true when the stakeholders' reading of the factor and its performance indicators disagree; empty when the factor has no indicator with a target.",
        (row) => row.finding.performance?.gap,
      ),
    ],
  });

  type RecommendationRow = TrackedRecommendation & { partnershipName: string };
  const recommendationStatus = statusColumns<RecommendationRow>("recommendation", (row) => row.recommendation.status);
  const recommendations = defineDataset<RecommendationRow>({
    name: "recommendations",
    file: "recommendations.csv",
    title: "Recommendations",
    description:
      "One row per recommendation made by a published review, with its status now: the status given by the latest published review that reports on it.",
    primaryKey: ["recommendation_id"],
    foreignKeys: [TO_REVIEWS],
    rows: (model) => {
      const order = new Map(
        publishedReviews(model).map((row, index) => [`${row.review.partnership}/${row.review.id}`, index]),
      );
      return withPartnershipNames(model, model.recommendations).sort(
        (a, b) =>
          (order.get(`${a.partnership}/${a.reviewId}`) ?? 0) - (order.get(`${b.partnership}/${b.reviewId}`) ?? 0),
      );
    },
    columns: [
      column(
        "recommendation_id",
        "string",
        "The recommendation's permanent id, unique across the site and cited in committee papers.",
        (row) => row.recommendation.id,
        { required: true },
      ),
      partnershipSlugColumn((row) => row.partnership),
      column("partnership_name", "string", "The partnership's name.", (row) => row.partnershipName, { required: true }),
      column("review_id", "string", "The id of the review that made the recommendation.", (row) => row.reviewId, {
        required: true,
      }),
      column("review_date", "date", "The date of the review that made it, YYYY-MM-DD.", (row) => row.reviewDate, {
        required: true,
      }),
      column("text", "string", "What should be done.", (row) => row.recommendation.text, { required: true }),
      column("priority", "string", "The recommendation's priority.", (row) => row.recommendation.priority, {
        required: true,
        values: PRIORITIES,
      }),
      ...factorColumns<RecommendationRow>("it addresses", (row) => row.recommendation.factor),
      column(
        "owner_role",
        "string",
        "The role that owns it (people are named by role only).",
        (row) => row.recommendation.ownerRole,
      ),
      column("due_date", "date", "When it is due, YYYY-MM-DD.", (row) => row.recommendation.due),
      recommendationStatus.status_as_made,
      recommendationStatus.current_status,
      recommendationStatus.overdue,
      column(
        "status_updated_by_review_id",
        "string",
        "The id of the later review (of the same partnership) that gave the latest word on it; empty when the latest word came from a progress update, or when nothing has reported on it.",
        (row) => {
          const latest = row.history.at(-1);
          return latest?.source === "review" ? latest.reviewId : undefined;
        },
      ),
      column(
        "status_updated_date",
        "date",
        "The date of the latest word on it (a later review or a progress update), YYYY-MM-DD; empty when none.",
        (row) => row.history.at(-1)?.reviewDate,
      ),
      recommendationStatus.status_note,
      column(
        "status_updated_by",
        "string",
        "Where the latest word came from: review (a later review, named in status_updated_by_review_id) or update (a progress update file between reviews, dated status_updated_date, by the role in status_updated_by_role); empty when none.",
        (row) => row.history.at(-1)?.source,
        { values: ["review", "update"] },
      ),
      recommendationStatus.status_updated_by_role,
      recommendationStatus.status_as_at_date,
      recommendationStatus.stale,
      column(
        "no_response",
        "boolean",
        "true when it is open or in progress, has no management response, and the framework's responseDueMonths have passed since its review was published.",
        (row) => row.noResponse,
        { required: true },
      ),
      column(
        "response_decision",
        "string",
        "The management response's decision.",
        (row) => row.recommendation.response?.decision,
        { values: RESPONSE_DECISIONS },
      ),
      column(
        "response_date",
        "date",
        "The date of the management response.",
        (row) => row.recommendation.response?.date,
      ),
      column(
        "page_url",
        "string",
        "The recommendation on the web page of the review that made it.",
        (row, root) => absoluteUrl(root, recommendationPath(row.partnership, row.reviewId, row.recommendation.id)),
        { required: true },
      ),
    ],
  });

  type ResolutionRow = TrackedResolution & { partnershipName: string };
  const resolutionStatus = statusColumns<ResolutionRow>("resolution", (row) => row.resolution.status);
  const resolutions = defineDataset<ResolutionRow>({
    name: "resolutions",
    file: "resolutions.csv",
    title: "Committee resolutions",
    description:
      "One row per published committee resolution about a partnership, tracked like a recommendation: its status now, from the latest published progress update that reports on it.",
    primaryKey: ["resolution_id"],
    foreignKeys: [TO_PARTNERSHIPS],
    rows: (model) => {
      return withPartnershipNames(model, model.resolutions);
    },
    columns: [
      column(
        "resolution_id",
        "string",
        "The resolution's permanent id, unique across the site together with every recommendation id.",
        (row) => row.resolution.id,
        { required: true },
      ),
      partnershipSlugColumn((row) => row.partnership),
      column("partnership_name", "string", "The partnership's name.", (row) => row.partnershipName, { required: true }),
      column(
        "meeting_date",
        "date",
        "The date of the meeting that resolved it, YYYY-MM-DD.",
        (row) => row.meeting.date,
        {
          required: true,
        },
      ),
      column("committee", "string", "The committee that resolved it.", (row) => row.meeting.committee, {
        required: true,
      }),
      column("text", "string", "What the committee resolved.", (row) => row.resolution.text, { required: true }),
      column(
        "owner_role",
        "string",
        "The role that must act on it (people are named by role only).",
        (row) => row.resolution.ownerRole,
      ),
      column("due_date", "date", "When it is due, YYYY-MM-DD.", (row) => row.resolution.due),
      resolutionStatus.status_as_made,
      resolutionStatus.current_status,
      resolutionStatus.status_as_at_date,
      resolutionStatus.overdue,
      resolutionStatus.stale,
      resolutionStatus.status_note,
      resolutionStatus.status_updated_by_role,
      column("minutes_url", "string", "Where the meeting's minutes are published.", (row) => row.meeting.minutesUrl),
      column(
        "page_url",
        "string",
        "The resolution on its partnership's web page.",
        (row, root) => absoluteUrl(root, `${partnershipPath(row.partnership)}#${resolutionAnchor(row.resolution.id)}`),
        { required: true },
      ),
    ],
  });

  type RiskRow = ReviewRow & { item: Risk };
  const risks = defineDataset<RiskRow>({
    name: "risks",
    file: "risks.csv",
    title: "Risks",
    description: "One row per risk found by a published review, scored likelihood × impact.",
    primaryKey: [...REVIEW_KEY, "risk_id"],
    foreignKeys: [TO_REVIEWS],
    rows: (model) => itemsOfPublishedReviews(model, (review) => review.risks),
    columns: [
      ...reviewKeyColumns<RiskRow>(),
      column("risk_id", "string", "The risk's id, unique within its review.", (row) => row.item.id, { required: true }),
      column("category", "string", "One of the six common partnership risks, or other.", (row) => row.item.category, {
        required: true,
        values: RISK_CATEGORIES,
      }),
      column(
        "category_label",
        "string",
        "The category's name.",
        (row) => RISK_CATEGORY_TEXT[row.item.category]?.label ?? row.item.category,
        { required: true },
      ),
      column("title", "string", "The risk in a short sentence.", (row) => row.item.title, { required: true }),
      column("likelihood", "integer", "How likely, 1 (rare) to 5 (almost certain).", (row) => row.item.likelihood, {
        required: true,
      }),
      column("impact", "integer", "How serious, 1 (minimal) to 5 (severe).", (row) => row.item.impact, {
        required: true,
      }),
      column(
        "score",
        "integer",
        "likelihood × impact, 1 to 25: the residual (current) score.",
        (row) => riskScore(row.item),
        {
          required: true,
        },
      ),
      column("mitigation", "string", "What is being done about it.", (row) => row.item.mitigation),
      column(
        "owner_role",
        "string",
        "The role that owns the risk (people are named by role only).",
        (row) => row.item.ownerRole,
      ),
      column(
        "inherent_likelihood",
        "integer",
        "How likely before mitigation, 1 to 5.",
        (row) => row.item.inherentLikelihood,
      ),
      column("inherent_impact", "integer", "How serious before mitigation, 1 to 5.", (row) => row.item.inherentImpact),
      column("inherent_score", "integer", "inherent_likelihood × inherent_impact, when both are given.", (row) =>
        inherentScore(row.item),
      ),
      column("carried_by", "string", "Who carries the risk.", (row) => row.item.carriedBy, { values: RISK_CARRIERS }),
      column("trend", "string", "Which way the risk is moving.", (row) => row.item.trend, { values: RISK_TRENDS }),
    ],
  });

  type CostBenefitRow = ReviewRow & { item: CostBenefit; number: number };
  const costsBenefits = defineDataset<CostBenefitRow>({
    name: "costs-benefits",
    file: "costs-benefits.csv",
    title: "Costs and benefits",
    description: "One row per cost, saving, income or benefit reported by a published review.",
    primaryKey: [...REVIEW_KEY, "item_number"],
    foreignKeys: [TO_REVIEWS],
    rows: (model) => itemsOfPublishedReviews(model, (review) => review.costsBenefits),
    columns: [
      ...reviewKeyColumns<CostBenefitRow>(),
      itemNumberColumn(),
      column(
        "kind",
        "string",
        "cost, saving, income, benefit or cost-avoidance (never a saving).",
        (row) => row.item.kind,
        {
          required: true,
          values: ALL_COST_BENEFIT_KINDS,
        },
      ),
      column("description", "string", "What it is.", (row) => row.item.description, { required: true }),
      column(
        "amount",
        "number",
        "The amount in pounds sterling, as a plain number; empty when the review gives none.",
        (row) => row.item.amount,
      ),
      column("period", "string", "The period it covers, such as 2024/25.", (row) => row.item.period),
      column("basis", "string", "How firm the figure is.", (row) => row.item.basis, {
        required: true,
        values: COST_BENEFIT_BASES,
      }),
      column("benefit_category", "string", "The kind of benefit.", (row) => row.item.benefitCategory, {
        values: BENEFIT_CATEGORIES,
      }),
      column(
        "cashable",
        "boolean",
        "Savings and income only: true when the money can be taken out of a budget or spent. Never add cashable and non-cashable amounts together.",
        (row) => row.item.cashable,
      ),
      column(
        "council_share",
        "number",
        "The council's own share of the amount, pounds.",
        (row) => row.item.councilShare,
      ),
      column("expected", "number", "The business case's figure for the same line, pounds.", (row) => row.item.expected),
    ],
  });

  type GoodPracticeRow = ReviewRow & { item: GoodPractice; number: number };
  const goodPractice = defineDataset<GoodPracticeRow>({
    name: "good-practice",
    file: "good-practice.csv",
    title: "Good practice",
    description: "One row per piece of transferable good practice named by a published review.",
    primaryKey: [...REVIEW_KEY, "item_number"],
    foreignKeys: [TO_REVIEWS],
    rows: (model) => itemsOfPublishedReviews(model, (review) => review.goodPractice),
    columns: [
      ...reviewKeyColumns<GoodPracticeRow>(),
      itemNumberColumn(),
      column("title", "string", "A short title.", (row) => row.item.title, { required: true }),
      column("description", "string", "What was done and why it worked.", (row) => row.item.description, {
        required: true,
      }),
      ...factorColumns<GoodPracticeRow>("it relates to", (row) => row.item.factor),
    ],
  });

  return [
    partnerships,
    reviews,
    ratings,
    factors,
    indicators,
    recommendations,
    resolutions,
    risks,
    costsBenefits,
    goodPractice,
  ];
}

import type { Framework, Recommendation, RecommendationStatus, Risk } from "../../schema/index.ts";
import {
  chartEmbedPath,
  chartFilePath,
  embedChartTitle,
  embedCharts,
  hasPng,
  type EmbedChart,
  type EmbedMode,
} from "../embeds.ts";
import { byRiskSeverity } from "../risks.ts";
import { describeLevel, factorLabel, formatDate, levelById } from "../format.ts";
import { label } from "../labels.ts";
import type {
  PublicPartnership,
  PublicReview,
  PublicUpdate,
  SiteModel,
  TrackedRecommendation,
  TrackedResolution,
} from "../site-model.ts";
import type { SummaryRow } from "../tables.ts";
import { ANCHORS, recommendationAnchor, recommendationPath, resolutionAnchor, reviewPath, withBase } from "../urls.ts";
import { fitInWords, fitToTarget, reviewerAndStakeholdersDiffer, stakeholderLevel } from "../target-fit.ts";
import { capitalise, sentences, withoutFullStop } from "../words.ts";
import { statusShown, type StatusShown } from "../findings/recommendation-status.ts";
import type { FactorFinding } from "../findings/factor-findings.ts";
import type { TrackedItem } from "../../scripts/search-state.ts";

/** A recommendation as the review page lists it: with its current status when the review is published. */
export type ListedRecommendation = Pick<
  TrackedRecommendation,
  "recommendation" | "status" | "overdue" | "history" | "asAt" | "stale"
>;

/** One published word on a recommendation, ready to show: its date, status, note and where it came from. */
export interface RecommendationWord {
  date: string;
  dateText: string;
  status: RecommendationStatus;
  note?: string;
  /** Where the word came from, such as "Reported in Shared Legal Service: annual review 2025" or "Progress update from the Head of Legal Services". */
  source: string;
  /** The review that gave it, when it came from a review. */
  href?: string;
}

/** A recommendation as a list shows it: its words first, its id in small print, its status with the date it stands as at. */
export interface RecommendationView {
  id: string;
  /** What the id's small print calls it: "Recommendation" unless it is a committee resolution. */
  idLabel?: string;
  text: string;
  /** The permanent anchor on its own review page, when listed there. */
  anchor?: string;
  /** Where it lives, when listed away from its own review. */
  href?: string;
  /** The current status with its "as at" date, overdue and not updated lately, in words. */
  status: StatusShown;
  /** The status it had when made, when that differs from the current one. */
  madeStatus?: RecommendationStatus;
  /** Priority, factor, owner and due date. */
  facts: SummaryRow[];
  /** The management response in one sentence, such as "Rejected on 31 July 2024. Quarterly figures are enough." */
  response?: string;
  /** Published words about it, oldest first. */
  history: RecommendationWord[];
}

/** This review's word on an earlier recommendation, with what that recommendation asked for. */
export interface ProgressItem {
  id: string;
  /** The earlier recommendation's own text, when it is public. */
  text?: string;
  /** Where the earlier recommendation is, when it is public. */
  href?: string;
  status: RecommendationStatus;
  note?: string;
}

/** One chart of the review to use elsewhere: its embed page and its image files, named for links read out of context. */
export interface ChartReuse {
  chart: EmbedChart;
  /** The chart's title, naming the partnership, such as "Risks to Shared Legal Service by likelihood and impact". */
  title: string;
  /** A short name that tells the page's charts apart, for the links' accessible names: "risk matrix". */
  name: string;
  pageHref: string;
  svgHref: string;
  /** Only for the charts that get a PNG. */
  pngHref?: string;
}

/** Everything a review's page shows, worked out from the site model. */
export interface ReviewPage {
  about: SummaryRow[];
  /** True when this is the partnership's current review. */
  isCurrent: boolean;
  recommendations: RecommendationView[];
  /** The recommendations the tracker lists, as search narrows to them by kind and status (none when withdrawn). */
  tracked: TrackedItem[];
  progress: ProgressItem[];
  /** The review's risks, most severe first: the matrix numbers them in this order, so its numbers follow the table's rows. */
  risks: Risk[];
  /** The review's charts that have embed pages, in EMBED_CHARTS order; none for a draft or an embargoed review. */
  charts: ChartReuse[];
  /** For a withdrawn review: the published review named by its replacedBy, to link; never a draft or embargoed one. */
  replacement?: { title: string; href: string };
}

/** Each chart's short name, telling a review page's charts apart in a list of its links. */
export const CHART_NAMES: Record<EmbedChart, string> = {
  spectrum: "chart of each group's view by factor",
  "risk-matrix": "risk matrix",
  trajectory: "chart of the assessed level at each review",
  "factor-trends": "chart of each factor at each review",
};

/** Returns the links to each of a review's embeddable charts: its page, its SVG and, where made, its PNG. */
export function chartReuse(
  partnership: PublicPartnership,
  review: PublicReview,
  base: string,
  mode: EmbedMode = "all",
): ChartReuse[] {
  const { slug } = partnership;
  return embedCharts(partnership, review, mode).map((chart) => ({
    chart,
    title: embedChartTitle({ partnership, review, chart }),
    name: CHART_NAMES[chart],
    pageHref: withBase(base, chartEmbedPath(slug, review.id, chart)),
    svgHref: withBase(base, chartFilePath(slug, review.id, chart, "svg")),
    ...(hasPng({ partnership, review, chart })
      ? { pngHref: withBase(base, chartFilePath(slug, review.id, chart, "png")) }
      : {}),
  }));
}

/** Returns an assurance opinion in words: "Limited assurance", "No assurance". */
export function assuranceWords(opinion: string): string {
  return opinion === "none" ? "No assurance" : `${label(opinion)} assurance`;
}

/** Returns the finding that the reviewer and the stakeholders differ, with the stakeholders' overall level. */
export function differWords(framework: Framework, stakeholders: number): string {
  return `Reviewer and stakeholders differ: the stakeholder groups' views, taken across the factors, put it at ${describeLevel(framework, stakeholders)}.`;
}

/** Returns the review's level against the partnership's target and, when they differ, the stakeholders' overall level, as summary rows. */
function fitRows(framework: Framework, partnership: PublicPartnership, review: PublicReview): SummaryRow[] {
  const assessed = levelById(framework, review.meta.assessedLevel);
  const target = levelById(framework, partnership.data.targetLevel);
  const stakeholders = stakeholderLevel(review.factors.map((reading) => reading.consensus));
  return [
    ...(assessed && target
      ? [
          {
            key: "Against target",
            value: capitalise(
              fitInWords(fitToTarget(assessed.order, target.order, framework.thresholds.targetTolerance)),
            ),
          },
        ]
      : []),
    ...(assessed && stakeholders !== undefined && reviewerAndStakeholdersDiffer(assessed.order, stakeholders)
      ? [{ key: "Stakeholders' view", value: differWords(framework, stakeholders) }]
      : []),
  ];
}

/** Returns the link to the review that replaces a withdrawn one, when that review is published; {} otherwise. */
function replacementOf(
  partnership: PublicPartnership,
  review: PublicReview,
  base: string,
): { replacement?: { title: string; href: string } } {
  const id = review.meta.status === "withdrawn" ? review.meta.replacedBy : undefined;
  const replacing = partnership.reviews.find((other) => other.id === id && other.published);
  return replacing === undefined
    ? {}
    : {
        replacement: { title: replacing.meta.title, href: withBase(base, reviewPath(partnership.slug, replacing.id)) },
      };
}

/** Returns a recommendation as made, for a review whose recommendations are not tracked (a withdrawn one). */
function asMade(recommendation: Recommendation, reviewDate: string): ListedRecommendation {
  return { recommendation, status: recommendation.status, overdue: false, history: [], asAt: reviewDate, stale: false };
}

/** Returns where a published word came from, in words, with a link to the review that gave it. */
function wordSource(model: SiteModel, word: PublicUpdate, base: string): Pick<RecommendationWord, "source" | "href"> {
  if (word.source === "update") {
    return { source: `Progress update${word.authorRole ? ` from the ${word.authorRole}` : ""}` };
  }
  const review = model.reviewsByKey.get(`${word.partnership}/${word.reviewId}`);
  return review === undefined
    ? { source: "Reported in a later review" }
    : { source: `Reported in ${review.meta.title}`, href: withBase(base, reviewPath(word.partnership, word.reviewId)) };
}

/**
 * Returns a recommendation ready to list; `placement` is "anchor" on its own review page (it carries
 * its permanent anchor) or a link to where it lives when listed elsewhere.
 */
export function recommendationView(
  model: SiteModel,
  item: ListedRecommendation,
  base: string,
  placement: { anchor: true } | { href: string },
): RecommendationView {
  const { recommendation: rec } = item;
  const { framework }: { framework: Framework } = model;
  const facts: SummaryRow[] = [
    { key: "Priority", value: label(rec.priority) },
    ...(rec.factor ? [{ key: "Factor", value: factorLabel(framework, rec.factor) }] : []),
    ...(rec.ownerRole ? [{ key: "Owner", value: rec.ownerRole }] : []),
    ...(rec.due ? [{ key: "Due", value: formatDate(rec.due) }] : []),
  ];
  const { response } = rec;
  return {
    id: rec.id,
    text: rec.text,
    ...("anchor" in placement ? { anchor: recommendationAnchor(rec.id) } : { href: placement.href }),
    status: statusShown(item),
    ...(item.status === rec.status ? {} : { madeStatus: rec.status }),
    facts,
    ...(response === undefined
      ? {}
      : {
          response: sentences([
            `${label(response.decision)}${response.date ? ` on ${formatDate(response.date)}` : ""}`,
            ...(response.text ? [withoutFullStop(response.text)] : []),
          ]),
        }),
    history: item.history.map((word) => ({
      date: word.reviewDate,
      dateText: formatDate(word.reviewDate),
      status: word.status,
      ...(word.note === undefined ? {} : { note: word.note }),
      ...wordSource(model, word, base),
    })),
  };
}

/** What a review page says where an assurance opinion is given without its basis (content model version 3). */
export const ASSURANCE_BASIS_NOT_PUBLISHED = "Basis not published";

/** Returns whether an equality impact assessment covered the partnership, in a sentence or two. */
function equalityWords(impact: NonNullable<PublicReview["meta"]["equalityImpact"]>): string {
  if (!impact.assessed) return "Not assessed: no equality impact assessment covered the partnership.";
  return sentences([
    `Assessed${impact.date ? ` on ${formatDate(impact.date)}` : ""}`,
    ...(impact.summary ? [withoutFullStop(impact.summary)] : []),
  ]);
}

/**
 * Returns a committee resolution ready to list as a recommendation is (the same component, status and flags),
 * carrying its permanent anchor on its partnership's page, with the meeting that made it among its facts.
 */
export function resolutionView(model: SiteModel, item: TrackedResolution, base: string): RecommendationView {
  const { resolution, meeting } = item;
  return {
    id: resolution.id,
    idLabel: "Committee resolution",
    text: resolution.text,
    anchor: resolutionAnchor(resolution.id),
    status: statusShown({ ...item, recommendation: resolution }),
    ...(item.status === resolution.status ? {} : { madeStatus: resolution.status }),
    facts: [
      {
        key: "Resolved by",
        value: `${meeting.committee}, ${formatDate(meeting.date)}`,
        ...(meeting.minutesUrl === undefined ? {} : { href: meeting.minutesUrl }),
      },
      ...(resolution.ownerRole ? [{ key: "Owner", value: resolution.ownerRole }] : []),
      ...(resolution.due ? [{ key: "Due", value: formatDate(resolution.due) }] : []),
    ],
    history: item.history.map((word) => ({
      date: word.reviewDate,
      dateText: formatDate(word.reviewDate),
      status: word.status,
      ...(word.note === undefined ? {} : { note: word.note }),
      ...wordSource(model, word, base),
    })),
  };
}

/** Returns the page's data for one review; `base` is the site's base path, `embeds` which reviews have chart embeds. */
export function reviewPage(
  model: SiteModel,
  partnership: PublicPartnership,
  review: PublicReview,
  base: string,
  embeds: EmbedMode = "all",
): ReviewPage {
  const { framework } = model;
  const { meta } = review;
  const recommendations = review.recommendations.map((recommendation) =>
    recommendationView(
      model,
      review.published
        ? (model.recommendationsById.get(recommendation.id) ?? asMade(recommendation, meta.date))
        : asMade(recommendation, meta.date),
      base,
      { anchor: true },
    ),
  );
  return {
    about: [
      { key: "Date", value: formatDate(meta.date) },
      { key: "Reviewer", value: meta.reviewer },
      { key: "Type of review", value: label(meta.reviewType) },
      ...(meta.scope ? [{ key: "Scope", value: meta.scope }] : []),
      { key: "Assessed level", value: levelById(framework, meta.assessedLevel)?.label ?? meta.assessedLevel },
      { key: "Target level", value: levelById(framework, partnership.data.targetLevel)?.label ?? "No target set" },
      ...fitRows(framework, partnership, review),
      ...(meta.assurance
        ? [
            { key: "Assurance opinion", value: assuranceWords(meta.assurance) },
            { key: "Basis of the opinion", value: meta.assuranceBasis ?? ASSURANCE_BASIS_NOT_PUBLISHED },
          ]
        : []),
      ...(meta.equalityImpact
        ? [{ key: "Equality impact assessment", value: equalityWords(meta.equalityImpact) }]
        : []),
      { key: "Status", value: review.published ? "Published" : "Withdrawn" },
    ],
    isCurrent: partnership.current?.id === review.id,
    ...replacementOf(partnership, review, base),
    risks: [...review.risks].sort(byRiskSeverity),
    charts: chartReuse(partnership, review, base, embeds),
    recommendations,
    tracked: recommendations.flatMap((view) =>
      review.published && view.anchor !== undefined && model.recommendationsById.has(view.id)
        ? [{ anchor: view.anchor, kind: "recommendation", statusKeys: view.status.filterKeys }]
        : [],
    ),
    progress: review.updates.map((update) => {
      const tracked = model.recommendationsById.get(update.id);
      return {
        id: update.id,
        status: update.status,
        ...(update.note === undefined ? {} : { note: update.note }),
        ...(tracked === undefined
          ? {}
          : {
              text: tracked.recommendation.text,
              href: withBase(base, recommendationPath(tracked.partnership, tracked.reviewId, update.id)),
            }),
      };
    }),
  };
}

/** A heading of the review's narrative, as Astro's render() lists it. */
export interface NarrativeHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The review page's own sections: each heading's id and words, used by the headings and the contents list alike. */
export const REVIEW_SECTIONS = {
  responses: { id: "section-responses", label: "Partners' responses" },
  ratings: { id: ANCHORS.reviewRatings, label: "Ratings by factor and stakeholder group" },
  indicators: { id: "section-indicators", label: "Performance indicators" },
  // "Risk register", not "Risks": a report's narrative often has its own "Risks" heading.
  risks: { id: "section-risks", label: "Risk register" },
  recommendations: { id: "section-recommendations", label: "Recommendations" },
  updates: { id: "section-updates", label: "Progress on earlier recommendations" },
  goodPractice: { id: "section-good-practice", label: "Good practice" },
  costsBenefits: { id: "section-costs-benefits", label: "Costs and benefits" },
} as const satisfies Record<string, { id: string; label: string }>;

/** Returns the review page's contents: the narrative's own second-level headings, then the sections the page adds and has. */
export function reviewContents(
  review: PublicReview,
  narrative: readonly NarrativeHeading[],
): { id: string; label: string }[] {
  const S = REVIEW_SECTIONS;
  return [
    ...narrative.filter((heading) => heading.depth === 2).map((heading) => ({ id: heading.slug, label: heading.text })),
    ...((review.meta.partnerResponses ?? []).length > 0 ? [S.responses] : []),
    S.ratings,
    ...(review.indicators.length > 0 ? [S.indicators] : []),
    ...(review.risks.length > 0 ? [S.risks] : []),
    S.recommendations,
    ...(review.updates.length > 0 ? [S.updates] : []),
    ...(review.goodPractice.length > 0 ? [S.goodPractice] : []),
    ...(review.costsBenefits.length > 0 ? [S.costsBenefits] : []),
  ];
}

/** A perception and performance gap as the review page shows it: the finding, then its evidence. */
export interface PerformanceGapView {
  factor: string;
  /** "Delivery: the reviewer judged it adequate, but 2 of its 3 indicators miss their targets". */
  words: string;
  /** Each indicator with a target behind it: "Contamination in dry recycling, 2023/24: 11.6% against a target of 10% (not met)". */
  evidence: string[];
}

/** Returns the review's perception and performance gaps, in framework order, each with its indicators as evidence. */
export function performanceGaps(findings: readonly FactorFinding[]): PerformanceGapView[] {
  return findings.flatMap((finding) => {
    const check = finding.performance;
    if (check?.gap !== true || check.words === undefined) return [];
    return [
      {
        factor: finding.factor,
        words: check.words,
        evidence: check.indicators.map(
          (item) =>
            `${item.indicator.name}, ${item.indicator.period}: ${item.actualText} against a target of ${item.targetText ?? ""} (${(item.metWords ?? "").toLowerCase()})`,
        ),
      },
    ];
  });
}

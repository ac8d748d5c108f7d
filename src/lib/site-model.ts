import type {
  CostBenefit,
  FactorJudgement,
  Framework,
  GoodPractice,
  Partnership,
  Recommendation,
  RecommendationStatus,
  Resolution,
  Review,
  Risk,
  Site,
} from "../schema/index.ts";
import type { ContentSet, ReviewEntry, UpdateEntry } from "./content.ts";
import {
  netPositions,
  totalCostsBenefits,
  withCouncilShare,
  councilAnnualCost,
  type CouncilAnnualCost,
  type CostBenefitTotal,
  type NetPosition,
} from "./costs-benefits.ts";
import { levelWithId } from "./levels.ts";
import {
  attentionReasons,
  byAttention,
  decisionPoint,
  nextBreakClause,
  reviewDueDate,
  type AttentionReason,
  type DecisionPoint,
} from "./needs-attention.ts";
import { hasPublicPage, isPublished } from "./publication.ts";
import { awaitsResponse, byWordDate, isOverdue, isStale, statusAsAt } from "./recommendations.ts";
import { changesSince, type ReviewChanges } from "./review-changes.ts";
import { byRiskSeverity } from "./risks.ts";
import { reviewerAndStakeholdersDiffer, stakeholderLevel } from "./target-fit.ts";
import { showFit, type FitShown } from "./findings/shown.ts";
import { readFactors, type FactorReading } from "./triangulation.ts";
import { factorFindings, type FactorFinding } from "./findings/factor-findings.ts";
import { portfolioFigures, type PortfolioFigures } from "./findings/portfolio.ts";
import { headlineConfidence, type HeadlineConfidence } from "./findings/confidence.ts";
import { indicatorFinding, type IndicatorFinding } from "./findings/indicators.ts";

/** A review's front matter as it may be published: every field but internalNotes. */
export type PublicReviewMeta = Omit<Review, "internalNotes">;

/** A published word on a recommendation: from a later review, or from a progress update file. */
export interface PublicUpdate {
  id: string;
  status: RecommendationStatus;
  note?: string;
  /** The partnership slug. */
  partnership: string;
  /** The id of the review that gave it; for an update file, the file's date. */
  reviewId: string;
  /** The date of the review or update file that gave it: the "as at" date of the word. */
  reviewDate: string;
  /** Where the word comes from: a review's recommendationUpdates, or an update file. */
  source: "review" | "update";
  /** For an update file: the role that reported the progress. */
  authorRole?: string;
}

/** A published progress update file: a dated report on recommendations between reviews. */
export interface PublicProgressUpdate {
  partnership: string;
  date: string;
  authorRole: string;
  /** True only in the authors' preview: a draft or embargoed update that a build never publishes. */
  preview: boolean;
  /** Its words on public recommendations (words on internal recommendations are left out). */
  updates: PublicUpdate[];
}

/** A review with a public page, holding only what may be published. */
export interface PublicReview {
  partnership: string;
  id: string;
  meta: PublicReviewMeta;
  /** True when the review is published (not withdrawn). */
  published: boolean;
  /** True only in the authors' preview: a draft or embargoed review that a build never publishes. */
  preview: boolean;
  /** One reading per framework factor; suppressed ratings are already removed. */
  factors: FactorReading[];
  /** What the review says about each factor, in framework order: the one source of every factor finding shown. */
  findings: FactorFinding[];
  /** The review's performance indicators, with whether each met its target and which way it moved. */
  indicators: IndicatorFinding[];
  /** How many ratings were withheld because too few people gave them. */
  withheld: number;
  risks: Risk[];
  recommendations: Recommendation[];
  /** This review's updates to earlier, public recommendations. */
  updates: PublicUpdate[];
  goodPractice: GoodPractice[];
  costsBenefits: CostBenefit[];
  /** The reviewer's judgement of how well each factor works, in framework factor order. */
  factorJudgements: FactorJudgement[];
  /** Costs and benefits totalled by kind, basis and cashability; never added across them. */
  costTotals: CostBenefitTotal[];
  /** Cashable savings and income less costs, per basis, where both are given with amounts. */
  netPositions: NetPosition[];
}

/** A committee meeting whose resolutions are published. */
export interface PublicMeeting {
  date: string;
  committee: string;
  publishDate?: string;
  minutesUrl?: string;
  /** True only in the authors' preview: a draft or embargoed meeting that a build never publishes. */
  preview: boolean;
  resolutions: Resolution[];
}

/** A published committee resolution with its current status after update files' words, tracked as a recommendation is. */
export interface TrackedResolution {
  resolution: Resolution;
  partnership: string;
  /** The meeting that made it; `publishDate` when its resolutions were published after the day of the meeting. */
  meeting: { date: string; committee: string; publishDate?: string; minutesUrl?: string };
  /** Published words from update files, oldest first. */
  history: PublicUpdate[];
  status: RecommendationStatus;
  /** The date the current status stands as at: the latest word's date, else the meeting's. */
  asAt: string;
  overdue: boolean;
  /** Open or in progress with no published word for staleAfterMonths since the last word, else since publication. */
  stale: boolean;
}

/** A published recommendation with its current status after later updates. */
export interface TrackedRecommendation {
  recommendation: Recommendation;
  partnership: string;
  reviewId: string;
  reviewDate: string;
  /** Published words from later reviews and update files, oldest first. */
  history: PublicUpdate[];
  /** The current status: the latest published word, else the recommendation's own. */
  status: RecommendationStatus;
  /** The date the current status stands as at: the latest word's date, else the review's date. */
  asAt: string;
  overdue: boolean;
  /** Open or in progress with no published word for staleAfterMonths: "not updated since" asAt. Shown apart from overdue. */
  stale: boolean;
  /** Open or in progress with no management response responseDueMonths after its review was published. */
  noResponse: boolean;
}

/** A partnership with its public reviews, newest first. */
export interface PublicPartnership {
  slug: string;
  data: Partnership;
  /** Reviews with a public page (published or withdrawn), newest first. */
  reviews: PublicReview[];
  /** The latest published review by date, if any. */
  current?: PublicReview;
  /** Recommendations of this partnership's published reviews, with their current status. */
  recommendations: TrackedRecommendation[];
  /** Committee resolutions about this partnership, with their current status. */
  resolutions: TrackedResolution[];
  /** Published progress update files, newest first. */
  updates: PublicProgressUpdate[];
  /** The headline fit: the current review's assessedLevel against the target, with its words; undefined without both. */
  fit?: FitShown;
  /** How sure the current review's findings are: the lowest confidence among its factors with a published view. */
  confidence: HeadlineConfidence;
  /** The stakeholders' overall level: the median of the current review's factor consensus levels. */
  stakeholderLevel?: number;
  /** True when the reviewer's assessed level and the stakeholders' overall level differ by a level or more. */
  reviewerAndStakeholdersDiffer: boolean;
  /** The agreement's next break clause on or after today, else its last one. */
  nextBreakClause?: string;
  /** When a decision about the agreement falls due: the next break or the end, less the notice period. */
  decisionPoint?: DecisionPoint;
  /** What the council pays into it a year: stated, else its share of the whole partnership's annual value. */
  councilAnnualCost?: CouncilAnnualCost;
  /** The date the next review is due (nextReviewDue, else the current review's date plus reviewCycleMonths). */
  reviewDue: string;
  /** The reasons the partnership needs attention, most serious first; always empty unless active. */
  attention: AttentionReason[];
  /** What changed from the previous published review to the current one, when there are two. */
  changes?: ReviewChanges<PublicReview, TrackedRecommendation>;
  /** The current review's published risks, highest residual score first. */
  currentRisks: Risk[];
}

/** The needs-attention list and the partnerships kept out of portfolio figures. */
export interface AttentionList {
  /** Active partnerships with at least one reason, in the needs-attention order. */
  needsAttention: PublicPartnership[];
  /** Active partnerships with no reason, by name. */
  onTrack: PublicPartnership[];
  /** Proposed partnerships, by name: listed apart, never in portfolio figures. */
  proposed: PublicPartnership[];
  /** Ended partnerships, by name: listed apart, never in portfolio figures. */
  ended: PublicPartnership[];
}

/** Everything the site publishes, and nothing it must not. */
export interface SiteModel {
  site: Site;
  framework: Framework;
  /** The build's "now" as YYYY-MM-DD. */
  today: string;
  partnerships: PublicPartnership[];
  /** Every review with a public page, newest first. */
  reviews: PublicReview[];
  /** The same reviews by "partnership slug/review id", so that a page's lookups never scan the site. */
  reviewsByKey: Map<string, PublicReview>;
  /** Every recommendation of a published review, with its current status. */
  recommendations: TrackedRecommendation[];
  /** The same recommendations by id. */
  recommendationsById: Map<string, TrackedRecommendation>;
  /** Every published progress update file, newest first. */
  updates: PublicProgressUpdate[];
  /** Committee meetings with published resolutions, newest first. */
  meetings: PublicMeeting[];
  /** Every published committee resolution, with its current status. */
  resolutions: TrackedResolution[];
  /** Active partnerships, by name: the only ones portfolio figures count. */
  active: PublicPartnership[];
  /** The needs-attention list, with proposed and ended partnerships apart. */
  attention: AttentionList;
  /** The portfolio's figures, active partnerships only: the one source of every count the site states. */
  portfolio: PortfolioFigures;
}

/** Returns { [name]: value }, or {} when the value is undefined: an optional field set only when there is a value. */
function optionalField<K extends string, V>(name: K, value: V | undefined): { [key in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [key in K]?: V };
}

function byDateDescending(
  a: { meta: { date: string }; id: string },
  b: { meta: { date: string }; id: string },
): number {
  return b.meta.date.localeCompare(a.meta.date) || b.id.localeCompare(a.id);
}

/** Returns the front matter without its private fields; fields are listed so that a new private field is never copied by accident. */
function publicMeta(meta: Review): PublicReviewMeta {
  const {
    title,
    date,
    status,
    publishDate,
    withdrawnDate,
    withdrawnReason,
    replacedBy,
    reviewer,
    reviewType,
    scope,
    assessedLevel,
    summary,
    assurance,
    assuranceBasis,
    equalityImpact,
    partnerResponses,
  } = meta;
  return {
    title,
    date,
    status,
    publishDate,
    withdrawnDate,
    withdrawnReason,
    ...(replacedBy === undefined ? {} : { replacedBy }),
    reviewer,
    reviewType,
    scope,
    assessedLevel,
    summary,
    ...optionalField("assurance", assurance),
    ...optionalField("assuranceBasis", assuranceBasis),
    ...optionalField("equalityImpact", equalityImpact),
    ...optionalField("partnerResponses", partnerResponses),
  };
}

/** How the model is built: `preview` adds drafts and embargoed reviews, for the authors' dev server only. */
export interface ModelOptions {
  preview?: boolean;
}

/** Returns the published model of the content: only what may appear on the public site, with every derived figure. */
export function buildSiteModel(content: ContentSet, today: string, options: ModelOptions = {}): SiteModel {
  const { framework } = content;
  const visible = content.reviews.filter((review) => options.preview === true || hasPublicPage(review.meta, today));
  // Meetings pass the same gate as reviews: drafts and embargoed resolutions appear nowhere.
  const meetings = (content.meetings ?? [])
    .filter((entry) => options.preview === true || isPublished(entry.data, today))
    .map((entry): PublicMeeting => ({
      date: entry.data.date,
      committee: entry.data.committee,
      ...(entry.data.publishDate === undefined ? {} : { publishDate: entry.data.publishDate }),
      ...(entry.data.minutesUrl === undefined ? {} : { minutesUrl: entry.data.minutesUrl }),
      preview: !isPublished(entry.data, today),
      resolutions: entry.data.resolutions,
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.committee.localeCompare(b.committee));
  const publicRecommendationIds = new Set([
    ...visible.flatMap((review) => review.data.recommendations.filter((rec) => !rec.internal).map((rec) => rec.id)),
    ...meetings.flatMap((meeting) => meeting.resolutions.map((resolution) => resolution.id)),
  ]);
  const factorOrder = new Map(framework.factors.map((factor, index) => [factor.id, index]));
  const targets = new Map(
    content.partnerships.map((entry) => [entry.slug, levelWithId(framework.spectrum, entry.data.targetLevel)?.order]),
  );
  const partnershipData = new Map(content.partnerships.map((entry) => [entry.slug, entry.data]));
  const toPublic = (review: ReviewEntry): PublicReview => {
    const factors = readFactors(framework, review.data.ratings, partnershipData.get(review.partnership)?.groupSides);
    const indicators = review.data.indicators.map(indicatorFinding);
    // Each money line's council share is worked out once, here, so every table, file and the pack says the same.
    const sharePercent = partnershipData.get(review.partnership)?.councilSharePercent;
    const lines = review.data.costsBenefits.map((line) => withCouncilShare(line, sharePercent));
    return {
      partnership: review.partnership,
      id: review.id,
      meta: publicMeta(review.meta),
      published: isPublished(review.meta, today),
      preview: !hasPublicPage(review.meta, today),
      factors,
      findings: factorFindings(framework, factors, {
        target: targets.get(review.partnership),
        review: review.meta,
        today,
        judgements: review.data.factorJudgements,
        indicators,
      }),
      indicators,
      withheld: factors.reduce((sum, reading) => sum + reading.withheld, 0),
      risks: review.data.risks.filter((risk) => !risk.internal),
      recommendations: review.data.recommendations.filter((rec) => !rec.internal),
      updates: review.data.recommendationUpdates
        .filter((update) => publicRecommendationIds.has(update.id))
        .map((update): PublicUpdate => ({
          id: update.id,
          status: update.status,
          ...(update.note === undefined ? {} : { note: update.note }),
          partnership: review.partnership,
          reviewId: review.id,
          reviewDate: review.meta.date,
          source: "review",
        })),
      goodPractice: review.data.goodPractice,
      costsBenefits: lines,
      factorJudgements: [...review.data.factorJudgements].sort(
        (a, b) => (factorOrder.get(a.factor) ?? 0) - (factorOrder.get(b.factor) ?? 0),
      ),
      costTotals: totalCostsBenefits(lines),
      netPositions: netPositions(lines),
    };
  };
  const reviews = visible.map(toPublic).sort(byDateDescending);

  // Update files pass the same gate as reviews: drafts and embargoed updates appear nowhere.
  const toPublicUpdate = (entry: UpdateEntry): PublicProgressUpdate => ({
    partnership: entry.partnership,
    date: entry.data.date,
    authorRole: entry.data.authorRole,
    preview: !isPublished(entry.data, today),
    updates: entry.data.recommendationUpdates
      .filter((update) => publicRecommendationIds.has(update.id))
      .map((update): PublicUpdate => ({
        id: update.id,
        status: update.status,
        ...(update.note === undefined ? {} : { note: update.note }),
        partnership: entry.partnership,
        reviewId: entry.data.date,
        reviewDate: entry.data.date,
        source: "update",
        authorRole: entry.data.authorRole,
      })),
  });
  const progressUpdates = (content.updates ?? [])
    .filter((entry) => options.preview === true || isPublished(entry.data, today))
    .map(toPublicUpdate)
    .sort((a, b) => b.date.localeCompare(a.date) || a.partnership.localeCompare(b.partnership));

  // Only published reviews and updates speak for a recommendation's status; a withdrawn review's word no longer stands.
  const updatesById = Map.groupBy(
    [
      ...reviews.filter((review) => review.published).flatMap((review) => review.updates),
      ...progressUpdates.filter((update) => !update.preview).flatMap((update) => update.updates),
    ],
    (update) => update.id,
  );
  const recommendations = reviews
    .filter((review) => review.published)
    .flatMap((review) =>
      review.recommendations.map((recommendation): TrackedRecommendation => {
        const history = byWordDate(updatesById.get(recommendation.id) ?? []);
        const { status, asAt } = statusAsAt(recommendation.status, review.meta.date, history);
        return {
          recommendation,
          partnership: review.partnership,
          reviewId: review.id,
          reviewDate: review.meta.date,
          history,
          status,
          asAt,
          overdue: isOverdue(recommendation.due, status, today),
          stale: isStale(status, asAt, today, framework.thresholds.staleAfterMonths),
          noResponse: awaitsResponse(
            recommendation,
            status,
            review.meta.publishDate ?? review.meta.date,
            today,
            framework.thresholds.responseDueMonths,
          ),
        };
      }),
    );

  const resolutions = meetings
    .filter((meeting) => !meeting.preview)
    .flatMap((meeting) =>
      meeting.resolutions.map((resolution): TrackedResolution => {
        const history = byWordDate(updatesById.get(resolution.id) ?? []);
        const { status, asAt } = statusAsAt(resolution.status, meeting.date, history);
        // The stale clock starts when the resolutions were published, else on the day of the meeting.
        const lastWord = history.at(-1)?.reviewDate ?? meeting.publishDate ?? meeting.date;
        return {
          resolution,
          partnership: resolution.partnership,
          meeting: {
            date: meeting.date,
            committee: meeting.committee,
            ...optionalField("publishDate", meeting.publishDate),
            ...optionalField("minutesUrl", meeting.minutesUrl),
          },
          history,
          status,
          asAt,
          overdue: isOverdue(resolution.due, status, today),
          stale: isStale(status, lastWord, today, framework.thresholds.staleAfterMonths),
        };
      }),
    );
  const resolutionsBySlug = Map.groupBy(resolutions, (item) => item.partnership);
  const recommendationsBySlug = Map.groupBy(recommendations, (item) => item.partnership);
  const reviewsBySlug = Map.groupBy(reviews, (review) => review.partnership);
  const updatesBySlug = Map.groupBy(progressUpdates, (update) => update.partnership);
  const { thresholds } = framework;

  const partnerships = content.partnerships
    .map((entry): PublicPartnership => {
      const own = reviewsBySlug.get(entry.slug) ?? [];
      const published = own.filter((review) => review.published);
      const current = published[0];
      const previous = published[1];
      const tracked = recommendationsBySlug.get(entry.slug) ?? [];
      const target = levelWithId(framework.spectrum, entry.data.targetLevel);
      const assessed = levelWithId(framework.spectrum, current?.meta.assessedLevel);
      const overall = stakeholderLevel((current?.factors ?? []).map((reading) => reading.consensus));
      return {
        slug: entry.slug,
        data: entry.data,
        reviews: own,
        recommendations: tracked,
        resolutions: resolutionsBySlug.get(entry.slug) ?? [],
        updates: updatesBySlug.get(entry.slug) ?? [],
        ...(current === undefined ? {} : { current }),
        ...(target === undefined || assessed === undefined
          ? {}
          : { fit: showFit(assessed.order, target.order, thresholds.targetTolerance) }),
        confidence: headlineConfidence(current?.findings ?? []),
        ...(overall === undefined ? {} : { stakeholderLevel: overall }),
        reviewerAndStakeholdersDiffer: assessed !== undefined && reviewerAndStakeholdersDiffer(assessed.order, overall),
        ...optionalField("nextBreakClause", nextBreakClause(entry.data.agreement, today)),
        ...optionalField("decisionPoint", decisionPoint(entry.data, today)),
        ...optionalField("councilAnnualCost", councilAnnualCost(entry.data)),
        reviewDue: reviewDueDate(entry.data, current?.meta.date, thresholds.reviewCycleMonths),
        attention: attentionReasons({
          partnership: entry.data,
          ...(current === undefined ? {} : { current }),
          overdueRecommendations: tracked.filter((item) => item.overdue).map((item) => item.recommendation),
          unansweredRecommendations: tracked.filter((item) => item.noResponse).map((item) => item.recommendation),
          overdueResolutions: (resolutionsBySlug.get(entry.slug) ?? [])
            .filter((item) => item.overdue)
            .map((item) => item.resolution),
          framework,
          today,
        }),
        ...(current !== undefined && previous !== undefined
          ? { changes: changesSince(previous, current, tracked, framework) }
          : {}),
        currentRisks: [...(current?.risks ?? [])].sort(byRiskSeverity),
      };
    })
    .sort((a, b) => a.data.name.localeCompare(b.data.name, "en-GB"));

  const active = partnerships.filter((partnership) => partnership.data.status === "active");
  const attentionOrder = (a: PublicPartnership, b: PublicPartnership) =>
    byAttention({ name: a.data.name, reasons: a.attention }, { name: b.data.name, reasons: b.attention });

  return {
    site: content.site,
    framework,
    today,
    partnerships,
    reviews,
    reviewsByKey: new Map(reviews.map((review) => [`${review.partnership}/${review.id}`, review])),
    recommendations,
    recommendationsById: new Map(recommendations.map((item) => [item.recommendation.id, item])),
    updates: progressUpdates,
    meetings: meetings.filter((meeting) => !meeting.preview),
    resolutions,
    active,
    portfolio: portfolioFigures(partnerships),
    attention: {
      needsAttention: active.filter((partnership) => partnership.attention.length > 0).sort(attentionOrder),
      onTrack: active.filter((partnership) => partnership.attention.length === 0),
      proposed: partnerships.filter((partnership) => partnership.data.status === "proposed"),
      ended: partnerships.filter((partnership) => partnership.data.status === "ended"),
    },
  };
}

import type {
  CostBenefit,
  Framework,
  GoodPractice,
  Partnership,
  Recommendation,
  RecommendationStatus,
  Review,
  Risk,
  Site,
} from "../schema/index.ts";
import type { ContentSet, ReviewEntry } from "./content.ts";
import { hasPublicPage, isPublished } from "./publication.ts";
import { currentStatus, isOverdue, type DatedUpdate } from "./recommendations.ts";
import { readFactors, type FactorReading } from "./triangulation.ts";

/** A review's front matter as it may be published: every field but internalNotes. */
export type PublicReviewMeta = Omit<Review, "internalNotes">;

/** A later review's published word on a recommendation. */
export interface PublicUpdate {
  id: string;
  status: RecommendationStatus;
  note?: string;
  /** The partnership slug and review id of the review that gave it. */
  partnership: string;
  reviewId: string;
  reviewDate: string;
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
  /** How many ratings were withheld because too few people gave them. */
  withheld: number;
  risks: Risk[];
  recommendations: Recommendation[];
  /** This review's updates to earlier, public recommendations. */
  updates: PublicUpdate[];
  goodPractice: GoodPractice[];
  costsBenefits: CostBenefit[];
}

/** A published recommendation with its current status after later updates. */
export interface TrackedRecommendation {
  recommendation: Recommendation;
  partnership: string;
  reviewId: string;
  reviewDate: string;
  /** Updates from later published reviews, oldest first. */
  history: PublicUpdate[];
  status: RecommendationStatus;
  overdue: boolean;
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
  /** Every recommendation of a published review, with its current status. */
  recommendations: TrackedRecommendation[];
  /** The same recommendations by id. */
  recommendationsById: Map<string, TrackedRecommendation>;
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
    reviewer,
    reviewType,
    scope,
    assessedLevel,
    summary,
  } = meta;
  return {
    title,
    date,
    status,
    publishDate,
    withdrawnDate,
    withdrawnReason,
    reviewer,
    reviewType,
    scope,
    assessedLevel,
    summary,
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
  const publicRecommendationIds = new Set(
    visible.flatMap((review) => review.data.recommendations.filter((rec) => !rec.internal).map((rec) => rec.id)),
  );
  const toPublic = (review: ReviewEntry): PublicReview => {
    const factors = readFactors(framework, review.data.ratings);
    return {
      partnership: review.partnership,
      id: review.id,
      meta: publicMeta(review.meta),
      published: isPublished(review.meta, today),
      preview: !hasPublicPage(review.meta, today),
      factors,
      withheld: factors.reduce((sum, reading) => sum + reading.withheld, 0),
      risks: review.data.risks.filter((risk) => !risk.internal),
      recommendations: review.data.recommendations.filter((rec) => !rec.internal),
      updates: review.data.recommendationUpdates
        .filter((update) => publicRecommendationIds.has(update.id))
        .map((update) => ({
          id: update.id,
          status: update.status,
          ...(update.note === undefined ? {} : { note: update.note }),
          partnership: review.partnership,
          reviewId: review.id,
          reviewDate: review.meta.date,
        })),
      goodPractice: review.data.goodPractice,
      costsBenefits: review.data.costsBenefits,
    };
  };
  const reviews = visible.map(toPublic).sort(byDateDescending);

  // Only published reviews speak for a recommendation's status; a withdrawn review's word no longer stands.
  const updatesById = Map.groupBy(
    reviews.filter((review) => review.published).flatMap((review) => review.updates),
    (update) => update.id,
  );
  const recommendations = reviews
    .filter((review) => review.published)
    .flatMap((review) =>
      review.recommendations.map((recommendation): TrackedRecommendation => {
        const history = (updatesById.get(recommendation.id) ?? []).sort(
          (a, b) => a.reviewDate.localeCompare(b.reviewDate) || a.reviewId.localeCompare(b.reviewId),
        );
        const dated: DatedUpdate[] = history.map(({ status, reviewDate, reviewId }) => ({
          status,
          reviewDate,
          reviewId,
        }));
        const status = currentStatus(recommendation.status, dated);
        return {
          recommendation,
          partnership: review.partnership,
          reviewId: review.id,
          reviewDate: review.meta.date,
          history,
          status,
          overdue: isOverdue(recommendation.due, status, today),
        };
      }),
    );

  const recommendationsBySlug = Map.groupBy(recommendations, (item) => item.partnership);
  const reviewsBySlug = Map.groupBy(reviews, (review) => review.partnership);

  const partnerships = content.partnerships
    .map((entry): PublicPartnership => {
      const own = reviewsBySlug.get(entry.slug) ?? [];
      const current = own.find((review) => review.published);
      const tracked = recommendationsBySlug.get(entry.slug) ?? [];
      return {
        slug: entry.slug,
        data: entry.data,
        reviews: own,
        recommendations: tracked,
        ...(current === undefined ? {} : { current }),
      };
    })
    .sort((a, b) => a.data.name.localeCompare(b.data.name, "en-GB"));

  return {
    site: content.site,
    framework,
    today,
    partnerships,
    reviews,
    recommendations,
    recommendationsById: new Map(recommendations.map((item) => [item.recommendation.id, item])),
  };
}

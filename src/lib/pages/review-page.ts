import type { Recommendation, RecommendationStatus } from "../../schema/index.ts";
import { formatDate, levelById } from "../format.ts";
import { label } from "../labels.ts";
import type { PublicPartnership, PublicReview, SiteModel, TrackedRecommendation } from "../site-model.ts";
import type { SummaryRow } from "../tables.ts";
import { recommendationPath, withBase } from "../urls.ts";

/** A recommendation as the review page lists it: with its current status when the review is published. */
export type ListedRecommendation = Pick<TrackedRecommendation, "recommendation" | "status" | "overdue" | "history">;

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

/** Everything a review's page shows, worked out from the site model. */
export interface ReviewPage {
  about: SummaryRow[];
  /** True when this is the partnership's current review. */
  isCurrent: boolean;
  recommendations: ListedRecommendation[];
  progress: ProgressItem[];
}

/** Returns a recommendation as made, for a review whose recommendations are not tracked (a withdrawn one). */
function asMade(recommendation: Recommendation): ListedRecommendation {
  return { recommendation, status: recommendation.status, overdue: false, history: [] };
}

/** Returns the page's data for one review; `base` is the site's base path. */
export function reviewPage(
  model: SiteModel,
  partnership: PublicPartnership,
  review: PublicReview,
  base: string,
): ReviewPage {
  const { framework } = model;
  const { meta } = review;
  return {
    about: [
      { key: "Date", value: formatDate(meta.date) },
      { key: "Reviewer", value: meta.reviewer },
      { key: "Type of review", value: label(meta.reviewType) },
      ...(meta.scope ? [{ key: "Scope", value: meta.scope }] : []),
      { key: "Assessed level", value: levelById(framework, meta.assessedLevel)?.label ?? meta.assessedLevel },
      { key: "Target level", value: levelById(framework, partnership.data.targetLevel)?.label ?? "No target set" },
      { key: "Status", value: review.published ? "Published" : "Withdrawn" },
    ],
    isCurrent: partnership.current?.id === review.id,
    recommendations: review.recommendations.map((recommendation) =>
      review.published
        ? (model.recommendationsById.get(recommendation.id) ?? asMade(recommendation))
        : asMade(recommendation),
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

import type { PublicReview } from "../lib/site-model.ts";
import type { Framework } from "../schema/index.ts";
import type { FactorTrendsInput } from "./factor-trends-chart.ts";
import { levelOrder } from "./levels.ts";
import type { TrajectoryChartInput } from "./trajectory-chart.ts";

/** Returns the published reviews among a partnership's reviews: withdrawn ones leave charts over time. */
function publishedOnly(reviews: readonly PublicReview[]): PublicReview[] {
  return reviews.filter((review) => review.published);
}

/** Returns the trajectory chart's data for a partnership's reviews (withdrawn reviews are left out). */
export function trajectoryChartInput(
  framework: Framework,
  reviews: readonly PublicReview[],
  targetLevel?: string,
): TrajectoryChartInput {
  return {
    levels: framework.spectrum,
    reviews: publishedOnly(reviews).map((review) => ({
      id: review.id,
      date: review.meta.date,
      label: review.meta.title,
      assessed: levelOrder(framework.spectrum, review.meta.assessedLevel),
    })),
    target: levelOrder(framework.spectrum, targetLevel),
  };
}

/** Returns the per-factor small multiples' data for a partnership's reviews (withdrawn reviews are left out). */
export function factorTrendsInput(
  framework: Framework,
  reviews: readonly PublicReview[],
  targetLevel?: string,
): FactorTrendsInput {
  return {
    levels: framework.spectrum,
    factors: framework.factors,
    reviews: publishedOnly(reviews).map((review) => ({
      id: review.id,
      date: review.meta.date,
      readings: review.factors,
    })),
    target: levelOrder(framework.spectrum, targetLevel),
  };
}

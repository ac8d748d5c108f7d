import type { PublicPartnership, PublicReview } from "../lib/site-model.ts";
import type { Framework } from "../schema/index.ts";
import type { FactorTrendsInput } from "./factor-trends-chart.ts";
import type { HeatmapChartInput } from "./heatmap-chart.ts";
import { levelOrder } from "./levels.ts";
import type { PositionChartInput } from "./position-chart.ts";
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

/** Returns the "where partnerships sit" chart's data: each partnership's current assessed level and target. */
export function positionChartInput(
  framework: Framework,
  partnerships: readonly PublicPartnership[],
): PositionChartInput {
  return {
    levels: framework.spectrum,
    partnerships: partnerships.map((partnership) => ({
      id: partnership.slug,
      label: partnership.data.name,
      assessed: levelOrder(framework.spectrum, partnership.current?.meta.assessedLevel),
      target: levelOrder(framework.spectrum, partnership.data.targetLevel),
    })),
  };
}

/** Returns the comparison heatmap's data: each partnership's current review readings. */
export function heatmapChartInput(framework: Framework, partnerships: readonly PublicPartnership[]): HeatmapChartInput {
  return {
    levels: framework.spectrum,
    factors: framework.factors,
    partnerships: partnerships.map((partnership) => ({
      id: partnership.slug,
      label: partnership.data.name,
      readings: partnership.current?.factors,
    })),
  };
}

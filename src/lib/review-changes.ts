import type { Recommendation } from "../schema/index.ts";
import { isOutstanding } from "./recommendations.ts";
import type { PublicReview, TrackedRecommendation } from "./site-model.ts";

/** How one factor's consensus moved between two reviews. */
export interface FactorMove {
  factor: string;
  before: number | undefined;
  after: number | undefined;
  /** after − before, when both are known. */
  change: number | undefined;
}

/** What changed between a partnership's previous published review and its current one. */
export interface ReviewChanges {
  previous: PublicReview;
  current: PublicReview;
  /** Factors whose consensus level moved, or that gained or lost a published view. */
  moved: FactorMove[];
  /** Factors whose consensus stayed the same. */
  unchanged: string[];
  /** Earlier recommendations the current review reports as implemented. */
  implemented: TrackedRecommendation[];
  /** Recommendations the current review makes. */
  opened: Recommendation[];
  /** Recommendations of earlier reviews still open or in progress after the current review. */
  outstanding: TrackedRecommendation[];
}

/** Returns what changed from `previous` to `current`, using the tracked recommendations for statuses. */
export function changesSince(
  previous: PublicReview,
  current: PublicReview,
  tracked: readonly TrackedRecommendation[],
): ReviewChanges {
  const before = new Map(previous.factors.map((reading) => [reading.factor, reading.consensus]));
  const moved: FactorMove[] = [];
  const unchanged: string[] = [];
  for (const reading of current.factors) {
    const was = before.get(reading.factor);
    const now = reading.consensus;
    if (was === now) {
      if (now !== undefined) unchanged.push(reading.factor);
      continue;
    }
    moved.push({
      factor: reading.factor,
      before: was,
      after: now,
      change: was === undefined || now === undefined ? undefined : Math.round((now - was) * 100) / 100,
    });
  }
  const implementedNow = new Set(
    current.updates.filter((update) => update.status === "implemented").map((update) => update.id),
  );
  const earlier = tracked.filter(
    (item) => item.partnership === current.partnership && item.reviewDate < current.meta.date,
  );
  return {
    previous,
    current,
    moved,
    unchanged,
    implemented: earlier.filter((item) => implementedNow.has(item.recommendation.id)),
    opened: current.recommendations,
    outstanding: earlier.filter((item) => isOutstanding(item.status)),
  };
}

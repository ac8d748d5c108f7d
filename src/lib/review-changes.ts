import type { Framework, Recommendation } from "../schema/index.ts";
import { label } from "./labels.ts";
import { isOutstanding } from "./recommendations.ts";
import { listWords } from "./words.ts";
import type { PublicReview, TrackedRecommendation } from "./site-model.ts";

/** How one factor's consensus moved between two reviews. */
export interface FactorMove {
  factor: string;
  before: number | undefined;
  after: number | undefined;
  /** after − before, when both are known. */
  change: number | undefined;
}

/** How far two reviews can be compared like for like. */
export interface Comparability {
  /** True when both reviews are of the same type and the same groups gave published views. */
  likeForLike: boolean;
  /** The two review types, when they differ. */
  reviewTypes: { before: string; after: string } | undefined;
  /** Group ids with published views in the current review but not the previous one. */
  groupsAdded: string[];
  /** Group ids with published views in the previous review but not the current one. */
  groupsDropped: string[];
  /** The differences in words, one sentence each; empty when like for like. */
  differences: string[];
}

/** What changed between a partnership's previous published review and its current one. */
export interface ReviewChanges {
  previous: PublicReview;
  current: PublicReview;
  /** Whether the two reviews can be compared like for like, and if not, how they differ. */
  comparability: Comparability;
  /** Factors whose consensus moved by at least changeThreshold, or that gained or lost a published view. */
  moved: FactorMove[];
  /** Factors with a consensus in both reviews that moved by less than changeThreshold. */
  unchanged: string[];
  /** Earlier recommendations the current review reports as implemented. */
  implemented: TrackedRecommendation[];
  /** Recommendations the current review makes. */
  opened: Recommendation[];
  /** Recommendations of earlier reviews still open or in progress after the current review. */
  outstanding: TrackedRecommendation[];
}

/** Returns the ids of the groups with a published view in the review, in framework order. */
function groupsWithViews(review: Pick<PublicReview, "factors">): Set<string> {
  return new Set(review.factors.flatMap((reading) => reading.ratings.map((rating) => rating.group)));
}

/** Returns how far two reviews can be compared: same review type, and the same groups with published views. */
export function comparability(
  previous: Pick<PublicReview, "factors" | "meta">,
  current: Pick<PublicReview, "factors" | "meta">,
  framework: Pick<Framework, "stakeholderGroups">,
): Comparability {
  const before = groupsWithViews(previous);
  const after = groupsWithViews(current);
  const order = framework.stakeholderGroups.map((group) => group.id);
  const groupsAdded = order.filter((id) => after.has(id) && !before.has(id));
  const groupsDropped = order.filter((id) => before.has(id) && !after.has(id));
  const names = (ids: readonly string[]) =>
    listWords(ids.map((id) => framework.stakeholderGroups.find((group) => group.id === id)?.label ?? id));
  const differences: string[] = [];
  const typesDiffer = previous.meta.reviewType !== current.meta.reviewType;
  if (typesDiffer) {
    differences.push(
      `The earlier review was ${label(previous.meta.reviewType).toLowerCase()} and the later one ${label(current.meta.reviewType).toLowerCase()}`,
    );
  }
  if (groupsAdded.length > 0) differences.push(`Only the later review has published views from ${names(groupsAdded)}`);
  if (groupsDropped.length > 0) {
    differences.push(`Only the earlier review has published views from ${names(groupsDropped)}`);
  }
  return {
    likeForLike: differences.length === 0,
    reviewTypes: typesDiffer ? { before: previous.meta.reviewType, after: current.meta.reviewType } : undefined,
    groupsAdded,
    groupsDropped,
    differences,
  };
}

/**
 * Returns what changed from `previous` to `current`, using the tracked recommendations for statuses.
 * A factor's movement is reported only when it is at least the framework's changeThreshold.
 */
export function changesSince(
  previous: PublicReview,
  current: PublicReview,
  tracked: readonly TrackedRecommendation[],
  framework: Pick<Framework, "stakeholderGroups" | "thresholds">,
): ReviewChanges {
  const before = new Map(previous.factors.map((reading) => [reading.factor, reading.consensus]));
  const moved: FactorMove[] = [];
  const unchanged: string[] = [];
  for (const reading of current.factors) {
    const was = before.get(reading.factor);
    const now = reading.consensus;
    if (was === undefined && now === undefined) continue;
    const change = was === undefined || now === undefined ? undefined : Math.round((now - was) * 1e6) / 1e6;
    if (change !== undefined && Math.abs(change) < framework.thresholds.changeThreshold) {
      unchanged.push(reading.factor);
      continue;
    }
    moved.push({ factor: reading.factor, before: was, after: now, change });
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
    comparability: comparability(previous, current, framework),
    moved,
    unchanged,
    implemented: earlier.filter((item) => implementedNow.has(item.recommendation.id)),
    opened: current.recommendations,
    outstanding: earlier.filter((item) => isOutstanding(item.status)),
  };
}

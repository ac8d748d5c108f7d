import type { Framework, Recommendation, RecommendationStatus } from "../schema/index.ts";
import { factorMove, type FactorMove } from "./findings/factor-moves.ts";
import { label } from "./labels.ts";
import { currentStatus, isOutstanding, type DatedUpdate } from "./recommendations.ts";
import type { FactorReading } from "./triangulation.ts";
import { listWords } from "./words.ts";

// The site model (site-model.ts) calls changesSince, so this module names only the parts of its reviews and
// tracked recommendations that it reads: importing the model's types back would tie the two in a circle.

/** What the changes read of a review; the site model's PublicReview has it. */
export interface ChangesReview {
  partnership: string;
  meta: { date: string; reviewType: string };
  factors: readonly FactorReading[];
  recommendations: Recommendation[];
}

/** What the changes read of a tracked recommendation; the site model's TrackedRecommendation has it. */
export interface ChangesRecommendation {
  recommendation: Recommendation;
  partnership: string;
  reviewDate: string;
  history: readonly DatedUpdate[];
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

/** The earlier recommendations' statuses, all counted on one day: the current review's date. */
export interface RecommendationsAsAt<T extends ChangesRecommendation> {
  /** The day every status below stands as at. */
  asAt: string;
  /** Recommendations of earlier published reviews, each with its status on that day. */
  earlier: { item: T; status: RecommendationStatus }[];
  implemented: T[];
  /** Open or in progress on that day. */
  outstanding: T[];
  /** Not accepted or superseded on that day. */
  closed: T[];
}

/** What changed between a partnership's previous published review and its current one. */
export interface ReviewChanges<R extends ChangesReview, T extends ChangesRecommendation> {
  previous: R;
  current: R;
  /** Whether the two reviews can be compared like for like, and if not, how they differ. */
  comparability: Comparability;
  /** Factors whose consensus moved by at least changeThreshold, or that gained or lost a published view. */
  moved: FactorMove[];
  /** Factors with a consensus in both reviews that moved by less than changeThreshold. */
  unchanged: FactorMove[];
  /** The earlier recommendations, counted as at the current review's date: every one in exactly one count. */
  recommendations: RecommendationsAsAt<T>;
  /** Recommendations the current review makes. */
  opened: Recommendation[];
}

/** Returns the ids of the groups with a published view in the review, in framework order. */
function groupsWithViews(review: Pick<ChangesReview, "factors">): Set<string> {
  return new Set(review.factors.flatMap((reading) => reading.ratings.map((rating) => rating.group)));
}

/** Returns how far two reviews can be compared: same review type, and the same groups with published views. */
export function comparability(
  previous: Pick<ChangesReview, "factors" | "meta">,
  current: Pick<ChangesReview, "factors" | "meta">,
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

/** Returns a recommendation's status on a day: the latest published word dated on or before it, else its own status. */
export function statusOn(
  item: Pick<ChangesRecommendation, "recommendation" | "history">,
  day: string,
): RecommendationStatus {
  return currentStatus(
    item.recommendation.status,
    item.history.filter((word) => word.reviewDate <= day),
  );
}

/** Returns the earlier recommendations of the partnership counted as at `day`: each implemented, outstanding or closed. */
export function recommendationsAsAt<T extends ChangesRecommendation>(
  tracked: readonly T[],
  partnership: string,
  day: string,
): RecommendationsAsAt<T> {
  const earlier = tracked
    .filter((item) => item.partnership === partnership && item.reviewDate < day)
    .map((item) => ({ item, status: statusOn(item, day) }));
  const having = (keep: (status: RecommendationStatus) => boolean) =>
    earlier.filter((entry) => keep(entry.status)).map((entry) => entry.item);
  return {
    asAt: day,
    earlier,
    implemented: having((status) => status === "implemented"),
    outstanding: having(isOutstanding),
    closed: having((status) => status === "not-accepted" || status === "superseded"),
  };
}

/**
 * Returns what changed from `previous` to `current`, using the tracked recommendations for statuses. A factor's
 * movement is reported only when the difference of the two levels as shown is at least changeThreshold.
 */
export function changesSince<R extends ChangesReview, T extends ChangesRecommendation>(
  previous: R,
  current: R,
  tracked: readonly T[],
  framework: Framework,
): ReviewChanges<R, T> {
  const before = new Map(previous.factors.map((reading) => [reading.factor, reading.consensus]));
  const moves = current.factors
    .filter((reading) => before.get(reading.factor) !== undefined || reading.consensus !== undefined)
    .map((reading) => factorMove(framework, reading.factor, before.get(reading.factor), reading.consensus));
  return {
    previous,
    current,
    comparability: comparability(previous, current, framework),
    moved: moves.filter((move) => move.counted),
    unchanged: moves.filter((move) => !move.counted),
    recommendations: recommendationsAsAt(tracked, current.partnership, current.meta.date),
    opened: current.recommendations,
  };
}

import type { Recommendation, RecommendationStatus } from "../schema/index.ts";
import { addMonths } from "./words.ts";

/** A published word on a recommendation: from a later review's recommendationUpdates or from a progress update file. */
export interface DatedUpdate {
  status: RecommendationStatus;
  /** The date of the review or update file that gave it, YYYY-MM-DD. */
  reviewDate: string;
  /** The id of that review, or the update file's date; orders two words of the same date. */
  reviewId: string;
  /** Where the word comes from; a review when absent. */
  source?: "review" | "update";
}

/** Returns a negative number when `a` is an earlier word than `b`: by date, then an update file before a review, then by id. */
function compareWords(a: DatedUpdate, b: DatedUpdate): number {
  const rank = (word: DatedUpdate) => (word.source === "update" ? 0 : 1);
  return a.reviewDate.localeCompare(b.reviewDate) || rank(a) - rank(b) || a.reviewId.localeCompare(b.reviewId);
}

/** Returns the latest word by date; on the same date a review's word stands over an update file's, then the larger id. */
export function latestWord<W extends DatedUpdate>(updates: readonly W[]): W | undefined {
  return updates.reduce<W | undefined>(
    (latest, update) => (latest === undefined || compareWords(update, latest) > 0 ? update : latest),
    undefined,
  );
}

/** Returns the words oldest first, in the order latestWord reads them. */
export function byWordDate<W extends DatedUpdate>(updates: readonly W[]): W[] {
  return [...updates].sort(compareWords);
}

/** Returns the current status: the latest word's status (by date), else the recommendation's own. */
export function currentStatus(own: RecommendationStatus, updates: readonly DatedUpdate[]): RecommendationStatus {
  return latestWord(updates)?.status ?? own;
}

/** A recommendation's current status with the date it stands "as at". */
export interface StatusAsAt {
  status: RecommendationStatus;
  /** The date of the latest published word, or of the review that made the recommendation. */
  asAt: string;
}

/** Returns the current status and its "as at" date: the latest word, else the recommendation's own status as at its review's date. */
export function statusAsAt(own: RecommendationStatus, reviewDate: string, updates: readonly DatedUpdate[]): StatusAsAt {
  const latest = latestWord(updates);
  return latest === undefined ? { status: own, asAt: reviewDate } : { status: latest.status, asAt: latest.reviewDate };
}

/** Returns true when the status still needs action (open or in progress). */
export function isOutstanding(status: RecommendationStatus): boolean {
  return status === "open" || status === "in-progress";
}

/** Returns true when the recommendation was due before today and is still open or in progress. */
export function isOverdue(due: string | undefined, status: RecommendationStatus, today: string): boolean {
  return due !== undefined && due < today && isOutstanding(status);
}

/**
 * Returns true when an open or in-progress recommendation has had no published word for
 * `staleAfterMonths`: on the day exactly that many months after its "as at" date, it is stale.
 * Overdue is a separate finding; a recommendation can be both, and pages show them apart.
 */
export function isStale(status: RecommendationStatus, asAt: string, today: string, staleAfterMonths: number): boolean {
  return isOutstanding(status) && addMonths(asAt, staleAfterMonths) <= today;
}

/**
 * Returns true when a recommendation has no management response although one is due: its current status is open or
 * in progress, it has no `response`, and `responseDueMonths` have passed since its review was published (on the day
 * exactly that many months after, it counts). Scrutiny resolutions are never judged by this rule.
 */
export function awaitsResponse(
  recommendation: Pick<Recommendation, "response">,
  status: RecommendationStatus,
  published: string,
  today: string,
  responseDueMonths: number,
): boolean {
  return (
    isOutstanding(status) && recommendation.response === undefined && addMonths(published, responseDueMonths) <= today
  );
}

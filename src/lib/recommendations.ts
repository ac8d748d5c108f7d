import type { RecommendationStatus } from "../schema/index.ts";

/** A later review's word on a recommendation, with the date of the review that gave it. */
export interface DatedUpdate {
  status: RecommendationStatus;
  /** The date of the (published) review that gave the update, YYYY-MM-DD. */
  reviewDate: string;
  /** The id of that review, to order two updates of the same date. */
  reviewId: string;
}

/** Returns the current status: the latest update's status (by review date), else the recommendation's own. */
export function currentStatus(own: RecommendationStatus, updates: readonly DatedUpdate[]): RecommendationStatus {
  let latest: DatedUpdate | undefined;
  for (const update of updates) {
    if (
      latest === undefined ||
      update.reviewDate > latest.reviewDate ||
      (update.reviewDate === latest.reviewDate && update.reviewId > latest.reviewId)
    ) {
      latest = update;
    }
  }
  return latest?.status ?? own;
}

/** Returns true when the status still needs action (open or in progress). */
export function isOutstanding(status: RecommendationStatus): boolean {
  return status === "open" || status === "in-progress";
}

/** Returns true when the recommendation was due before today and is still open or in progress. */
export function isOverdue(due: string | undefined, status: RecommendationStatus, today: string): boolean {
  return due !== undefined && due < today && isOutstanding(status);
}

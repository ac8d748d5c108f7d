import type { Review } from "../schema/index.ts";
import type { ContentSet } from "./content.ts";
import type { Problem } from "./problems.ts";

/** Returns "now" for the build: SOURCE_DATE_EPOCH (seconds) when set, so builds are reproducible, else the clock. */
export function resolveNow(sourceDateEpoch: string | undefined, clock: Date): Date {
  if (sourceDateEpoch === undefined || sourceDateEpoch.trim() === "") return clock;
  const now = /^\d+$/.test(sourceDateEpoch.trim()) ? new Date(Number(sourceDateEpoch) * 1000) : undefined;
  // A number too large for a date would otherwise fail later, far from its cause.
  if (now === undefined || Number.isNaN(now.getTime())) {
    throw new RangeError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${sourceDateEpoch}"`);
  }
  return now;
}

/** Returns the UTC calendar day of `now` as YYYY-MM-DD; embargoes lift at midnight UTC. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

type PublicationFields = Pick<Review, "status" | "date" | "publishDate">;

/** Returns the day a review may first appear: its publishDate (embargo), else its date. */
export function releaseDate(review: PublicationFields): string {
  return review.publishDate ?? review.date;
}

/** Returns true when the review is published: status published and its release date not after today. */
export function isPublished(review: PublicationFields, today: string): boolean {
  return review.status === "published" && releaseDate(review) <= today;
}

/**
 * Returns true when the review has a public page: published, or withdrawn after it was released.
 * A review withdrawn before its embargo lifted was never public, so it stays hidden.
 */
export function hasPublicPage(review: PublicationFields, today: string): boolean {
  return (review.status === "published" || review.status === "withdrawn") && releaseDate(review) <= today;
}

/**
 * Returns a warning for each review marked published whose date is after today and that sets no publishDate:
 * it would silently stay off the site until that day, which is more often a typing slip than an embargo.
 */
export function futureDatedReviews(content: ContentSet, today: string): Problem[] {
  return content.reviews
    .filter(({ meta }) => meta.status === "published" && meta.publishDate === undefined && meta.date > today)
    .map((review) => ({
      severity: "warning",
      file: review.file,
      field: "date",
      message: `${review.meta.date} is after today (${today}), so this published review stays off the site until then: correct the date, or set publishDate to embargo it on purpose`,
    }));
}

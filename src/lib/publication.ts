import type { Review } from "../schema/index.ts";
import type { ContentSet } from "./content.ts";
import type { Problem } from "./problems.ts";

// "Now" must be a second between 2000 and 2100: a value in milliseconds (a common slip) would otherwise publish an
// empty site "as at" the year 58,000, and one near 0 would hide every review, each without a word.
const EARLIEST_SECOND = Date.UTC(2000, 0, 1) / 1000;
const LATEST_SECOND = Date.UTC(2100, 0, 1) / 1000;

/** The units a SOURCE_DATE_EPOCH out of range was probably written in, with how many of them make a second. */
const LIKELY_UNITS = [
  ["milliseconds", 1e3],
  ["microseconds", 1e6],
  ["nanoseconds", 1e9],
] as const;

/** Returns "now" for the build: SOURCE_DATE_EPOCH (seconds) when set, so builds are reproducible, else the clock. */
export function resolveNow(sourceDateEpoch: string | undefined, clock: Date): Date {
  if (sourceDateEpoch === undefined || sourceDateEpoch.trim() === "") return clock;
  const text = sourceDateEpoch.trim();
  if (!/^\d+$/.test(text)) {
    throw new RangeError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${sourceDateEpoch}"`);
  }
  const seconds = Number(text);
  if (seconds >= EARLIEST_SECOND && seconds < LATEST_SECOND) return new Date(seconds * 1000);
  const likely = LIKELY_UNITS.find(([, per]) => seconds / per >= EARLIEST_SECOND && seconds / per < LATEST_SECOND);
  const hint =
    likely === undefined
      ? "give the seconds since 1 January 1970 (UTC), such as the output of date +%s"
      : `it looks like ${likely[0]}: use ${text.slice(0, text.length - Math.log10(likely[1]))}`;
  throw new RangeError(`SOURCE_DATE_EPOCH ${text} is not a time between 2000 and 2100 in seconds: ${hint}`);
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
 * Returns a warning for each review and update file marked published whose date is after today and that sets no
 * publishDate: it would silently stay off the site until that day, which is more often a typing slip than an embargo.
 */
export function futureDatedReviews(content: ContentSet, today: string): Problem[] {
  const dated = [
    ...content.reviews.map((review) => ({ kind: "review", file: review.file, fields: review.meta })),
    ...(content.updates ?? []).map((update) => ({ kind: "update", file: update.file, fields: update.data })),
  ];
  return dated
    .filter(({ fields }) => fields.status === "published" && fields.publishDate === undefined && fields.date > today)
    .map(({ kind, file, fields }) => ({
      severity: "warning",
      file,
      field: "date",
      message: `${fields.date} is after today (${today}), so this published ${kind} stays off the site until then: correct the date, or set publishDate to embargo it on purpose`,
    }));
}

/**
 * Returns a warning when reviews are marked published but none is published on `today`: a wrong SOURCE_DATE_EPOCH or
 * clock would otherwise publish an empty site without a word.
 */
export function nothingPublished(content: ContentSet, today: string): Problem[] {
  const marked = content.reviews.filter(({ meta }) => meta.status === "published");
  if (marked.length === 0 || marked.some(({ meta }) => isPublished(meta, today))) return [];
  const count = marked.length === 1 ? "1 review is" : `${marked.length} reviews are`;
  return [
    {
      severity: "warning",
      file: "reviews",
      field: "status",
      message: `${count} marked published, but none is published as at ${today}, the day this run used (SOURCE_DATE_EPOCH when set, else the clock): check that day, and each review's date and publishDate`,
    },
  ];
}

/**
 * Returns the content as it stood published at the end of `day`: reviews without a public page then, and update
 * files and committee meetings not yet published, are left out, so that a model built "as at" a later day still holds nothing embargoed
 * on `day`.
 */
export function publishedBy(content: ContentSet, day: string): ContentSet {
  return {
    ...content,
    reviews: content.reviews.filter((review) => hasPublicPage(review.meta, day)),
    updates: (content.updates ?? []).filter((update) => isPublished(update.data, day)),
    meetings: (content.meetings ?? []).filter((meeting) => isPublished(meeting.data, day)),
  };
}

import { releaseDate } from "../publication.ts";
import type { PublicReview, SiteModel } from "../site-model.ts";
import { partnershipPath, reviewPath } from "../urls.ts";
import { absoluteUrl, SITEMAP_PATH } from "../links.ts";

/** Returns the day a review page last changed: when it was withdrawn, else when it was published. */
function reviewChanged(review: PublicReview): string {
  return review.meta.withdrawnDate ?? releaseDate(review.meta);
}

/**
 * Returns the day each partnership and review page last changed, by site-relative path ("partnerships/x/"):
 * a review's page when it was published or withdrawn, a partnership's page when its latest review did.
 */
export function pageDates(model: SiteModel): Map<string, string> {
  return new Map(
    model.partnerships.flatMap((partnership): [string, string][] => {
      const changed = partnership.reviews.map(reviewChanged).sort().at(-1);
      return [
        ...(changed === undefined ? [] : [[partnershipPath(partnership.slug), changed] as [string, string]]),
        ...partnership.reviews.map((review): [string, string] => [
          reviewPath(partnership.slug, review.id),
          reviewChanged(review),
        ]),
      ];
    }),
  );
}

/** Returns robots.txt: every page may be crawled, and here is the sitemap. */
export function robotsTxt(root: string): string {
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${absoluteUrl(root, SITEMAP_PATH)}`, ""].join("\n");
}

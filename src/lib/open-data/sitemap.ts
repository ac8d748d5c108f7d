import { releaseDate } from "../publication.ts";
import type { PublicReview, SiteModel } from "../site-model.ts";
import { partnershipPath, reviewPath } from "../urls.ts";
import { absoluteUrl, SITEMAP_PATH } from "./links.ts";
import { textElement, XML_DECLARATION } from "./xml.ts";

/** One page in the sitemap. */
export interface SitemapPage {
  /** The page's path relative to the site root, ending "/" (the home page is ""). */
  path: string;
  /** The date the page last changed, YYYY-MM-DD, when known. */
  lastmod?: string;
}

/** The route parameters of one page of a dynamic route, as its getStaticPaths gives them. */
export type RouteParams = Record<string, string | number | undefined>;

/**
 * Returns the site-relative path of a page file in src/pages with its route parameters filled in, such as
 * "./methodology.astro" → "methodology/" or "./compare/[factor]/index.astro" with { factor: "delivery" } → "compare/delivery/".
 * Returns undefined for what is not a public page of its own: the error pages, files Astro ignores ("_x"), or a missing parameter.
 */
export function pagePath(file: string, params: RouteParams = {}): string | undefined {
  const route = file.replace(/^\.?\//, "").replace(/\.(astro|md|mdx|html)$/, "");
  if (route === "404" || route === "500" || route.split("/").some((segment) => segment.startsWith("_")))
    return undefined;
  let missing = false;
  const filled = route.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_match, rest: string | undefined, name: string) => {
    const value = params[name];
    if (value === undefined && rest === undefined) missing = true;
    return value === undefined ? "" : String(value);
  });
  if (missing) return undefined;
  const segments = filled.split("/").filter((segment) => segment !== "");
  if (segments.at(-1) === "index") segments.pop();
  return segments.length === 0 ? "" : `${segments.join("/")}/`;
}

/** Returns the day a review page last changed: when it was withdrawn, else when it was published. */
function reviewChanged(review: PublicReview): string {
  return review.meta.withdrawnDate ?? releaseDate(review.meta);
}

/**
 * Returns every public page: the built pages given, and each partnership and each review with a public page
 * (withdrawn ones keep theirs), those dated from the model.
 */
export function publicPages(model: SiteModel, builtPaths: readonly string[]): SitemapPage[] {
  const dynamic = model.partnerships.flatMap((partnership): SitemapPage[] => {
    const changed = partnership.reviews.map(reviewChanged).sort().at(-1);
    return [
      { path: partnershipPath(partnership.slug), ...(changed === undefined ? {} : { lastmod: changed }) },
      ...partnership.reviews.map((review) => ({
        path: reviewPath(partnership.slug, review.id),
        lastmod: reviewChanged(review),
      })),
    ];
  });
  const seen = new Set<string>();
  return [...dynamic, ...builtPaths.map((path) => ({ path }))]
    .filter((page) => !seen.has(page.path) && seen.add(page.path))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Returns the sitemap XML (sitemaps.org 0.9) of the pages, with absolute addresses under `root`. */
export function sitemapXml(pages: readonly SitemapPage[], root: string): string {
  const urls = pages.map(
    (page) =>
      `  <url>${textElement("loc", absoluteUrl(root, page.path))}${page.lastmod === undefined ? "" : textElement("lastmod", page.lastmod)}</url>`,
  );
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** Returns robots.txt: every page may be crawled, and here is the sitemap. */
export function robotsTxt(root: string): string {
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${absoluteUrl(root, SITEMAP_PATH)}`, ""].join("\n");
}

/** The folder of the site-wide downloads, relative to the site root. */
export const DATA_FOLDER = "data/";

/** The site-wide Atom feed of published reviews, relative to the site root. */
export const SITE_FEED_PATH = "feed.xml";

/** The sitemap, relative to the site root. */
export const SITEMAP_PATH = "sitemap-index.xml";

/** Returns the site-relative path of a file in the data folder, such as "data/ratings.csv". */
export function dataPath(file: string): string {
  return `${DATA_FOLDER}${file}`;
}

/** Returns the site-relative path of one partnership's JSON download, such as "partnerships/shared-legal/data.json". */
export function partnershipDataPath(slug: string): string {
  return `partnerships/${slug}/data.json`;
}

/** Returns the site-relative path of one partnership's Atom feed, such as "partnerships/shared-legal/feed.xml". */
export function partnershipFeedPath(slug: string): string {
  return `partnerships/${slug}/feed.xml`;
}

/** Returns the absolute address of the site root, ending "/": the site's origin joined to its base path. */
export function siteRoot(site: URL | string | undefined, basePath: string): string {
  if (site === undefined) throw new Error("the site's url is not set: absolute links need site.json's url");
  const base = `/${basePath.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  return new URL(base, site).href;
}

/** Returns the absolute URL of a site-relative path, such as "partnerships/" under "https://example.gov.uk/reviews/". */
export function absoluteUrl(root: string, path: string): string {
  return new URL(path.replace(/^\/+/, ""), root).href;
}

import { getCollection, getEntry } from "astro:content";
import type { ContentSet } from "../lib/content.ts";
import { isoDay, resolveNow } from "../lib/publication.ts";
import { similarPartnerships } from "../lib/comparison.ts";
import { buildSiteModel, type PublicPartnership, type SiteModel } from "../lib/site-model.ts";

/** The build's "now": SOURCE_DATE_EPOCH when set, so that builds are reproducible. */
export const buildTime = resolveNow(process.env["SOURCE_DATE_EPOCH"], new Date());

async function loadContent(): Promise<ContentSet> {
  const [site, [framework], partnerships, reviews, reviewData] = await Promise.all([
    getEntry("site", "site"),
    getCollection("framework"),
    getCollection("partnerships"),
    getCollection("reviews"),
    getCollection("reviewData"),
  ]);
  if (site === undefined || framework === undefined) throw new Error("site.json and framework.json are required");
  const dataById = new Map(reviewData.map((entry) => [entry.id, entry.data]));
  return {
    site: site.data,
    framework: framework.data,
    partnerships: partnerships.map((entry) => ({
      slug: entry.id,
      file: entry.filePath ?? "",
      data: entry.data,
      body: entry.body ?? "",
    })),
    reviews: reviews.map((entry) => {
      const [partnership = "", id = ""] = entry.id.split("/");
      const data = dataById.get(entry.id);
      if (data === undefined) throw new Error(`reviews/${entry.id}: the review has no .json data file`);
      return {
        partnership,
        id,
        file: entry.filePath ?? "",
        dataFile: `reviews/${entry.id}.json`,
        meta: entry.data,
        data,
        body: entry.body ?? "",
      };
    }),
  };
}

let model: Promise<SiteModel> | undefined;

/** Returns the published site model, built once per build and shared by every page. */
export function getSiteModel(): Promise<SiteModel> {
  model ??= loadContent().then((content) => buildSiteModel(content, isoDay(buildTime)));
  return model;
}

let similar: Promise<Map<string, PublicPartnership[]>> | undefined;

/** Returns each partnership's similar partnerships (same form or service area), worked out once per build. */
export function getSimilarPartnerships(): Promise<Map<string, PublicPartnership[]>> {
  similar ??= getSiteModel().then((siteModel) => similarPartnerships(siteModel));
  return similar;
}

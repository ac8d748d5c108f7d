import { getCollection, getEntry } from "astro:content";
import type { ContentSet } from "../lib/content.ts";
import { PREVIEW_SWITCH } from "../integrations/content-validation.ts";
import { resolveContentDir, validateFolder } from "../loaders/content-folder.ts";
import { formatProblem, sortProblems } from "../lib/problems.ts";
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

/** Throws the validator's report when the content folder has errors, so the dev server shows it in the browser. */
async function assertContentValid(): Promise<void> {
  const { problems } = await validateFolder(resolveContentDir(undefined, process.env, process.cwd()));
  const errors = sortProblems(problems.filter((problem) => problem.severity === "error"));
  if (errors.length > 0) {
    const count = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
    const error = new Error(
      `The content has ${count}. Fix them and this page will reload:\n\n${errors.map(formatProblem).join("\n")}`,
    );
    // The report says everything an author needs; a stack trace into the site's code would only confuse.
    error.stack = "";
    throw error;
  }
}

/** Returns true under `astro dev` only: see the content-validation integration. */
function isPreview(): boolean {
  return process.env[PREVIEW_SWITCH] === "1";
}

let model: Promise<SiteModel> | undefined;

/**
 * Returns the published site model. A build works it out once for every page; the dev server works
 * it out afresh for each page, after validating, so edits show at once and errors show in the browser.
 */
export function getSiteModel(): Promise<SiteModel> {
  if (isPreview()) {
    return assertContentValid().then(async () =>
      buildSiteModel(await loadContent(), isoDay(new Date()), { preview: true }),
    );
  }
  model ??= loadContent().then((content) => buildSiteModel(content, isoDay(buildTime)));
  return model;
}

let similar: Promise<Map<string, PublicPartnership[]>> | undefined;

/** Returns each partnership's similar partnerships (same form or service area), worked out once per build. */
export function getSimilarPartnerships(): Promise<Map<string, PublicPartnership[]>> {
  if (isPreview()) return getSiteModel().then((siteModel) => similarPartnerships(siteModel));
  similar ??= getSiteModel().then((siteModel) => similarPartnerships(siteModel));
  return similar;
}

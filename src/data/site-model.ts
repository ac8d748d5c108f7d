import { getEntry } from "astro:content";
import type { ContentSet } from "../lib/content.ts";
import { processNow, resolveContentDir } from "../loaders/environment.ts";
import { contentError, PREVIEW_SWITCH, readValidContent, sharedReading } from "../loaders/content-loader.ts";
import { isoDay } from "../lib/publication.ts";
import { similarPartnerships } from "../lib/comparison.ts";
import { buildSiteModel, type PublicPartnership, type SiteModel } from "../lib/site-model.ts";

/** The build's "now": SOURCE_DATE_EPOCH when set, so that builds are reproducible. */
export const buildTime = processNow();

/**
 * Returns the validated content set of the content loader's reading, the same reading the search index is made from:
 * in a build, the reading the loader made in this process; under `astro dev`, the copy the loader stored.
 */
async function loadContent(): Promise<ContentSet> {
  const shared = isPreview() ? undefined : sharedReading(resolveContentDir(undefined, process.env, process.cwd()));
  if (shared !== undefined) {
    const { content, problems } = await shared;
    if (content === undefined) throw contentError(problems);
    return content;
  }
  const entry = await getEntry("content", "content");
  if (entry === undefined) throw new Error("The content collection is empty: the content loader did not run");
  return entry.data as unknown as ContentSet;
}

/** Under `astro dev`, throws the validator's report when the content folder has errors, so the browser shows it. */
async function assertContentValid(): Promise<void> {
  await readValidContent(resolveContentDir(undefined, process.env, process.cwd()));
}

/** Returns true under `astro dev` only: see the partnership-reviews integration. */
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

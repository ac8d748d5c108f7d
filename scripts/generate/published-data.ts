// What a council's site publishes for a federation to read (content model version 3, "Federation"): data/all.json,
// data/datapackage.json and the JSON Schema all.json names, made from a content folder's files by the build's own
// code (validation, the site model and the open data builders) in process, with no Astro and no pages. Pure.
import {
  allDownload,
  csvDatasets,
  dataPackage,
  JSON_DOWNLOADS,
  jsonFile,
  jsonSchemaOf,
  siteRoot,
} from "../../src/lib/open-data/index.ts";
import { formatProblem } from "../../src/lib/problems.ts";
import { buildSiteModel } from "../../src/lib/site-model.ts";
import { resolveSiteLocation } from "../../src/lib/site-settings.ts";
import { validateSources } from "../../src/lib/validation.ts";
import type { GeneratedFile } from "./synthetic-content.ts";

/** The files a federation reads of a member's site, by their paths on the site. */
export const PUBLISHED_DATA_FILES = ["data/all.json", "data/datapackage.json", "data/all.schema.json"] as const;

/**
 * Returns the published data of a content folder's files as a build on `today` (YYYY-MM-DD) writes it, at the
 * address in its site.json, or throws an Error listing the content's errors.
 */
export function publishedData(files: readonly GeneratedFile[], today: string): GeneratedFile[] {
  const { content, problems } = validateSources(files);
  if (content === undefined) {
    const errors = problems.filter((problem) => problem.severity === "error");
    throw new Error(`the content is not valid: ${errors.slice(0, 5).map(formatProblem).join("; ")}`);
  }
  const model = buildSiteModel(content, today);
  const location = resolveSiteLocation(content.site, {});
  const root = siteRoot(location.url, location.basePath);
  const [all, datapackage, schema] = PUBLISHED_DATA_FILES;
  return [
    { path: all, text: jsonFile(allDownload(model, root)) },
    { path: datapackage, text: jsonFile(dataPackage(model, csvDatasets(model.framework), root)) },
    { path: schema, text: jsonFile(jsonSchemaOf(JSON_DOWNLOADS.all, root)) },
  ];
}

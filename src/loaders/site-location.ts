import { resolveSiteLocation, type SiteLocation } from "../lib/site-settings.ts";
import { readContent } from "./content-loader.ts";

/**
 * Returns where the site is served, from the content folder's validated site.json (the same reading the pages
 * are built from) with environment overrides.
 */
export async function readSiteLocation(
  contentDir: string,
  env: Record<string, string | undefined>,
): Promise<SiteLocation> {
  const { content } = await readContent(contentDir);
  // Invalid content stops a build in the content loader, with the full report; the fallback only keeps the dev
  // server alive long enough to show that report.
  return resolveSiteLocation(content?.site ?? { url: "http://localhost:4321", basePath: "/" }, env);
}

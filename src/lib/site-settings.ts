import type { Site } from "../schema/index.ts";

/** Where the site is served from, after environment overrides. */
export interface SiteLocation {
  /** The canonical origin, such as https://partnerships.example.gov.uk. */
  url: string;
  /** The sub-path, always starting and ending with "/". */
  basePath: string;
}

/** Returns the base path with exactly one leading and one trailing slash. */
export function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** Returns where the site is served: SITE_URL and BASE_PATH override site.json's url and basePath. */
export function resolveSiteLocation(
  site: Pick<Site, "url" | "basePath">,
  env: Record<string, string | undefined>,
): SiteLocation {
  // An empty variable, as CI systems often pass for an unset one, means "not set".
  const siteUrl = env["SITE_URL"]?.trim() || site.url;
  const basePath = env["BASE_PATH"]?.trim() || site.basePath;
  return { url: siteUrl.replace(/\/+$/, ""), basePath: normaliseBasePath(basePath) };
}

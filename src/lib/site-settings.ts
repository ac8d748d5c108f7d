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
  const url = (env["SITE_URL"] ?? site.url).replace(/\/+$/, "");
  return { url, basePath: normaliseBasePath(env["BASE_PATH"] ?? site.basePath) };
}

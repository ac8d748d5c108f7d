import { readFileSync } from "node:fs";
import { join } from "node:path";
import { siteSchema } from "../schema/site.ts";
import { resolveSiteLocation, type SiteLocation } from "../lib/site-settings.ts";

/** Returns where the site is served, read from the content folder's site.json with environment overrides. */
export function readSiteLocation(contentDir: string, env: Record<string, string | undefined>): SiteLocation {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(contentDir, "site.json"), "utf8"));
  } catch {
    raw = undefined;
  }
  const parsed = siteSchema.safeParse(raw);
  // An invalid site.json is reported by validation, which runs before every build; the
  // fallback only keeps the dev server alive long enough to show that report.
  const site = parsed.success ? parsed.data : { url: "http://localhost:4321", basePath: "/" };
  return resolveSiteLocation(site, env);
}

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Returns the first built page under `dir` of the site in `siteDir` whose HTML contains `text`, as a site path such
 * as "partnerships/a/reviews/b/", or undefined. Chart embed pages (…/charts/<chart>/) repeat their review's notices
 * but are not a page type of their own, so they are never the answer.
 */
export function findBuiltPage(siteDir: string, dir: string, text: string): string | undefined {
  const files = readdirSync(join(siteDir, dir), { recursive: true, encoding: "utf8" })
    .map((file) => file.split("\\").join("/"))
    .filter((file) => file.endsWith("index.html") && !file.includes("/charts/"));
  const match = files.sort().find((file) => readFileSync(join(siteDir, dir, file), "utf8").includes(text));
  return match === undefined ? undefined : `${dir}${match.slice(0, -"index.html".length)}`;
}

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { COMPILE_CACHE_DIR } from "../../scripts/command.ts";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** Where the test builds go; ignored by git. */
export const OUTPUT = resolve(ROOT, "test/output");

/** The pinned Node runtime, so child processes never run on an older system Node. */
export const NODE = resolve(ROOT, "node_modules/.bin/node");

/**
 * Returns the environment for a child build: this process's, without the BASE_URL Vitest sets for its own workers
 * (a child build would take it as Astro's base path), with the sample's SOURCE_DATE_EPOCH and Node's compile cache in
 * its usual folder, and `extra` over them. The build turns the cache on itself, but only once its own modules are
 * loaded: given from the start, its first TypeScript file does not start Node's type stripper (about 0.2 s of CPU).
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { BASE_URL: _ignored, ...inherited } = process.env;
  const compileCache = inherited["NODE_COMPILE_CACHE"] ?? COMPILE_CACHE_DIR;
  return { ...inherited, SOURCE_DATE_EPOCH: "1795737600", NODE_COMPILE_CACHE: compileCache, ...extra };
}

/**
 * Builds a content folder into test/output/<name> with the project's own build command, and returns the folder.
 * A site already built under that name in this run (the global setup empties test/output first) from the same
 * content and environment is reused, so test files share builds instead of repeating them. A site two test files
 * need is built by the global setup, before the files start in their two workers.
 * `write`, when given, writes the content folder first, and only when the site is to be built.
 */
export function buildSite(
  name: string,
  contentDir: string,
  env: Record<string, string> = {},
  write?: (contentDir: string) => void,
): string {
  const out = resolve(OUTPUT, name);
  const record = resolve(OUTPUT, ".built", `${name}.json`);
  const recipe = JSON.stringify({ contentDir, env });
  if (existsSync(record) && readFileSync(record, "utf8") === recipe && existsSync(resolve(out, "index.html"))) {
    return out;
  }
  write?.(contentDir);
  execFileSync(NODE, ["scripts/build.ts", "--content", contentDir, "--out", out], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (!existsSync(resolve(out, "index.html"))) throw new Error(`the build of ${contentDir} wrote no index.html`);
  mkdirSync(resolve(OUTPUT, ".built"), { recursive: true });
  writeFileSync(record, recipe);
  return out;
}

// Builds the site atomically: validate, render into a staging folder, then swap it into dist/.
// A failure at any stage leaves the previous dist/ exactly as it was.
import { spawn } from "node:child_process";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { resolveContentDir } from "../src/loaders/content-folder.ts";
import { countProblems, type Problem } from "../src/lib/problems.ts";
import { isoDay, resolveNow } from "../src/lib/publication.ts";
import { recommendationRecords, type SearchRecord } from "../src/lib/search-records.ts";
import { buildSiteModel } from "../src/lib/site-model.ts";
import { writeSearchIndex } from "./search-index.ts";
import { formatReport, validateFolder } from "./validate.ts";

/** Returns true when the path exists. */
async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/** Replaces `target` with `staging` in two renames, so a reader never sees a half-written folder. */
export async function swapInto(staging: string, target: string): Promise<void> {
  const previous = `${target}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (await exists(target)) await rename(target, previous);
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}

const CONTENT_CACHE = resolve("node_modules/.astro");

/**
 * Clears Astro's content cache when the content folder differs from the last build's: the cache keys
 * entries by id and text, so entries of another folder would otherwise be reused with stale paths.
 */
async function forgetOtherContent(contentDir: string): Promise<void> {
  const marker = join(CONTENT_CACHE, "partnership-reviews-content-dir");
  const previous = await readFile(marker, "utf8").catch(() => undefined);
  if (previous === contentDir) return;
  await rm(join(CONTENT_CACHE, "data-store.json"), { force: true });
  await rm(join(CONTENT_CACHE, "data-store"), { recursive: true, force: true });
  await mkdir(CONTENT_CACHE, { recursive: true });
  await writeFile(marker, contentDir);
}

/** Runs `astro build` into `outDir` in a child process with this process's environment; resolves to success. */
function renderPages(outDir: string): Promise<boolean> {
  const astro = resolve("node_modules/astro/bin/astro.mjs");
  return new Promise((done) => {
    const child = spawn(process.execPath, [astro, "build", "--outDir", outDir], { stdio: "inherit", env: process.env });
    child.on("error", () => done(false));
    child.on("exit", (code) => done(code === 0));
  });
}

function step(message: string): void {
  process.stdout.write(`\n▶ ${message}\n`);
}

/**
 * Validates the content folder and prints the report. Returns what the search index needs from it, or
 * undefined when there is an error. The content itself stays inside this function, so it is freed
 * before Astro loads its own copy.
 */
async function validateForBuild(
  contentDir: string,
  now: Date,
): Promise<{ records: SearchRecord[]; language: string } | undefined> {
  const started = performance.now();
  const { problems, content } = await validateFolder(contentDir);
  const errors = problems.filter((problem: Problem) => problem.severity === "error");
  process.stdout.write(
    `${formatReport(errors.length > 0 ? errors : problems, contentDir, performance.now() - started)}\n`,
  );
  if (countProblems(problems).error > 0 || content === undefined) return undefined;
  return { records: recommendationRecords(buildSiteModel(content, isoDay(now))), language: content.site.language };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { content: { type: "string" }, out: { type: "string", default: "dist" } } });
  const contentDir = resolveContentDir(values.content, process.env, process.cwd());
  // The Astro config and content loaders read the folder from the environment.
  process.env["CONTENT_DIR"] = contentDir;
  process.env["ASTRO_TELEMETRY_DISABLED"] ??= "1";
  // One "now" for the whole build, so pages and the search index agree on every embargo.
  const now = resolveNow(process.env["SOURCE_DATE_EPOCH"], new Date());
  process.env["SOURCE_DATE_EPOCH"] = String(Math.floor(now.getTime() / 1000));
  const outDir = resolve(values.out);
  const staging = `${outDir}.staging`;

  step(`Validating ${contentDir}`);
  const search = await validateForBuild(contentDir, now);
  if (search === undefined) {
    process.stderr.write(`\nBuild stopped: fix the errors above. ${outDir} was not changed.\n`);
    return 1;
  }
  await forgetOtherContent(contentDir);

  step("Rendering pages");
  await rm(staging, { recursive: true, force: true });
  // Astro renders in a process of its own, so its memory is returned before the search index is built
  // (at 1000 partnerships the two together came close to 4 GB).
  const rendered = await renderPages(staging);
  if (!rendered) {
    await rm(staging, { recursive: true, force: true });
    process.stderr.write(`\nBuild failed while rendering (see Astro's message above). ${outDir} was not changed.\n`);
    return 1;
  }

  step("Indexing for search");
  try {
    const summary = await writeSearchIndex(staging, search.records, search.language);
    process.stdout.write(`Indexed ${summary.pages} pages and ${summary.records} recommendations\n`);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`\nBuild failed while indexing for search: ${message}\n${outDir} was not changed.\n`);
    return 1;
  }

  step(`Publishing to ${outDir}`);
  await swapInto(staging, outDir);
  process.stdout.write(`Built ${outDir}\n`);
  return 0;
}

if (import.meta.main) {
  process.exitCode = await main().catch((error: unknown) => {
    process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
}

// Measures how the build scales: npm run bench [-- --sizes 50x3,250x4] [--json FILE] [--keep] [--seed S] [--skip-baseline]
// [--embeds all|current|none] (CHART_EMBEDS for the builds) [--federations 30,300|none] [--skip-tests] (npm test is
// timed last, unless skipped)
// For each size (partnerships × reviews per partnership) it generates synthetic content, validates it,
// builds it with the project's own build command, measures the output, and builds the same Markdown
// with a bare Astro project (no charts, validation or search) to show this project's overhead. Then it builds
// federations of N councils' published data (national scale, issue 29) and measures them.
// The pieces live in scripts/bench/; this file runs them in order. Progress goes to stderr; the table,
// the targets and the JSON go to stdout.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { embedModeFrom, type EmbedMode } from "../src/lib/embeds.ts";
import { countProblems } from "../src/lib/problems.ts";
import { validateFolder } from "../src/loaders/content-folder.ts";
import { baselineProject } from "./bench/baseline-project.ts";
import { benchFederation, federationTargets, type FederationResult } from "./bench/federation.ts";
import { GNU_TIME, measureCommand, stageMs } from "./bench/measure-command.ts";
import { formatJson, formatTable, formatTargets } from "./bench/report.ts";
import type { SizeResult } from "./bench/results.ts";
import { measureSearchTransfer } from "./bench/search-transfer.ts";
import { listFiles, folderBytes, measureSite } from "./bench/site.ts";
import { DEFAULT_SIZES, parseSizes, sizeLabel, type BenchSize } from "./bench/sizes.ts";
import { checkTargets, type TestSuiteRun } from "./bench/targets.ts";
import { runAsProcess, type CommandIo } from "./command.ts";
import { writeContentFolder } from "./generate.ts";
import { generateSyntheticContent } from "./generate/synthetic-content.ts";

const ROOT = resolve(import.meta.dirname, "..");
const NODE = resolve(ROOT, "node_modules/.bin/node");
const ASTRO_DATA_STORE = resolve(ROOT, "node_modules/.astro/data-store.json");
/** The chart PNGs drawn by earlier builds (see src/data/chart-png-renderer.ts). */
const PNG_CACHE = resolve(ROOT, "node_modules/.astro/partnership-reviews/png");

/** One-word queries searched on each built size: a word on every page, and a factor's name. */
const SEARCH_WORDS = ["partnership", "measurement"];

/** Generates, validates and builds one size, with its baseline, and returns the figures. */
async function benchSize(
  size: BenchSize,
  options: { seed: number; keep: boolean; baseline: boolean; embeds: EmbedMode },
  progress: (message: string) => void,
): Promise<SizeResult> {
  const label = sizeLabel(size);
  const work = await mkdtemp(join(tmpdir(), `pr-bench-${label}-`));
  const contentDir = join(work, "content");
  const outDir = join(work, "site");
  try {
    progress(`${label}: generating content in ${contentDir}`);
    let started = performance.now();
    const { files, summary } = generateSyntheticContent({ ...size, seed: options.seed });
    await writeContentFolder(files, contentDir, { force: false });
    const generateMs = performance.now() - started;
    const contentBytes = await folderBytes(contentDir);

    progress(`${label}: validating`);
    const validationLoad = loadavg()[0] as number;
    const validationCpu = process.cpuUsage();
    started = performance.now();
    const { problems } = await validateFolder(contentDir);
    const validationMs = performance.now() - started;
    const { user, system } = process.cpuUsage(validationCpu);
    const counts = countProblems(problems);
    if (counts.error > 0) throw new Error(`the generated content has ${counts.error} errors`);
    progress(`${label}: validating as a command`);
    // With the flags `npm run validate` gives it (package.json).
    const command = await measureCommand(
      NODE,
      ["--max-old-space-size=8192", "--max-semi-space-size=16", "scripts/validate.ts", "--content", contentDir],
      ROOT,
      process.env,
      join(work, "validate.log"),
    );

    // Astro keeps loaded entries in its data store between builds and reuses an entry whose text is
    // unchanged, even from another content folder (the same seed gives the same partnerships at every
    // size); its MDX modules then point into a folder that is gone. Every build therefore starts cold,
    // as the baseline does; so does every chart PNG, drawn afresh rather than read from an earlier build's cache.
    await rm(ASTRO_DATA_STORE, { force: true });
    await rm(PNG_CACHE, { recursive: true, force: true });
    progress(`${label}: building (node scripts/build.ts, cold content and PNG caches), log in ${work}/build.log`);
    const env = {
      ...process.env,
      SOURCE_DATE_EPOCH: String(summary.sourceDateEpoch),
      ASTRO_TELEMETRY_DISABLED: "1",
      CONTENT_DIR: contentDir,
      CHART_EMBEDS: options.embeds,
    };
    const run = await measureCommand(
      NODE,
      ["scripts/build.ts", "--content", contentDir, "--out", outDir],
      ROOT,
      env,
      join(work, "build.log"),
    );
    if (run.exitCode !== 0)
      throw new Error(`the build failed (exit ${run.exitCode}): see ${work}/build.log\n${run.output.slice(-2000)}`);
    const astroRoutes = /(\d+) page\(s\) built in/.exec(run.output)?.[1];

    progress(`${label}: measuring the output`);
    const site = await measureSite(outDir);
    const peakMemoryMb = Math.max(run.peakTreeRssMb, run.peakProcessRssMb ?? 0);
    const result: SizeResult = {
      size: label,
      partnerships: size.partnerships,
      reviewsPerPartnership: size.reviews,
      reviews: summary.reviews,
      generate: { ms: generateMs, files: files.length, bytes: contentBytes },
      validation: {
        ms: validationMs,
        cpuMs: (user + system) / 1000,
        loadAverage: validationLoad,
        commandMs: command.wallMs,
        inBuildMs: stageMs(run, "Loading and validating"),
        errors: counts.error,
        warnings: counts.warning,
      },
      build: {
        wallMs: run.wallMs,
        stages: {
          validateMs: stageMs(run, "Loading and validating"),
          renderMs: stageMs(run, "Rendering"),
          pngMs: stageMs(run, "Writing chart embed pages, SVGs and PNGs"),
          indexMs: stageMs(run, "Indexing"),
          publishMs: stageMs(run, "Publishing"),
        },
        peakTreeRssMb: run.peakTreeRssMb,
        peakProcessRssMb: run.peakProcessRssMb,
        peakMemoryMb,
        cpuSeconds: run.cpuSeconds,
        loadAverage: run.loadAverage,
        astroRoutes: astroRoutes === undefined ? undefined : Number(astroRoutes),
        msPerPage: run.wallMs / site.htmlPages,
      },
      site,
      pagefind: { ms: stageMs(run, "Indexing"), bytes: site.pagefind.bytes, files: site.pagefind.files },
    };
    progress(`${label}: searching the built site in Chromium`);
    result.search = await measureSearchTransfer(outDir, SEARCH_WORDS);
    if (!options.keep) await rm(outDir, { recursive: true, force: true });

    if (options.baseline) {
      progress(`${label}: building the bare Astro baseline`);
      const project = join(work, "baseline");
      for (const file of baselineProject(contentDir)) {
        await mkdir(dirname(join(project, file.path)), { recursive: true });
        await writeFile(join(project, file.path), file.text);
      }
      await symlink(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
      const base = await measureCommand(
        NODE,
        [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"],
        project,
        { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
        join(work, "baseline.log"),
      );
      if (base.exitCode !== 0)
        throw new Error(`the baseline build failed: see ${work}/baseline.log\n${base.output.slice(-2000)}`);
      const basePages = (await listFiles(join(project, "dist"))).filter((file) => file.endsWith(".html")).length;
      const renderMs = result.build.stages.renderMs;
      result.baseline = {
        wallMs: base.wallMs,
        pages: basePages,
        peakMemoryMb: Math.max(base.peakTreeRssMb, base.peakProcessRssMb ?? 0),
        cpuSeconds: base.cpuSeconds,
        loadAverage: base.loadAverage,
        overhead: run.wallMs / base.wallMs,
        renderOverhead: renderMs === undefined ? undefined : renderMs / base.wallMs,
        cpuOverhead:
          run.cpuSeconds === undefined || base.cpuSeconds === undefined ? undefined : run.cpuSeconds / base.cpuSeconds,
      };
    }
    progress(`${label}: done: build ${(run.wallMs / 1000).toFixed(1)} s, ${site.htmlPages} pages`);
    return result;
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
    else progress(`${label}: kept ${work}`);
  }
}

/** Runs npm test, as CI does, and returns what it took and each check's summary line. */
async function measureTestSuite(progress: (message: string) => void): Promise<TestSuiteRun> {
  const work = await mkdtemp(join(tmpdir(), "pr-bench-test-"));
  progress(`npm test: running every check, log in ${work}/test.log`);
  const run = await measureCommand("npm", ["test"], ROOT, process.env, join(work, "test.log"));
  const checks = run.output.split("\n").filter((line) => /^[✔✘] .+ \(npm run /.test(line));
  progress(`npm test: exit ${run.exitCode} in ${(run.wallMs / 1000).toFixed(1)} s`);
  // A failed run's log is kept, to read why.
  if (run.exitCode === 0) await rm(work, { recursive: true, force: true });
  else progress(`npm test failed: see ${work}/test.log`);
  return { wallMs: run.wallMs, exitCode: run.exitCode, loadAverage: run.loadAverage, checks };
}

/** Runs the bench and returns its exit code. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: "string", default: DEFAULT_SIZES },
      json: { type: "string" },
      keep: { type: "boolean", default: false },
      seed: { type: "string", default: "1" },
      "skip-baseline": { type: "boolean", default: false },
      "skip-tests": { type: "boolean", default: false },
      embeds: { type: "string", default: "all" },
      federations: { type: "string", default: "30,300" },
    },
  });
  const federationSizes =
    values.federations === "none" ? [] : values.federations.split(",").map((text) => Number(text.trim()));
  if (federationSizes.some((members) => !Number.isInteger(members) || members < 1))
    throw new Error(`--federations takes member counts such as 30,300, or none; not "${values.federations}"`);
  const progress = (message: string): void => void io.stderr.write(`[bench] ${message}\n`);
  const sizes = parseSizes(values.sizes);
  const seed = Number(values.seed);
  const embeds = embedModeFrom(values.embeds);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  progress(
    `sizes ${sizes.map(sizeLabel).join(", ")}; seed ${seed}; chart embeds: ${embeds}; ${existsSync(GNU_TIME) ? "GNU time and " : ""}/proc sampling for memory`,
  );
  const results: SizeResult[] = [];
  // A size that fails is reported and the others still run, so an hour's measurements are never lost to one.
  const failures: string[] = [];
  for (const size of sizes) {
    try {
      results.push(
        await benchSize(size, { seed, keep: values.keep, baseline: !values["skip-baseline"], embeds }, progress),
      );
    } catch (error) {
      const message = `${sizeLabel(size)} failed: ${error instanceof Error ? error.message : String(error)}`;
      progress(message);
      failures.push(message);
    }
    // Each size's figures are written as soon as they are measured, so a long run stopped later keeps them.
    if (values.json !== undefined)
      await writeFile(resolve(io.cwd, values.json), `${formatJson({ seed, embeds, results })}\n`);
  }
  const federations: FederationResult[] = [];
  if (federationSizes.length > 0) {
    const work = await mkdtemp(join(tmpdir(), "pr-bench-federation-"));
    try {
      for (const members of federationSizes) {
        try {
          federations.push(
            await benchFederation(members, { seed, work, root: ROOT, node: NODE, searchWords: SEARCH_WORDS }, progress),
          );
        } catch (error) {
          const message = `federation of ${members} failed: ${error instanceof Error ? error.message : String(error)}`;
          progress(message);
          failures.push(message);
        }
      }
    } finally {
      if (!values.keep) await rm(work, { recursive: true, force: true });
      else progress(`kept ${work}`);
    }
  }
  // npm test last, on a machine the builds above have left quiet.
  const testSuite = values["skip-tests"] ? undefined : await measureTestSuite(progress);
  const targets = [
    ...checkTargets(results, testSuite),
    ...(federationSizes.length > 0 ? federationTargets(federations) : []),
  ];
  const json = formatJson({
    machine: { cpus: availableParallelism(), node: process.version, platform: process.platform },
    seed,
    embeds,
    results,
    federations,
    testSuite,
    failures,
    targets,
  });
  io.stdout.write(`\n${formatTable(results)}\n\nTargets:\n${formatTargets(targets)}\n`);
  for (const failure of failures) io.stdout.write(`\nFAILED  ${failure.split("\n")[0]}\n`);
  io.stdout.write(`\nJSON:\n${json}\n`);
  if (values.json !== undefined) {
    const path = resolve(io.cwd, values.json);
    await writeFile(path, `${json}\n`);
    progress(`wrote ${path}`);
  }
  return failures.length === 0 ? 0 : 1;
}

if (import.meta.main) await runAsProcess("bench", main);

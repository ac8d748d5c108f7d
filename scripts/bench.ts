// Measures how the build scales: npm run bench [-- --sizes 50x3,250x4] [--json FILE] [--keep] [--seed S]
// For each size (partnerships × reviews per partnership) it generates synthetic content, validates it,
// builds it with the project's own build command, measures the output, and builds the same Markdown
// with a bare Astro project (no charts, validation or search) to show this project's overhead.
// Progress goes to stderr; the table, the targets and the JSON go to stdout.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { countProblems } from "../src/lib/problems.ts";
import { generateSyntheticContent } from "./generate/synthetic-content.ts";
import { validateFolder } from "../src/loaders/content-folder.ts";
import { writeContentFolder } from "./generate.ts";

const ROOT = resolve(import.meta.dirname, "..");
const NODE = resolve(ROOT, "node_modules/.bin/node");
const GNU_TIME = "/usr/bin/time";
const ASTRO_DATA_STORE = resolve(ROOT, "node_modules/.astro/data-store.json");
const DEFAULT_SIZES = "50x3,100x4,250x4,1000x4";
const MB = 1024 * 1024;

/** The issue's targets, all judged at the largest size. */
export const TARGETS = {
  overhead: 1.5,
  validationMs: 5000,
  peakMemoryMb: 4096,
  tenTimesContent: 11,
  partnershipPageGzipKb: 50,
  interactiveJsGzipKb: 30,
} as const;

/** One size to measure. */
export interface BenchSize {
  partnerships: number;
  reviews: number;
}

/** Returns the sizes from text such as "50x3,250x4", or throws naming the one that is wrong. */
export function parseSizes(text: string): BenchSize[] {
  return text.split(",").map((part) => {
    const match = /^\s*(\d+)\s*[x×]\s*(\d+)\s*$/.exec(part);
    if (match === null || Number(match[1]) < 1 || Number(match[2]) < 1) {
      throw new Error(`"${part}" is not a size: write partnerships x reviews, such as 250x4`);
    }
    return { partnerships: Number(match[1]), reviews: Number(match[2]) };
  });
}

/** The page types whose weight and JavaScript the bench reports, and how to recognise each from its path. */
export const PAGE_TYPES: readonly [string, RegExp][] = [
  ["home", /^index\.html$/],
  ["register", /^partnerships\/index\.html$/],
  ["partnership", /^partnerships\/[^/]+\/index\.html$/],
  ["review", /^partnerships\/[^/]+\/reviews\/[^/]+\/index\.html$/],
  ["compare", /^compare\/index\.html$/],
  ["compare-factor", /^compare\/[^/]+\/index\.html$/],
  ["recommendations", /^recommendations\/index\.html$/],
  ["risks", /^risks\/index\.html$/],
  ["good-practice", /^good-practice\/index\.html$/],
  ["search", /^search\/index\.html$/],
  ["methodology", /^methodology\/index\.html$/],
  ["data", /^data\/index\.html$/],
];

/** The page types allowed JavaScript: search and the interactive comparison. */
const INTERACTIVE = new Set(["search", "compare"]);

/** Returns the page type of an HTML file's path relative to the site, or "other". */
export function pageType(path: string): string {
  return PAGE_TYPES.find(([, pattern]) => pattern.test(path))?.[0] ?? "other";
}

/** Returns the median of the numbers, or 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Returns the resources an HTML page loads: scripts (by src, and inline module code) and stylesheets. */
export function pageResources(html: string): { scripts: string[]; inlineScripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  const styles: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    const src = /\bsrc=["']?([^"' >]+)/i.exec(attributes)?.[1];
    const type = /\btype=["']?([^"' >]+)/i.exec(attributes)?.[1] ?? "";
    if (src !== undefined) scripts.push(src);
    else if (!/json/i.test(type) && (match[2] ?? "").trim() !== "") inlineScripts.push(match[2] ?? "");
  }
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attributes = match[1] ?? "";
    const rel = /\brel=["']?([^"'>]+)/i.exec(attributes)?.[1] ?? "";
    const href = /\bhref=["']?([^"' >]+)/i.exec(attributes)?.[1];
    if (href === undefined) continue;
    if (/\bstylesheet\b/i.test(rel)) styles.push(href);
    if (/\bmodulepreload\b/i.test(rel)) scripts.push(href);
  }
  return { scripts, inlineScripts, styles };
}

/** Returns the modules a JavaScript file imports statically (loaded with it), as written. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    found.push(match[1] as string);
  }
  return found;
}

// ---- child processes: wall time, stdout stages and peak memory of the whole process tree ----

/** Returns the resident memory of a process and all its descendants, in KB, read from /proc. */
function treeRssKb(rootPid: number): number {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces; the parent id is the second field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** What a measured child process did. */
interface Run {
  exitCode: number;
  wallMs: number;
  /** The highest summed resident memory of the process tree, sampled every 100 ms. */
  peakTreeRssMb: number;
  /** The highest resident memory of any one process in the tree, from GNU time, when installed. */
  peakProcessRssMb: number | undefined;
  /** User plus system CPU time of the tree, from GNU time: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | undefined;
  /** The machine's one-minute load average when the command started. */
  loadAverage: number;
  /** When each stage line ("▶ …") appeared, in ms after the start. */
  marks: { line: string; atMs: number }[];
  output: string;
}

/** Runs a command, timing it and sampling the memory of its process tree; its output goes to `logFile`. */
async function measure(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<Run> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = `${logFile}.time`;
  const [file, argv] = useTime ? [GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, command, ...args]] : [command, args];
  const loadAverage = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const marks: { line: string; atMs: number }[] = [];
  let output = "";
  let pending = "";
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    const now = performance.now() - started;
    output += chunk;
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith("▶ ")) marks.push({ line, atMs: now });
  });
  child.stderr.on("data", (chunk: string) => {
    output += chunk;
  });
  let peak = 0;
  const sample = (): void => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRssKb(child.pid));
  };
  const timer = setInterval(sample, 100);
  const exitCode = await new Promise<number>((done) => child.on("close", (code) => done(code ?? 1)));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  await writeFile(logFile, output);
  let peakProcessRssMb: number | undefined;
  let cpuSeconds: number | undefined;
  if (useTime) {
    const last = (await readFile(timeFile, "utf8").catch(() => "")).trim().split("\n").at(-1) ?? "";
    const [kb, user, system] = last.split(" ").map(Number);
    if (kb !== undefined && Number.isFinite(kb) && kb > 0) peakProcessRssMb = kb / 1024;
    if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuSeconds = user + system;
  }
  return { exitCode, wallMs, peakTreeRssMb: peak / 1024, peakProcessRssMb, cpuSeconds, loadAverage, marks, output };
}

/** Returns the ms between the stage line starting with `from` and the next stage line (or the end). */
function stageMs(run: Run, from: string): number | undefined {
  const index = run.marks.findIndex((mark) => mark.line.startsWith(`▶ ${from}`));
  if (index === -1) return undefined;
  const end = run.marks[index + 1]?.atMs ?? run.wallMs;
  return end - (run.marks[index]?.atMs ?? 0);
}

// ---- the built site ----

interface SizeOf {
  raw: number;
  gzip: number;
}

/** Returns every file under `dir`, with its path relative to it (forward slashes). */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/** Measures files once each, raw and gzipped (level 6, as web servers usually serve them). */
class SizeCache {
  private readonly sizes = new Map<string, SizeOf & { text: string }>();

  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  async of(path: string): Promise<(SizeOf & { text: string }) | undefined> {
    const cached = this.sizes.get(path);
    if (cached !== undefined) return cached;
    const buffer = await readFile(join(this.dir, path)).catch(() => undefined);
    if (buffer === undefined) return undefined;
    const size = { raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length, text: buffer.toString("utf8") };
    this.sizes.set(path, size);
    return size;
  }
}

/** Returns a URL from a page as a path inside the site folder, or undefined when it points elsewhere. */
function sitePath(url: string, fromPage: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const clean = url.split(/[?#]/)[0] ?? "";
  const path = clean.startsWith("/") ? clean.slice(1) : posix.join(posix.dirname(fromPage), clean);
  return posix.normalize(path);
}

/** One page type's figures. */
interface TypeFigures {
  pages: number;
  medianGzip: number;
  largestGzip: number;
  largestRaw: number;
  largest: string;
  /** JavaScript the heaviest page of this type loads (files and inline), Pagefind's own files aside. */
  jsRaw: number;
  jsGzip: number;
  jsFiles: string[];
  /** The stylesheets the page links, gzipped. */
  cssGzip: number;
}

/** The built site's figures. */
interface SiteFigures {
  htmlPages: number;
  files: number;
  totalBytes: number;
  html: { medianRaw: number; medianGzip: number; largestRaw: number; largestGzip: number; largest: string };
  types: Record<string, TypeFigures>;
  /** A partnership page with its stylesheets, each gzipped separately and added. */
  partnershipWithCss: { medianGzip: number; largestGzip: number; largest: string };
  pagefind: { bytes: number; files: number };
}

/** Returns the JavaScript a page loads: its scripts and what they import, Pagefind's own files aside. */
async function pageJs(
  page: string,
  html: string,
  sizes: SizeCache,
): Promise<{ raw: number; gzip: number; files: string[] }> {
  const { scripts, inlineScripts } = pageResources(html);
  const seen = new Set<string>();
  const queue = scripts.flatMap((src) => sitePath(src, page) ?? []);
  let raw = 0;
  let gzip = 0;
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path) || path.startsWith("pagefind/")) continue;
    seen.add(path);
    const size = await sizes.of(path);
    if (size === undefined) continue;
    raw += size.raw;
    gzip += size.gzip;
    for (const imported of staticImports(size.text)) {
      const next = sitePath(imported, path);
      if (next !== undefined && (imported.startsWith(".") || imported.startsWith("/"))) queue.push(next);
    }
  }
  for (const code of inlineScripts) {
    raw += Buffer.byteLength(code);
    gzip += gzipSync(code, { level: 6 }).length;
  }
  return { raw, gzip, files: [...seen] };
}

/** Measures the built site: pages, sizes per page type, JavaScript, stylesheets and the search index. */
async function measureSite(dir: string): Promise<SiteFigures> {
  const files = await listFiles(dir);
  const sizes = new SizeCache(dir);
  let totalBytes = 0;
  let pagefindBytes = 0;
  let pagefindFiles = 0;
  for (const file of files) {
    const { size } = await stat(join(dir, file));
    totalBytes += size;
    if (file.startsWith("pagefind/")) {
      pagefindBytes += size;
      pagefindFiles += 1;
    }
  }
  const pages = files.filter((file) => file.endsWith(".html"));
  const all: { path: string; raw: number; gzip: number; type: string }[] = [];
  const types: Record<string, TypeFigures> = {};
  const partnershipTotals: { path: string; gzip: number }[] = [];
  for (const page of pages) {
    const buffer = await readFile(join(dir, page));
    const raw = buffer.length;
    const gzip = gzipSync(buffer, { level: 6 }).length;
    const type = pageType(page);
    all.push({ path: page, raw, gzip, type });
    const html = buffer.toString("utf8");
    const { styles } = pageResources(html);
    let cssGzip = 0;
    for (const href of styles) {
      const path = sitePath(href, page);
      if (path !== undefined) cssGzip += (await sizes.of(path))?.gzip ?? 0;
    }
    if (type === "partnership") partnershipTotals.push({ path: page, gzip: gzip + cssGzip });
    // JavaScript is the same on pages of a type, so one in 50 of the many-page types is enough to check.
    const figures = types[type];
    const count = figures?.pages ?? 0;
    const checkJs = count < 20 || count % 50 === 0;
    const js = checkJs ? await pageJs(page, html, sizes) : undefined;
    if (figures === undefined) {
      types[type] = {
        pages: 1,
        medianGzip: 0,
        largestGzip: gzip,
        largestRaw: raw,
        largest: page,
        jsRaw: js?.raw ?? 0,
        jsGzip: js?.gzip ?? 0,
        jsFiles: js?.files ?? [],
        cssGzip,
      };
    } else {
      figures.pages += 1;
      if (gzip > figures.largestGzip) Object.assign(figures, { largestGzip: gzip, largestRaw: raw, largest: page });
      if (js !== undefined && js.gzip > figures.jsGzip)
        Object.assign(figures, { jsRaw: js.raw, jsGzip: js.gzip, jsFiles: js.files });
      figures.cssGzip = Math.max(figures.cssGzip, cssGzip);
    }
  }
  for (const [type, figures] of Object.entries(types)) {
    figures.medianGzip = median(all.filter((page) => page.type === type).map((page) => page.gzip));
  }
  const largest = all.reduce(
    (best, page) => (page.gzip > best.gzip ? page : best),
    all[0] ?? { path: "", raw: 0, gzip: 0, type: "" },
  );
  const heaviestPartnership = partnershipTotals.reduce(
    (best, page) => (page.gzip > best.gzip ? page : best),
    partnershipTotals[0] ?? { path: "", gzip: 0 },
  );
  return {
    htmlPages: pages.length,
    files: files.length,
    totalBytes,
    html: {
      medianRaw: median(all.map((page) => page.raw)),
      medianGzip: median(all.map((page) => page.gzip)),
      largestRaw: largest.raw,
      largestGzip: largest.gzip,
      largest: largest.path,
    },
    types,
    partnershipWithCss: {
      medianGzip: median(partnershipTotals.map((page) => page.gzip)),
      largestGzip: heaviestPartnership.gzip,
      largest: heaviestPartnership.path,
    },
    pagefind: { bytes: pagefindBytes, files: pagefindFiles },
  };
}

// ---- the bare Astro baseline: the same Markdown as plain pages ----

/** Returns the files of a bare Astro project that renders every partnership and review body as a page. */
export function baselineProject(contentDir: string): { path: string; text: string }[] {
  const page = (collection: string, title: string): string => `---
import { getCollection, render } from "astro:content";

export async function getStaticPaths() {
  const entries = await getCollection(${JSON.stringify(collection)});
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><title>{entry.data.${title}}</title></head>
  <body><main><h1>{entry.data.${title}}</h1><Content /></main></body>
</html>
`;
  return [
    { path: "package.json", text: `${JSON.stringify({ name: "bench-baseline", private: true, type: "module" })}\n` },
    {
      path: "astro.config.mjs",
      text: `import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

// The project's own settings that shape the output, and nothing else: default Markdown, no checks, no search.
export default defineConfig({
  cacheDir: "./.cache",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
`,
    },
    {
      path: "src/content.config.ts",
      text: `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

export const collections = {
  partnerships: defineCollection({ loader: glob({ base: ${JSON.stringify(join(contentDir, "partnerships"))}, pattern: "[!_]*.{md,mdx}" }) }),
  reviews: defineCollection({ loader: glob({ base: ${JSON.stringify(join(contentDir, "reviews"))}, pattern: "[!_]*/[!_]*.{md,mdx}" }) }),
};
`,
    },
    { path: "src/pages/partnerships/[...id].astro", text: page("partnerships", "name") },
    { path: "src/pages/reviews/[...id].astro", text: page("reviews", "title") },
  ];
}

// ---- one size ----

/** Everything measured at one size. */
export interface SizeResult {
  size: string;
  partnerships: number;
  reviewsPerPartnership: number;
  reviews: number;
  generate: { ms: number; files: number; bytes: number };
  validation: { ms: number; inBuildMs: number | undefined; errors: number; warnings: number };
  build: {
    wallMs: number;
    stages: { validateMs?: number; renderMs?: number; indexMs?: number; publishMs?: number };
    peakTreeRssMb: number;
    peakProcessRssMb: number | undefined;
    peakMemoryMb: number;
    cpuSeconds: number | undefined;
    loadAverage: number;
    astroRoutes: number | undefined;
    msPerPage: number;
  };
  site: SiteFigures;
  pagefind: { ms: number | undefined; bytes: number; files: number };
  baseline?: {
    wallMs: number;
    pages: number;
    peakMemoryMb: number;
    cpuSeconds: number | undefined;
    loadAverage: number;
    /** Full build wall time over the baseline's. */
    overhead: number;
    /** The Astro stage of the build alone over the baseline. */
    renderOverhead: number | undefined;
    /** Build CPU time over the baseline's. */
    cpuOverhead: number | undefined;
  };
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const file of await listFiles(dir)) total += (await stat(join(dir, file))).size;
  return total;
}

/** Generates, validates and builds one size, with its baseline, and returns the figures. */
async function benchSize(
  size: BenchSize,
  options: { seed: number; keep: boolean; baseline: boolean },
): Promise<SizeResult> {
  const label = `${size.partnerships}x${size.reviews}`;
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
    started = performance.now();
    const { problems } = await validateFolder(contentDir);
    const validationMs = performance.now() - started;
    const counts = countProblems(problems);
    if (counts.error > 0) throw new Error(`the generated content has ${counts.error} errors`);

    // Astro keeps loaded entries in its data store between builds and reuses an entry whose text is
    // unchanged, even from another content folder (the same seed gives the same partnerships at every
    // size); its MDX modules then point into a folder that is gone. Every build therefore starts cold,
    // as the baseline does.
    await rm(ASTRO_DATA_STORE, { force: true });
    progress(`${label}: building (node scripts/build.ts, cold content cache), log in ${work}/build.log`);
    const env = {
      ...process.env,
      SOURCE_DATE_EPOCH: String(summary.sourceDateEpoch),
      ASTRO_TELEMETRY_DISABLED: "1",
      CONTENT_DIR: contentDir,
    };
    const run = await measure(
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
        inBuildMs: stageMs(run, "Validating"),
        errors: counts.error,
        warnings: counts.warning,
      },
      build: {
        wallMs: run.wallMs,
        stages: {
          validateMs: stageMs(run, "Validating"),
          renderMs: stageMs(run, "Rendering"),
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
    if (!options.keep) await rm(outDir, { recursive: true, force: true });

    if (options.baseline) {
      progress(`${label}: building the bare Astro baseline`);
      const project = join(work, "baseline");
      for (const file of baselineProject(contentDir)) {
        await mkdir(dirname(join(project, file.path)), { recursive: true });
        await writeFile(join(project, file.path), file.text);
      }
      await symlink(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
      const base = await measure(
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

// ---- the report ----

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)}`;
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? "–" : (ms / 1000).toFixed(2);
}

/** Returns the results as a plain-text table, one column per size. */
export function formatTable(results: readonly SizeResult[]): string {
  const rows: [string, (result: SizeResult) => string][] = [
    ["reviews (total)", (r) => String(r.reviews)],
    ["content (MB)", (r) => (r.generate.bytes / MB).toFixed(1)],
    ["validation, in process (s)", (r) => seconds(r.validation.ms)],
    ["validation, in build (s)", (r) => seconds(r.validation.inBuildMs)],
    ["full build wall time (s)", (r) => seconds(r.build.wallMs)],
    ["  of which Astro render (s)", (r) => seconds(r.build.stages.renderMs)],
    ["  of which Pagefind (s)", (r) => seconds(r.pagefind.ms)],
    ["build CPU time, user + sys (s)", (r) => (r.build.cpuSeconds === undefined ? "–" : r.build.cpuSeconds.toFixed(1))],
    ["load average at start", (r) => r.build.loadAverage.toFixed(2)],
    ["HTML pages built", (r) => String(r.site.htmlPages)],
    ["Astro routes (incl. data)", (r) => String(r.build.astroRoutes ?? "–")],
    ["ms per page", (r) => r.build.msPerPage.toFixed(1)],
    ["peak memory, process tree (MB)", (r) => r.build.peakMemoryMb.toFixed(0)],
    ["output size (MB)", (r) => (r.site.totalBytes / MB).toFixed(1)],
    ["median page raw / gzip (KB)", (r) => `${kb(r.site.html.medianRaw)} / ${kb(r.site.html.medianGzip)}`],
    ["largest page raw / gzip (KB)", (r) => `${kb(r.site.html.largestRaw)} / ${kb(r.site.html.largestGzip)}`],
    ["  largest page", (r) => r.site.html.largest],
    ["partnership page + CSS gzip, largest (KB)", (r) => kb(r.site.partnershipWithCss.largestGzip)],
    ["Pagefind index (MB, files)", (r) => `${(r.pagefind.bytes / MB).toFixed(1)}, ${r.pagefind.files}`],
    ["bare Astro baseline (s)", (r) => seconds(r.baseline?.wallMs)],
    ["  baseline pages", (r) => String(r.baseline?.pages ?? "–")],
    ["  baseline CPU time (s)", (r) => (r.baseline?.cpuSeconds === undefined ? "–" : r.baseline.cpuSeconds.toFixed(1))],
    ["overhead: build / baseline", (r) => (r.baseline ? `${r.baseline.overhead.toFixed(2)}×` : "–")],
    [
      "  Astro render stage / baseline",
      (r) => (r.baseline?.renderOverhead === undefined ? "–" : `${r.baseline.renderOverhead.toFixed(2)}×`),
    ],
    [
      "  CPU time / baseline CPU time",
      (r) => (r.baseline?.cpuOverhead === undefined ? "–" : `${r.baseline.cpuOverhead.toFixed(2)}×`),
    ],
  ];
  for (const [type] of PAGE_TYPES) {
    rows.push([
      `${type}: pages, largest gz, JS gz (KB)`,
      (r) => {
        const figures = r.site.types[type];
        return figures === undefined ? "–" : `${figures.pages}, ${kb(figures.largestGzip)}, ${kb(figures.jsGzip)}`;
      },
    ]);
  }
  const header = ["size (partnerships x reviews)", ...results.map((r) => r.size)];
  const body = rows.map(([name, value]) => [name, ...results.map(value)]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => (row[column] ?? "").length)));
  const line = (row: string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...body.map(line)].join("\n");
}

/** One target's verdict. */
export interface TargetCheck {
  target: string;
  pass: boolean;
  figure: string;
}

/** Returns each of the issue's targets with PASS or MISS and the measured figure; missing sizes are named. */
export function checkTargets(results: readonly SizeResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const largest = results.reduce<SizeResult | undefined>(
    (best, r) => (best === undefined || r.reviews > best.reviews ? r : best),
    undefined,
  );
  if (largest === undefined) return checks;
  const at = `at ${largest.size}`;
  if (largest.baseline) {
    checks.push({
      target: `build overhead against bare Astro ≤ ${TARGETS.overhead}×`,
      pass: largest.baseline.overhead <= TARGETS.overhead,
      figure: `${largest.baseline.overhead.toFixed(2)}× ${at} (${seconds(largest.build.wallMs)} s against ${seconds(largest.baseline.wallMs)} s; CPU time ${largest.baseline.cpuOverhead?.toFixed(2) ?? "–"}×)`,
    });
  }
  checks.push({
    target: `validation < ${TARGETS.validationMs / 1000} s`,
    pass: largest.validation.ms < TARGETS.validationMs,
    figure: `${seconds(largest.validation.ms)} s ${at} (in process; ${seconds(largest.validation.inBuildMs)} s inside the build)`,
  });
  checks.push({
    target: `peak memory < ${TARGETS.peakMemoryMb / 1024} GB`,
    pass: largest.build.peakMemoryMb < TARGETS.peakMemoryMb,
    figure: `${(largest.build.peakMemoryMb / 1024).toFixed(2)} GB ${at}`,
  });
  const tenth = results.find(
    (r) => r.reviewsPerPartnership === largest.reviewsPerPartnership && r.partnerships * 10 === largest.partnerships,
  );
  if (tenth !== undefined) {
    const ratio = largest.build.wallMs / tenth.build.wallMs;
    checks.push({
      target: `ten times the content costs ≤ ${TARGETS.tenTimesContent}× the time`,
      pass: ratio <= TARGETS.tenTimesContent,
      figure: `${ratio.toFixed(2)}× (${tenth.size}: ${seconds(tenth.build.wallMs)} s → ${largest.size}: ${seconds(largest.build.wallMs)} s)`,
    });
  } else {
    checks.push({
      target: `ten times the content costs ≤ ${TARGETS.tenTimesContent}× the time`,
      pass: false,
      figure: `not measured: add the size ${largest.partnerships / 10}x${largest.reviewsPerPartnership}`,
    });
  }
  // Work or pages that grow with the square of the partnerships show as exponents near 2 between two
  // sizes with the same reviews per partnership, and as per-partnership pages that grow with the site.
  const smallest = results
    .filter((r) => r.reviewsPerPartnership === largest.reviewsPerPartnership)
    .reduce((best, r) => (r.partnerships < best.partnerships ? r : best), largest);
  if (smallest.partnerships < largest.partnerships) {
    const exponent = (big: number, small: number): number =>
      Math.log(big / small) / Math.log(largest.partnerships / smallest.partnerships);
    const pages = exponent(largest.site.htmlPages, smallest.site.htmlPages);
    const time = exponent(largest.build.wallMs, smallest.build.wallMs);
    const output = exponent(largest.site.totalBytes, smallest.site.totalBytes);
    const pageGrowth = (type: string): number =>
      (largest.site.types[type]?.medianGzip ?? 0) / (smallest.site.types[type]?.medianGzip ?? 1);
    const partnershipGrowth = pageGrowth("partnership");
    const reviewGrowth = pageGrowth("review");
    checks.push({
      target: "nothing grows with the square of the partnerships (exponents near 1, not 2)",
      pass: pages <= 1.05 && time <= 1.05 && output <= 1.1 && partnershipGrowth <= 1.1 && reviewGrowth <= 1.1,
      figure: `${smallest.size} → ${largest.size}: pages n^${pages.toFixed(2)}, build time n^${time.toFixed(2)}, output bytes n^${output.toFixed(2)}; median partnership page ×${partnershipGrowth.toFixed(2)}, review page ×${reviewGrowth.toFixed(2)}`,
    });
  }
  checks.push({
    target: `partnership page ≤ ${TARGETS.partnershipPageGzipKb} KB gzipped with its CSS`,
    pass: largest.site.partnershipWithCss.largestGzip <= TARGETS.partnershipPageGzipKb * 1024,
    figure: `largest ${kb(largest.site.partnershipWithCss.largestGzip)} KB, median ${kb(largest.site.partnershipWithCss.medianGzip)} KB ${at} (${largest.site.partnershipWithCss.largest})`,
  });
  const withJs = Object.entries(largest.site.types).filter(
    ([type, figures]) => !INTERACTIVE.has(type) && figures.jsRaw > 0,
  );
  checks.push({
    target: "no JavaScript on pages other than search and the comparison",
    pass: withJs.length === 0,
    figure:
      withJs.length === 0
        ? "none"
        : withJs
            .map(([type, figures]) => `${type} ${kb(figures.jsGzip)} KB gz (${figures.jsFiles.join(", ") || "inline"})`)
            .join("; "),
  });
  const interactive = [...INTERACTIVE].map((type) => [type, largest.site.types[type]?.jsGzip ?? 0] as const);
  checks.push({
    target: `≤ ${TARGETS.interactiveJsGzipKb} KB gzipped JavaScript on search and the comparison (Pagefind aside)`,
    pass: interactive.every(([, gzip]) => gzip <= TARGETS.interactiveJsGzipKb * 1024),
    figure: interactive.map(([type, gzip]) => `${type} ${kb(gzip)} KB`).join(", "),
  });
  return checks;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: DEFAULT_SIZES },
      json: { type: "string" },
      keep: { type: "boolean", default: false },
      seed: { type: "string", default: "1" },
      "skip-baseline": { type: "boolean", default: false },
    },
  });
  const sizes = parseSizes(values.sizes);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  progress(
    `sizes ${sizes.map((s) => `${s.partnerships}x${s.reviews}`).join(", ")}; seed ${seed}; ${existsSync(GNU_TIME) ? "GNU time and " : ""}/proc sampling for memory`,
  );
  const results: SizeResult[] = [];
  for (const size of sizes) {
    results.push(await benchSize(size, { seed, keep: values.keep, baseline: !values["skip-baseline"] }));
  }
  const targets = checkTargets(results);
  const report = {
    machine: { cpus: availableParallelism(), node: process.version, platform: process.platform },
    seed,
    results,
    targets,
  };
  process.stdout.write(`\n${formatTable(results)}\n\nTargets (at the largest size):\n`);
  for (const check of targets)
    process.stdout.write(`  ${check.pass ? "PASS" : "MISS"}  ${check.target}: ${check.figure}\n`);
  // Two decimals are more than the measurements' precision.
  const json = JSON.stringify(
    report,
    (_key, value: unknown) =>
      typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value,
    2,
  );
  process.stdout.write(`\nJSON:\n${json}\n`);
  if (values.json !== undefined) {
    await writeFile(resolve(values.json), `${json}\n`);
    progress(`wrote ${resolve(values.json)}`);
  }
  return 0;
}

if (import.meta.main) {
  process.exitCode = await main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
}

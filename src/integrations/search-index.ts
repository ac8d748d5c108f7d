// Builds the Pagefind search index over a built site. What is indexed is decided where each page is defined: the
// templates write data-pagefind-body (BaseLayout's search prop, the partnership and published review pages),
// data-pagefind-ignore on what is left out (chart drawings, data tables, hidden tags) and the filters and meta.
// Nothing here changes a page. A recommendation is found within its review page, as a sub-result on its anchor.
// Pagefind's binary reads each page from disk itself, handed to it as a glob naming that one file: a page sent through
// addHTMLFile is encoded as JSON in base64 by its Node side, which took a third of the indexing's CPU (see
// docs/performance.md), and one addDirectory over the folder numbers the pages in the order the file system lists them.
// Pages are added in the order Astro wrote them (the build's integration tells which pages mark a body, as it
// renders them), then any other page that marks one in path order, so the same site always gives the same index.
// Under `npm run build` they are added while Astro renders the rest, on the core Astro leaves idle.
// Pagefind's module and worker are minified once it has written them (minifyPagefindScripts).
// Pagefind and Vite are loaded when the index is written, not with this module: npm run build imports it before
// Astro starts, and would otherwise load Vite twice, once in each process.
import { freemem, totalmem } from "node:os";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { PagefindIndex } from "pagefind";
import { formatNumber, plural } from "../lib/words.ts";

/**
 * The environment switch by which `npm run build` tells Astro to leave the index to it: it writes the index once
 * Astro has ended, so that the two never hold their peak memory at once (at 10,000 partnerships, Astro's 14 GB and
 * Pagefind's several GB together left the machine about to run out).
 */
export const INDEX_AFTER_ASTRO = "PARTNERSHIP_REVIEWS_INDEX_AFTER_ASTRO";

/** What the index holds once written. */
export interface SearchIndexSummary {
  pages: number;
}

/** A page the build has written that marks a body for search: its site-relative file and its length in bytes. */
export interface WrittenPage {
  path: string;
  bytes: number;
}

/** The type of the message by which Astro's process tells `npm run build` of a page that marks a body. */
export const WRITTEN_PAGE = "partnership-reviews:written-page";

/** The message by which Astro's process tells `npm run build` of a page that marks a body, as Astro writes it. */
export interface WrittenPageMessage extends WrittenPage {
  type: typeof WRITTEN_PAGE;
}

/** Returns the page a message from Astro's process tells of, or undefined for any other message. */
export function writtenPage(message: unknown): WrittenPage | undefined {
  if (typeof message !== "object" || message === null) return undefined;
  const { type, path, bytes } = message as Partial<WrittenPageMessage>;
  return type === WRITTEN_PAGE && typeof path === "string" && typeof bytes === "number" ? { path, bytes } : undefined;
}

/** How many pages are read at once. */
const BATCH = 64;

/** The attribute that marks a page's indexed region, as bytes, so that a page is tested without decoding it. */
export const BODY_MARK = Buffer.from("data-pagefind-body");

/**
 * The share of the machine's memory that must be available for a page to be indexed while Astro still renders:
 * Pagefind holds about 130 MB per 1,000 pages as it reads them, beside Astro's heap, so on a machine short of memory
 * the pages wait until Astro has ended.
 */
const FREE_MEMORY_TO_INDEX_EARLY = 0.25;

/** Returns true while the machine has the memory to index beside Astro. */
export function memoryToIndexEarly(): boolean {
  return freemem() >= totalmem() * FREE_MEMORY_TO_INDEX_EARLY;
}

/** How long a page handed over may take to reach its full length on disk. */
const WRITE_WAIT_MS = 60_000;

/**
 * Returns a glob that matches only the file at a site-relative path, its glob characters escaped; undefined for a path
 * with a backslash, which Pagefind's globs cannot match.
 */
export function literalGlob(path: string): string | undefined {
  if (path.includes("\\")) return undefined;
  return path.replace(/[?*$:<>[\]{}(),]/g, (character) => `\\${character}`);
}

/** Returns every HTML file under the folder, relative to it, in a stable order. */
async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** Returns the language an HTML page declares (such as "en-GB"), or undefined without one. */
function pageLanguage(html: string): string | undefined {
  return /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
}

/**
 * Resolves to true once the file has the length the build wrote, or to false once `stopped` says so; throws when it has
 * not reached it in time. The waits do not keep the process running.
 */
async function writtenWhole(file: string, bytes: number, stopped: () => boolean): Promise<boolean> {
  const started = performance.now();
  for (let wait = 1; !stopped(); wait = Math.min(wait * 2, 100)) {
    const size = await stat(file).then(
      (stats) => stats.size,
      () => -1,
    );
    if (size === bytes) return true;
    if (performance.now() - started > WRITE_WAIT_MS) {
      throw new Error(`${file} was handed over for search at ${bytes} bytes but has ${size}`);
    }
    await new Promise((done) => setTimeout(done, wait).unref());
  }
  return false;
}

/**
 * The search index of one built site, made page by page: `add` takes the pages the build reports as it writes them,
 * `finish` adds every other page that marks a body and writes the index. Pages handed over are indexed in that
 * order, while `canIndexNow` allows it, and otherwise kept until `finish`.
 */
export class SearchIndexBuilder {
  /** The built site's folder. */
  readonly siteDir: string;

  private readonly language: string | undefined;

  private readonly canIndexNow: () => boolean;

  private readonly waiting: WrittenPage[] = [];

  private readonly added = new Set<string>();

  private index: Promise<PagefindIndex> | undefined;

  private indexing: Promise<void> | undefined;

  private failure: { error: unknown } | undefined;

  private finishing = false;

  private closed = false;

  /** How many pages were indexed before `finish` was called. */
  addedEarly = 0;

  /**
   * Indexes the site in `siteDir` in `language` (by default the language the first page added declares), asking
   * `canIndexNow` before it indexes each page handed over, until `finish`.
   */
  constructor(siteDir: string, options: { language?: string; canIndexNow?: () => boolean } = {}) {
    this.siteDir = siteDir;
    this.language = options.language;
    this.canIndexNow = options.canIndexNow ?? (() => true);
  }

  /** Hands over a page the build has written, or is writing, at its full length in bytes. */
  add(page: WrittenPage): void {
    this.waiting.push(page);
    this.indexWaiting();
  }

  private indexWaiting(): void {
    if (this.indexing !== undefined || this.failure !== undefined) return;
    this.indexing = (async () => {
      while (this.waiting.length > 0 && (this.finishing || this.canIndexNow())) {
        const page = this.waiting.shift() as WrittenPage;
        const file = join(this.siteDir, page.path);
        if (!(await writtenWhole(file, page.bytes, () => this.closed))) return;
        if (this.added.has(page.path)) continue;
        await this.addFile(page.path, await readFile(file));
        if (!this.finishing) this.addedEarly += 1;
      }
    })()
      .catch((error: unknown) => {
        this.failure = { error };
      })
      .finally(() => {
        this.indexing = undefined;
      });
  }

  /** Returns the index, started in the site's language, or that of the first page added. */
  private pagefindIndex(html?: Buffer): Promise<PagefindIndex> {
    this.index ??= (async () => {
      const language = this.language ?? pageLanguage(html?.subarray(0, 4096).toString("utf8") ?? "") ?? "en";
      const pagefind = await import("pagefind");
      const { index, errors } = await pagefind.createIndex({ forceLanguage: language.slice(0, 2).toLowerCase() });
      if (index === undefined) throw new Error(errors.join("; "));
      return index;
    })();
    return this.index;
  }

  private async addFile(sourcePath: string, content: Buffer): Promise<void> {
    const index = await this.pagefindIndex(content);
    const glob = literalGlob(sourcePath);
    const added =
      glob === undefined
        ? await index.addHTMLFile({ sourcePath, content: content.toString("utf8") })
        : await index.addDirectory({ path: this.siteDir, glob });
    check(added.errors);
    if ("page_count" in added && added.page_count !== 1) throw new Error(`Pagefind did not read ${sourcePath}`);
    this.added.add(sourcePath);
  }

  /**
   * Indexes every page handed over, then every other page of the site that marks a body, in path order, and writes
   * the index into `<siteDir>/pagefind/`, calling `progress` as it goes; throws with Pagefind's own message when it
   * fails.
   */
  async finish(progress: (message: string) => void = () => {}): Promise<SearchIndexSummary> {
    this.finishing = true;
    await this.indexing;
    this.indexWaiting();
    await this.indexing;
    if (this.failure !== undefined) throw this.failure.error;
    const files = (await htmlFiles(this.siteDir)).filter((path) => !this.added.has(path));
    let nextReport = 0.25;
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH);
      const texts = await Promise.all(batch.map((sourcePath) => readFile(join(this.siteDir, sourcePath))));
      // Only pages that mark a body are read by Pagefind: it would leave the others out anyway, once it has seen one.
      for (const [i, content] of texts.entries()) {
        if (content.includes(BODY_MARK)) await this.addFile(batch[i] as string, content);
      }
      const done = (start + batch.length) / files.length;
      if (done >= nextReport && done < 1) {
        progress(`Indexed ${this.added.size} pages (${Math.floor(done * 100)}% of ${files.length} other files read)`);
        nextReport += 0.25;
      }
    }
    const index = await this.pagefindIndex();
    check((await index.writeFiles({ outputPath: join(this.siteDir, "pagefind") })).errors);
    await minifyPagefindScripts(join(this.siteDir, "pagefind"));
    return { pages: this.added.size };
  }

  /** Stops indexing and ends Pagefind's process, if one was started; once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.indexing;
    if (this.index === undefined) return;
    await (await import("pagefind")).close();
  }
}

/**
 * The scripts of Pagefind's that the search page loads before its first result: its module (an ES module) and the
 * worker it starts (a classic script). Pagefind writes them with spaces taken out but every name in full.
 */
const PAGEFIND_SCRIPTS = [
  { file: "pagefind.js", module: true },
  { file: "pagefind-worker.js", module: false },
] as const;

/**
 * Minifies Pagefind's scripts in `<siteDir>/pagefind/` with the minifier Vite gives the site's own scripts (Oxc's):
 * 25.2 KB gzipped became 21.0 KB, in every reader's first search. Top-level names are kept, as the worker is a
 * classic script and the module's exports are its interface.
 */
export async function minifyPagefindScripts(pagefindDir: string): Promise<void> {
  const { minify } = await import("vite");
  for (const { file, module } of PAGEFIND_SCRIPTS) {
    const path = join(pagefindDir, file);
    const result = await minify(file, await readFile(path, "utf8"), {
      module,
      compress: true,
      mangle: { toplevel: false },
    });
    check(result.errors.map((error) => `${file}: ${error.message}`));
    await writeFile(path, result.code);
  }
}

/** Throws Pagefind's own messages when a call reported errors. */
function check(errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(errors.join("; "));
}

/**
 * Writes the search index of the site in `siteDir` into `<siteDir>/pagefind/`, in `language`, calling `progress` as it
 * goes; throws with Pagefind's own message when it fails.
 */
export async function writeSearchIndex(
  siteDir: string,
  language: string,
  progress: (message: string) => void = () => {},
): Promise<SearchIndexSummary> {
  const builder = new SearchIndexBuilder(siteDir, { language });
  try {
    return await builder.finish(progress);
  } finally {
    await builder.close();
  }
}

/** Returns the language the built site's home page declares (such as "en-GB"), or undefined without one. */
export async function siteLanguage(siteDir: string): Promise<string | undefined> {
  const home = await readFile(join(siteDir, "index.html"), "utf8").catch(() => undefined);
  return home === undefined ? undefined : pageLanguage(home);
}

/**
 * Finishes the site's index with `builder` (the pages handed over, then every other page that marks a body) and ends
 * it, saying what it does and how long it took through `log`. A site without its home page is left unindexed: `npm
 * run build` then refuses to publish it.
 */
export async function indexSite(builder: SearchIndexBuilder, log: (message: string) => void): Promise<void> {
  try {
    if ((await siteLanguage(builder.siteDir)) === undefined) return;
    const started = performance.now();
    log("Indexing the pages for search");
    const summary = await builder.finish(log);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      builder.addedEarly === 0
        ? `Indexed ${plural(summary.pages, "page")} in ${seconds} s`
        : `Indexed ${plural(summary.pages, "page")}, ${formatNumber(builder.addedEarly)} of them while Astro rendered, in ${seconds} s more`,
    );
  } finally {
    await builder.close();
  }
}

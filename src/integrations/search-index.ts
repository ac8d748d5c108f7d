// Builds the Pagefind search index over a built site. What is indexed is decided where each page is defined: the
// templates write data-pagefind-body (BaseLayout's search prop, the partnership and published review pages),
// data-pagefind-ignore on what is left out (chart drawings, data tables, hidden tags) and the filters and meta.
// Nothing here changes a page. A recommendation is found within its review page, as a sub-result on its anchor.
// Pagefind's binary reads each page from disk itself, handed to it as a glob naming that one file: a page sent through
// addHTMLFile is encoded as JSON in base64 by its Node side, which took a third of the indexing's CPU (see
// docs/performance.md), and one addDirectory over the folder numbers the pages in the order the file system lists them.
// Pagefind's module and worker are minified once it has written them (minifyPagefindScripts).
// Pagefind and Vite are loaded when the index is written, not with this module: npm run build imports it before
// Astro starts, and would otherwise load Vite twice, once in each process.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { plural } from "../lib/words.ts";

/**
 * The environment switch by which `npm run build` tells Astro to leave the index to it: it indexes the site once
 * Astro has ended, so that the two never hold their memory at once (at 10,000 partnerships, Astro's 14 GB and
 * Pagefind's several GB together left the machine about to run out).
 */
export const INDEX_AFTER_ASTRO = "PARTNERSHIP_REVIEWS_INDEX_AFTER_ASTRO";

/** What the index holds once written. */
export interface SearchIndexSummary {
  pages: number;
}

/** How many pages are read at once. */
const BATCH = 64;

/** The attribute that marks a page's indexed region, as bytes, so that a page is tested without decoding it. */
const BODY_MARK = Buffer.from("data-pagefind-body");

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
 * Writes the search index into `<siteDir>/pagefind/`, calling `progress` as it goes; throws with Pagefind's own
 * message when it fails.
 */
export async function writeSearchIndex(
  siteDir: string,
  language: string,
  progress: (message: string) => void = () => {},
): Promise<SearchIndexSummary> {
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.slice(0, 2).toLowerCase() });
  try {
    if (index === undefined) throw new Error(errors.join("; "));
    const files = await htmlFiles(siteDir);
    let pages = 0;
    let nextReport = 0.25;
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH);
      const texts = await Promise.all(batch.map((sourcePath) => readFile(join(siteDir, sourcePath))));
      // Pages are added one by one in path order, so the same site always gives the same index.
      for (const [i, content] of texts.entries()) {
        // Only pages that mark a body are read by Pagefind: it would leave the others out anyway, once it has seen one.
        if (!content.includes(BODY_MARK)) continue;
        const sourcePath = batch[i] as string;
        const glob = literalGlob(sourcePath);
        const added =
          glob === undefined
            ? await index.addHTMLFile({ sourcePath, content: content.toString("utf8") })
            : await index.addDirectory({ path: siteDir, glob });
        check(added.errors);
        if ("page_count" in added && added.page_count !== 1) throw new Error(`Pagefind did not read ${sourcePath}`);
        pages += 1;
      }
      const done = (start + batch.length) / files.length;
      if (done >= nextReport && done < 1) {
        progress(`Indexed ${pages} pages (${Math.floor(done * 100)}% of ${files.length} files read)`);
        nextReport += 0.25;
      }
    }
    check((await index.writeFiles({ outputPath: join(siteDir, "pagefind") })).errors);
    await minifyPagefindScripts(join(siteDir, "pagefind"));
    return { pages };
  } finally {
    await pagefind.close();
  }
}

/** Returns the language the built site's home page declares (such as "en-GB"), or undefined without one. */
async function siteLanguage(siteDir: string): Promise<string | undefined> {
  const home = await readFile(join(siteDir, "index.html"), "utf8").catch(() => undefined);
  return home === undefined ? undefined : /<html\b[^>]*\blang="([^"]+)"/i.exec(home)?.[1];
}

/**
 * Indexes a built site in the language its pages declare, saying what it does and how long it took through `log`.
 * A site without its home page is left unindexed: `npm run build` then refuses to publish it.
 */
export async function indexSite(siteDir: string, log: (message: string) => void): Promise<void> {
  const language = await siteLanguage(siteDir);
  if (language === undefined) return;
  const started = performance.now();
  log("Indexing the pages for search");
  const summary = await writeSearchIndex(siteDir, language, log);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`Indexed ${plural(summary.pages, "page")} in ${seconds} s`);
}

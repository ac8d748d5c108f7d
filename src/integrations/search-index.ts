// Builds the Pagefind search index over a built site: its pages that mark a data-pagefind-body, and the routes
// indexed whole. A recommendation is found within its review page, as a sub-result on its permanent anchor.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";
import { routeIndexing } from "../lib/search-records.ts";
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

/** How many pages are handed to Pagefind at once. */
const BATCH = 64;

/** Returns every HTML file under the folder, relative to it, in a stable order. */
async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** Elements whose content is a block or cell of its own: their words never run into a neighbour's. */
const BLOCKS =
  "address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|" +
  "main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul";
const BLOCK_END = new RegExp(`(</(?:${BLOCKS})>|<(?:br|hr)\\b[^>]*>)(?=\\S)`, "gi");
const BLOCK_START = new RegExp(`(?<=\\S)(<(?:${BLOCKS})\\b)`, "gi");

/**
 * Returns the HTML with a space after each block or table cell that ends and before each that starts, so that
 * compressed HTML such as `<td>Risk</td><td>Likelihood</td>` is indexed as two words, not "RiskLikelihood".
 */
export function spaceBlocks(html: string): string {
  return html.replace(BLOCK_END, "$1 ").replace(BLOCK_START, " $1");
}

/** A chart's drawing: an SVG element, with no SVG inside it. */
const DRAWING = /<svg\b[\s\S]*?<\/svg>/g;

/**
 * Returns the HTML with the plain `<div data-pagefind-ignore>` wrappers around charts and factor tables opened to
 * the index, and each chart's drawing left out instead: the findings in those tables ("Perception gap") can then be
 * found, while the labels drawn in a chart are not indexed a second time. Hidden search tags stay ignored. The
 * drawings are cut, not marked ignored: they are half of a review page's bytes, and Pagefind's time grows with
 * the bytes it is sent (at 1,000 partnerships, 55 s with them, 32 s without).
 */
export function openTablesToIndex(html: string): string {
  return html.replace(DRAWING, "").replace(/<div data-pagefind-ignore>/g, "<div>");
}

/**
 * Returns the HTML to index for a built page at `sourcePath`, or undefined when it holds nothing to find. Pages
 * that mark a data-pagefind-body are indexed as marked; the routes of `routeIndexing` have their <main> indexed,
 * with their content type, without any change to their page files.
 */
export function indexableHtml(sourcePath: string, html: string): string | undefined {
  const route = routeIndexing(sourcePath);
  if (html.includes("data-pagefind-body")) return spaceBlocks(openTablesToIndex(html));
  if (route === undefined) return undefined;
  const marked = html.replace(
    /<main\b/i,
    `<main data-pagefind-body data-pagefind-filter="type:${route.type}" data-pagefind-meta="type:${route.label}"`,
  );
  return marked === html ? undefined : spaceBlocks(openTablesToIndex(marked));
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
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.slice(0, 2).toLowerCase() });
  try {
    if (index === undefined) throw new Error(errors.join("; "));
    const files = await htmlFiles(siteDir);
    let pages = 0;
    let nextReport = 0.25;
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH);
      const texts = await Promise.all(batch.map((sourcePath) => readFile(join(siteDir, sourcePath), "utf8")));
      // Pages are added one by one in path order, so the same site always gives the same index.
      for (const [i, content] of texts.entries()) {
        // Only pages that mark what to index, or whose route is indexed, are sent; the rest hold nothing to find.
        const html = indexableHtml(batch[i] as string, content);
        if (html === undefined) continue;
        check((await index.addHTMLFile({ sourcePath: batch[i] as string, content: html })).errors);
        pages += 1;
      }
      const done = (start + batch.length) / files.length;
      if (done >= nextReport && done < 1) {
        progress(`Indexed ${pages} pages (${Math.floor(done * 100)}% of ${files.length} files read)`);
        nextReport += 0.25;
      }
    }
    check((await index.writeFiles({ outputPath: join(siteDir, "pagefind") })).errors);
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

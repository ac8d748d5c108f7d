// Builds the Pagefind search index over a built site: its pages that mark a data-pagefind-body, plus one
// record per published recommendation.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";
import type { SearchRecord } from "../lib/search-records.ts";

/** What the index holds once written. */
export interface SearchIndexSummary {
  pages: number;
  records: number;
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

/** Throws Pagefind's own messages when a call reported errors. */
function check(errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(errors.join("; "));
}

/**
 * Writes the search index into `<siteDir>/pagefind/`, with the given records besides the pages, calling
 * `progress` as it goes; throws with Pagefind's own message when it fails.
 */
export async function writeSearchIndex(
  siteDir: string,
  records: readonly SearchRecord[],
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
        // Only pages that mark what to index are sent; the rest (lists, data pages) hold nothing to find.
        if (!content.includes("data-pagefind-body")) continue;
        check((await index.addHTMLFile({ sourcePath: batch[i] as string, content })).errors);
        pages += 1;
      }
      const done = (start + batch.length) / files.length;
      if (done >= nextReport && done < 1) {
        progress(`Indexed ${pages} pages (${Math.floor(done * 100)}% of ${files.length} files read)`);
        nextReport += 0.25;
      }
    }
    for (const record of records) check((await index.addCustomRecord(record)).errors);
    check((await index.writeFiles({ outputPath: join(siteDir, "pagefind") })).errors);
    return { pages, records: records.length };
  } finally {
    await pagefind.close();
  }
}

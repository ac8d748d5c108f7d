// Builds the Pagefind search index over a built site: its partnership and review pages (the
// elements marked data-pagefind-body), plus one record per published recommendation.
import * as pagefind from "pagefind";
import { join } from "node:path";
import type { SearchRecord } from "../src/lib/search-records.ts";

/** What the index holds once written. */
export interface SearchIndexSummary {
  pages: number;
  records: number;
}

/**
 * Writes the search index into `<siteDir>/pagefind/`, with the given records besides the pages; throws
 * with Pagefind's own message when it fails.
 */
export async function writeSearchIndex(
  siteDir: string,
  records: readonly SearchRecord[],
  language: string,
): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.slice(0, 2).toLowerCase() });
  try {
    if (index === undefined) throw new Error(errors.join("; "));
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length > 0) throw new Error(result.errors.join("; "));
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    return { pages: added.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}

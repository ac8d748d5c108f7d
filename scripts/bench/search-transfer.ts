// What a reader's browser downloads to see the first results of a search: the search page is opened in
// Chromium with a one-word query in its address, and every response is counted until the first result shows.
// Standalone: node scripts/bench/search-transfer.ts SITE_DIR [WORD ...]
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../../test/support/browser.ts";
import { serveStatic } from "../../test/support/static-server.ts";

/** The bytes one search cost, split into the search index and the page that runs it. */
export interface SearchTransfer {
  query: string;
  /** Results Pagefind reported for the query. */
  results: number;
  /** Bytes of everything under /pagefind/ (index chunks, fragments, filters, the WebAssembly and its loader). */
  searchBytes: number;
  /** Bytes of the search page itself and its CSS, scripts and images. */
  pageBytes: number;
  requests: number;
  /** From opening the page to the first result on screen. */
  ms: number;
  /** The bytes by kind of file (see partOf), so that a miss can say what weighed most. */
  parts?: Record<string, number>;
}

/** Returns the kind of a file the search page fetched: one of Pagefind's parts, or "page" for the page's own files. */
export function partOf(pathname: string): string {
  const inPagefind = /\/pagefind\/(.*)$/.exec(pathname)?.[1];
  if (inPagefind === undefined) return "page";
  if (inPagefind.startsWith("index/")) return "index chunks";
  if (inPagefind.startsWith("fragment/")) return "result fragments";
  if (inPagefind.startsWith("filter/")) return "filters";
  if (inPagefind.endsWith(".pf_meta")) return "page list";
  if (inPagefind.startsWith("wasm.")) return "WebAssembly";
  return "Pagefind's scripts";
}

/** Text responses a host sends gzip-compressed; Pagefind's index files and WebAssembly are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|json|svg)$|\/$/;

/**
 * Returns the bytes a host with gzip would send for a response's body (the static server here compresses
 * nothing, so text is gzipped to count it as a reader's browser would receive it).
 */
async function bodyBytes(response: { url: () => string; body: () => Promise<Buffer> }): Promise<number> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  return COMPRESSIBLE.test(new URL(response.url()).pathname) ? gzipSync(body).length : body.length;
}

/** Measures one query per word on the built site in `siteDir` (served from "/"). */
export async function measureSearchTransfer(siteDir: string, words: readonly string[]): Promise<SearchTransfer[]> {
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const measured: SearchTransfer[] = [];
    for (const query of words) {
      // A fresh context each time: nothing comes from the browser's cache.
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<{ search: boolean; part: string; bytes: number }>[] = [];
      page.on("response", (response) => {
        const { pathname } = new URL(response.url());
        const search = pathname.includes("/pagefind/");
        sizes.push(bodyBytes(response).then((bytes) => ({ search, part: partOf(pathname), bytes })));
      });
      const started = performance.now();
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.locator(".app-search-result__link").first().waitFor({ timeout: 120_000 });
      const ms = performance.now() - started;
      const status = await page.locator("#search-status").innerText();
      const counted = await Promise.all(sizes);
      const parts: Record<string, number> = {};
      for (const size of counted) parts[size.part] = (parts[size.part] ?? 0) + size.bytes;
      measured.push({
        query,
        results: Number(/([\d,]+)/.exec(status)?.[1]?.replaceAll(",", "") ?? 0),
        searchBytes: counted.filter((size) => size.search).reduce((sum, size) => sum + size.bytes, 0),
        pageBytes: counted.filter((size) => !size.search).reduce((sum, size) => sum + size.bytes, 0),
        requests: counted.length,
        ms,
        parts,
      });
      await context.close();
    }
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [siteDir, ...words] = process.argv.slice(2);
  if (siteDir === undefined) {
    process.stderr.write("usage: node scripts/bench/search-transfer.ts SITE_DIR [WORD ...]\n");
    process.exit(2);
  }
  for (const row of await measureSearchTransfer(siteDir, words.length > 0 ? words : ["partnership"])) {
    process.stdout.write(
      `"${row.query}": ${row.results} results; search ${(row.searchBytes / 1024).toFixed(0)} KB, page ${(row.pageBytes / 1024).toFixed(0)} KB, ${row.requests} requests, first result after ${(row.ms / 1000).toFixed(1)} s\n`,
    );
  }
}

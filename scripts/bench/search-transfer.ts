// What a reader's browser downloads to see the first results of a search: the search page is opened in
// Chromium with a one-word query in its address, and every response to a request made before the first result
// shows is counted (the filters' counts, asked for once the results show, are not).
// Standalone: node scripts/bench/search-transfer.ts SITE_DIR [WORD ...]
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../../test/support/browser.ts";
import { serveStatic } from "../browse/static-server.ts";

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

/** One response the search page received: its address's path, when its request went out and its bytes. */
export interface Fetched {
  pathname: string;
  /** When the browser sent the request, in milliseconds since 1970, as Date.now() gives. */
  requestedAt: number;
  bytes: number;
}

/**
 * Returns the bytes of the responses to requests sent by `shownAt` (when the first result showed, as Date.now()
 * gives it), by kind and split into Pagefind's and the page's own. A request sent after the first result showed,
 * such as the filters' counts the search page loads then, is not part of what the reader waited for.
 */
export function fetchedForFirstResults(
  fetched: readonly Fetched[],
  shownAt: number,
): Pick<SearchTransfer, "searchBytes" | "pageBytes" | "requests" | "parts"> {
  const before = fetched.filter((item) => item.requestedAt <= shownAt);
  const parts: Record<string, number> = {};
  for (const item of before) parts[partOf(item.pathname)] = (parts[partOf(item.pathname)] ?? 0) + item.bytes;
  const inPagefind = (item: Fetched) => item.pathname.includes("/pagefind/");
  return {
    searchBytes: before.filter(inPagefind).reduce((sum, item) => sum + item.bytes, 0),
    pageBytes: before.filter((item) => !inPagefind(item)).reduce((sum, item) => sum + item.bytes, 0),
    requests: before.length,
    parts,
  };
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
      // The page notes the moment its first result is in the document, before the search page asks for more.
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector(".app-search-result__link") === null) return;
          (window as { firstResultAt?: number }).firstResultAt = Date.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      const fetched: Promise<Fetched>[] = [];
      page.on("response", (response) => {
        const { pathname } = new URL(response.url());
        // The browser's own clock for the request, the one Date.now() reads in the page.
        const requestedAt = response.request().timing().startTime;
        fetched.push(bodyBytes(response).then((bytes) => ({ pathname, requestedAt, bytes })));
      });
      const started = performance.now();
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.locator(".app-search-result__link").first().waitFor({ timeout: 120_000 });
      const ms = performance.now() - started;
      const shownAt = await page.evaluate(() => (window as { firstResultAt?: number }).firstResultAt ?? Date.now());
      // The count is announced once every line of the first page of results is in, after the first few show.
      await page.waitForFunction(() => /result/.test(document.getElementById("search-status")?.textContent ?? ""));
      const status = await page.locator("#search-status").innerText();
      measured.push({
        query,
        results: Number(/([\d,]+)/.exec(status)?.[1]?.replaceAll(",", "") ?? 0),
        ...fetchedForFirstResults(await Promise.all(fetched), shownAt),
        ms,
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

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderBytes, gzipBytes, listFiles, measureSite } from "../../../../scripts/bench/site.ts";

const CSS = "body { margin: 0 }\n";
const SEARCH_JS = 'import "./chunk.js";\nconsole.log("search");\n';
const CHUNK_JS = "export const chunk = 1;\n";
const INLINE = 'document.body.dataset.js = "on";';
const head = '<link rel="stylesheet" href="/_astro/site.css">';
const FILES: Record<string, string> = {
  "index.html": `<html><head>${head}</head><body><h1>Home</h1><script type="module">${INLINE}</script></body></html>`,
  "partnerships/a/index.html": `<html><head>${head}</head><body><h1>A</h1></body></html>`,
  "partnerships/b/index.html": `<html><head>${head}</head><body><h1>B</h1><p>${"Words. ".repeat(50)}</p></body></html>`,
  "search/index.html": `<html><head>${head}<script type="module" src="/_astro/search.js"></script><script src="/pagefind/pagefind-ui.js"></script></head><body><h1>Search</h1></body></html>`,
  "_astro/site.css": CSS,
  "_astro/search.js": SEARCH_JS,
  "_astro/chunk.js": CHUNK_JS,
  "pagefind/pagefind-ui.js": "/* the search interface */\n",
  "pagefind/index/en_1.pf_index": "index",
};

let site: string;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), "bench-site-"));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(site, path)), { recursive: true });
    await writeFile(join(site, path), text);
  }
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

/** Returns the size of a fixture file, raw and gzipped. */
function sizeOf(path: string): { raw: number; gzip: number } {
  const text = FILES[path] ?? "";
  return { raw: Buffer.byteLength(text), gzip: gzipBytes(text) };
}

describe("listFiles(dir) and folderBytes(dir)", () => {
  it("listFiles(dir) lists every file with forward slashes, and folderBytes(dir) adds their sizes", async () => {
    expect((await listFiles(site)).sort()).toEqual(Object.keys(FILES).sort());
    expect(await folderBytes(site)).toBe(Object.values(FILES).reduce((sum, text) => sum + Buffer.byteLength(text), 0));
  });
});

describe("measureSite(dir)", () => {
  it("measureSite(dir) counts pages and files, and keeps the search index apart", async () => {
    const figures = await measureSite(site);
    expect([figures.htmlPages, figures.files, figures.totalBytes]).toEqual([4, 9, await folderBytes(site)]);
    expect(figures.pagefind).toEqual({
      bytes: sizeOf("pagefind/pagefind-ui.js").raw + sizeOf("pagefind/index/en_1.pf_index").raw,
      files: 2,
    });
  });

  it("measureSite(dir) weighs each page type, its JavaScript with what it imports (Pagefind aside) and its stylesheets", async () => {
    const { types } = await measureSite(site);
    const css = sizeOf("_astro/site.css").gzip;
    const a = sizeOf("partnerships/a/index.html");
    const b = sizeOf("partnerships/b/index.html");
    expect(Object.keys(types).sort()).toEqual(["home", "partnership", "search"]);
    expect(types["partnership"]).toEqual({
      pages: 2,
      medianGzip: (a.gzip + b.gzip) / 2,
      largestGzip: b.gzip,
      largestRaw: b.raw,
      largest: "partnerships/b/index.html",
      jsRaw: 0,
      jsGzip: 0,
      jsFiles: [],
      cssGzip: css,
    });
    expect(types["search"]).toMatchObject({
      jsRaw: sizeOf("_astro/search.js").raw + sizeOf("_astro/chunk.js").raw,
      jsGzip: sizeOf("_astro/search.js").gzip + sizeOf("_astro/chunk.js").gzip,
      jsFiles: ["_astro/search.js", "_astro/chunk.js"],
    });
    expect(types["home"]).toMatchObject({ jsRaw: Buffer.byteLength(INLINE), jsGzip: gzipBytes(INLINE), jsFiles: [] });
  });

  it("measureSite(dir) adds each partnership page's stylesheets to its gzipped weight", async () => {
    const { partnershipWithCss, html } = await measureSite(site);
    const css = sizeOf("_astro/site.css").gzip;
    const a = sizeOf("partnerships/a/index.html").gzip + css;
    const b = sizeOf("partnerships/b/index.html").gzip + css;
    expect(partnershipWithCss).toEqual({
      medianGzip: (a + b) / 2,
      largestGzip: b,
      largest: "partnerships/b/index.html",
    });
    const pages = ["index.html", "partnerships/a/index.html", "partnerships/b/index.html", "search/index.html"].map(
      sizeOf,
    );
    const middle = (values: number[]): number => {
      const sorted = values.sort((x, y) => x - y);
      return ((sorted[1] ?? 0) + (sorted[2] ?? 0)) / 2;
    };
    expect(html).toEqual({
      medianRaw: middle(pages.map((page) => page.raw)),
      medianGzip: middle(pages.map((page) => page.gzip)),
      largestRaw: sizeOf("search/index.html").raw,
      largestGzip: sizeOf("search/index.html").gzip,
      largest: "search/index.html",
    });
  });
});

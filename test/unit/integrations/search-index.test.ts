import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it, vi } from "vitest";
import { pathToFileURL } from "node:url";
import {
  literalGlob,
  minifyPagefindScripts,
  SearchIndexBuilder,
  writeSearchIndex,
  writtenPage,
  type WrittenPage,
} from "../../../src/integrations/search-index.ts";

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** Returns the indexed pages' records, read back from Pagefind's fragment files. */
async function fragments(siteDir: string): Promise<{ url: string; content: string; filters: object }[]> {
  const dir = join(siteDir, "pagefind", "fragment");
  const records = [];
  for (const name of await readdir(dir)) {
    const text = gunzipSync(await readFile(join(dir, name))).toString("utf8");
    records.push(JSON.parse(text.slice(text.indexOf("{"))) as { url: string; content: string; filters: object });
  }
  return records;
}

describe("writeSearchIndex(siteDir, language)", () => {
  it("writeSearchIndex indexes as the pages mark: their body with cells apart, filters, and nothing ignored", async () => {
    const site = await mkdtemp(join(tmpdir(), "search-index-"));
    folders.push(site);
    await mkdir(join(site, "risks"));
    await mkdir(join(site, "partnerships"));
    await writeFile(
      join(site, "risks", "index.html"),
      '<html lang="en"><body><nav>Menu</nav><main data-pagefind-body data-pagefind-filter="type:risks">' +
        "<h1>Risks</h1><table><tr><th>Risk</th><td>Likelihood</td></tr></table>" +
        '<figure><div data-pagefind-ignore="all"><svg><text>Drawn</text></svg></div><p>Summary</p></figure>' +
        "</main></body></html>",
    );
    await writeFile(
      join(site, "partnerships", "index.html"),
      '<html lang="en"><body><main><h1>Register</h1></main></body></html>',
    );
    const summary = await writeSearchIndex(site, "en-GB");
    expect(summary).toEqual({ pages: 1 });
    // Pagefind's module, minified, still gives the search page what it calls.
    const module = (await import(pathToFileURL(join(site, "pagefind", "pagefind.js")).href)) as Record<string, unknown>;
    for (const name of ["options", "search", "filters"]) expect(typeof module[name], name).toBe("function");
    expect(await fragments(site)).toEqual([
      expect.objectContaining({
        url: "/risks/",
        content: "Risks. Risk Likelihood. Summary.",
        filters: { type: ["risks"] },
      }),
    ]);
  });

  it("writeSearchIndex indexes each page once under its own address, whatever glob characters or backslash its path holds", async () => {
    const site = await mkdtemp(join(tmpdir(), "search-index-"));
    folders.push(site);
    const page = (title: string): string =>
      `<html lang="en"><body><main data-pagefind-body><h1>${title}</h1></main></body></html>`;
    for (const folder of ["a[1]", "b{c,d}", "e*f", "e-f", "g\\h", "plain"]) {
      await mkdir(join(site, folder));
      await writeFile(join(site, folder, "index.html"), page(`Page ${folder}`));
    }
    expect(await writeSearchIndex(site, "en-GB")).toEqual({ pages: 6 });
    const indexed = (await fragments(site)).map(({ url, content }) => [url, content]);
    expect(indexed.sort()).toEqual([
      // Pagefind ends a sentence with a full stop unless it ends in a bracket, and percent-encodes braces.
      ["/a[1]/", "Page a[1]"],
      ["/b%7Bc,d%7D/", "Page b{c,d}"],
      ["/e*f/", "Page e*f."],
      ["/e-f/", "Page e-f."],
      ["/g\\h/", "Page g\\h."],
      ["/plain/", "Page plain."],
    ]);
  });
});

/** Returns every file of a folder, by path, with its bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries
    .filter((e) => e.isFile())
    .sort((a, b) => (a.parentPath + a.name < b.parentPath + b.name ? -1 : 1)))
    files.set(join(entry.parentPath, entry.name).slice(dir.length), await readFile(join(entry.parentPath, entry.name)));
  return files;
}

describe("SearchIndexBuilder(siteDir, options)", () => {
  const page = (title: string, words: string): string =>
    `<html lang="en-GB"><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;

  /** Writes a site of four pages, two of them marking a body, and returns it with the two as the build tells of them. */
  async function site(): Promise<{ dir: string; written: WrittenPage[] }> {
    const dir = await mkdtemp(join(tmpdir(), "search-builder-"));
    folders.push(dir);
    const pages: [string, string][] = [
      ["zebra/index.html", page("Zebra crossing partnership", "road safety partnership")],
      ["alpha/index.html", page("Alpha partnership", "waste partnership and recycling")],
      ["beta/index.html", page("Beta partnership", "leisure partnership")],
      ["plain/index.html", "<html><body><p>Not indexed</p></body></html>"],
    ];
    const written: WrittenPage[] = [];
    for (const [path, html] of pages) {
      await mkdir(join(dir, path, ".."), { recursive: true });
      await writeFile(join(dir, path), html);
      if (path !== "plain/index.html" && path !== "beta/index.html")
        written.push({ path, bytes: Buffer.byteLength(html) });
    }
    return { dir, written };
  }

  it("gives the same index whether the pages handed over are indexed at once or only at the end", async () => {
    const early = await site();
    const builder = new SearchIndexBuilder(early.dir);
    for (const written of early.written) builder.add(written);
    // Indexed as they are handed over, before finish is called.
    await vi.waitFor(() => expect(builder.addedEarly).toBe(2), { timeout: 20_000 });
    const summary = await builder.finish().finally(() => builder.close());
    expect(summary).toEqual({ pages: 3 });

    const late = await site();
    const held = new SearchIndexBuilder(late.dir, { canIndexNow: () => false });
    for (const written of late.written) held.add(written);
    expect(await held.finish().finally(() => held.close())).toEqual({ pages: 3 });
    expect(held.addedEarly).toBe(0);

    const [first, second] = await Promise.all([
      filesOf(join(early.dir, "pagefind")),
      filesOf(join(late.dir, "pagefind")),
    ]);
    expect(first.size).toBeGreaterThan(5);
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...first].filter(([path, bytes]) => !bytes.equals(second.get(path) as Buffer))).toEqual([]);
    // The pages handed over come first, in that order, then the others in path order: another order gives another index.
    const sorted = await site();
    await writeSearchIndex(sorted.dir, "en-GB");
    const third = await filesOf(join(sorted.dir, "pagefind"));
    expect([...third.keys()]).not.toEqual([...first.keys()]);
  });

  it("waits for a page handed over until its file has the length the build gave, and indexes it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "search-builder-"));
    folders.push(dir);
    const html = page("Late partnership", "written after it was handed over");
    const builder = new SearchIndexBuilder(dir, { language: "en-GB" });
    builder.add({ path: "late/index.html", bytes: Buffer.byteLength(html) });
    await mkdir(join(dir, "late"));
    await writeFile(join(dir, "late", "index.html"), html.slice(0, 20));
    await new Promise((done) => setTimeout(done, 50));
    await writeFile(join(dir, "late", "index.html"), html);
    expect(await builder.finish().finally(() => builder.close())).toEqual({ pages: 1 });
    expect((await fragments(dir)).map(({ content }) => content)).toEqual([
      "Late partnership. written after it was handed over.",
    ]);
  });

  // Without the stop, closing would wait the minute a page has to reach its length: the time limit catches that.
  it(
    "stops waiting for a page handed over once it is closed, as when the build fails before writing it",
    { timeout: 10_000 },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "search-builder-"));
      folders.push(dir);
      const html = page("Never published", "the build stopped before writing it");
      const builder = new SearchIndexBuilder(dir, { language: "en-GB" });
      builder.add({ path: "late/index.html", bytes: Buffer.byteLength(html) });
      await builder.close();
      // Were it still waiting, it would index the page once the file appears.
      await mkdir(join(dir, "late"));
      await writeFile(join(dir, "late", "index.html"), html);
      await new Promise((done) => setTimeout(done, 500));
      expect(builder.addedEarly).toBe(0);
    },
  );

  it("writtenPage(message) reads the build's message for a page and nothing else", () => {
    expect(writtenPage({ type: "partnership-reviews:written-page", path: "a/index.html", bytes: 10 })).toEqual({
      path: "a/index.html",
      bytes: 10,
    });
    expect(writtenPage({ type: "end" })).toBeUndefined();
    expect(writtenPage({ type: "partnership-reviews:written-page", path: "a/index.html" })).toBeUndefined();
    expect(writtenPage(null)).toBeUndefined();
  });
});

describe("minifyPagefindScripts(pagefindDir)", () => {
  it("minifyPagefindScripts shortens the module and the worker, keeping the module's exports and the worker's names", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pagefind-scripts-"));
    folders.push(dir);
    const module =
      "export async function search(queryText) {\n  const announcedResult = { query: queryText, count: 2 };\n" +
      "  return announcedResult;\n}\n";
    const worker =
      "function handleMessage(incomingData) {\n  const doubledValue = incomingData * 2;\n  return doubledValue;\n}\n" +
      "self.onmessage = (event) => postMessage(handleMessage(event.data));\n";
    await writeFile(join(dir, "pagefind.js"), module);
    await writeFile(join(dir, "pagefind-worker.js"), worker);
    await minifyPagefindScripts(dir);
    const minifiedModule = await readFile(join(dir, "pagefind.js"), "utf8");
    const minifiedWorker = await readFile(join(dir, "pagefind-worker.js"), "utf8");
    expect(minifiedModule.length).toBeLessThan(module.length);
    expect(minifiedWorker.length).toBeLessThan(worker.length);
    const loaded = (await import(pathToFileURL(join(dir, "pagefind.js")).href)) as { search: (q: string) => unknown };
    expect(await loaded.search("partnership")).toEqual({ query: "partnership", count: 2 });
    // A classic worker's top-level functions are globals: their names stay.
    expect(minifiedWorker).toContain("function handleMessage(");
    expect(minifiedWorker).not.toContain("doubledValue");
  });
});

describe("literalGlob(path)", () => {
  it("literalGlob(path) escapes the characters Pagefind's globs read, and gives none for a backslash", () => {
    expect(literalGlob("partnerships/a-b/reviews/2024-peer/index.html")).toBe(
      "partnerships/a-b/reviews/2024-peer/index.html",
    );
    expect(literalGlob("x[1]{a,b}(c)*?$:<>/index.html")).toBe(
      "x\\[1\\]\\{a\\,b\\}\\(c\\)\\*\\?\\$\\:\\<\\>/index.html",
    );
    expect(literalGlob("a b!#&'~é/index.html")).toBe("a b!#&'~é/index.html");
    expect(literalGlob("g\\h/index.html")).toBeUndefined();
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { pathToFileURL } from "node:url";
import { literalGlob, minifyPagefindScripts, writeSearchIndex } from "../../../src/integrations/search-index.ts";

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

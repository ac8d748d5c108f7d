import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AstroPrerenderer } from "astro";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChartFileWriter } from "../../../src/data/chart-files.ts";
import { EmbedPageWriter, setEmbedPageWriter } from "../../../src/data/embed-pages.ts";
import { buildPrerenderer, pageFile } from "../../../src/integrations/partnership-reviews.ts";
import type { WrittenPage } from "../../../src/integrations/search-index.ts";

const SHELL =
  "<html><head><!--partnership-reviews:embed-head--></head><body><!--partnership-reviews:embed-body--></body></html>";

/** Returns a prerenderer that answers every request with this response, as Astro's own renders a route. */
function answering(response: () => Response): AstroPrerenderer {
  return { name: "test", getStaticPaths: async () => [], render: async () => response() };
}

describe("buildPrerenderer(prerenderer, base, onSearchPage)", () => {
  let work: string;
  let files: ChartFileWriter;
  let writer: EmbedPageWriter;
  let told: WrittenPage[];
  const wrap = (prerenderer: AstroPrerenderer, base = "/"): AstroPrerenderer =>
    buildPrerenderer(prerenderer, base, (page) => told.push(page));

  beforeEach(() => {
    told = [];
    work = mkdtempSync(join(tmpdir(), "partnership-reviews-shell-"));
    files = new ChartFileWriter(work);
    writer = new EmbedPageWriter(files);
    setEmbedPageWriter(writer);
  });

  afterEach(() => {
    setEmbedPageWriter(undefined);
    rmSync(work, { recursive: true, force: true });
  });

  it("hands the shell's page to the embed page writer and gives Astro an empty body, so no file is written", async () => {
    writer.write("p/charts/spectrum/index.html", "<title>T</title>", "<h1>H</h1>");
    const prerenderer = wrap(
      answering(() => new Response(SHELL, { headers: { "x-partnership-reviews-embed-shell": "1" } })),
    );
    const rendered = await prerenderer.render(new Request("http://localhost/p/charts/spectrum/"), {
      routeData: {} as never,
    });
    expect(rendered instanceof Response ? rendered.body : "a result, not a response").toBeNull();
    expect(writer.written()).toBe(1);
    await files.written();
    expect(readFileSync(join(work, "p/charts/spectrum/index.html"), "utf8")).toBe(
      "<html><head><title>T</title></head><body><h1>H</h1></body></html>",
    );
  });

  it("passes every other page through as Astro rendered it, telling of none that marks no body", async () => {
    const feed = new Response("<feed/>", { headers: { "content-type": "application/atom+xml" } });
    expect(
      await wrap(answering(() => feed)).render(new Request("http://localhost/feed.xml"), { routeData: {} as never }),
    ).toBe(feed);
    const rendered = await wrap(answering(() => new Response("<html>review</html>", { status: 200 }))).render(
      new Request("http://localhost/p/"),
      { routeData: {} as never },
    );
    expect(rendered instanceof Response ? await rendered.text() : "a result, not a response").toBe(
      "<html>review</html>",
    );
    expect(told).toEqual([]);
    writer.write("p/charts/risk-matrix/index.html", "", "");
    expect(() => writer.written()).toThrow("1 chart embed pages were rendered, but not the shell to put them in");
  });

  it("tells of each page that marks a body for search, by the file Astro writes and its length, and gives Astro the same page", async () => {
    const html = '<html lang="cy"><main data-pagefind-body>Adolygiad – ŵyr</main></html>';
    const headers = { "content-type": "text/html", "x-kept": "1" };
    const prerenderer = wrap(
      answering(() => new Response(html, { headers })),
      "/reviews",
    );
    const result = await prerenderer.render(new Request("http://localhost/reviews/partnerships/a/"), {
      routeData: {} as never,
    });
    const response = result instanceof Response ? result : result.response;
    expect(await response.text()).toBe(html);
    expect(response.headers.get("x-kept")).toBe("1");
    expect(told).toEqual([{ path: "partnerships/a/index.html", bytes: Buffer.byteLength(html) }]);
    // A prerenderer's result with metadata keeps it.
    const withMetadata = buildPrerenderer(
      {
        name: "test",
        getStaticPaths: async () => [],
        render: async () => ({ response: new Response(html), metadata: { contentEntryKeys: ["x"], staticImages: [] } }),
      },
      "/",
      (page) => told.push(page),
    );
    const kept = await withMetadata.render(new Request("http://localhost/"), { routeData: {} as never });
    expect(kept instanceof Response ? "a response" : kept.metadata).toEqual({
      contentEntryKeys: ["x"],
      staticImages: [],
    });
    expect(told.at(-1)).toEqual({ path: "index.html", bytes: Buffer.byteLength(html) });
  });
});

describe("pageFile(url, base)", () => {
  it("pageFile gives the file of a page in folders under the base, and nothing for a file that is not a page", () => {
    expect(pageFile(new URL("http://localhost/"), "/")).toBe("index.html");
    expect(pageFile(new URL("http://localhost/partnerships/a/reviews/b/"), "/")).toBe(
      "partnerships/a/reviews/b/index.html",
    );
    expect(pageFile(new URL("https://example.org/council/reviews/partnerships/a/"), "/council/reviews")).toBe(
      "partnerships/a/index.html",
    );
    expect(pageFile(new URL("https://example.org/council/reviews/"), "/council/reviews/")).toBe("index.html");
    expect(pageFile(new URL("http://localhost/404"), "/")).toBeUndefined();
    expect(pageFile(new URL("http://localhost/data/all.json"), "/")).toBeUndefined();
    expect(pageFile(new URL("http://localhost/elsewhere/"), "/council/")).toBeUndefined();
  });
});

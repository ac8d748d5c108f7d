import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AstroPrerenderer } from "astro";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChartFileWriter } from "../../../src/data/chart-files.ts";
import { EmbedPageWriter, setEmbedPageWriter } from "../../../src/data/embed-pages.ts";
import { withEmbedShell } from "../../../src/integrations/partnership-reviews.ts";

const SHELL =
  "<html><head><!--partnership-reviews:embed-head--></head><body><!--partnership-reviews:embed-body--></body></html>";

/** Returns a prerenderer that answers every request with this response, as Astro's own renders a route. */
function answering(response: () => Response): AstroPrerenderer {
  return { name: "test", getStaticPaths: async () => [], render: async () => response() };
}

describe("withEmbedShell(prerenderer)", () => {
  let work: string;
  let files: ChartFileWriter;
  let writer: EmbedPageWriter;

  beforeEach(() => {
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
    const prerenderer = withEmbedShell(
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

  it("passes every other page through as Astro rendered it", async () => {
    const page = new Response("<html>review</html>");
    const prerenderer = withEmbedShell(answering(() => page));
    const rendered = await prerenderer.render(new Request("http://localhost/p/"), { routeData: {} as never });
    expect(rendered).toBe(page);
    writer.write("p/charts/risk-matrix/index.html", "", "");
    expect(() => writer.written()).toThrow("1 chart embed pages were rendered, but not the shell to put them in");
  });
});

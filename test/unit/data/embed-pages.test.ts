import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChartFileWriter } from "../../../src/data/chart-files.ts";
import { EmbedPageWriter } from "../../../src/data/embed-pages.ts";

const SHELL =
  '<!doctype html><html><head><meta charset="utf-8"><!--partnership-reviews:embed-head--><meta name="robots" content="noindex"></head>' +
  "<body><main><!--partnership-reviews:embed-body--><p>Licence</p></main></body></html>";

const PAGE = "partnerships/a/reviews/r/charts/spectrum/index.html";

describe("EmbedPageWriter", () => {
  let work: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "partnership-reviews-embeds-"));
  });

  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("write(path, head, body) puts the page's head and content into the shell at its markers", async () => {
    const files = new ChartFileWriter(work);
    const writer = new EmbedPageWriter(files);
    writer.setShell(SHELL);
    writer.write(PAGE, "<title>Spectrum</title>", "<h1>Spectrum</h1>");
    expect(writer.written()).toBe(1);
    expect(await files.written()).toBe(1);
    expect(readFileSync(join(work, PAGE), "utf8")).toBe(
      '<!doctype html><html><head><meta charset="utf-8"><title>Spectrum</title><meta name="robots" content="noindex"></head>' +
        "<body><main><h1>Spectrum</h1><p>Licence</p></main></body></html>",
    );
  });

  it("write(path, head, body) before setShell(html) waits for the shell, then writes the page", async () => {
    const files = new ChartFileWriter(work);
    const writer = new EmbedPageWriter(files);
    writer.write(PAGE, "<title>Risks</title>", "<h1>Risks</h1>");
    expect(await files.written()).toBe(0);
    writer.setShell(SHELL);
    expect(writer.written()).toBe(1);
    expect(await files.written()).toBe(1);
    expect(readFileSync(join(work, PAGE), "utf8")).toContain(
      '<title>Risks</title><meta name="robots" content="noindex"></head><body><main><h1>Risks</h1><p>Licence</p>',
    );
  });

  it("written() throws when pages were handed over but no shell was rendered", () => {
    const writer = new EmbedPageWriter(new ChartFileWriter(work));
    writer.write(PAGE, "<title>Spectrum</title>", "<h1>Spectrum</h1>");
    expect(() => writer.written()).toThrow("1 chart embed pages were rendered, but not the shell to put them in");
  });

  it("setShell(html) refuses a shell without both markers, in order, once each, and a second shell", () => {
    const writer = new EmbedPageWriter(new ChartFileWriter(work));
    const refusal = "The chart embed page shell must hold each marker once, the head's before the content's";
    expect(() => writer.setShell("<html></html>")).toThrow(refusal);
    expect(() => writer.setShell(SHELL.replace("<!--partnership-reviews:embed-body-->", ""))).toThrow(refusal);
    expect(() => writer.setShell(`${SHELL}<!--partnership-reviews:embed-head-->`)).toThrow(refusal);
    expect(() =>
      writer.setShell(
        "<!--partnership-reviews:embed-body--><!--partnership-reviews:embed-head--><!--partnership-reviews:embed-body-->",
      ),
    ).toThrow(refusal);
    writer.setShell(SHELL);
    expect(() => writer.setShell(SHELL)).toThrow("The chart embed page shell was rendered twice");
  });
});

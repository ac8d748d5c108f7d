import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { svgToPng } from "../../../src/data/chart-png.ts";
import { PngRenderer, rendererVersion } from "../../../src/data/chart-png-renderer.ts";
import { ROOT } from "../helpers/fixtures.ts";

const WORKER = pathToFileURL(join(ROOT, "src/data/chart-png-worker.ts"));
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><rect width="60" height="20" fill="#1d70b8"/></svg>';

describe("PngRenderer", () => {
  let work: string;
  let refusing: URL;
  const renderers: PngRenderer[] = [];
  const renderer = (setup: { version?: string; workerUrl?: URL }): PngRenderer => {
    // One worker each: starting a worker thread is most of these tests' time.
    const made = new PngRenderer({
      cacheDir: join(work, "cache"),
      workerUrl: WORKER,
      version: "v1",
      workers: 1,
      ...setup,
    });
    renderers.push(made);
    return made;
  };

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "partnership-reviews-png-"));
    // A worker that draws nothing: whatever a renderer with it returns came from the cache.
    const script = join(work, "refusing-worker.mjs");
    writeFileSync(
      script,
      'import { parentPort } from "node:worker_threads";\nparentPort.on("message", (job) => parentPort.postMessage({ id: job.id, error: "refused" }));\n',
    );
    refusing = pathToFileURL(script);
  });

  afterEach(async () => {
    await Promise.all(renderers.splice(0).map((made) => made.close()));
    rmSync(work, { recursive: true, force: true });
  });

  it("png(svg) is the SVG drawn by svgToPng, in a worker thread", async () => {
    expect(await renderer({}).png(SVG)).toEqual(svgToPng(SVG));
  });

  it("png(svg) draws an SVG drawn before, by any build, once: later renderers read it from the cache", async () => {
    const first = await renderer({}).png(SVG);
    expect(await renderer({ workerUrl: refusing }).png(SVG)).toEqual(first);
    expect(readdirSync(join(work, "cache"))).toHaveLength(1);
  });

  it("png(svg) draws again when the fonts, resvg or the options change (another version), and says why it failed", async () => {
    await renderer({}).png(SVG);
    await expect(renderer({ version: "v2", workerUrl: refusing }).png(SVG)).rejects.toThrow(
      "A chart PNG failed: refused",
    );
  });

  it("planPng(path, svg) starts drawing at once, and planned() hands over each site path with its PNG, then forgets them", async () => {
    const made = renderer({});
    const other = SVG.replace("#1d70b8", "#d4351c");
    made.planPng("partnerships/a/reviews/r/charts/spectrum.png", SVG);
    made.planPng("partnerships/b/reviews/r/charts/spectrum.png", other);
    const planned = await made.planned();
    expect(planned.map(({ path }) => path)).toEqual([
      "partnerships/a/reviews/r/charts/spectrum.png",
      "partnerships/b/reviews/r/charts/spectrum.png",
    ]);
    expect(readFileSync(planned[1]?.file ?? "")).toEqual(Buffer.from(svgToPng(other)));
    expect(await made.planned()).toEqual([]);
  });

  it("png(svg) fails with the reason when its worker stops without an answer", async () => {
    const script = join(work, "stopping-worker.mjs");
    writeFileSync(
      script,
      'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => process.exit(3));\n',
    );
    await expect(renderer({ workerUrl: pathToFileURL(script) }).png(SVG)).rejects.toThrow(
      "A chart PNG failed: a PNG worker stopped (exit code 3)",
    );
  });

  it("close() removes cached PNGs unused for more than 30 days and keeps the others", async () => {
    const made = renderer({});
    const old = await made.file(SVG);
    const recent = await made.file(SVG.replace("#1d70b8", "#d4351c"));
    const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    utimesSync(old, longAgo, longAgo);
    await made.close();
    expect([existsSync(old), existsSync(recent)]).toEqual([false, true]);
  });
});

describe("rendererVersion(fontFiles, resvgVersion, options)", () => {
  it("rendererVersion(fontFiles, resvgVersion, options) changes with the font files' bytes, resvg's version and the options", () => {
    const work = mkdtempSync(join(tmpdir(), "partnership-reviews-font-"));
    try {
      const font = join(work, "font.ttf");
      writeFileSync(font, "one");
      const first = rendererVersion([font], "2.6.2", { zoom: 2 });
      expect(rendererVersion([font], "2.6.2", { zoom: 2 })).toBe(first);
      expect(rendererVersion([font], "2.6.3", { zoom: 2 })).not.toBe(first);
      expect(rendererVersion([font], "2.6.2", { zoom: 1 })).not.toBe(first);
      writeFileSync(font, "two");
      expect(rendererVersion([font], "2.6.2", { zoom: 2 })).not.toBe(first);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

// Writes the chart SVG files of a build beside the pages. Each chart's embed page builds the chart and hands its
// standalone SVG here, so the chart is built once, and the ~13,000 SVG files of a 1000×4 site cost a file write each
// rather than an Astro route each (Astro's own cost per route was most of the default build's time).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Writes files into the built site while Astro renders its pages, and reports when all are written. */
export class ChartFileWriter {
  private readonly writes: Promise<void>[] = [];

  private readonly folders = new Map<string, Promise<unknown>>();

  private readonly siteDir: string;

  /** `siteDir` is the folder Astro writes the site into. */
  constructor(siteDir: string) {
    this.siteDir = siteDir;
  }

  /** Starts writing `text` at the site-relative `path`; a failure surfaces in written(). */
  write(path: string, text: string): void {
    const target = join(this.siteDir, path);
    const folder = dirname(target);
    let made = this.folders.get(folder);
    if (made === undefined) {
      made = mkdir(folder, { recursive: true });
      this.folders.set(folder, made);
    }
    const write = made.then(() => writeFile(target, text));
    write.catch(() => {});
    this.writes.push(write);
  }

  /** Returns how many files were written once every write has ended; throws the first failure. */
  async written(): Promise<number> {
    const writes = this.writes.splice(0);
    this.folders.clear();
    await Promise.all(writes);
    return writes.length;
  }
}

const WRITER = Symbol.for("partnership-reviews.chart-file-writer");

/** Registers the build's file writer; the integration does so, as routes are bundled apart from it. */
export function setChartFileWriter(writer: ChartFileWriter | undefined): void {
  (globalThis as { [WRITER]?: ChartFileWriter })[WRITER] = writer;
}

/** Returns the build's file writer; throws when the partnership-reviews integration has not set one up. */
export function chartFileWriter(): ChartFileWriter {
  const writer = (globalThis as { [WRITER]?: ChartFileWriter })[WRITER];
  if (writer === undefined) {
    throw new Error("No chart file writer: the partnership-reviews integration sets it up (astro.config.mjs)");
  }
  return writer;
}

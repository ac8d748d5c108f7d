import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChartFileWriter } from "../../../src/data/chart-files.ts";

describe("ChartFileWriter", () => {
  let work: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "partnership-reviews-files-"));
  });

  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("write(path, text) writes under the site folder, making its folders; written() counts the files", async () => {
    const writer = new ChartFileWriter(work);
    writer.write("partnerships/a/reviews/r/charts/spectrum.svg", "<svg/>");
    writer.write("partnerships/a/reviews/r/charts/risk-matrix.svg", "<svg>risks</svg>");
    expect(await writer.written()).toBe(2);
    expect(readFileSync(join(work, "partnerships/a/reviews/r/charts/spectrum.svg"), "utf8")).toBe("<svg/>");
    expect(readFileSync(join(work, "partnerships/a/reviews/r/charts/risk-matrix.svg"), "utf8")).toBe(
      "<svg>risks</svg>",
    );
    expect(await writer.written()).toBe(0);
  });

  it("written() throws when a file could not be written", async () => {
    // A file where a folder should be: the folder cannot be made.
    writeFileSync(join(work, "partnerships"), "");
    const writer = new ChartFileWriter(work);
    writer.write("partnerships/a/charts/spectrum.svg", "<svg/>");
    await expect(writer.written()).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});

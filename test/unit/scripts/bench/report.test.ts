import { describe, expect, it } from "vitest";
import { formatJson, formatTable, formatTargets, kb, seconds } from "../../../../scripts/bench/report.ts";
import { sizeResult } from "./sample-results.ts";

describe("kb(bytes) and seconds(ms)", () => {
  it("kb(bytes) gives one decimal and seconds(ms) two, or a dash when not measured", () => {
    expect([kb(23_552), kb(0), seconds(8049), seconds(undefined)]).toEqual(["23.0", "0.0", "8.05", "–"]);
  });
});

describe("formatTable(results)", () => {
  const lines = formatTable([sizeResult(10, 4, 1), sizeResult(100, 4, 9)]).split("\n");

  it("formatTable(results) puts one size in each column under a ruled header", () => {
    expect(lines.slice(0, 4)).toEqual([
      "size (partnerships x reviews)                   10x4                        100x4",
      "----------------------------------------------  --------------------------  --------------------------",
      "reviews (total)                                 40                          400",
      "content (MB)                                    2.0                         18.0",
    ]);
  });

  it("formatTable(results) shows the build, its stages, the baseline and the overhead", () => {
    expect(lines.filter((line) => /wall time|render \(s\)|PNGs \(s\)|baseline \(s\)|overhead:/.test(line))).toEqual([
      "full build wall time (s)                        8.00                        72.00",
      "  of which Astro render (s)                     6.00                        54.00",
      "  of which waiting for chart PNGs (s)           –                           –",
      "bare Astro baseline (s)                         2.00                        18.00",
      "overhead: build / baseline                      4.00×                       4.00×",
    ]);
  });

  it("formatTable(results) has a row for every page type, with a dash for a type the site does not have", () => {
    expect(lines.filter((line) => /^(partnership|review|search):/.test(line))).toEqual([
      "partnership: pages, largest gz, JS gz (KB)      10, 17.0, 0.0               100, 17.0, 0.0",
      "review: pages, largest gz, JS gz (KB)           –                           –",
      "search: pages, largest gz, JS gz (KB)           1, 5.0, 2.5                 1, 5.0, 2.5",
    ]);
    expect(lines).toHaveLength(42);
  });

  it("formatTable(results) shows validation as a command and the most a one-word search fetched", () => {
    expect(lines.filter((line) => /as a command|one-word search/.test(line))).toEqual([
      "validation, as a command (s)                    0.40                        3.60",
      "one-word search, first results, most (KB)       168.0                       168.0",
    ]);
  });
});

describe("formatTargets(checks)", () => {
  it("formatTargets(checks) writes PASS or MISS, the target and the figure, one a line", () => {
    expect(
      formatTargets([
        { target: "validation < 5 s", pass: true, figure: "2.25 s at 100x4" },
        { target: "peak memory < 4 GB", pass: false, figure: "4.20 GB at 100x4" },
      ]),
    ).toBe("  PASS  validation < 5 s: 2.25 s at 100x4\n  MISS  peak memory < 4 GB: 4.20 GB at 100x4");
  });
});

describe("formatJson(report)", () => {
  it("formatJson(report) rounds fractions to two decimals and leaves whole numbers and text alone", () => {
    expect(JSON.parse(formatJson({ a: 1 / 3, b: [2, 2.005, 7.5], c: "x" }))).toEqual({
      a: 0.33,
      b: [2, 2.01, 7.5],
      c: "x",
    });
  });
});

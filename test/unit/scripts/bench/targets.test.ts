import { describe, expect, it } from "vitest";
import { checkTargets } from "../../../../scripts/bench/targets.ts";
import { sizeResult } from "./sample-results.ts";

describe("checkTargets(results)", () => {
  it("checkTargets(results) judges every target at the largest size, against the size a tenth of it", () => {
    expect(checkTargets([sizeResult(100, 4, 9), sizeResult(10, 4, 1)])).toEqual([
      {
        target: "build overhead against bare Astro ≤ 1.5×",
        pass: false,
        figure: "4.00× at 100x4 (72.00 s against 18.00 s; CPU time 3.33×)",
      },
      { target: "validation < 5 s", pass: true, figure: "2.25 s at 100x4 (in process; 2.70 s inside the build)" },
      { target: "peak memory < 4 GB", pass: true, figure: "1.66 GB at 100x4" },
      {
        target: "ten times the content costs ≤ 11× the time",
        pass: true,
        figure: "9.00× (10x4: 8.00 s → 100x4: 72.00 s)",
      },
      {
        target: "nothing grows with the square of the partnerships (exponents near 1, not 2)",
        pass: true,
        figure:
          "10x4 → 100x4: pages n^0.95, build time n^0.95, output bytes n^0.95; median partnership page ×1.00, review page ×0.00",
      },
      {
        target: "partnership page ≤ 50 KB gzipped with its CSS",
        pass: true,
        figure: "largest 23.0 KB, median 20.0 KB at 100x4 (partnerships/p-1/index.html)",
      },
      {
        target: "no JavaScript on pages other than search and the comparison",
        pass: false,
        figure: "register 1.4 KB gz (_astro/table-controls.js)",
      },
      {
        target: "≤ 30 KB gzipped JavaScript on search and the comparison (Pagefind aside)",
        pass: true,
        figure: "search 2.5 KB, compare 0.0 KB",
      },
    ]);
  });

  it("checkTargets(results) names the size to add when none is a tenth of the largest, and skips the baseline when not built", () => {
    const { baseline: _baseline, ...withoutBaseline } = sizeResult(50, 3, 1);
    const checks = checkTargets([withoutBaseline]);
    expect(checks.map((check) => check.target)).not.toContain("build overhead against bare Astro ≤ 1.5×");
    expect(checks.find((check) => check.target.startsWith("ten times"))).toEqual({
      target: "ten times the content costs ≤ 11× the time",
      pass: false,
      figure: "not measured: add the size 5x3",
    });
  });

  it("checkTargets(results) misses the memory and page weight targets when they are exceeded", () => {
    const heavy = sizeResult(10, 4, 1);
    heavy.build.peakMemoryMb = 4096;
    heavy.site.partnershipWithCss.largestGzip = 50 * 1024 + 1;
    const checks = checkTargets([heavy]);
    expect(checks.filter((check) => !check.pass).map((check) => check.target)).toEqual([
      "build overhead against bare Astro ≤ 1.5×",
      "peak memory < 4 GB",
      "ten times the content costs ≤ 11× the time",
      "partnership page ≤ 50 KB gzipped with its CSS",
      "no JavaScript on pages other than search and the comparison",
    ]);
  });

  it("checkTargets(results) has nothing to judge without results", () => {
    expect(checkTargets([])).toEqual([]);
  });
});

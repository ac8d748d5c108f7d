// The bench's report: a table with one column per size, each target as PASS or MISS, and the JSON.
import { PAGE_TYPES } from "./pages.ts";
import type { SizeResult } from "./results.ts";
import type { TargetCheck } from "./targets.ts";

const MB = 1024 * 1024;

/** Returns bytes as KB with one decimal. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)}`;
}

/** Returns ms as seconds with two decimals, or "–" when not measured. */
export function seconds(ms: number | undefined): string {
  return ms === undefined ? "–" : (ms / 1000).toFixed(2);
}

/** Returns the results as a plain-text table, one column per size. */
export function formatTable(results: readonly SizeResult[]): string {
  const rows: [string, (result: SizeResult) => string][] = [
    ["reviews (total)", (r) => String(r.reviews)],
    ["content (MB)", (r) => (r.generate.bytes / MB).toFixed(1)],
    ["validation, in process (s)", (r) => seconds(r.validation.ms)],
    ["validation, as a command (s)", (r) => seconds(r.validation.commandMs)],
    ["content loaded and validated, in build (s)", (r) => seconds(r.validation.inBuildMs)],
    ["full build wall time (s)", (r) => seconds(r.build.wallMs)],
    ["  of which Astro render (s)", (r) => seconds(r.build.stages.renderMs)],
    ["  of which waiting for chart PNGs (s)", (r) => seconds(r.build.stages.pngMs)],
    ["  of which Pagefind (s)", (r) => seconds(r.pagefind.ms)],
    ["build CPU time, user + sys (s)", (r) => (r.build.cpuSeconds === undefined ? "–" : r.build.cpuSeconds.toFixed(1))],
    ["load average at start", (r) => r.build.loadAverage.toFixed(2)],
    ["HTML pages built", (r) => String(r.site.htmlPages)],
    ["Astro routes (incl. data)", (r) => String(r.build.astroRoutes ?? "–")],
    ["ms per page", (r) => r.build.msPerPage.toFixed(1)],
    ["peak memory, process tree (MB)", (r) => r.build.peakMemoryMb.toFixed(0)],
    ["output size (MB)", (r) => (r.site.totalBytes / MB).toFixed(1)],
    ["median page raw / gzip (KB)", (r) => `${kb(r.site.html.medianRaw)} / ${kb(r.site.html.medianGzip)}`],
    ["largest page raw / gzip (KB)", (r) => `${kb(r.site.html.largestRaw)} / ${kb(r.site.html.largestGzip)}`],
    ["  largest page", (r) => r.site.html.largest],
    ["partnership page + CSS gzip, largest (KB)", (r) => kb(r.site.partnershipWithCss.largestGzip)],
    ["Pagefind index (MB, files)", (r) => `${(r.pagefind.bytes / MB).toFixed(1)}, ${r.pagefind.files}`],
    [
      "one-word search, first results, most (KB)",
      (r) =>
        r.search === undefined || r.search.length === 0
          ? "–"
          : kb(Math.max(...r.search.map((row) => row.searchBytes + row.pageBytes))),
    ],
    ["bare Astro baseline (s)", (r) => seconds(r.baseline?.wallMs)],
    ["  baseline pages", (r) => String(r.baseline?.pages ?? "–")],
    ["  baseline CPU time (s)", (r) => (r.baseline?.cpuSeconds === undefined ? "–" : r.baseline.cpuSeconds.toFixed(1))],
    ["overhead: build / baseline", (r) => (r.baseline ? `${r.baseline.overhead.toFixed(2)}×` : "–")],
    [
      "  Astro render stage / baseline",
      (r) => (r.baseline?.renderOverhead === undefined ? "–" : `${r.baseline.renderOverhead.toFixed(2)}×`),
    ],
    [
      "  CPU time / baseline CPU time",
      (r) => (r.baseline?.cpuOverhead === undefined ? "–" : `${r.baseline.cpuOverhead.toFixed(2)}×`),
    ],
  ];
  for (const [type] of PAGE_TYPES) {
    rows.push([
      `${type}: pages, largest gz, JS gz (KB)`,
      (r) => {
        const figures = r.site.types[type];
        return figures === undefined ? "–" : `${figures.pages}, ${kb(figures.largestGzip)}, ${kb(figures.jsGzip)}`;
      },
    ]);
  }
  const header = ["size (partnerships x reviews)", ...results.map((r) => r.size)];
  const body = rows.map(([name, value]) => [name, ...results.map(value)]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => (row[column] ?? "").length)));
  const line = (row: string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...body.map(line)].join("\n");
}

/** Returns one line per target: PASS or MISS, what it is, and the figure measured. */
export function formatTargets(checks: readonly TargetCheck[]): string {
  return checks.map((check) => `  ${check.pass ? "PASS" : "MISS"}  ${check.target}: ${check.figure}`).join("\n");
}

/** Returns the report as JSON, numbers rounded to two decimals (more than the measurements' precision). */
export function formatJson(report: unknown): string {
  return JSON.stringify(
    report,
    (_key, value: unknown) =>
      typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value,
    2,
  );
}

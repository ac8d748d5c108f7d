// The performance targets, each judged at the largest size measured.
import { kb, seconds } from "./report.ts";
import type { SizeResult } from "./results.ts";

/** The targets, all judged at the largest size. */
export const TARGETS = {
  overhead: 1.5,
  validationMs: 5000,
  peakMemoryMb: 4096,
  tenTimesContent: 11,
  partnershipPageGzipKb: 50,
  interactiveJsGzipKb: 30,
} as const;

/** The page types allowed JavaScript: search and the interactive comparison. */
const INTERACTIVE = new Set(["search", "compare"]);

/** One target's verdict. */
export interface TargetCheck {
  target: string;
  pass: boolean;
  figure: string;
}

/** Returns each of the targets with PASS or MISS and the measured figure; missing sizes are named. */
export function checkTargets(results: readonly SizeResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const largest = results.reduce<SizeResult | undefined>(
    (best, r) => (best === undefined || r.reviews > best.reviews ? r : best),
    undefined,
  );
  if (largest === undefined) return checks;
  const at = `at ${largest.size}`;
  if (largest.baseline) {
    checks.push({
      target: `build overhead against bare Astro ≤ ${TARGETS.overhead}×`,
      pass: largest.baseline.overhead <= TARGETS.overhead,
      figure: `${largest.baseline.overhead.toFixed(2)}× ${at} (${seconds(largest.build.wallMs)} s against ${seconds(largest.baseline.wallMs)} s; CPU time ${largest.baseline.cpuOverhead?.toFixed(2) ?? "–"}×)`,
    });
  }
  checks.push({
    target: `validation < ${TARGETS.validationMs / 1000} s`,
    pass: largest.validation.ms < TARGETS.validationMs,
    figure: `${seconds(largest.validation.ms)} s ${at} (in process; ${seconds(largest.validation.inBuildMs)} s inside the build)`,
  });
  checks.push({
    target: `peak memory < ${TARGETS.peakMemoryMb / 1024} GB`,
    pass: largest.build.peakMemoryMb < TARGETS.peakMemoryMb,
    figure: `${(largest.build.peakMemoryMb / 1024).toFixed(2)} GB ${at}`,
  });
  const tenth = results.find(
    (r) => r.reviewsPerPartnership === largest.reviewsPerPartnership && r.partnerships * 10 === largest.partnerships,
  );
  if (tenth !== undefined) {
    const ratio = largest.build.wallMs / tenth.build.wallMs;
    checks.push({
      target: `ten times the content costs ≤ ${TARGETS.tenTimesContent}× the time`,
      pass: ratio <= TARGETS.tenTimesContent,
      figure: `${ratio.toFixed(2)}× (${tenth.size}: ${seconds(tenth.build.wallMs)} s → ${largest.size}: ${seconds(largest.build.wallMs)} s)`,
    });
  } else {
    checks.push({
      target: `ten times the content costs ≤ ${TARGETS.tenTimesContent}× the time`,
      pass: false,
      figure: `not measured: add the size ${largest.partnerships / 10}x${largest.reviewsPerPartnership}`,
    });
  }
  // Work or pages that grow with the square of the partnerships show as exponents near 2 between two
  // sizes with the same reviews per partnership, and as per-partnership pages that grow with the site.
  const smallest = results
    .filter((r) => r.reviewsPerPartnership === largest.reviewsPerPartnership)
    .reduce((best, r) => (r.partnerships < best.partnerships ? r : best), largest);
  if (smallest.partnerships < largest.partnerships) {
    const exponent = (big: number, small: number): number =>
      Math.log(big / small) / Math.log(largest.partnerships / smallest.partnerships);
    const pages = exponent(largest.site.htmlPages, smallest.site.htmlPages);
    const time = exponent(largest.build.wallMs, smallest.build.wallMs);
    const output = exponent(largest.site.totalBytes, smallest.site.totalBytes);
    const pageGrowth = (type: string): number =>
      (largest.site.types[type]?.medianGzip ?? 0) / (smallest.site.types[type]?.medianGzip ?? 1);
    const partnershipGrowth = pageGrowth("partnership");
    const reviewGrowth = pageGrowth("review");
    checks.push({
      target: "nothing grows with the square of the partnerships (exponents near 1, not 2)",
      pass: pages <= 1.05 && time <= 1.05 && output <= 1.1 && partnershipGrowth <= 1.1 && reviewGrowth <= 1.1,
      figure: `${smallest.size} → ${largest.size}: pages n^${pages.toFixed(2)}, build time n^${time.toFixed(2)}, output bytes n^${output.toFixed(2)}; median partnership page ×${partnershipGrowth.toFixed(2)}, review page ×${reviewGrowth.toFixed(2)}`,
    });
  }
  checks.push({
    target: `partnership page ≤ ${TARGETS.partnershipPageGzipKb} KB gzipped with its CSS`,
    pass: largest.site.partnershipWithCss.largestGzip <= TARGETS.partnershipPageGzipKb * 1024,
    figure: `largest ${kb(largest.site.partnershipWithCss.largestGzip)} KB, median ${kb(largest.site.partnershipWithCss.medianGzip)} KB ${at} (${largest.site.partnershipWithCss.largest})`,
  });
  const withJs = Object.entries(largest.site.types).filter(
    ([type, figures]) => !INTERACTIVE.has(type) && figures.jsRaw > 0,
  );
  checks.push({
    target: "no JavaScript on pages other than search and the comparison",
    pass: withJs.length === 0,
    figure:
      withJs.length === 0
        ? "none"
        : withJs
            .map(([type, figures]) => `${type} ${kb(figures.jsGzip)} KB gz (${figures.jsFiles.join(", ") || "inline"})`)
            .join("; "),
  });
  const interactive = [...INTERACTIVE].map((type) => [type, largest.site.types[type]?.jsGzip ?? 0] as const);
  checks.push({
    target: `≤ ${TARGETS.interactiveJsGzipKb} KB gzipped JavaScript on search and the comparison (Pagefind aside)`,
    pass: interactive.every(([, gzip]) => gzip <= TARGETS.interactiveJsGzipKb * 1024),
    figure: interactive.map(([type, gzip]) => `${type} ${kb(gzip)} KB`).join(", "),
  });
  return checks;
}

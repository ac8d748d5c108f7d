import type { SearchTransfer } from "./search-transfer.ts";
import type { SiteFigures } from "./site.ts";

/** Everything measured at one size. */
export interface SizeResult {
  size: string;
  partnerships: number;
  reviewsPerPartnership: number;
  reviews: number;
  generate: { ms: number; files: number; bytes: number };
  validation: {
    ms: number;
    /** The CPU time of the in-process validation (every thread of the process), less disturbed by other jobs. */
    cpuMs?: number | undefined;
    /** The machine's one-minute load average when the in-process validation started. */
    loadAverage?: number | undefined;
    /** `npm run validate`'s work as a command of its own: node scripts/validate.ts, start to exit. */
    commandMs?: number | undefined;
    inBuildMs: number | undefined;
    errors: number;
    warnings: number;
  };
  build: {
    wallMs: number;
    stages: {
      validateMs?: number | undefined;
      renderMs?: number | undefined;
      /** Waiting, once Astro had rendered every page, for the worker threads still drawing chart PNGs. */
      pngMs?: number | undefined;
      indexMs?: number | undefined;
      publishMs?: number | undefined;
    };
    peakTreeRssMb: number;
    peakProcessRssMb: number | undefined;
    peakMemoryMb: number;
    cpuSeconds: number | undefined;
    loadAverage: number;
    astroRoutes: number | undefined;
    msPerPage: number;
  };
  site: SiteFigures;
  pagefind: { ms: number | undefined; bytes: number; files: number };
  /** What one-word searches fetch in Chromium before their first result shows. */
  search?: SearchTransfer[];
  baseline?: {
    wallMs: number;
    pages: number;
    peakMemoryMb: number;
    cpuSeconds: number | undefined;
    loadAverage: number;
    /** Full build wall time over the baseline's. */
    overhead: number;
    /** The Astro stage of the build alone over the baseline. */
    renderOverhead: number | undefined;
    /** Build CPU time over the baseline's. */
    cpuOverhead: number | undefined;
  };
}

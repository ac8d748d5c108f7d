import type { SizeResult } from "../../../../scripts/bench/results.ts";
import type { TypeFigures } from "../../../../scripts/bench/site.ts";

const KB = 1024;

/** Returns a page type's figures with this many pages, largest gzip (KB) and JavaScript gzip (KB). */
function type(pages: number, largestKb: number, jsKb = 0, jsFiles: string[] = []): TypeFigures {
  return {
    pages,
    medianGzip: largestKb * KB * 0.8,
    largestGzip: largestKb * KB,
    largestRaw: largestKb * KB * 5,
    largest: "",
    jsRaw: jsKb * KB * 3,
    jsGzip: jsKb * KB,
    jsFiles,
    cssGzip: 6 * KB,
  };
}

/** Returns the measurements of one bench size: `scale` multiplies pages, time and output. */
export function sizeResult(partnerships: number, reviews: number, scale: number): SizeResult {
  return {
    size: `${partnerships}x${reviews}`,
    partnerships,
    reviewsPerPartnership: reviews,
    reviews: partnerships * reviews,
    generate: { ms: 100 * scale, files: 30 * scale, bytes: 2 * 1024 * 1024 * scale },
    validation: {
      ms: 250 * scale,
      cpuMs: 200 * scale,
      loadAverage: 2.5,
      commandMs: 400 * scale,
      inBuildMs: 300 * scale,
      errors: 0,
      warnings: 1,
    },
    build: {
      wallMs: 8000 * scale,
      stages: { validateMs: 300 * scale, renderMs: 6000 * scale, indexMs: 1000 * scale, publishMs: 50 },
      peakTreeRssMb: 800 + 100 * scale,
      peakProcessRssMb: 700,
      peakMemoryMb: 800 + 100 * scale,
      cpuSeconds: 10 * scale,
      loadAverage: 1.25,
      astroRoutes: 200 * scale,
      msPerPage: 40,
    },
    site: {
      htmlPages: 200 * scale,
      files: 400 * scale,
      totalBytes: 20 * 1024 * 1024 * scale,
      html: {
        medianRaw: 40 * KB,
        medianGzip: 8 * KB,
        largestRaw: 300 * KB,
        largestGzip: 60 * KB,
        largest: "recommendations/index.html",
      },
      types: {
        partnership: { ...type(partnerships, 17), largest: "partnerships/p-1/index.html" },
        search: type(1, 5, 2.5, ["_astro/search.js"]),
        register: type(1, 20, 1.4, ["_astro/table-controls.js"]),
      },
      partnershipWithCss: { medianGzip: 20 * KB, largestGzip: 23 * KB, largest: "partnerships/p-1/index.html" },
      pagefind: { bytes: 3 * 1024 * 1024 * scale, files: 50 * scale },
    },
    pagefind: { ms: 1000 * scale, bytes: 3 * 1024 * 1024 * scale, files: 50 * scale },
    search: [
      { query: "partnership", results: 10 * scale, searchBytes: 150 * KB, pageBytes: 18 * KB, requests: 30, ms: 900 },
      { query: "measurement", results: 2 * scale, searchBytes: 140 * KB, pageBytes: 18 * KB, requests: 30, ms: 800 },
    ],
    baseline: {
      wallMs: 2000 * scale,
      pages: 190 * scale,
      peakMemoryMb: 500,
      cpuSeconds: 3 * scale,
      loadAverage: 1.5,
      overhead: 4,
      renderOverhead: 3,
      cpuOverhead: 10 / 3,
    },
  };
}

import { describe, expect, it } from "vitest";
import { federationTargets, type FederationResult } from "../../../../scripts/bench/federation.ts";

function result(members: number, wallMs: number, extra: Partial<FederationResult> = {}): FederationResult {
  return {
    members,
    partnerships: members * 33,
    memberDataBytes: members * 3e6,
    generateMs: 1000,
    build: { wallMs, cpuSeconds: wallMs / 2000, peakMemoryMb: 1500, loadAverage: 1 },
    htmlPages: members * 35,
    pages: {
      home: { gzipWithCss: 20 * 1024, page: "index.html" },
      partnership: { gzipWithCss: 17 * 1024, page: "members/GB-LAE-A/a/index.html" },
    },
    search: [
      {
        query: "partnership",
        results: 9900,
        searchBytes: 260 * 1024,
        pageBytes: 22 * 1024,
        requests: 12,
        ms: 900,
        parts: { "index chunks": 200 * 1024, page: 22 * 1024 },
      },
    ],
    ...extra,
  };
}

describe("federationTargets(results)", () => {
  it("judges time, memory and search at 300 members, and linearity against 30", () => {
    expect(federationTargets([result(30, 20_000), result(300, 150_000)])).toEqual([
      {
        target: "federation build ≤ 3 min at a federation of 300 members (9900 partnerships × 4 reviews)",
        pass: true,
        figure: "150.00 s, CPU 75.0 s (load 1.0 at start), 10500 pages",
      },
      { target: "federation build peak memory ≤ 2 GB", pass: true, figure: "1.46 GB" },
      {
        target: "federation linear, 30 → 300 members ≤ 10× the time",
        pass: true,
        figure: "7.50× (20.00 s → 150.00 s)",
      },
      {
        target: "federation one-word search's first results ≤ 300 KB",
        pass: true,
        figure: '282.0 KB for "partnership" (9900 results; index chunks 200.0; page 22.0)',
      },
      { target: "federation page ≤ 50 KB gzipped with its CSS", pass: true, figure: "home 20.0, partnership 17.0" },
    ]);
  });

  it("misses a target it could not measure, or one over its limit", () => {
    expect(federationTargets([])).toEqual([
      {
        target: "federation targets at a federation of 300 members (9900 partnerships × 4 reviews)",
        pass: false,
        figure: "not measured: add --federations 30,300",
      },
    ]);
    const slow = federationTargets([result(300, 180_001)]);
    expect(slow.filter((check) => !check.pass).map((check) => check.target)).toEqual([
      "federation build ≤ 3 min at a federation of 300 members (9900 partnerships × 4 reviews)",
      "federation linear, 30 → 300 members ≤ 10× the time",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { parseGnuTime, stageMs } from "../../../../scripts/bench/measure-command.ts";

describe("parseGnuTime(text)", () => {
  it("parseGnuTime(text) reads peak memory and CPU time from the last line, after any exit notice", () => {
    expect(parseGnuTime("Command exited with non-zero status 1\n204800 12.25 1.5\n")).toEqual({
      peakProcessRssMb: 200,
      cpuSeconds: 13.75,
    });
  });

  it("parseGnuTime(text) gives nothing it cannot read", () => {
    expect(parseGnuTime("")).toEqual({ peakProcessRssMb: undefined, cpuSeconds: undefined });
  });
});

describe("stageMs(run, from)", () => {
  const run = {
    wallMs: 9000,
    marks: [
      { line: "▶ Validating content", atMs: 100 },
      { line: "▶ Rendering pages", atMs: 600 },
      { line: "▶ Indexing for search", atMs: 7100 },
    ],
  };

  it("stageMs(run, from) runs from the stage's line to the next, or to the end for the last", () => {
    expect([stageMs(run, "Validating"), stageMs(run, "Rendering"), stageMs(run, "Indexing")]).toEqual([
      500, 6500, 1900,
    ]);
  });

  it("stageMs(run, from) is undefined for a stage that never started", () => {
    expect(stageMs(run, "Publishing")).toBeUndefined();
  });
});

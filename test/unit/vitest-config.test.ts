// The browser tests run builds and Chromium, which take as long as the machine's other work makes them: no fixed
// wall-clock limit may end them, or npm test fails whenever the machine is busy (issue 23: two tests hit 60 s beside
// four other builds). Each of them waits on events instead: a process ending, a page showing what it waits for.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import config from "../../vitest.config.ts";
import { E2eSequencer, START_FIRST } from "../support/e2e-sequencer.ts";
import { ROOT } from "./helpers/fixtures.ts";

/** Returns the settings of the named test project in vitest.config.ts. */
function project(name: string): Record<string, unknown> {
  const projects = (config.test?.projects ?? []) as { test?: { name?: string } & Record<string, unknown> }[];
  const found = projects.find((entry) => typeof entry === "object" && entry.test?.name === name);
  if (found?.test === undefined) throw new Error(`vitest.config.ts has no project named ${name}`);
  return found.test;
}

describe("vitest.config.ts and the browser tests", () => {
  it("sets no wall-clock limit on a browser test or its hooks", () => {
    const e2e = project("e2e");
    expect({ testTimeout: e2e["testTimeout"], hookTimeout: e2e["hookTimeout"] }).toEqual({
      testTimeout: 0,
      hookTimeout: 0,
    });
  });

  it("orders the browser tests with E2eSequencer, whose files to start first are browser test files", () => {
    expect(config.test?.sequence?.sequencer).toBe(E2eSequencer);
    const files = readdirSync(join(ROOT, "test/e2e"));
    expect(START_FIRST.filter((name) => !files.includes(name))).toEqual([]);
  });

  it("sets no wall-clock limit on a unit test either", () => {
    expect(project("unit")["testTimeout"]).toBe(0);
  });

  it("gives no browser test a fixed limit of its own", () => {
    const folder = join(ROOT, "test/e2e");
    const limits = readdirSync(folder)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) =>
        readFileSync(join(folder, file), "utf8")
          .split("\n")
          .flatMap((line, index) =>
            /\btimeout:\s*[^0\s]/i.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(limits).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { BROWSER_CHECKS, STATIC_CHECKS, summaryLine } from "../../../scripts/test.ts";

describe("npm test's checks", () => {
  it("runs the static checks in order, fastest failure first, and the browser tests beside them", () => {
    expect(STATIC_CHECKS.map((check) => check.script)).toEqual([
      "typecheck",
      "lint",
      "format:check",
      "docs:check",
      "test:unit",
    ]);
    expect(BROWSER_CHECKS.script).toBe("test:e2e");
  });

  it("summaryLine(check, code, seconds) says what ran, whether it passed, and how long it took", () => {
    expect(summaryLine({ name: "lint", script: "lint" }, 0, 8.04)).toBe("✔ lint (npm run lint) passed in 8.0 s");
    expect(summaryLine({ name: "unit tests", script: "test:unit" }, 1, 12.35)).toBe(
      "✘ unit tests (npm run test:unit) failed in 12.3 s",
    );
  });
});

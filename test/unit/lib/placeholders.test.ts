import { describe, expect, it } from "vitest";
import { findPlaceholders, PLACEHOLDER_MARK } from "../../../src/lib/placeholders.ts";

describe("PLACEHOLDER_MARK", () => {
  it('PLACEHOLDER_MARK is "[TO COMPLETE]"', () => {
    expect(PLACEHOLDER_MARK).toBe("[TO COMPLETE]");
  });
});

describe("findPlaceholders(text)", () => {
  it("findPlaceholders(text) gives the 1-based line and column of every mark", () => {
    const text = 'title: "[TO COMPLETE] A"\nstatus: draft\n[TO COMPLETE] one [TO COMPLETE] two\n';
    expect(findPlaceholders(text)).toEqual([
      { line: 1, column: 9 },
      { line: 3, column: 1 },
      { line: 3, column: 19 },
    ]);
  });

  it("findPlaceholders(text) counts lines the same with Windows line endings and a byte order mark", () => {
    expect(findPlaceholders("\uFEFFa\r\n\r\n  [TO COMPLETE]")).toEqual([{ line: 3, column: 3 }]);
  });

  it("findPlaceholders(text) finds nothing in finished text or in a mark written differently", () => {
    expect(findPlaceholders("title: Done\n[to complete] TO COMPLETE [TO  COMPLETE]")).toEqual([]);
  });
});

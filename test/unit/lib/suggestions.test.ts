import { describe, expect, it } from "vitest";
import { closestMatch, didYouMean, editDistance } from "../../../src/lib/suggestions.ts";

const REVIEW_FIELDS = ["title", "date", "status", "publishDate", "assessedLevel", "summary", "reviewer", "reviewType"];

describe("editDistance(a, b)", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["email", "email", 0],
    ["emial", "email", 1],
    ["assesedLevel", "assessedLevel", 1],
    ["kitten", "sitting", 3],
    ["ca", "abc", 3],
  ])("editDistance(%j, %j) is %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe("closestMatch(word, known)", () => {
  it("closestMatch(word, known) finds a field with a letter missing", () => {
    expect(closestMatch("assesedLevel", REVIEW_FIELDS)).toBe("assessedLevel");
  });

  it("closestMatch(word, known) finds a field with two letters swapped", () => {
    expect(closestMatch("emial", ["email", "accessibilityEmail"])).toBe("email");
  });

  it("closestMatch(word, known) ignores case and returns the known spelling", () => {
    expect(closestMatch("PUBLISHDATE", REVIEW_FIELDS)).toBe("publishDate");
  });

  it("closestMatch(word, known) allows one edit per four characters of the match, and no more", () => {
    // "strategy" has 8 characters, so 2 edits are allowed and 3 are not.
    expect(closestMatch("stratgy", ["strategy"])).toBe("strategy");
    expect(closestMatch("strtgy", ["strategy"])).toBe("strategy");
    expect(closestMatch("strtg", ["strategy"])).toBeUndefined();
  });

  it("closestMatch(word, known) allows one edit for a short word", () => {
    expect(closestMatch("nme", ["name", "url"])).toBe("name");
    expect(closestMatch("nm", ["name", "url"])).toBeUndefined();
  });

  it("closestMatch(word, known) finds nothing for an unrelated word or an empty list", () => {
    expect(closestMatch("favouriteColour", REVIEW_FIELDS)).toBeUndefined();
    expect(closestMatch("title", [])).toBeUndefined();
  });

  it("closestMatch(word, known) prefers the first of two equally close words", () => {
    expect(closestMatch("cat", ["bat", "hat"])).toBe("bat");
  });
});

describe("didYouMean(word, known)", () => {
  it('didYouMean(word, known) is " Did you mean "x"?" for a near match', () => {
    expect(didYouMean("shared-servise", ["shared-service", "contract"])).toBe(' Did you mean "shared-service"?');
  });

  it("didYouMean(word, known) is empty without a near match", () => {
    expect(didYouMean("scrutiny", ["peer", "independent"])).toBe("");
  });
});

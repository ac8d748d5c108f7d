import { describe, expect, it } from "vitest";
import { linesWidth, textWidth, widestWord, wordsFit, wrapText } from "../../../src/charts/index.ts";

describe("textWidth(text, fontSize, bold)", () => {
  it("textWidth(text, fontSize, bold) sums Arial's advance widths at the size", () => {
    expect(textWidth("Cooperating", 13)).toBeCloseTo(70.811, 3);
    expect(textWidth("iiii", 10)).toBeCloseTo(8.88, 3);
    expect(textWidth("MMMM", 10)).toBeCloseTo(33.32, 3);
  });

  it("textWidth(text, fontSize, bold) allows for bold and for characters outside ASCII", () => {
    expect(textWidth("Cooperating", 13, true)).toBeCloseTo(76.476, 3);
    expect(textWidth("é–", 10)).toBeCloseTo(12, 3);
  });
});

describe("wrapText(text, maxWidth, fontSize, bold)", () => {
  it("wrapText(text, maxWidth, fontSize, bold) breaks at spaces so no line is wider than allowed", () => {
    const lines = wrapText("Strategic alignment with each partner", 100, 13);
    expect(lines).toEqual(["Strategic", "alignment with", "each partner"]);
    expect(linesWidth(lines, 13)).toBeLessThanOrEqual(100);
  });

  it("wrapText(text, maxWidth, fontSize, bold) breaks after a word's own hyphens first", () => {
    expect(wrapText("Data-sharing-and-information-governance", 90, 13)).toEqual([
      "Data-sharing-",
      "and-",
      "information-",
      "governance",
    ]);
  });

  it("wrapText(text, maxWidth, fontSize, bold) never breaks a word: one wider than a line stands alone", () => {
    expect(wrapText("Transactional", 60, 13)).toEqual(["Transactional"]);
    expect(wrapText("A Collaborating partnership", 60, 13)).toEqual(["A", "Collaborating", "partnership"]);
  });

  it("wrapText(text, maxWidth, fontSize, bold) keeps short text on one line and gives one empty line for none", () => {
    expect(wrapText("  Delivery ", 200, 13)).toEqual(["Delivery"]);
    expect(wrapText("", 200, 13)).toEqual([""]);
  });
});

describe("wordsFit(text, maxWidth, fontSize, bold)", () => {
  it("wordsFit(text, maxWidth, fontSize, bold) is true only when no word must be hyphenated", () => {
    expect(wordsFit("Joint planning", 60, 13)).toBe(true);
    expect(wordsFit("Measurement", 60, 13)).toBe(false);
    expect(wordsFit("Co-owning", 45, 13)).toBe(true);
    expect(wordsFit("Co-owning", 40, 13)).toBe(false);
  });
});

describe("widestWord(text, fontSize, bold)", () => {
  it("widestWord(text, fontSize, bold) measures the widest piece a line may hold, split after hyphens", () => {
    expect(widestWord("Strategic alignment", 13)).toBeCloseTo(textWidth("alignment", 13), 3);
    expect(widestWord("Co-owning", 13)).toBeCloseTo(textWidth("owning", 13), 3);
    expect(widestWord("", 13)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { parseSizes, sizeLabel } from "../../../../scripts/bench/sizes.ts";

describe("parseSizes(text)", () => {
  it("parseSizes(text) reads partnerships x reviews, with x or ×, spaces allowed", () => {
    expect(parseSizes("50x3, 250 × 4")).toEqual([
      { partnerships: 50, reviews: 3 },
      { partnerships: 250, reviews: 4 },
    ]);
  });

  it("parseSizes(text) names the size that is wrong", () => {
    expect(() => parseSizes("50x3,0x4")).toThrow(
      new Error('"0x4" is not a size: write partnerships x reviews, such as 250x4'),
    );
    expect(() => parseSizes("fifty")).toThrow(
      new Error('"fifty" is not a size: write partnerships x reviews, such as 250x4'),
    );
  });
});

describe("sizeLabel(size)", () => {
  it("sizeLabel(size) writes the size as the option does", () => {
    expect(sizeLabel({ partnerships: 1000, reviews: 4 })).toBe("1000x4");
  });
});

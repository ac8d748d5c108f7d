import { describe, expect, it } from "vitest";
import { contrastRatio, luminance } from "../../../src/schema/colour.ts";

describe("contrastRatio(a, b)", () => {
  it("contrastRatio(a, b) is 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrastRatio("#1d4f6e", "#1d4f6e")).toBe(1);
  });

  it("contrastRatio(a, b) gives the sample brand colour against white", () => {
    expect(contrastRatio("#1d4f6e", "#ffffff").toFixed(2)).toBe("8.77");
  });

  it("luminance(hex) follows WCAG's formula", () => {
    expect(luminance("#ffffff")).toBe(1);
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#808080").toFixed(4)).toBe("0.2159");
  });
});

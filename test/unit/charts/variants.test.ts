import { describe, expect, it } from "vitest";
import {
  buildSpectrumChart,
  NARROW_WIDTH,
  shownVariant,
  smallestFontSize,
  smallestShownTextPx,
  smallestTextPx,
  WIDE_WIDTH,
} from "../../../src/charts/index.ts";
import { FIVE_GROUPS, SIX_FACTORS, SIX_LEVELS, TYPICAL_RATINGS, spectrumInputOf } from "./examples.ts";

const input = spectrumInputOf(SIX_LEVELS, SIX_FACTORS, FIVE_GROUPS, TYPICAL_RATINGS, 4);
const variants = {
  wide: buildSpectrumChart({ ...input, width: WIDE_WIDTH }),
  narrow: buildSpectrumChart({ ...input, width: NARROW_WIDTH }),
};

describe("variants", () => {
  it("smallestFontSize(chart) is the smallest text the chart draws, in viewBox units", () => {
    expect(smallestFontSize(variants.wide)).toBe(12);
    expect(smallestFontSize(variants.narrow)).toBe(12);
  });

  it("smallestTextPx(chart, renderedWidth) scales the smallest font by rendered width over viewBox width", () => {
    // The bug this replaces: the wide chart squeezed into a 375 px screen's 345 px of content.
    expect(smallestTextPx(variants.wide, 345)).toBeCloseTo(6.088, 3);
    expect(smallestTextPx(variants.narrow, 290)).toBeCloseTo(12.429, 3);
    expect(smallestTextPx(variants.narrow, 345)).toBeCloseTo(14.786, 3);
  });

  it("shownVariant(containerWidth) shows the narrow chart below 680 px, at most 440 px wide, and the wide one from 680", () => {
    expect(shownVariant(290)).toEqual({ variant: "narrow", renderedWidth: 290 });
    expect(shownVariant(600)).toEqual({ variant: "narrow", renderedWidth: 440 });
    expect(shownVariant(680)).toEqual({ variant: "wide", renderedWidth: 680 });
  });

  it("smallestShownTextPx(variants, containerWidth) stays at 12 px or more from a 320 px screen up", () => {
    expect(smallestShownTextPx(variants, 290)).toBeCloseTo(12.429, 3);
    expect(smallestShownTextPx(variants, 345)).toBeCloseTo(14.786, 3);
    expect(smallestShownTextPx(variants, 679)).toBeCloseTo(18.857, 3);
    expect(smallestShownTextPx(variants, 680)).toBe(12);
    expect(smallestShownTextPx(variants, 900)).toBeCloseTo(15.882, 3);
  });
});

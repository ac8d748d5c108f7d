import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  GROUP_STYLES,
  HEAT_STEPS,
  INK,
  INK_DARK,
  RISK_FILLS,
  groupMarker,
  heatStep,
  riskFill,
  symbolPath,
} from "../../../src/charts/index.ts";
import { contrastRatio } from "../../../src/schema/colour.ts";
import { ROOT } from "../helpers/fixtures.ts";

/** Returns the WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Returns the WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe("palette", () => {
  it("GROUP_STYLES gives twelve groups twelve different shape and colour pairs", () => {
    expect(GROUP_STYLES).toHaveLength(12);
    expect(new Set(GROUP_STYLES.map((style) => style.symbol)).size).toBe(12);
    expect(new Set(GROUP_STYLES.map((style) => style.colour)).size).toBe(12);
    expect(new Set(GROUP_STYLES.map((style) => style.darkColour)).size).toBe(12);
  });

  it("GROUP_STYLES colours reach 3:1 against the light and the dark chart background", () => {
    for (const style of GROUP_STYLES) {
      expect(contrast(style.colour, INK.background), style.colour).toBeGreaterThanOrEqual(3);
      expect(contrast(style.darkColour, INK_DARK.background), style.darkColour).toBeGreaterThanOrEqual(3);
    }
  });

  it("INK and INK_DARK text reaches 4.5:1 and marks 3:1 against their backgrounds", () => {
    for (const ink of [INK, INK_DARK]) {
      expect(contrast(ink.text, ink.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink.muted, ink.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink.text, ink.band)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink.muted, ink.band)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink.range, ink.background)).toBeGreaterThanOrEqual(3);
    }
  });

  it("HEAT_STEPS and RISK_FILLS give their text 4.5:1 on their fill, and darken step by step for greyscale", () => {
    const risks = ["low", "medium", "high"].map(riskFill);
    for (const step of [...HEAT_STEPS, ...risks]) {
      expect(contrast(step.text, step.fill), step.fill).toBeGreaterThanOrEqual(4.5);
    }
    for (const steps of [HEAT_STEPS, risks]) {
      const lightness = steps.map((step) => luminance(step.fill));
      expect(lightness).toEqual([...lightness].sort((a, b) => b - a));
    }
  });

  it("groupMarker(index) draws filled shapes for the first seven groups and outlines after, repeating after twelve", () => {
    expect(groupMarker(0)).toEqual({
      path: "M5.917,0A5.917,5.917,0,1,1,-5.917,0A5.917,5.917,0,1,1,5.917,0",
      symbol: "circle",
      open: false,
      className: "chart-marker chart-g1 chart-marker--filled",
      fill: "#0072b2",
      stroke: "#ffffff",
      strokeWidth: 1.5,
    });
    expect(groupMarker(7)).toMatchObject({
      symbol: "circle-open",
      open: true,
      fill: "#ffffff",
      stroke: "#5b6b00",
      strokeWidth: 2,
    });
    expect(groupMarker(10).fill).toBe("none");
    expect(groupMarker(12).className).toBe(groupMarker(0).className);
  });

  it("symbolPath(name, scale) gives d3 symbol paths rounded to 3 decimal places", () => {
    expect(symbolPath("square")).toBe("M-5,-5h10v10h-10Z");
    expect(symbolPath("square", 2)).toBe("M-10,-10h20v20h-20Z");
  });

  it("heatStep(value, min, max) places values on the heatmap's scale", () => {
    expect([1, 2, 3.5, 6].map((value) => heatStep(value, 1, 6))).toEqual([0, 1, 3, 5]);
    expect(heatStep(4, 4, 4)).toBe(0);
  });

  it("RISK_FILLS colours the three risk bands by name, and riskFill(band) gives the lightest to an unknown name", () => {
    expect(Object.keys(RISK_FILLS)).toEqual(["low", "medium", "high"]);
    expect(riskFill("high")).toEqual({ fill: "#8c3a00", text: "#ffffff", className: "chart-risk chart-risk--high" });
    expect(riskFill("none")).toBe(RISK_FILLS["low"]);
  });

  it("charts.css sets the --chart-* colours of INK and GROUP_STYLES for light, and of INK_DARK and darkColour for dark", () => {
    const [light, dark] = cssSchemes("src/components/charts/charts.css");
    const expected = (ink: typeof INK | typeof INK_DARK, group: (style: (typeof GROUP_STYLES)[number]) => string) => ({
      "chart-bg": ink.background,
      "chart-text": ink.text,
      "chart-muted": ink.muted,
      "chart-grid": ink.grid,
      "chart-range": ink.range,
      "chart-band": ink.band,
      ...Object.fromEntries(GROUP_STYLES.map((style, index) => [`chart-g${index + 1}`, group(style)])),
    });
    expect(light).toEqual(expected(INK, (style) => style.colour));
    expect(dark).toEqual(expected(INK_DARK, (style) => style.darkColour));
  });
});

/** Returns the colour custom properties of each :root block of a style sheet: the light one first, then the dark. */
function cssSchemes(path: string): Record<string, string>[] {
  const css = readFileSync(resolve(ROOT, path), "utf8");
  return [...css.matchAll(/:root \{([^}]*)\}/g)]
    .map((match) =>
      Object.fromEntries(
        [...(match[1] ?? "").matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6});/g)].map((entry) => [entry[1], entry[2]]),
      ),
    )
    .filter((block) => Object.keys(block).length > 0);
}

/** Returns the page's colours in src/styles/_colours.scss, light and dark. */
function pageSchemes(): { light: Record<string, string>; dark: Record<string, string> } {
  const [light, dark] = cssSchemes("src/styles/_colours.scss") as [Record<string, string>, Record<string, string>];
  return { light, dark };
}

describe("page colours in both schemes", () => {
  const schemes = pageSchemes();

  it("_colours.scss sets the same GOV.UK colour properties for light and dark", () => {
    expect(Object.keys(schemes.light).length).toBeGreaterThanOrEqual(18);
    expect(Object.keys(schemes.dark).sort()).toEqual(Object.keys(schemes.light).sort());
  });

  for (const [name, colours] of Object.entries(schemes)) {
    const c = (property: string) => colours[`govuk-${property}`] as string;
    const backgrounds = ["body-background-colour", "template-background-colour"];

    it(`${name}: text, secondary text, links and errors reach 4.5:1 on the page and its surfaces`, () => {
      for (const background of backgrounds) {
        for (const text of [
          "text-colour",
          "secondary-text-colour",
          "link-colour",
          "link-visited-colour",
          "link-hover-colour",
          "link-active-colour",
          "error-colour",
        ]) {
          expect(contrastRatio(c(text), c(background)), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(contrastRatio(c("surface-text-colour"), c("surface-background-colour"))).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(c("link-colour"), c("surface-background-colour"))).toBeGreaterThanOrEqual(4.5);
    });

    it(`${name}: focus text reaches 4.5:1 on the focus colour, and the focus indicator and input borders 3:1`, () => {
      expect(contrastRatio(c("focus-text-colour"), c("focus-colour"))).toBeGreaterThanOrEqual(4.5);
      // The focus indicator is the yellow box with a dark bar under it: one of the two must stand out.
      const indicator = Math.max(
        contrastRatio(c("focus-colour"), c("body-background-colour")),
        contrastRatio(c("focus-text-colour"), c("body-background-colour")),
      );
      expect(indicator).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c("input-border-colour"), c("body-background-colour"))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c("success-colour"), c("body-background-colour"))).toBeGreaterThanOrEqual(3);
    });

    it(`${name}: the charts' own colours reach 4.5:1 for text and 3:1 for marks on the page's background`, () => {
      const ink = name === "light" ? INK : INK_DARK;
      expect(ink.background).toBe(c("body-background-colour"));
      for (const text of [ink.text, ink.muted]) {
        expect(contrastRatio(text, c("body-background-colour"))).toBeGreaterThanOrEqual(4.5);
      }
      for (const mark of [
        ink.range,
        ...GROUP_STYLES.map((style) => (name === "light" ? style.colour : style.darkColour)),
      ]) {
        expect(contrastRatio(mark, c("body-background-colour")), mark).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

import { join } from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

/**
 * The fonts a PNG is drawn with, shipped with the project (fonts/chart-sans, SIL Open Font Licence): Liberation Sans,
 * which has Arial's metrics that the charts lay their text out for, cut down to the characters UK English needs and
 * renamed by `npm run fonts:subset`. resvg reads its font files again for each run of text, so small files keep a
 * PNG's cost down. Resolved from this file, so it is read from the source tree (by the PNG worker and the tests),
 * never from a bundle.
 */
export const PNG_FONT_FILES = ["ChartSans-Regular.ttf", "ChartSans-Bold.ttf"].map((file) =>
  join(import.meta.dirname, "../../fonts/chart-sans", file),
);

/** The family name inside PNG_FONT_FILES: Liberation Sans renamed, as its licence asks of a changed copy. */
export const PNG_FONT_FAMILY = "Reviews Chart Sans";

/** How many PNG pixels a chart's viewBox unit becomes: twice, so that a pasted chart stays sharp when printed. */
export const PNG_SCALE = 2;

/**
 * Returns resvg's options for a chart PNG: the shipped fonts only, with the machine's own fonts never loaded, so the
 * same SVG gives the same bytes on every machine; every generic family (the charts ask for Arial, Helvetica,
 * sans-serif) falls to PNG_FONT_FAMILY.
 */
export function pngOptions(): ResvgRenderOptions {
  return {
    fitTo: { mode: "zoom", value: PNG_SCALE },
    background: "#ffffff",
    font: {
      loadSystemFonts: false,
      fontFiles: PNG_FONT_FILES,
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
      serifFamily: PNG_FONT_FAMILY,
      monospaceFamily: PNG_FONT_FAMILY,
      cursiveFamily: PNG_FONT_FAMILY,
      fantasyFamily: PNG_FONT_FAMILY,
    },
  };
}

/** Returns a standalone SVG drawn as a PNG, PNG_SCALE times its size, with the shipped fonts (see pngOptions). */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(svg, pngOptions()).render().asPng());
}

import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

/** The fonts a PNG is drawn with: Liberation Sans has Arial's metrics, which the charts lay their text out for. */
export const PNG_FONT_FILES = [
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
];

/** How many PNG pixels a chart's viewBox unit becomes: twice, so that a pasted chart stays sharp when printed. */
export const PNG_SCALE = 2;

/**
 * Returns a standalone SVG drawn as a PNG, PNG_SCALE times its size. Arial and Helvetica, which the charts ask
 * for, are drawn with Liberation Sans where it is installed (Debian's fonts-liberation), else with the system's
 * own sans-serif font.
 */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const files = PNG_FONT_FILES.filter((file) => existsSync(file));
  const font =
    files.length === PNG_FONT_FILES.length
      ? {
          loadSystemFonts: false,
          fontFiles: files,
          defaultFontFamily: "Liberation Sans",
          sansSerifFamily: "Liberation Sans",
        }
      : { loadSystemFonts: true };
  const image = new Resvg(svg, { fitTo: { mode: "zoom", value: PNG_SCALE }, font, background: "#ffffff" });
  return new Uint8Array(image.render().asPng());
}

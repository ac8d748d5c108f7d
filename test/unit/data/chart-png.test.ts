import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PNG_FONT_FILES, PNG_SCALE, pngOptions, svgToPng } from "../../../src/data/chart-png.ts";
import { ROOT } from "../helpers/fixtures.ts";

/** Returns a PNG's width and height from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Returns a one-line SVG of the given text in the given font family. */
function textSvg(text: string, family: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40" font-family="${family}"><rect width="100" height="40" fill="#ffffff"/><text x="4" y="20" font-size="12">${text}</text></svg>`;
}

const sha256 = (png: Uint8Array): string => createHash("sha256").update(png).digest("hex");

describe("svgToPng(svg)", () => {
  it("svgToPng(svg) draws a PNG at PNG_SCALE times the SVG's size", () => {
    const png = svgToPng(textSvg("Strategy", "Arial, Helvetica, sans-serif"));
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(PNG_SCALE).toBe(2);
    expect(pngSize(png)).toEqual({ width: 200, height: 80 });
  });

  it("svgToPng(svg) gives the same bytes every time, pinned here, as the font is the project's own", () => {
    const svg = textSvg("Strategy", "Arial, Helvetica, sans-serif");
    expect(sha256(svgToPng(svg))).toBe(sha256(svgToPng(svg)));
    expect(sha256(svgToPng(svg))).toBe("bed36476b94644b1b9f34d63a5d8020bf238b42838081d1a11482797e206057c");
  });

  it("svgToPng(svg) draws a font installed on the machine, such as DejaVu Sans, with Liberation Sans: no system font is loaded", () => {
    const liberation = svgToPng(textSvg("Strategy", "Liberation Sans"));
    expect(svgToPng(textSvg("Strategy", "DejaVu Sans"))).toEqual(liberation);
    expect(svgToPng(textSvg("Strategy", "serif"))).toEqual(liberation);
    // Text is drawn at all: an empty label would make every family look alike.
    expect(svgToPng(textSvg("", "Liberation Sans"))).not.toEqual(liberation);
  });
});

describe("pngOptions()", () => {
  it("pngOptions() loads only the two Liberation Sans files shipped in fonts/, never the system's fonts", () => {
    expect(PNG_FONT_FILES).toEqual([
      `${ROOT}/fonts/liberation-sans/LiberationSans-Regular.ttf`,
      `${ROOT}/fonts/liberation-sans/LiberationSans-Bold.ttf`,
    ]);
    expect(pngOptions().font).toEqual({
      loadSystemFonts: false,
      fontFiles: PNG_FONT_FILES,
      defaultFontFamily: "Liberation Sans",
      sansSerifFamily: "Liberation Sans",
      serifFamily: "Liberation Sans",
      monospaceFamily: "Liberation Sans",
      cursiveFamily: "Liberation Sans",
      fantasyFamily: "Liberation Sans",
    });
  });
});

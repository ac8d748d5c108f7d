import { createHash } from "node:crypto";
import { Resvg } from "@resvg/resvg-js";
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

  it("svgToPng(svg) draws a font installed on the machine, such as DejaVu Sans, with the shipped font: no system font is loaded", () => {
    const shipped = svgToPng(textSvg("Strategy", "Reviews Chart Sans"));
    expect(svgToPng(textSvg("Strategy", "DejaVu Sans"))).toEqual(shipped);
    expect(svgToPng(textSvg("Strategy", "serif"))).toEqual(shipped);
    // Text is drawn at all: an empty label would make every family look alike.
    expect(svgToPng(textSvg("", "Reviews Chart Sans"))).not.toEqual(shipped);
  });

  it("svgToPng(svg) draws UK English, Welsh and the charts' signs, regular and bold, exactly as the full Liberation Sans does", () => {
    const lines = [
      "Strategy: £1,250 – “joint” ‘plans’ … 25% × 2 ≈ 50 ≤ 60 ≥ 40 − 1 ≠ 0 €3",
      "Cyngor Gwynedd: ŵ ŷ Ŵ Ŷ ẁ ẃ ẅ ỳ â ê î ô û ï ë — Llŷn; Ynys Môn",
      "Café naïve façade Škoda Łódź Øresund Ærø ß ¼ ½ ¾ ° ± § ¶ © ®",
    ];
    const text = (weight: string): string =>
      lines
        .map((line, i) => `<text x="4" y="${20 + 20 * i}" font-size="14" font-weight="${weight}">${line}</text>`)
        .join("");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="130" font-family="Arial, sans-serif">${text("normal")}<g transform="translate(0 64)">${text("bold")}</g></svg>`;
    const full = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"].map(
      (file) => `${ROOT}/fonts/liberation-sans/${file}`,
    );
    const options = pngOptions();
    const liberation = {
      ...options,
      font: { loadSystemFonts: false, fontFiles: full, defaultFontFamily: "Liberation Sans" },
    };
    expect(Buffer.from(svgToPng(svg))).toEqual(new Resvg(svg, liberation).render().asPng());
    // A character the subset leaves out is not drawn as Liberation Sans draws it: the comparison can fail.
    const greek = svg.replace("Strategy", "Στρατηγική");
    expect(Buffer.from(svgToPng(greek))).not.toEqual(new Resvg(greek, liberation).render().asPng());
  });
});

describe("pngOptions()", () => {
  it("pngOptions() loads only the two subset fonts shipped in fonts/chart-sans, never the system's fonts", () => {
    expect(PNG_FONT_FILES).toEqual([
      `${ROOT}/fonts/chart-sans/ChartSans-Regular.ttf`,
      `${ROOT}/fonts/chart-sans/ChartSans-Bold.ttf`,
    ]);
    expect(pngOptions().font).toEqual({
      loadSystemFonts: false,
      fontFiles: PNG_FONT_FILES,
      defaultFontFamily: "Reviews Chart Sans",
      sansSerifFamily: "Reviews Chart Sans",
      serifFamily: "Reviews Chart Sans",
      monospaceFamily: "Reviews Chart Sans",
      cursiveFamily: "Reviews Chart Sans",
      fantasyFamily: "Reviews Chart Sans",
    });
  });
});

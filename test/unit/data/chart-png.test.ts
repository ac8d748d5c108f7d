import { describe, expect, it } from "vitest";
import { PNG_SCALE, svgToPng } from "../../../src/data/chart-png.ts";

/** Returns a PNG's width and height from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("svgToPng(svg)", () => {
  it("svgToPng(svg) draws a PNG at PNG_SCALE times the SVG's size", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40" font-family="Arial, Helvetica, sans-serif"><rect width="100" height="40" fill="#ffffff"/><text x="4" y="20" font-size="12">Strategy</text></svg>';
    const png = svgToPng(svg);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(PNG_SCALE).toBe(2);
    expect(pngSize(png)).toEqual({ width: 200, height: 80 });
  });
});

import { describe, expect, it } from "vitest";
import { hiddenHeightAbove, rowMoves } from "../../../src/scripts/chart-rows.ts";

const BANDS = [
  { key: "legal", y: 50, height: 40 },
  { key: "legal", y: 50, height: 40 },
  { key: "waste", y: 90, height: 60 },
  { key: "leisure", y: 150, height: 40 },
];

describe("chart rows following a page's filters", () => {
  it("rowMoves(bands, visible) hides the rows not chosen and moves later rows up by the hidden height above them", () => {
    expect(rowMoves(BANDS, new Set(["legal", "leisure"]))).toEqual({
      moves: [
        { shown: true, shift: 0 },
        { shown: true, shift: 0 },
        { shown: false, shift: 0 },
        { shown: true, shift: 60 },
      ],
      total: 60,
    });
  });

  it("rowMoves(bands, visible) counts a band drawn by several groups once", () => {
    expect(rowMoves(BANDS, new Set(["leisure"])).moves.at(-1)).toEqual({ shown: true, shift: 100 });
    expect(rowMoves(BANDS, new Set()).total).toBe(140);
  });

  it("rowMoves(bands, visible) moves nothing when every row is chosen", () => {
    expect(rowMoves(BANDS, new Set(["legal", "waste", "leisure"])).total).toBe(0);
  });

  it("rowMoves(bands, visible) closes each block of a heatmap drawn in blocks", () => {
    const blocks = [
      { key: "legal", y: 50, height: 40 },
      { key: "waste", y: 90, height: 40 },
      { key: "legal", y: 200, height: 40 },
      { key: "waste", y: 240, height: 40 },
    ];
    expect(rowMoves(blocks, new Set(["waste"]))).toEqual({
      moves: [
        { shown: false, shift: 0 },
        { shown: true, shift: 40 },
        { shown: false, shift: 40 },
        { shown: true, shift: 80 },
      ],
      total: 80,
    });
  });

  it("hiddenHeightAbove(bands, visible, y) gives how far a later block's headers move up", () => {
    expect(hiddenHeightAbove(BANDS, new Set(["leisure"]), 150)).toBe(100);
    expect(hiddenHeightAbove(BANDS, new Set(["leisure"]), 90)).toBe(40);
  });
});

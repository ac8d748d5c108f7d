import type { Mark } from "./geometry.ts";
import { lineMark, pathMark, rectMark, textMark } from "./marks.ts";
import { INK, type MarkerStyle } from "./palette.ts";
import { linesWidth, wrapText } from "./text.ts";

/** What a legend item shows beside its label. */
export type LegendKey =
  | { kind: "marker"; marker: MarkerStyle }
  | { kind: "path"; d: string; className: string; fill: string; stroke?: string; strokeWidth?: number }
  | { kind: "vertical-line" | "horizontal-line"; className: string; stroke: string; strokeWidth: number; dash?: string }
  | { kind: "bar"; className: string; fill: string; height: number }
  | { kind: "swatch"; className: string; fill: string; stroke?: string; dash?: string };

/** One legend entry. */
export interface LegendItem {
  label: string;
  key: LegendKey;
}

/** A laid-out legend: its marks and the height it takes. */
export interface LegendLayout {
  marks: Mark[];
  height: number;
}

const KEY_WIDTH = 20;
const FONT_SIZE = 13;
const LINE_HEIGHT = 16;
const MAX_LABEL_WIDTH = 260;
const ITEM_GAP = 18;

/** Returns the marks of one legend key centred in a 20 × 16 box at (x, y). */
function keyMarks(key: LegendKey, x: number, y: number): Mark[] {
  const cx = x + KEY_WIDTH / 2;
  switch (key.kind) {
    case "marker":
      return [
        pathMark(key.marker.path, cx, y, key.marker.className, key.marker.fill, {
          stroke: key.marker.stroke,
          strokeWidth: key.marker.strokeWidth,
        }),
      ];
    case "path":
      return [
        pathMark(
          key.d,
          cx,
          y,
          key.className,
          key.fill,
          key.stroke === undefined ? undefined : { stroke: key.stroke, strokeWidth: key.strokeWidth ?? 1 },
        ),
      ];
    case "vertical-line":
      return [lineMark(cx, y - 8, cx, y + 8, key.className, key.stroke, key.strokeWidth, key.dash)];
    case "horizontal-line":
      return [lineMark(x, y, x + KEY_WIDTH, y, key.className, key.stroke, key.strokeWidth, key.dash)];
    case "bar":
      return [rectMark(x, y - key.height / 2, KEY_WIDTH, key.height, key.className, key.fill)];
    case "swatch":
      return [
        rectMark(x + 2, y - 7, KEY_WIDTH - 4, 14, key.className, key.fill, {
          stroke: key.stroke ?? INK.range,
          strokeWidth: 1,
          ...(key.dash === undefined ? {} : { dash: key.dash }),
        }),
      ];
  }
}

/** Returns the legend laid out in rows that wrap within the width, starting at (left, top). */
export function layoutLegend(items: readonly LegendItem[], left: number, top: number, width: number): LegendLayout {
  const marks: Mark[] = [];
  let x = left;
  let rowTop = top;
  let rowHeight = 0;
  for (const item of items) {
    const lines = wrapText(item.label, Math.min(MAX_LABEL_WIDTH, width - KEY_WIDTH - 6), FONT_SIZE);
    const itemWidth = KEY_WIDTH + 6 + linesWidth(lines, FONT_SIZE);
    if (x > left && x + itemWidth > left + width) {
      x = left;
      rowTop += rowHeight + 8;
      rowHeight = 0;
    }
    const centre = rowTop + LINE_HEIGHT / 2;
    marks.push(...keyMarks(item.key, x, centre));
    marks.push(
      textMark(x + KEY_WIDTH + 6, rowTop + 12, lines, {
        size: FONT_SIZE,
        lineHeight: LINE_HEIGHT,
        className: "chart-text",
      }),
    );
    rowHeight = Math.max(rowHeight, lines.length * LINE_HEIGHT);
    x += itemWidth + ITEM_GAP;
  }
  return { marks, height: items.length === 0 ? 0 : rowTop + rowHeight - top };
}

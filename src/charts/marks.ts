import type { Anchor, LineMark, PathMark, RectMark, TextMark } from "./geometry.ts";
import { INK } from "./palette.ts";
import { round3 } from "./round.ts";

/** Options of a text mark; by default 13px body text in the text colour, anchored at the start. */
export interface TextOptions {
  size?: number;
  lineHeight?: number;
  anchor?: Anchor;
  className?: string;
  fill?: string;
  bold?: boolean;
  rotate?: number;
}

/** Returns a text mark with rounded coordinates; y is the first line's baseline. */
export function textMark(x: number, y: number, lines: string[], options: TextOptions = {}): TextMark {
  const size = options.size ?? 13;
  return {
    type: "text",
    x: round3(x),
    y: round3(y),
    lines,
    fontSize: size,
    lineHeight: options.lineHeight ?? Math.round(size * 1.25),
    anchor: options.anchor ?? "start",
    className: options.className ?? "chart-text",
    fill: options.fill ?? INK.text,
    ...(options.bold ? { bold: true } : {}),
    ...(options.rotate === undefined ? {} : { rotate: options.rotate }),
  };
}

/** Returns a rectangle with rounded coordinates. */
export function rectMark(
  x: number,
  y: number,
  width: number,
  height: number,
  className: string,
  fill: string,
  stroke?: { stroke: string; strokeWidth: number; dash?: string },
): RectMark {
  return {
    type: "rect",
    x: round3(x),
    y: round3(y),
    width: round3(width),
    height: round3(height),
    className,
    fill,
    ...(stroke === undefined ? {} : stroke),
  };
}

/** Returns a line with rounded coordinates. */
export function lineMark(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  className: string,
  stroke: string,
  strokeWidth: number,
  dash?: string,
): LineMark {
  return {
    type: "line",
    x1: round3(x1),
    y1: round3(y1),
    x2: round3(x2),
    y2: round3(y2),
    className,
    stroke,
    strokeWidth,
    ...(dash === undefined ? {} : { dash }),
  };
}

/** Returns a path drawn at (x, y), with rounded coordinates. */
export function pathMark(
  d: string,
  x: number,
  y: number,
  className: string,
  fill: string,
  stroke?: { stroke: string; strokeWidth: number; dash?: string },
): PathMark {
  return { type: "path", d, x: round3(x), y: round3(y), className, fill, ...(stroke === undefined ? {} : stroke) };
}

import type { Mark } from "./geometry.ts";
import type { LevelLike } from "./levels.ts";
import { textMark } from "./marks.ts";
import { INK } from "./palette.ts";
import { round3 } from "./round.ts";
import { linesWidth, widestWord, wrapList, wrapText } from "./text.ts";

/** One labelled level on a horizontal spectrum axis. */
export interface AxisTick {
  order: number;
  label: string;
  /** The level's position. */
  x: number;
  /** The name as wrapped (empty when the names are in a key instead), and where its block is centred. */
  lines: string[];
  labelX: number;
}

/**
 * How the axis names its levels: each name over its level in one row; alternating between two
 * rows when the levels are close; or, when even that would break a word, numbers over the levels
 * and the names in a key beneath them.
 */
export type AxisMode = "single" | "staggered" | "key";

/** A horizontal spectrum axis: each level's number and name, above the plot. */
export interface SpectrumAxis {
  ticks: AxisTick[];
  mode: AxisMode;
  /** True when the names alternate between two rows because the levels are close together. */
  staggered: boolean;
  marks: Mark[];
  /** The height of the labels, from the top. */
  height: number;
}

const NUMBER_SIZE = 12;
const NAME_SIZE = 13;
const NAME_LINE = 15;
/** Room between neighbouring names. */
const NAME_GAP = 8;
/** Room right of the last level when only its number stands over it. */
const KEY_RIGHT = 14;

/** Returns the items of a key to the levels: "Levels: 1 Transactional", "2 Networking", and so on. */
export function levelItems(levels: readonly LevelLike[]): string[] {
  return [...levels]
    .sort((a, b) => a.order - b.order)
    .map((level, index) => `${index === 0 ? "Levels: " : ""}${level.order} ${level.label}`);
}

/** Returns how the names of levels `step` apart fit over them, never breaking a word. */
export function axisMode(levels: readonly LevelLike[], step: number): AxisMode {
  const widest = Math.max(0, ...levels.map((level) => widestWord(level.label, NAME_SIZE)));
  if (levels.length <= 2 || widest <= step - NAME_GAP) return "single";
  if (widest <= 2 * step - NAME_GAP) return "staggered";
  return "key";
}

/**
 * Returns the left and right ends of a horizontal spectrum plot that starts at `left` or later in a
 * chart `width` wide, and how its axis names the levels: each in one row if the names fit, else
 * alternating between two rows, else numbers and a key. The ends leave room for the first and last
 * names, so no name is pushed in from the chart's edge onto its neighbour.
 */
export function spectrumPlotRange(
  levels: readonly LevelLike[],
  left: number,
  width: number,
): { left: number; right: number; mode: AxisMode } {
  const count = levels.length;
  if (count < 2) return { left, right: width - 24, mode: "single" };
  for (const mode of ["single", "staggered"] as const) {
    // A name is at most its room wide; the first and last levels sit far enough in that theirs are never pushed in.
    let step = (width - left) / (count - 0.5);
    let first = left;
    let last = width;
    for (let pass = 0; pass < 8; pass += 1) {
      const half = ((mode === "single" ? step : 2 * step) - NAME_GAP) / 2;
      first = Math.max(left, half + 2);
      last = width - half - 2;
      step = (last - first) / (count - 1);
    }
    if (axisMode(levels, step) === mode) return { left: round3(first), right: round3(last), mode };
  }
  return { left, right: width - KEY_RIGHT, mode: "key" };
}

/** Returns the level labels of a horizontal spectrum axis whose top is at `top`, for a chart `width` wide. */
export function layoutSpectrumAxis(
  levels: readonly LevelLike[],
  x: (order: number) => number,
  top: number,
  width: number,
  mode: AxisMode,
): SpectrumAxis {
  const sorted = [...levels].sort((a, b) => a.order - b.order);
  const step =
    sorted.length > 1 ? Math.abs(x((sorted[1] as LevelLike).order) - x((sorted[0] as LevelLike).order)) : width;
  const staggered = mode === "staggered";
  const maxWidth = (staggered ? 2 * step : step) - NAME_GAP;
  const wrapped = sorted.map((level) => (mode === "key" ? [] : wrapText(level.label, maxWidth, NAME_SIZE)));
  const firstRowLines = Math.max(
    0,
    ...wrapped.filter((_, index) => !staggered || index % 2 === 0).map((lines) => lines.length),
  );
  // With a key, the key comes first and the numbers sit right over the plot.
  const key = mode === "key" ? wrapList(levelItems(sorted), width - 20, NAME_SIZE) : [];
  const numberTop = key.length === 0 ? top : top + key.length * NAME_LINE + 6;
  const nameTop = numberTop + NUMBER_SIZE + 6;
  const ticks: AxisTick[] = [];
  const marks: Mark[] = [];
  let bottom = nameTop;
  sorted.forEach((level, index) => {
    const lines = wrapped[index] as string[];
    const tickX = x(level.order);
    const half = linesWidth(lines, NAME_SIZE) / 2;
    const labelX = round3(Math.min(width - half - 2, Math.max(half + 2, tickX)));
    ticks.push({ order: level.order, label: level.label, x: round3(tickX), lines, labelX });
    marks.push(
      textMark(tickX, numberTop + NUMBER_SIZE - 1, [String(level.order)], {
        size: NUMBER_SIZE,
        anchor: "middle",
        className: "chart-text chart-text--muted",
        fill: INK.muted,
      }),
    );
    if (lines.length === 0) return;
    const secondRow = staggered && index % 2 === 1;
    const firstBaseline = nameTop + (secondRow ? firstRowLines * NAME_LINE + 4 : 0) + NAME_SIZE - 2;
    marks.push(textMark(labelX, firstBaseline, lines, { size: NAME_SIZE, lineHeight: NAME_LINE, anchor: "middle" }));
    bottom = Math.max(bottom, firstBaseline - NAME_SIZE + 2 + lines.length * NAME_LINE);
  });
  if (key.length > 0) {
    marks.push(textMark(10, top + NAME_SIZE - 2, key, { size: NAME_SIZE, lineHeight: NAME_LINE }));
    bottom = numberTop + NUMBER_SIZE + 2;
  }
  return { ticks, mode, staggered, marks, height: round3(bottom - top) };
}

import type { Mark } from "./geometry.ts";
import type { LevelLike } from "./levels.ts";
import { textMark } from "./marks.ts";
import { INK } from "./palette.ts";
import { round3 } from "./round.ts";
import { linesWidth, wrapText } from "./text.ts";

/** One labelled level on a horizontal spectrum axis. */
export interface AxisTick {
  order: number;
  label: string;
  /** The level's position. */
  x: number;
  /** The name as wrapped, and where its block is centred (moved in from the chart's edges when needed). */
  lines: string[];
  labelX: number;
}

/** A horizontal spectrum axis: each level's number and name, above the plot. */
export interface SpectrumAxis {
  ticks: AxisTick[];
  /** True when the names alternate between two rows because the levels are close together. */
  staggered: boolean;
  marks: Mark[];
  /** The height of the labels, from the top. */
  height: number;
}

const NUMBER_SIZE = 12;
const NAME_SIZE = 13;
const NAME_LINE = 15;
/** Below this spacing between levels, names alternate between two rows so each can be twice as wide. */
const MIN_SINGLE_ROW_STEP = 78;

/**
 * Returns the left and right ends of a horizontal spectrum plot that starts at `left` in a chart
 * `width` wide, leaving room on the right for the last level's name: half a step when the names
 * sit in one row, a whole step when they alternate between two.
 */
export function spectrumPlotRange(count: number, left: number, width: number): { left: number; right: number } {
  if (count < 2) return { left, right: width - 24 };
  const single = (width - left) / (count - 0.5);
  const step = single >= MIN_SINGLE_ROW_STEP || count <= 2 ? single : (width - left) / count;
  return { left, right: round3(left + (count - 1) * step) };
}

/** Returns the level labels of a horizontal spectrum axis whose top is at `top`, for a chart `width` wide. */
export function layoutSpectrumAxis(
  levels: readonly LevelLike[],
  x: (order: number) => number,
  top: number,
  width: number,
): SpectrumAxis {
  const sorted = [...levels].sort((a, b) => a.order - b.order);
  const step =
    sorted.length > 1 ? Math.abs(x((sorted[1] as LevelLike).order) - x((sorted[0] as LevelLike).order)) : width;
  const staggered = step < MIN_SINGLE_ROW_STEP && sorted.length > 2;
  const maxWidth = (staggered ? 2 * step : step) - 8;
  const wrapped = sorted.map((level) => wrapText(level.label, maxWidth, NAME_SIZE));
  const firstRowLines = Math.max(
    ...wrapped.filter((_, index) => !staggered || index % 2 === 0).map((lines) => lines.length),
  );
  const nameTop = top + NUMBER_SIZE + 6;
  const ticks: AxisTick[] = [];
  const marks: Mark[] = [];
  let bottom = nameTop;
  sorted.forEach((level, index) => {
    const lines = wrapped[index] as string[];
    const tickX = x(level.order);
    const half = linesWidth(lines, NAME_SIZE) / 2;
    const labelX = round3(Math.min(width - half - 2, Math.max(half + 2, tickX)));
    const secondRow = staggered && index % 2 === 1;
    const firstBaseline = nameTop + (secondRow ? firstRowLines * NAME_LINE + 4 : 0) + NAME_SIZE - 2;
    ticks.push({ order: level.order, label: level.label, x: round3(tickX), lines, labelX });
    marks.push(
      textMark(tickX, top + NUMBER_SIZE - 1, [String(level.order)], {
        size: NUMBER_SIZE,
        anchor: "middle",
        className: "chart-text chart-text--muted",
        fill: INK.muted,
      }),
      textMark(labelX, firstBaseline, lines, { size: NAME_SIZE, lineHeight: NAME_LINE, anchor: "middle" }),
    );
    bottom = Math.max(bottom, firstBaseline - NAME_SIZE + 2 + lines.length * NAME_LINE);
  });
  return { ticks, staggered, marks, height: round3(bottom - top) };
}

import { extent } from "d3-array";
import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { longDate, shortMonthYear, utcDate } from "./dates.ts";
import type { Chart, ChartTable, Mark } from "./geometry.ts";
import { layoutLegend } from "./legend.ts";
import { levelLabel, levelRange, type LevelLike } from "./levels.ts";
import { lineMark, pathMark, textMark } from "./marks.ts";
import { INK } from "./palette.ts";
import { round3 } from "./round.ts";
import { textWidth, wrapList, wrapText } from "./text.ts";
import { levelItems } from "./spectrum-axis.ts";
import { isNarrow, WIDE_WIDTH } from "./variants.ts";
import { noun, numberWord } from "./words.ts";

/** One published review: its date and assessed level (an order on the spectrum). */
export interface TrajectoryReviewInput {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Undefined when the review's assessed level is not on the spectrum. */
  assessed: number | undefined;
}

/** The data of a partnership trajectory chart. */
export interface TrajectoryChartInput {
  levels: readonly LevelLike[];
  /** Published reviews, in any order. */
  reviews: readonly TrajectoryReviewInput[];
  target?: number | undefined;
  title: string;
  /** The chart's summary in words and its data as a table, from the findings layer. */
  summary: readonly string[];
  table: ChartTable;
  /** The viewBox width to lay out for (default 680); below 480 the levels are numbered and keyed beneath. */
  width?: number;
}

/** One review's point. */
export interface TrajectoryPoint {
  id: string;
  date: string;
  level: number;
  x: number;
  y: number;
  /** The date label under the axis, when there is room for it. */
  dateLabel: { text: string; x: number; row: number } | undefined;
}

/** A laid-out trajectory chart. */
export interface TrajectoryChart extends Chart {
  kind: "trajectory";
  plot: { left: number; right: number; top: number; bottom: number };
  /** Each level's gridline. */
  levelLines: { order: number; label: string; y: number }[];
  points: TrajectoryPoint[];
  /** The assessed-level line through the points. */
  path: string;
  target: { level: number; label: string; y: number } | undefined;
}

const WIDE_PLOT_LEFT = 170;
/** The wide layout keeps this much room right of the plot for the target's label. */
const RIGHT_MARGIN = 96;
/** Narrow, the levels are numbers left of the plot, and the plot runs nearly to the edge. */
const NARROW_PLOT_LEFT = 34;
const NARROW_RIGHT_MARGIN = 12;
const INSET = 24;
const LEVEL_SIZE = 13;
const LEVEL_LINE = 15;
const DATE_SIZE = 12;
const POINT_RADIUS = 6;

/** Returns a circle path of radius r centred on 0,0. */
function circlePath(r: number): string {
  return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
}

/** Returns the reviews in date order (then id), keeping only those with an assessed level. */
export function assessedInOrder(
  reviews: readonly TrajectoryReviewInput[],
): (TrajectoryReviewInput & { assessed: number })[] {
  return [...reviews]
    .filter((review): review is TrajectoryReviewInput & { assessed: number } => review.assessed !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Returns where each point's date label goes: in one of two rows, or left out when both rows are taken there. */
export function placeDateLabels(
  points: readonly { date: string; x: number }[],
  width: number,
): ({ text: string; x: number; row: number } | undefined)[] {
  const rowEnds = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  return points.map((point) => {
    const text = shortMonthYear(point.date);
    const half = textWidth(text, DATE_SIZE) / 2;
    const x = Math.min(width - half - 2, Math.max(half + 2, point.x));
    const row = rowEnds.findIndex((end) => x - half >= end + 6);
    if (row === -1) return undefined;
    rowEnds[row] = x + half;
    return { text, x: round3(x), row };
  });
}

/** Returns a line chart of the assessed level at each published review over time, with the target level. */
export function buildTrajectoryChart(input: TrajectoryChartInput): TrajectoryChart {
  const { levels } = input;
  const width = input.width ?? WIDE_WIDTH;
  const narrow = isNarrow(width);
  const plotLeft = narrow ? NARROW_PLOT_LEFT : WIDE_PLOT_LEFT;
  const plotRight = width - (narrow ? NARROW_RIGHT_MARGIN : RIGHT_MARGIN);
  const { title } = input;
  const { min, max } = levelRange(levels);
  const sorted = [...levels].sort((a, b) => a.order - b.order);
  const labelLines = sorted.map((level) =>
    narrow ? [String(level.order)] : wrapText(`${level.order} ${level.label}`, plotLeft - 24, LEVEL_SIZE),
  );
  const step = Math.max(narrow ? 28 : 36, Math.max(...labelLines.map((lines) => lines.length)) * LEVEL_LINE + 10);
  // Narrow, the target is named in the legend only: the plot has no margin to name it in.
  const targetLines =
    input.target === undefined || narrow
      ? []
      : wrapText(`Target: ${levelLabel(levels, input.target)}`, width - plotRight - 10, 13, true);
  // Labels are centred on their level, so long ones reach above the top level and below the bottom one.
  const overhang = (Math.max(targetLines.length, ...labelLines.map((lines) => lines.length)) - 1) * (LEVEL_LINE / 2);
  const top = 16 + overhang;
  const y = scaleLinear()
    .domain([min, max])
    .range([top + (max - min) * step, top]);
  const bottom = round3(y(min));
  const points = assessedInOrder(input.reviews);
  const dates = points.map((point) => utcDate(point.date));
  // A single review's date has an empty domain, which d3 maps to the middle of the plot.
  const x = scaleUtc()
    .domain(extent(dates) as [Date, Date])
    .range([plotLeft + INSET, plotRight - INSET]);
  const positioned = points.map((point, index) => ({
    id: point.id,
    date: point.date,
    level: point.assessed,
    x: round3(x(dates[index] as Date)),
    y: round3(y(point.assessed)),
  }));
  const labels = placeDateLabels(positioned, width);
  const trajectoryPoints: TrajectoryPoint[] = positioned.map((point, index) => ({
    ...point,
    dateLabel: labels[index],
  }));
  const path =
    line<TrajectoryPoint>()
      .x((point) => point.x)
      .y((point) => point.y)
      .digits(3)(trajectoryPoints) ?? "";
  const target =
    input.target === undefined
      ? undefined
      : { level: input.target, label: levelLabel(levels, input.target), y: round3(y(input.target)) };

  const marks: Mark[] = [];
  const levelLines = sorted.map((level) => ({ order: level.order, label: level.label, y: round3(y(level.order)) }));
  levelLines.forEach((level, index) => {
    marks.push(lineMark(plotLeft, level.y, plotRight, level.y, "chart-grid", INK.grid, 1));
    const lines = labelLines[index] as string[];
    marks.push(
      textMark(plotLeft - 10, level.y + 4 - ((lines.length - 1) * LEVEL_LINE) / 2, lines, {
        anchor: "end",
        size: LEVEL_SIZE,
        lineHeight: LEVEL_LINE,
      }),
    );
  });
  marks.push(lineMark(plotLeft, top - 8, plotLeft, bottom + 8, "chart-axis", INK.range, 1));
  if (target !== undefined) {
    marks.push(lineMark(plotLeft, target.y, plotRight, target.y, "chart-target", INK.text, 2, "6 4"));
  }
  if (target !== undefined && targetLines.length > 0) {
    // The label sits in the right margin, at the end of the line, where no point can cover it.
    marks.push(
      textMark(plotRight + 6, target.y + 4 - ((targetLines.length - 1) * LEVEL_LINE) / 2, targetLines, {
        bold: true,
        lineHeight: LEVEL_LINE,
      }),
    );
  }
  if (trajectoryPoints.length > 1) {
    marks.push(pathMark(path, 0, 0, "chart-line", "none", { stroke: INK.text, strokeWidth: 2.5 }));
  }
  for (const point of trajectoryPoints) {
    marks.push(
      pathMark(circlePath(POINT_RADIUS), point.x, point.y, "chart-assessed", INK.text, {
        stroke: INK.background,
        strokeWidth: 1.5,
      }),
      lineMark(point.x, bottom + 8, point.x, bottom + 13, "chart-axis", INK.range, 1),
    );
    if (point.dateLabel !== undefined) {
      marks.push(
        textMark(point.dateLabel.x, bottom + 27 + point.dateLabel.row * 16, [point.dateLabel.text], {
          size: DATE_SIZE,
          anchor: "middle",
          className: "chart-text chart-text--muted",
          fill: INK.muted,
        }),
      );
    }
  }
  if (trajectoryPoints.length === 0) {
    marks.push(
      textMark((plotLeft + plotRight) / 2, (top + bottom) / 2 + 5, ["No published review with an assessed level"], {
        anchor: "middle",
        className: "chart-text chart-text--muted",
        fill: INK.muted,
      }),
    );
  }
  const rowsUsed = Math.max(0, ...labels.map((label) => (label === undefined ? 0 : label.row + 1)));
  let legendTop = Math.max(bottom + 18 + rowsUsed * 16 + 14, bottom + overhang + 20);
  if (narrow) {
    const key = wrapList(levelItems(sorted), width - 20, LEVEL_SIZE);
    marks.push(textMark(10, legendTop + LEVEL_SIZE - 2, key, { size: LEVEL_SIZE, lineHeight: LEVEL_LINE }));
    legendTop += key.length * LEVEL_LINE + 10;
  }
  const legend = layoutLegend(
    [
      {
        label: "Assessed level at a published review",
        key: { kind: "path", d: circlePath(POINT_RADIUS), className: "chart-assessed", fill: INK.text },
      },
      ...(target === undefined
        ? []
        : [
            {
              label: `Target level (${target.label})`,
              key: {
                kind: "horizontal-line" as const,
                className: "chart-target",
                stroke: INK.text,
                strokeWidth: 2,
                dash: "6 4",
              },
            },
          ]),
    ],
    10,
    legendTop,
    width - 20,
  );
  marks.push(...legend.marks);
  const lowest = sorted[0];
  const highest = sorted.at(-1);
  const first = points[0];
  const latest = points.at(-1);
  return {
    kind: "trajectory",
    width: width,
    height: round3(legendTop + legend.height + 12),
    title,
    desc:
      `Line chart of the assessed level at each of ${numberWord(points.length)} published ` +
      `${noun(points.length, "review")}` +
      (first !== undefined && latest !== undefined && points.length > 1
        ? `, from ${longDate(first.date)} to ${longDate(latest.date)}`
        : "") +
      `, with time across and the spectrum up, from ${lowest?.label ?? min} (${min}) at the bottom to ` +
      `${highest?.label ?? max} (${max}) at the top.` +
      (target === undefined ? "" : ` A dashed line marks the target level, ${target.label}.`),
    summary: [...input.summary],
    table: input.table,
    marks,
    plot: { left: plotLeft, right: plotRight, top, bottom },
    levelLines,
    points: trajectoryPoints,
    path,
    target,
  };
}

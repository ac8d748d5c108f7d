import { scaleLinear } from "d3-scale";
import type { Chart, ChartTable, Mark } from "./geometry.ts";
import { layoutLegend } from "./legend.ts";
import { levelRange, type LevelLike } from "./levels.ts";
import { lineMark, pathMark, rectMark, textMark } from "./marks.ts";
import { INK } from "./palette.ts";
import { round3 } from "./round.ts";
import { layoutSpectrumAxis, spectrumPlotRange, type AxisTick } from "./spectrum-axis.ts";
import { wrapText } from "./text.ts";
import { isNarrow, WIDE_WIDTH } from "./variants.ts";
import { plural } from "./words.ts";

/** One partnership: its assessed level in its current review and its target, as orders on the spectrum. */
export interface PositionInput {
  id: string;
  label: string;
  /** Undefined when the partnership has no published review. */
  assessed?: number | undefined;
  /** Undefined when no target level is set. */
  target?: number | undefined;
  /** The row's note in words under the name, from the findings layer, such as "Two levels below target". */
  note: string;
}

/** What the chart's marks stand for, in the legend: the dot, the ring and the bar between them. */
export interface PositionLegend {
  assessed: string;
  target: string;
  distance: string;
}

/** The data of a "where partnerships sit" chart. */
export interface PositionChartInput {
  levels: readonly LevelLike[];
  partnerships: readonly PositionInput[];
  legend: PositionLegend;
  /** What the marks mean, in a sentence of the chart's description, from the findings layer. */
  marksMeaning: string;
  /** Said in the row of a partnership with no assessed level to draw, such as "No published review". */
  undrawn: string;
  title: string;
  /** The chart's summary in words and its data as a table, from the findings layer. */
  summary: readonly string[];
  table: ChartTable;
  /** The viewBox width to lay out for (default 680); below 480 the narrow layout puts each name above its row. */
  width?: number;
}

/** One partnership's row. */
export interface PositionRow {
  id: string;
  label: string;
  lines: string[];
  /** The row's note in words, such as "Two levels below target". */
  note: string;
  y: number;
  height: number;
  centre: number;
  assessed: { level: number; x: number } | undefined;
  target: { level: number; x: number } | undefined;
}

/** A laid-out "where partnerships sit" chart. */
export interface PositionChart extends Chart {
  kind: "position";
  plot: { left: number; right: number; top: number; bottom: number };
  axis: AxisTick[];
  rows: PositionRow[];
}

const NARROW_PLOT_LEFT = 16;
const LABEL_LEFT = 10;
const LABEL_WIDTH = 180;
const PLOT_LEFT = 218;
const LABEL_SIZE = 14;
const LABEL_LINE = 17;
const NOTE_SIZE = 12;
const NOTE_LINE = 15;
const MIN_ROW_HEIGHT = 46;
const DOT_RADIUS = 6;
const RING_RADIUS = 10;

/** Returns a circle path of radius r centred on 0,0. */
function circlePath(r: number): string {
  return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
}

/** Returns a dumbbell chart of every partnership's assessed level against its target level. */
export function buildPositionChart(input: PositionChartInput): PositionChart {
  const { levels } = input;
  const width = input.width ?? WIDE_WIDTH;
  const narrow = isNarrow(width);
  const { title } = input;
  const { min, max } = levelRange(levels);
  const plotLeft = narrow ? NARROW_PLOT_LEFT : PLOT_LEFT;
  const labelWidth = narrow ? width - 2 * LABEL_LEFT : LABEL_WIDTH;
  const plot = spectrumPlotRange(levels, plotLeft, width);
  const x = scaleLinear().domain([min, max]).range([plot.left, plot.right]).clamp(true);
  const axis = layoutSpectrumAxis(levels, (order) => x(order), 8, width, plot.mode);
  const top = round3(8 + axis.height + 10);
  const rows: (PositionRow & { noteLines: string[]; plotY: number })[] = [];
  let y = top;
  for (const item of input.partnerships) {
    const lines = wrapText(item.label, labelWidth, LABEL_SIZE);
    const note = item.note;
    const noteLines = wrapText(note, labelWidth, NOTE_SIZE);
    const labelHeight = lines.length * LABEL_LINE + noteLines.length * NOTE_LINE;
    // Narrow rows put the name and note above the dumbbell, which then has the chart's width.
    const height = round3(narrow ? labelHeight + 8 + 2 * RING_RADIUS + 12 : Math.max(MIN_ROW_HEIGHT, labelHeight + 14));
    rows.push({
      id: item.id,
      label: item.label,
      lines,
      note,
      noteLines,
      y: round3(y),
      height,
      centre: round3(y + height / 2),
      plotY: round3(narrow ? y + 6 + labelHeight + 4 + RING_RADIUS : y + height / 2),
      assessed: item.assessed === undefined ? undefined : { level: item.assessed, x: round3(x(item.assessed)) },
      target: item.target === undefined ? undefined : { level: item.target, x: round3(x(item.target)) },
    });
    y += height;
  }
  const bottom = round3(y);
  const marks: Mark[] = [...axis.marks];
  for (const [index, row] of rows.entries()) {
    // Every mark of a row is drawn inside the row's band, so a page can hide the row and close the gap.
    const rowMarks: Mark[] = [];
    if (index > 0) rowMarks.push(lineMark(0, row.y, width, row.y, "chart-grid", INK.grid, 1));
    // Narrow rows draw their grid under the name, not through it.
    const gridTop = narrow ? row.plotY - RING_RADIUS - 4 : row.y;
    for (const tick of axis.ticks) {
      rowMarks.push(lineMark(tick.x, gridTop, tick.x, row.y + row.height, "chart-grid", INK.grid, 1));
    }
    const block = row.lines.length * LABEL_LINE + row.noteLines.length * NOTE_LINE;
    const labelTop = narrow ? row.y + 6 : row.centre - block / 2;
    rowMarks.push(
      textMark(LABEL_LEFT, labelTop + LABEL_SIZE - 2, row.lines, { size: LABEL_SIZE, lineHeight: LABEL_LINE }),
      textMark(LABEL_LEFT, labelTop + row.lines.length * LABEL_LINE + NOTE_SIZE - 1, row.noteLines, {
        size: NOTE_SIZE,
        lineHeight: NOTE_LINE,
        className: "chart-text chart-text--muted",
        fill: INK.muted,
      }),
    );
    if (row.assessed === undefined) {
      // The note under the name already says so; a narrow row has no room beside it to say it again.
      if (!narrow) {
        rowMarks.push(
          textMark((plot.left + plot.right) / 2, row.plotY + 5, [input.undrawn], {
            anchor: "middle",
            className: "chart-text chart-text--muted",
            fill: INK.muted,
          }),
        );
      }
    } else {
      if (row.target !== undefined && row.target.x !== row.assessed.x) {
        const [from, to] = [row.target.x, row.assessed.x].sort((a, b) => a - b) as [number, number];
        rowMarks.push(rectMark(from, row.plotY - 2, to - from, 4, "chart-range", INK.range));
      }
      if (row.target !== undefined) {
        rowMarks.push(
          pathMark(circlePath(RING_RADIUS), row.target.x, row.plotY, "chart-target-ring", "none", {
            stroke: INK.text,
            strokeWidth: 2.5,
          }),
        );
      }
      rowMarks.push(
        pathMark(circlePath(DOT_RADIUS), row.assessed.x, row.plotY, "chart-assessed", INK.text, {
          stroke: INK.background,
          strokeWidth: 1.5,
        }),
      );
    }
    marks.push(...rowMarks.map((mark) => ({ ...mark, row: row.id })));
  }
  const legend = layoutLegend(
    [
      {
        label: input.legend.assessed,
        key: { kind: "path", d: circlePath(DOT_RADIUS), className: "chart-assessed", fill: INK.text },
      },
      {
        label: input.legend.target,
        key: {
          kind: "path",
          d: circlePath(RING_RADIUS - 2),
          className: "chart-target-ring",
          fill: "none",
          stroke: INK.text,
          strokeWidth: 2.5,
        },
      },
      { label: input.legend.distance, key: { kind: "bar", className: "chart-range", fill: INK.range, height: 4 } },
    ],
    LABEL_LEFT,
    bottom + 16,
    width - 2 * LABEL_LEFT,
  );
  marks.push(...legend.marks.map((mark) => ({ ...mark, below: true })));
  const lowest = levels.find((level) => level.order === min);
  const highest = levels.find((level) => level.order === max);
  return {
    kind: "position",
    width,
    height: round3(bottom + 16 + legend.height + 12),
    title,
    desc:
      `Dumbbell chart of ${plural(rows.length, "partnership")}, one row each, on the collaboration spectrum from ` +
      `${lowest?.label ?? min} (${min}) to ${highest?.label ?? max} (${max}). ${input.marksMeaning}`,
    summary: [...input.summary],
    table: input.table,
    marks,
    rowBands: rows.map((row) => ({ id: row.id, y: row.y, height: row.height })),
    plot: { left: plot.left, right: plot.right, top, bottom },
    axis: axis.ticks,
    rows: rows.map(({ noteLines: _noteLines, plotY: _plotY, ...row }) => row),
  };
}

import { scaleLinear } from "d3-scale";
import type { Chart, ChartTable, Mark } from "./geometry.ts";
import { layoutLegend } from "./legend.ts";
import { lineMark, pathMark, textMark } from "./marks.ts";
import { INK } from "./palette.ts";
import { round3 } from "./round.ts";
import { textWidth, wrapText } from "./text.ts";
import { isNarrow, WIDE_WIDTH } from "./variants.ts";
import { formatNumber, plural } from "./words.ts";

/** How an indicator's figures are written on its own scale: "48%" has the suffix "%", "£1,200" the prefix "£". */
export interface IndicatorUnit {
  prefix: string;
  suffix: string;
}

/** One indicator: its figures, drawn on a scale of its own, and its row's words from the findings layer. */
export interface IndicatorInput {
  id: string;
  label: string;
  /** The row's note in words under the name, such as "Not met; improving". */
  note: string;
  unit: IndicatorUnit;
  actual: number;
  target?: number | undefined;
  previous?: number | undefined;
}

/** What the chart's marks stand for, in the legend: the dot, the upright line and the ring. */
export interface IndicatorLegend {
  actual: string;
  target: string;
  previous: string;
}

/** The data of an indicator chart: each indicator's actual figure against its target, one scale per indicator. */
export interface IndicatorChartInput {
  indicators: readonly IndicatorInput[];
  legend: IndicatorLegend;
  /** What the marks mean, in a sentence of the chart's description, from the findings layer. */
  marksMeaning: string;
  title: string;
  /** The chart's summary in words and its data as a table, from the findings layer. */
  summary: readonly string[];
  table: ChartTable;
  /** The viewBox width to lay out for (default 680); below 480 the narrow layout puts each name above its scale. */
  width?: number;
}

/** One indicator's row: its scale's ends and ticks, and where each figure sits. */
export interface IndicatorRow {
  id: string;
  y: number;
  height: number;
  /** The scale's domain, padded around the figures and made nice. */
  domain: [number, number];
  ticks: { value: number; x: number; text: string }[];
  actual: { value: number; x: number };
  target: { value: number; x: number } | undefined;
  previous: { value: number; x: number } | undefined;
}

/** A laid-out indicator chart. */
export interface IndicatorChart extends Chart {
  kind: "indicators";
  plot: { left: number; right: number };
  rows: IndicatorRow[];
}

const LEFT = 10;
const LABEL_WIDTH = 200;
const PLOT_LEFT = 236;
const RIGHT_PAD = 24;
const LABEL_SIZE = 14;
const LABEL_LINE = 17;
const NOTE_SIZE = 12;
const NOTE_LINE = 15;
const TICK_SIZE = 12;
const DOT_RADIUS = 6;
const RING_RADIUS = 5;
const TARGET_HALF = 11;

/** Returns a circle path of radius r centred on 0,0. */
function circlePath(r: number): string {
  return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
}

/** Returns a figure written in its unit, for a tick. */
function unitText(value: number, unit: IndicatorUnit): string {
  return `${unit.prefix}${formatNumber(value)}${unit.suffix}`;
}

/** Returns the ticks whose labels have room: each kept label clears the one before it by at least 8 units. */
function spacedTicks<T extends { x: number; text: string }>(ticks: readonly T[]): T[] {
  const kept: T[] = [];
  for (const tick of ticks) {
    const last = kept.at(-1);
    const room = (textWidth(tick.text, TICK_SIZE) + (last === undefined ? 0 : textWidth(last.text, TICK_SIZE))) / 2 + 8;
    if (last === undefined || tick.x - last.x >= room) kept.push(tick);
  }
  return kept;
}

/**
 * Returns a scale's domain for one indicator: its figures padded by a fifth of their range (or by a tenth of the
 * figure when they are all equal), made nice, and never below zero when every figure is zero or more.
 */
export function indicatorDomain(values: readonly number[]): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high > low ? (high - low) / 5 : Math.abs(high) / 10 || 1;
  const from = low >= 0 ? Math.max(0, low - pad) : low - pad;
  const [niceLow, niceHigh] = scaleLinear()
    .domain([from, high + pad])
    .nice(4)
    .domain() as [number, number];
  return [round3(niceLow), round3(niceHigh)];
}

/**
 * Returns a chart of each indicator's actual figure against its target and its previous figure, each on a scale
 * of its own (a percentage and a number of weeks never share an axis).
 */
export function buildIndicatorChart(input: IndicatorChartInput): IndicatorChart {
  const width = input.width ?? WIDE_WIDTH;
  const narrow = isNarrow(width);
  const plotLeft = narrow ? LEFT + 8 : PLOT_LEFT;
  const plotRight = width - RIGHT_PAD;
  const labelWidth = narrow ? width - 2 * LEFT : LABEL_WIDTH;
  const marks: Mark[] = [];
  const rows: IndicatorRow[] = [];
  let y = 8;
  for (const [index, item] of input.indicators.entries()) {
    const lines = wrapText(item.label, labelWidth, LABEL_SIZE, true);
    const noteLines = wrapText(item.note, labelWidth, NOTE_SIZE);
    const labelHeight = lines.length * LABEL_LINE + noteLines.length * NOTE_LINE;
    // The scale: the figures' line, then its tick labels below it.
    const scaleHeight = 2 * TARGET_HALF + TICK_SIZE + 8;
    const height = round3(narrow ? labelHeight + 10 + scaleHeight + 10 : Math.max(labelHeight, scaleHeight) + 22);
    const lineY = narrow ? y + labelHeight + 10 + TARGET_HALF : y + 11 + TARGET_HALF;
    const figures = [item.actual, ...(item.target === undefined ? [] : [item.target])];
    const domain = indicatorDomain([...figures, ...(item.previous === undefined ? [] : [item.previous])]);
    const x = scaleLinear().domain(domain).range([plotLeft, plotRight]);
    const ticks = spacedTicks(
      x.ticks(narrow ? 3 : 4).map((value) => ({ value, x: round3(x(value)), text: unitText(value, item.unit) })),
    );
    const at = (value: number | undefined) => (value === undefined ? undefined : { value, x: round3(x(value)) });
    const row: IndicatorRow = {
      id: item.id,
      y: round3(y),
      height,
      domain,
      ticks,
      actual: { value: item.actual, x: round3(x(item.actual)) },
      target: at(item.target),
      previous: at(item.previous),
    };
    rows.push(row);
    const rowMarks: Mark[] = [];
    if (index > 0) rowMarks.push(lineMark(0, y, width, y, "chart-grid", INK.grid, 1));
    rowMarks.push(
      textMark(LEFT, y + 6 + LABEL_SIZE - 2, lines, { size: LABEL_SIZE, lineHeight: LABEL_LINE, bold: true }),
      textMark(LEFT, y + 6 + lines.length * LABEL_LINE + NOTE_SIZE - 1, noteLines, {
        size: NOTE_SIZE,
        lineHeight: NOTE_LINE,
        className: "chart-text chart-text--muted",
        fill: INK.muted,
      }),
      lineMark(plotLeft, lineY, plotRight, lineY, "chart-axis", INK.grid, 1),
    );
    for (const tick of ticks) {
      // A label centred on a tick near either edge would run outside the chart: it lines up with the edge instead.
      const half = textWidth(tick.text, TICK_SIZE) / 2;
      const anchor = tick.x + half > width - 2 ? "end" : tick.x - half < 2 ? "start" : "middle";
      const labelX = anchor === "end" ? width - 2 : anchor === "start" ? 2 : tick.x;
      rowMarks.push(
        lineMark(tick.x, lineY - 3, tick.x, lineY + 3, "chart-axis", INK.grid, 1),
        textMark(labelX, lineY + TARGET_HALF + TICK_SIZE + 2, [tick.text], {
          size: TICK_SIZE,
          anchor,
          className: "chart-text chart-text--muted",
          fill: INK.muted,
        }),
      );
    }
    if (row.previous !== undefined) {
      // A thin line from the period before to now shows the way it moved.
      rowMarks.push(
        lineMark(row.previous.x, lineY, row.actual.x, lineY, "chart-axis", INK.range, 2),
        pathMark(circlePath(RING_RADIUS), row.previous.x, lineY, "chart-previous", INK.background, {
          stroke: INK.text,
          strokeWidth: 1.5,
        }),
      );
    }
    if (row.target !== undefined) {
      rowMarks.push(
        lineMark(row.target.x, lineY - TARGET_HALF, row.target.x, lineY + TARGET_HALF, "chart-target", INK.text, 3),
      );
    }
    rowMarks.push(
      pathMark(circlePath(DOT_RADIUS), row.actual.x, lineY, "chart-assessed", INK.text, {
        stroke: INK.background,
        strokeWidth: 1.5,
      }),
    );
    marks.push(...rowMarks.map((mark) => ({ ...mark, row: row.id })));
    y += height;
  }
  const bottom = y;
  const legend = layoutLegend(
    [
      {
        label: input.legend.actual,
        key: { kind: "path", d: circlePath(DOT_RADIUS), className: "chart-assessed", fill: INK.text },
      },
      {
        label: input.legend.target,
        key: { kind: "vertical-line", className: "chart-target", stroke: INK.text, strokeWidth: 3 },
      },
      {
        label: input.legend.previous,
        key: {
          kind: "path",
          d: circlePath(RING_RADIUS),
          className: "chart-previous",
          fill: INK.background,
          stroke: INK.text,
          strokeWidth: 1.5,
        },
      },
    ],
    LEFT,
    bottom + 14,
    width - 2 * LEFT,
  );
  marks.push(...legend.marks.map((mark) => ({ ...mark, below: true })));
  return {
    kind: "indicators",
    width,
    height: round3(bottom + 14 + legend.height + 12),
    title: input.title,
    desc: `Chart of ${plural(rows.length, "indicator")}, one row each, each on a scale of its own. ${input.marksMeaning}`,
    summary: [...input.summary],
    table: input.table,
    marks,
    rowBands: rows.map((row) => ({ id: row.id, y: row.y, height: row.height })),
    plot: { left: round3(plotLeft), right: round3(plotRight) },
    rows,
  };
}

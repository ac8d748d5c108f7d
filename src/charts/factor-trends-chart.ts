import { extent } from "d3-array";
import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { utcDate } from "./dates.ts";
import type { Chart, ChartTable, Mark } from "./geometry.ts";
import { layoutLegend } from "./legend.ts";
import { levelLabel, levelRange, type LevelLike } from "./levels.ts";
import { lineMark, pathMark, textMark } from "./marks.ts";
import { INK } from "./palette.ts";
import { round3 } from "./round.ts";
import type { Labelled } from "./spectrum-chart.ts";
import { wrapList, wrapText } from "./text.ts";
import { levelItems } from "./spectrum-axis.ts";
import { WIDE_WIDTH } from "./variants.ts";
import { plural } from "./words.ts";

/** One published review's consensus per factor, from its factor findings. */
export interface TrendReviewInput {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  readings: readonly { factor: string; consensus: number | undefined }[];
}

/** The data of the per-factor small multiples. */
export interface FactorTrendsInput {
  levels: readonly LevelLike[];
  factors: readonly Labelled[];
  /** Published reviews, in any order. */
  reviews: readonly TrendReviewInput[];
  target?: number | undefined;
  title: string;
  /** The chart's summary in words and its data as a table, from the findings layer. */
  summary: readonly string[];
  table: ChartTable;
  /** The viewBox width to lay out for (default 680): as many columns of panels as fit, up to three. */
  width?: number;
}

/** One point of a factor's line. */
export interface TrendPoint {
  review: string;
  date: string;
  level: number;
  x: number;
  y: number;
}

/** One factor's small panel. */
export interface TrendPanel {
  factor: string;
  label: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: TrendPoint[];
  /** The consensus line; separate pieces where a review has no consensus. */
  path: string;
}

/** Laid-out small multiples of consensus over time. */
export interface FactorTrendsChart extends Chart {
  kind: "factor-trends";
  columns: number;
  panels: TrendPanel[];
}

const MARGIN = 10;
/** Panels are at least this wide: as many columns as fit, up to three. */
const MIN_PANEL_WIDTH = 118;
const GUTTER = 24;
const TITLE_SIZE = 13;
const TITLE_LINE = 16;
const SMALL_SIZE = 12;
const POINT_RADIUS = 3.5;
const AXIS_WIDTH = 22;

/** Returns a circle path of radius r centred on 0,0. */
function circlePath(r: number): string {
  return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
}

/** Returns the reviews oldest first. */
function inOrder(reviews: readonly TrendReviewInput[]): TrendReviewInput[] {
  return [...reviews].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Returns a factor's consensus in a review, if it has one. */
function consensusOf(review: TrendReviewInput, factor: string): number | undefined {
  return review.readings.find((reading) => reading.factor === factor)?.consensus;
}

/** Returns small multiples, one panel per factor, of the consensus level at each published review over time. */
export function buildFactorTrendsChart(input: FactorTrendsInput): FactorTrendsChart {
  const { levels, factors } = input;
  const width = input.width ?? WIDE_WIDTH;
  const { title } = input;
  const { min, max } = levelRange(levels);
  const reviews = inOrder(input.reviews);
  const fit = Math.floor((width - 2 * MARGIN + GUTTER) / (MIN_PANEL_WIDTH + GUTTER));
  const columns = Math.min(3, fit, Math.max(1, factors.length));
  const panelWidth = (width - 2 * MARGIN - (columns - 1) * GUTTER) / columns;
  const levelStep = Math.max(10, Math.min(18, 90 / Math.max(1, max - min)));
  const plotHeight = (max - min) * levelStep;
  const dates = reviews.map((review) => utcDate(review.date));
  const dateRange = extent(dates) as [Date, Date];
  const titles = factors.map((factor) => wrapText(factor.label, panelWidth, TITLE_SIZE, true));

  const panels: TrendPanel[] = [];
  const marks: Mark[] = [];
  let rowTop = 8;
  for (let start = 0; start < factors.length; start += columns) {
    const rowFactors = factors.slice(start, start + columns);
    const titleLines = Math.max(...titles.slice(start, start + columns).map((lines) => lines.length));
    const plotTop = rowTop + titleLines * TITLE_LINE + 10;
    const plotBottom = plotTop + plotHeight;
    rowFactors.forEach((factor, offset) => {
      const panelX = MARGIN + offset * (panelWidth + GUTTER);
      const left = panelX + AXIS_WIDTH;
      const right = panelX + panelWidth - 6;
      const y = scaleLinear().domain([min, max]).range([plotBottom, plotTop]);
      // A single review's date has an empty domain, which d3 maps to the middle of the panel.
      const x = scaleUtc()
        .domain(dateRange)
        .range([left + 8, right - 8]);
      const points: TrendPoint[] = [];
      const sequence = reviews.map((review, index) => {
        const value = consensusOf(review, factor.id);
        if (value === undefined) return undefined;
        const point = {
          review: review.id,
          date: review.date,
          level: value,
          x: round3(x(dates[index] as Date)),
          y: round3(y(value)),
        };
        points.push(point);
        return point;
      });
      const path =
        line<TrendPoint | undefined>()
          .defined((point) => point !== undefined)
          .x((point) => point?.x ?? 0)
          .y((point) => point?.y ?? 0)
          .digits(3)(sequence) ?? "";
      const lines = titles[start + offset] as string[];
      panels.push({
        factor: factor.id,
        label: factor.label,
        lines,
        x: round3(panelX),
        y: round3(rowTop),
        width: round3(panelWidth),
        plot: { left: round3(left), right: round3(right), top: round3(plotTop), bottom: round3(plotBottom) },
        points,
        path,
      });
      marks.push(
        textMark(panelX, rowTop + TITLE_SIZE - 1, lines, { size: TITLE_SIZE, lineHeight: TITLE_LINE, bold: true }),
      );
      for (let order = min; order <= max; order += 1) {
        const levelY = y(order);
        marks.push(lineMark(left, levelY, right, levelY, "chart-grid", INK.grid, 1));
        if (order === min || order === max || levelStep >= 14) {
          marks.push(
            textMark(left - 5, levelY + 4, [String(order)], {
              size: SMALL_SIZE,
              anchor: "end",
              className: "chart-text chart-text--muted",
              fill: INK.muted,
            }),
          );
        }
      }
      if (input.target !== undefined) {
        const targetY = y(input.target);
        marks.push(lineMark(left, targetY, right, targetY, "chart-target", INK.text, 1.5, "5 3"));
      }
      if (points.length > 1) {
        marks.push(pathMark(path, 0, 0, "chart-line", "none", { stroke: INK.text, strokeWidth: 2 }));
      }
      for (const point of points) {
        marks.push(
          pathMark(circlePath(POINT_RADIUS), point.x, point.y, "chart-assessed", INK.text, {
            stroke: INK.background,
            strokeWidth: 1,
          }),
        );
      }
      if (points.length === 0) {
        marks.push(
          textMark((left + right) / 2, (plotTop + plotBottom) / 2 + 4, ["No published view"], {
            size: SMALL_SIZE,
            anchor: "middle",
            className: "chart-text chart-text--muted",
            fill: INK.muted,
          }),
        );
      }
      const firstReview = reviews[0];
      const lastReview = reviews.at(-1);
      if (firstReview !== undefined && lastReview !== undefined) {
        const firstYear = firstReview.date.slice(0, 4);
        const lastYear = lastReview.date.slice(0, 4);
        if (firstYear === lastYear) {
          marks.push(
            textMark((left + right) / 2, plotBottom + 17, [firstYear], {
              size: SMALL_SIZE,
              anchor: "middle",
              className: "chart-text chart-text--muted",
              fill: INK.muted,
            }),
          );
        } else {
          for (const [text, anchor, at] of [
            [firstYear, "start", left],
            [lastYear, "end", right],
          ] as const) {
            marks.push(
              textMark(at, plotBottom + 17, [text], {
                size: SMALL_SIZE,
                anchor,
                className: "chart-text chart-text--muted",
                fill: INK.muted,
              }),
            );
          }
        }
      }
    });
    rowTop = plotBottom + 17 + 22;
  }
  const sorted = [...levels].sort((a, b) => a.order - b.order);
  const key = wrapList(levelItems(sorted), width - 2 * MARGIN, SMALL_SIZE);
  marks.push(textMark(MARGIN, rowTop + SMALL_SIZE, key, { size: SMALL_SIZE, lineHeight: 15 }));
  const legendTop = rowTop + key.length * 15 + 12;
  const targetLabel = input.target === undefined ? undefined : levelLabel(levels, input.target);
  const legend = layoutLegend(
    [
      {
        label: "Consensus (median) at a published review",
        key: { kind: "path", d: circlePath(POINT_RADIUS + 1), className: "chart-assessed", fill: INK.text },
      },
      ...(targetLabel === undefined
        ? []
        : [
            {
              label: `Target level (${targetLabel})`,
              key: {
                kind: "horizontal-line" as const,
                className: "chart-target",
                stroke: INK.text,
                strokeWidth: 1.5,
                dash: "5 3",
              },
            },
          ]),
    ],
    MARGIN,
    legendTop,
    width - 2 * MARGIN,
  );
  marks.push(...legend.marks);
  return {
    kind: "factor-trends",
    width: width,
    height: round3(legendTop + legend.height + 12),
    title,
    desc:
      `Small multiples: one panel for each of ${plural(factors.length, "factor")}, each a line of the consensus level ` +
      `at ${plural(reviews.length, "published review")}, with time across and the spectrum up from ` +
      `${min} (${sorted[0]?.label ?? min}) to ${max} (${sorted.at(-1)?.label ?? max}).` +
      (targetLabel === undefined ? "" : ` A dashed line marks the target level, ${targetLabel}.`),
    summary: [...input.summary],
    table: input.table,
    marks,
    columns,
    panels,
  };
}

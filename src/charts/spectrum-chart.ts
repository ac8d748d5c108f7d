import { scaleLinear } from "d3-scale";
import type { Chart, ChartTable, Mark } from "./geometry.ts";
import { layoutLegend, type LegendItem } from "./legend.ts";
import { levelLabel, levelRange, type LevelLike } from "./levels.ts";
import { lineMark, pathMark, rectMark, textMark } from "./marks.ts";
import { groupMarker, INK, type SymbolName } from "./palette.ts";
import { round3 } from "./round.ts";
import { layoutSpectrumAxis, spectrumPlotRange, type AxisTick } from "./spectrum-axis.ts";
import { textWidth, wrapText } from "./text.ts";
import { isNarrow, WIDE_WIDTH } from "./variants.ts";
import { plural } from "./words.ts";

/** Something with an id and a label readers see: a framework factor or stakeholder group fits. */
export interface Labelled {
  id: string;
  label: string;
}

/** One group's published view of one factor. */
export interface SpectrumRatingInput {
  group: string;
  level: number;
}

/** One factor's row: its published views, consensus and the findings' notes, worked out by the findings layer. */
export interface SpectrumReadingInput {
  factor: string;
  /** Published ratings only: suppressed ones are never passed in. */
  ratings: readonly SpectrumRatingInput[];
  consensus: number | undefined;
  /** Drawn with a solid consensus tick; a dashed one otherwise. */
  triangulated: boolean;
  /** Shaded, with its label in bold: the finding the caller names in `shadedMeaning`. */
  shaded: boolean;
  /** The findings in words under the factor's label, such as "Perception gap". */
  notes: readonly string[];
}

/** The data of a review spectrum chart. */
export interface SpectrumChartInput {
  /** The framework's spectrum, low to high. */
  levels: readonly LevelLike[];
  /** The framework's factors, for their labels. */
  factors: readonly Labelled[];
  /** The framework's stakeholder groups, in framework order: a group's place sets its marker. */
  groups: readonly Labelled[];
  /** One reading per row, in the order to draw them. */
  readings: readonly SpectrumReadingInput[];
  /** The order of the partnership's target level, when it has one. */
  target?: number | undefined;
  /** What a shaded row means, for the chart's description, such as "a perception gap". */
  shadedMeaning: string;
  /** What the chart does not draw, as the description's last sentence, such as "Withheld views are not drawn.". */
  notDrawn: string;
  title: string;
  /** The chart's summary in words and its data as a table, from the findings layer. */
  summary: readonly string[];
  table: ChartTable;
  /** The viewBox width to lay out for (default 680); below 480 the narrow layout puts each label above its row. */
  width?: number;
}

/** One group's marker in a row. */
export interface SpectrumMarker {
  group: string;
  groupLabel: string;
  level: number;
  x: number;
  y: number;
  symbol: SymbolName;
  /** The lane the marker was dodged into: 0 is the top one; markers in one lane never touch. */
  lane: number;
}

/** One factor's row. */
export interface SpectrumRow {
  factor: string;
  label: string;
  /** The label as wrapped, and the notes in words beneath it (the findings' notes). */
  lines: string[];
  notes: string[];
  y: number;
  height: number;
  centre: number;
  markers: SpectrumMarker[];
  /** The y of the lane under the markers that holds the range bar and the consensus tick. */
  summaryY: number;
  /** The range of views, when two or more groups' views differ. */
  range: { x1: number; x2: number } | undefined;
  consensus: { level: number; x: number } | undefined;
  shaded: boolean;
  triangulated: boolean;
}

/** A laid-out review spectrum chart. */
export interface SpectrumChart extends Chart {
  kind: "spectrum";
  plot: { left: number; right: number; top: number; bottom: number };
  axis: AxisTick[];
  rows: SpectrumRow[];
  target: { level: number; label: string; x: number } | undefined;
}

const LABEL_LEFT = 10;
const LABEL_WIDTH = 160;
const PLOT_LEFT = 198;
/** In the narrow layout the plot spans the chart under each label; the first level's number needs this much room. */
const NARROW_PLOT_LEFT = 16;
const LABEL_SIZE = 14;
const LABEL_LINE = 17;
const NOTE_SIZE = 12;
const NOTE_LINE = 15;
const MIN_ROW_HEIGHT = 48;
/** Markers are about 12 units across: in one lane their centres stay at least this far apart. */
const MARKER_GAP = 16;
/** The height of a lane of markers, and of the lane beneath them for the range bar and consensus tick. */
const LANE = 16;
const SUMMARY_LANE = 16;
const ROW_PADDING = 8;

/**
 * Returns the lane of each marker, dodging them so that none overlaps another: markers are placed
 * left to right (ties in the order given) in the first lane where they clear the lane's last marker.
 */
export function dodgeLanes(xs: readonly number[], gap = MARKER_GAP): { lanes: number[]; count: number } {
  const order = xs.map((x, index) => ({ x, index })).sort((a, b) => a.x - b.x || a.index - b.index);
  const ends: number[] = [];
  const lanes = xs.map(() => 0);
  for (const item of order) {
    let lane = ends.findIndex((end) => item.x - end >= gap);
    if (lane === -1) {
      lane = ends.length;
      ends.push(item.x);
    } else ends[lane] = item.x;
    lanes[item.index] = lane;
  }
  return { lanes, count: Math.max(1, ends.length) };
}

/** Returns a review spectrum chart: one row per factor, each group's level as a marker on the framework's spectrum. */
export function buildSpectrumChart(input: SpectrumChartInput): SpectrumChart {
  const { levels } = input;
  const width = input.width ?? WIDE_WIDTH;
  const narrow = isNarrow(width);
  const { title } = input;
  const { min, max } = levelRange(levels);
  const plotLeft = narrow ? NARROW_PLOT_LEFT : PLOT_LEFT;
  const labelWidth = narrow ? width - 2 * LABEL_LEFT : LABEL_WIDTH;
  const plot = spectrumPlotRange(levels, plotLeft, width);
  const x = scaleLinear().domain([min, max]).range([plot.left, plot.right]).clamp(true);
  const factorLabel = (id: string) => input.factors.find((factor) => factor.id === id)?.label ?? id;
  const groupIndex = (id: string) => {
    const index = input.groups.findIndex((group) => group.id === id);
    return index === -1 ? input.groups.length : index;
  };
  const groupLabel = (id: string) => input.groups.find((group) => group.id === id)?.label ?? id;

  const axis = layoutSpectrumAxis(levels, (order) => x(order), 8, width, plot.mode);
  const top = round3(8 + axis.height + 10);
  const marks: Mark[] = [];
  const rows: SpectrumRow[] = [];
  // Where each row's plot starts: narrow rows draw their grid from here, clear of the label above.
  const plotTops: number[] = [];
  let y = top;
  for (const reading of input.readings) {
    const label = factorLabel(reading.factor);
    const lines = wrapText(label, labelWidth, LABEL_SIZE, reading.shaded);
    const notes = reading.notes.flatMap((note) => wrapText(note, labelWidth, NOTE_SIZE));
    const xs = reading.ratings.map((rating) => x(rating.level));
    const dodged = dodgeLanes(xs);
    const labelHeight = lines.length * LABEL_LINE + notes.length * NOTE_LINE;
    const plotHeight = dodged.count * LANE + SUMMARY_LANE;
    // Wide rows put the label beside the markers; narrow rows put it above them.
    const height = round3(
      narrow
        ? ROW_PADDING + labelHeight + 4 + plotHeight + ROW_PADDING
        : Math.max(MIN_ROW_HEIGHT, labelHeight + 2 * ROW_PADDING, plotHeight + 2 * ROW_PADDING),
    );
    const plotTop = narrow ? y + ROW_PADDING + labelHeight + 4 : y + (height - plotHeight) / 2;
    const centre = round3(plotTop + plotHeight / 2);
    plotTops.push(narrow ? plotTop - 4 : y);
    const levelsGiven = reading.ratings.map((rating) => rating.level);
    const spreadLow = Math.min(...levelsGiven);
    const spreadHigh = Math.max(...levelsGiven);
    rows.push({
      factor: reading.factor,
      label,
      lines,
      notes,
      y: round3(y),
      height,
      centre,
      markers: reading.ratings.map((rating, index) => ({
        group: rating.group,
        groupLabel: groupLabel(rating.group),
        level: rating.level,
        x: round3(xs[index] as number),
        y: round3(plotTop + LANE / 2 + (dodged.lanes[index] as number) * LANE),
        symbol: groupMarker(groupIndex(rating.group)).symbol,
        lane: dodged.lanes[index] as number,
      })),
      summaryY: round3(plotTop + dodged.count * LANE + SUMMARY_LANE / 2),
      range:
        levelsGiven.length >= 2 && spreadHigh > spreadLow
          ? { x1: round3(x(spreadLow)), x2: round3(x(spreadHigh)) }
          : undefined,
      consensus:
        reading.consensus === undefined ? undefined : { level: reading.consensus, x: round3(x(reading.consensus)) },
      shaded: reading.shaded,
      triangulated: reading.triangulated,
    });
    y += height;
  }
  const bottom = round3(y);
  const targetLevel = input.target;
  const target =
    targetLevel === undefined
      ? undefined
      : { level: targetLevel, label: levelLabel(levels, targetLevel), x: round3(x(targetLevel)) };

  // Paint order: row shading, grid, target, then each row's range, consensus and markers on top.
  for (const row of rows) {
    if (row.shaded) {
      marks.push(rectMark(0, row.y, width, row.height, "chart-band", INK.band));
      marks.push(rectMark(0, row.y, 5, row.height, "chart-gap-bar", INK.text));
    }
  }
  if (narrow) {
    rows.forEach((row, index) => {
      const from = plotTops[index] ?? row.y;
      for (const tick of axis.ticks) {
        marks.push(lineMark(tick.x, from, tick.x, row.y + row.height, "chart-grid", INK.grid, 1));
      }
    });
  } else {
    for (const tick of axis.ticks) marks.push(lineMark(tick.x, top, tick.x, bottom, "chart-grid", INK.grid, 1));
  }
  rows.forEach((row, index) => {
    if (index > 0) marks.push(lineMark(0, row.y, width, row.y, "chart-grid", INK.grid, 1));
  });
  marks.push(...axis.marks);
  if (target !== undefined && !narrow) {
    marks.push(lineMark(target.x, top - 4, target.x, bottom + 6, "chart-target", INK.text, 2, "6 4"));
  }
  if (target !== undefined && narrow) {
    rows.forEach((row, index) => {
      const from = plotTops[index] ?? row.y;
      marks.push(lineMark(target.x, from, target.x, row.y + row.height - 2, "chart-target", INK.text, 2, "6 4"));
    });
  }
  for (const row of rows) {
    const labelBlock = row.lines.length * LABEL_LINE + row.notes.length * NOTE_LINE;
    const labelTop = narrow ? row.y + ROW_PADDING : row.y + (row.height - labelBlock) / 2;
    marks.push(
      textMark(LABEL_LEFT, labelTop + LABEL_SIZE - 2, row.lines, {
        size: LABEL_SIZE,
        lineHeight: LABEL_LINE,
        bold: row.shaded,
      }),
    );
    if (row.notes.length > 0) {
      marks.push(
        textMark(LABEL_LEFT, labelTop + row.lines.length * LABEL_LINE + NOTE_SIZE - 1, row.notes, {
          size: NOTE_SIZE,
          lineHeight: NOTE_LINE,
          className: "chart-text chart-text--muted",
          fill: INK.muted,
          bold: row.shaded,
        }),
      );
    }
    if (row.markers.length === 0) {
      marks.push(
        textMark((plot.left + plot.right) / 2, row.centre + 5, ["No published view"], {
          anchor: "middle",
          className: "chart-text chart-text--muted",
          fill: INK.muted,
        }),
      );
      continue;
    }
    // The range bar and the consensus tick share a lane under the markers, so neither covers a marker.
    if (row.range !== undefined) {
      marks.push(rectMark(row.range.x1, row.summaryY - 2, row.range.x2 - row.range.x1, 4, "chart-range", INK.range));
    }
    if (row.consensus !== undefined) {
      marks.push(
        lineMark(
          row.consensus.x,
          row.summaryY - 7,
          row.consensus.x,
          row.summaryY + 7,
          "chart-consensus",
          INK.text,
          3,
          row.triangulated ? undefined : "3 2",
        ),
      );
    }
    for (const marker of row.markers) {
      const style = groupMarker(groupIndex(marker.group));
      marks.push(
        pathMark(style.path, marker.x, marker.y, style.className, style.fill, {
          stroke: style.stroke,
          strokeWidth: style.strokeWidth,
        }),
      );
    }
  }

  let cursor = bottom + 8;
  // Narrow, the legend alone names the target: under the plot its name could run off the chart.
  if (target !== undefined && !narrow) {
    const text = `Target: ${target.label}`;
    const half = textWidth(text, 13, true) / 2;
    const anchor = target.x + half > width - 4 ? "end" : target.x - half < 4 ? "start" : "middle";
    marks.push(textMark(target.x, cursor + 12, [text], { anchor, bold: true }));
    cursor += 20;
  }
  const shownGroups = input.groups.filter((group) =>
    input.readings.some((reading) => reading.ratings.some((rating) => rating.group === group.id)),
  );
  const legendItems: LegendItem[] = [
    ...shownGroups.map((group) => ({
      label: group.label,
      key: { kind: "marker" as const, marker: groupMarker(groupIndex(group.id)) },
    })),
    ...(rows.some((row) => row.consensus !== undefined)
      ? [
          {
            label: "Consensus (median)",
            key: { kind: "vertical-line" as const, className: "chart-consensus", stroke: INK.text, strokeWidth: 3 },
          },
        ]
      : []),
    ...(rows.some((row) => row.range !== undefined)
      ? [
          {
            label: "Range of views",
            key: { kind: "bar" as const, className: "chart-range", fill: INK.range, height: 4 },
          },
        ]
      : []),
    ...(target === undefined
      ? []
      : [
          {
            label: `Target level (${target.label})`,
            key: {
              kind: "vertical-line" as const,
              className: "chart-target",
              stroke: INK.text,
              strokeWidth: 2,
              dash: "4 3",
            },
          },
        ]),
  ];
  const legend = layoutLegend(legendItems, LABEL_LEFT, cursor + 10, width - 2 * LABEL_LEFT);
  marks.push(...legend.marks);
  const height = round3(cursor + 10 + legend.height + 12);

  const lowest = levels.find((level) => level.order === min);
  const highest = levels.find((level) => level.order === max);
  const desc =
    `Dot plot of ${plural(rows.length, "factor")}, one row each, on the collaboration spectrum from ` +
    `${lowest?.label ?? min} (${min}) to ${highest?.label ?? max} (${max}). Each stakeholder group's level is a ` +
    "marker with its own shape and colour, moved down into a lane of its own where it would cover another; under the markers a grey bar shows the range of views and a short vertical line the consensus (median)." +
    (target === undefined ? "" : ` A dashed line marks the target level, ${target.label}.`) +
    (rows.some((row) => row.shaded) ? ` Rows with ${input.shadedMeaning} are shaded and labelled in words.` : "") +
    ` ${input.notDrawn}`;

  return {
    kind: "spectrum",
    width: width,
    height,
    title,
    desc,
    summary: [...input.summary],
    table: input.table,
    marks,
    plot: { left: plot.left, right: plot.right, top, bottom },
    axis: axis.ticks,
    rows,
    target,
  };
}

import type { Chart, ChartTable, Mark, RowBand } from "./geometry.ts";
import { layoutLegend, type LegendItem } from "./legend.ts";
import { formatLevelNumber, levelRange, nearestLevel, type LevelLike } from "./levels.ts";
import { pathMark, rectMark, textMark } from "./marks.ts";
import { HEAT_STEPS, heatStep, INK, symbolPath, type HeatStep } from "./palette.ts";
import { round3 } from "./round.ts";
import type { Labelled } from "./spectrum-chart.ts";
import { linesWidth, textWidth, wordsFit, wrapText } from "./text.ts";
import { isNarrow, WIDE_WIDTH } from "./variants.ts";
import { numberWord, plural } from "./words.ts";

/** One factor's consensus in a partnership's current review, worked out by the findings layer. */
export interface HeatmapReadingInput {
  factor: string;
  consensus: number | undefined;
  /** Outlined and marked with a triangle: the finding the caller names in `marked`. */
  marked: boolean;
}

/** One partnership's row: the readings of its current review, or undefined when it has no published review. */
export interface HeatmapRowInput {
  id: string;
  label: string;
  readings: readonly HeatmapReadingInput[] | undefined;
}

/** The data of a comparison heatmap. */
export interface HeatmapChartInput {
  levels: readonly LevelLike[];
  /** The columns, in order. */
  factors: readonly Labelled[];
  partnerships: readonly HeatmapRowInput[];
  /** What a marked cell means: its legend label, such as "Perception gap", and in a sentence, "a perception gap". */
  marked: { label: string; meaning: string };
  title: string;
  /** The chart's summary in words and its data as a table, from the findings layer. */
  summary: readonly string[];
  table: ChartTable;
  /** The viewBox width to lay out for (default 680); below 480 the narrow layout puts each name above its cells. */
  width?: number;
}

/** One cell: a partnership's consensus on a factor. */
export interface HeatmapCell {
  factor: string;
  x: number;
  y: number;
  width: number;
  height: number;
  consensus: number | undefined;
  /** The position on the six-step scale, or undefined for no published view. */
  step: number | undefined;
  marked: boolean;
  /** What the cell says: the level number, and its name when there is room. */
  lines: string[];
}

/** One partnership's row. */
export interface HeatmapRow {
  id: string;
  label: string;
  lines: string[];
  y: number;
  height: number;
  cells: HeatmapCell[];
}

/** A laid-out comparison heatmap. */
export interface HeatmapChart extends Chart {
  kind: "heatmap";
  columns: { factor: string; label: string; x: number; width: number; lines: string[]; rotated: boolean }[];
  rows: HeatmapRow[];
}

const LABEL_LEFT = 10;
const LABEL_WIDTH = 146;
const GRID_LEFT = 166;
const GRID_RIGHT_MARGIN = 8;
const LABEL_SIZE = 14;
const LABEL_LINE = 17;
const HEAD_SIZE = 13;
const HEAD_LINE = 15;
const NAME_SIZE = 12;
const NAME_LINE = 14;

/** The small triangle that marks a marked cell, centred on 0,0. */
const GAP_SYMBOL = symbolPath("triangle", 0.7);

/** Returns a header wrapped to run up a narrow column: as many lines as fit across it, each as long as needed. */
function uprightHeader(label: string, columnWidth: number): string[] {
  const allowed = Math.max(1, Math.floor((columnWidth - 4) / HEAD_LINE));
  let width = 140;
  let lines = wrapText(label, width, HEAD_SIZE);
  while (lines.length > allowed) {
    width += 20;
    lines = wrapText(label, width, HEAD_SIZE);
  }
  return lines;
}

/** Narrow, a column is at least this wide; a framework with more factors than fit is drawn in blocks of columns. */
const MIN_NARROW_COLUMN = 32;

/** Returns the mark moved down by dy. */
function shiftMark(mark: Mark, dy: number): Mark {
  switch (mark.type) {
    case "line":
      return { ...mark, y1: round3(mark.y1 + dy), y2: round3(mark.y2 + dy) };
    default:
      return { ...mark, y: round3(mark.y + dy) };
  }
}

/**
 * Returns a heatmap of partnerships (rows) by factors (columns), each cell the consensus level of
 * the current review. Narrow, with more factors than fit across, the factors are split into blocks
 * drawn one under another, each with its own headers and every partnership's row.
 */
export function buildHeatmapChart(input: HeatmapChartInput): HeatmapChart {
  const width = input.width ?? WIDE_WIDTH;
  const perBlock = Math.max(1, Math.floor((width - 2 * LABEL_LEFT) / MIN_NARROW_COLUMN));
  if (!isNarrow(width) || input.factors.length <= perBlock) return buildHeatmapBlock(input);
  const blockCount = Math.ceil(input.factors.length / perBlock);
  const size = Math.ceil(input.factors.length / blockCount);
  const blocks = Array.from({ length: blockCount }, (_, index) =>
    buildHeatmapBlock({ ...input, factors: input.factors.slice(index * size, (index + 1) * size) }),
  );
  const marks: Mark[] = [];
  const rowBands: RowBand[] = [];
  const offsets: number[] = [];
  let offset = 0;
  blocks.forEach((block, index) => {
    offsets.push(offset);
    const last = index === blocks.length - 1;
    // Only the last block keeps its legend; each block below the first starts where the one above ends.
    marks.push(
      ...block.marks
        .filter((mark) => last || mark.below !== true)
        .map((mark) => shiftMark(mark, offset))
        // A later block's headers move up with it when a page hides rows above.
        .map((mark) =>
          index > 0 && mark.row === undefined && mark.below !== true ? { ...mark, follows: offset } : mark,
        ),
    );
    rowBands.push(...(block.rowBands ?? []).map((band) => ({ ...band, y: round3(band.y + offset) })));
    const rowsEnd = Math.max(...block.rows.map((row) => row.y + row.height));
    offset += last ? block.height : rowsEnd + 16;
  });
  const first = blocks[0] as HeatmapChart;
  const whole = buildHeatmapBlock({ ...input, factors: input.factors.slice(0, 1) });
  return {
    ...first,
    height: round3(offset),
    desc: whole.desc.replace(
      /by \d+ factors? \(columns\)/,
      `by ${plural(input.factors.length, "factor")} (columns), in ${numberWord(blockCount)} blocks of columns one under another`,
    ),
    summary: [...input.summary],
    table: input.table,
    marks,
    rowBands,
    columns: blocks.flatMap((block) => block.columns),
    rows: first.rows.map((row, index) => ({
      ...row,
      cells: blocks.flatMap((block, number) =>
        (block.rows[index]?.cells ?? []).map((cell) => ({ ...cell, y: round3(cell.y + (offsets[number] ?? 0)) })),
      ),
    })),
  };
}

/** Returns one block of the heatmap: every partnership's row across the given factors. */
function buildHeatmapBlock(input: HeatmapChartInput): HeatmapChart {
  const { levels, factors } = input;
  const width = input.width ?? WIDE_WIDTH;
  const narrow = isNarrow(width);
  const gridLeft = narrow ? LABEL_LEFT : GRID_LEFT;
  const gridRight = narrow ? width - LABEL_LEFT : width - GRID_RIGHT_MARGIN;
  const labelWidth = narrow ? width - 2 * LABEL_LEFT : LABEL_WIDTH;
  const { title } = input;
  const { min, max } = levelRange(levels);
  const columnWidth = (gridRight - gridLeft) / Math.max(1, factors.length);
  // The level number in each cell is set smaller, then not bold, in columns too narrow for it at 14 bold.
  const valueSize = textWidth("0.0", 14, true) <= columnWidth - 6 ? 14 : 12;
  const valueBold = textWidth("0.0", valueSize, true) <= columnWidth - 1;
  // Headers run across when every word fits its column, else they run up the page.
  const wide = factors.every((factor) => wordsFit(factor.label, columnWidth - 4, HEAD_SIZE));
  const nameLines = (value: number) => wrapText(nearestLevel(levels, value).label, columnWidth - 8, NAME_SIZE);
  // Cells name their level only when every level name fits in two lines without breaking a word.
  const showNames = levels.every(
    (level) => wordsFit(level.label, columnWidth - 8, NAME_SIZE) && nameLines(level.order).length <= 2,
  );
  const maxNameLines = showNames ? Math.max(...levels.map((level) => nameLines(level.order).length)) : 0;

  const headers = factors.map((factor) =>
    wide ? wrapText(factor.label, columnWidth - 4, HEAD_SIZE) : uprightHeader(factor.label, columnWidth),
  );
  const headerHeight = wide
    ? Math.max(...headers.map((lines) => lines.length)) * HEAD_LINE + 10
    : Math.max(...headers.map((lines) => linesWidth(lines, HEAD_SIZE))) + 16;
  const top = round3(8 + headerHeight);
  const columns = factors.map((factor, index) => ({
    factor: factor.id,
    label: factor.label,
    x: round3(gridLeft + index * columnWidth),
    width: round3(columnWidth),
    lines: headers[index] as string[],
    rotated: !wide,
  }));

  const cellContent = 20 + maxNameLines * NAME_LINE + 10;
  const rows: HeatmapRow[] = [];
  let y = top;
  for (const item of input.partnerships) {
    const lines = wrapText(item.label, labelWidth, LABEL_SIZE);
    const note = item.readings === undefined ? 1 : 0;
    const labelHeight = lines.length * LABEL_LINE + note * 15;
    // Narrow rows put the name above the cells, which then take the chart's width.
    const cellHeight = round3(narrow ? Math.max(40, cellContent) : Math.max(40, cellContent, labelHeight + 14));
    const height = round3(narrow ? 6 + labelHeight + 4 + cellHeight : cellHeight);
    const cellTop = round3(narrow ? y + 6 + labelHeight + 4 : y);
    rows.push({
      id: item.id,
      label: item.label,
      lines,
      y: round3(y),
      height,
      cells: columns.map((column) => {
        const reading = item.readings?.find((entry) => entry.factor === column.factor);
        const consensus = reading?.consensus;
        return {
          factor: column.factor,
          x: column.x,
          y: cellTop,
          width: column.width,
          height: cellHeight,
          consensus,
          step: consensus === undefined ? undefined : heatStep(consensus, min, max),
          marked: reading?.marked === true,
          lines:
            consensus === undefined
              ? ["–"]
              : [formatLevelNumber(consensus), ...(showNames ? nameLines(consensus) : [])],
        };
      }),
    });
    y += height;
  }
  const bottom = round3(y);

  const marks: Mark[] = [];
  for (const column of columns) {
    const centre = column.x + column.width / 2;
    if (column.rotated) {
      const x = centre - ((column.lines.length - 1) * HEAD_LINE - HEAD_SIZE * 0.7) / 2;
      marks.push(textMark(x, top - 8, column.lines, { size: HEAD_SIZE, lineHeight: HEAD_LINE, rotate: -90 }));
    } else {
      const firstBaseline = top - 8 - (column.lines.length - 1) * HEAD_LINE;
      marks.push(
        textMark(centre, firstBaseline, column.lines, {
          size: HEAD_SIZE,
          lineHeight: HEAD_LINE,
          anchor: "middle",
        }),
      );
    }
  }
  for (const row of rows) {
    // Every mark of a row is drawn inside the row's band, so a page can hide the row and close the gap.
    const rowStart = marks.length;
    const note = input.partnerships.find((item) => item.id === row.id)?.readings === undefined;
    const block = row.lines.length * LABEL_LINE + (note ? 15 : 0);
    const labelTop = narrow ? row.y + 6 : row.y + row.height / 2 - block / 2;
    marks.push(
      textMark(LABEL_LEFT, labelTop + LABEL_SIZE - 2, row.lines, { size: LABEL_SIZE, lineHeight: LABEL_LINE }),
    );
    if (note) {
      marks.push(
        textMark(LABEL_LEFT, labelTop + row.lines.length * LABEL_LINE + 11, ["No published review"], {
          size: 12,
          className: "chart-text chart-text--muted",
          fill: INK.muted,
        }),
      );
    }
    for (const cell of row.cells) {
      const centre = cell.x + cell.width / 2;
      // In a column too narrow to hold the triangle beside the number, the triangle sits above it.
      const tight = cell.width < 60;
      const contentTop =
        cell.y + cell.height / 2 - (20 + (cell.lines.length - 1) * NAME_LINE) / 2 + (tight && cell.marked ? 4 : 0);
      if (cell.step === undefined) {
        marks.push(
          rectMark(cell.x + 2, cell.y + 2, cell.width - 4, cell.height - 4, "chart-heat-none", INK.background, {
            stroke: INK.range,
            strokeWidth: 1,
            dash: "3 3",
          }),
          textMark(centre, contentTop + 15, cell.lines, {
            anchor: "middle",
            size: valueSize,
            className: "chart-text chart-text--muted",
            fill: INK.muted,
          }),
        );
        continue;
      }
      const step = HEAT_STEPS[cell.step] as HeatStep;
      marks.push(
        rectMark(
          cell.x + 1,
          cell.y + 1,
          cell.width - 2,
          cell.height - 2,
          `chart-heat chart-heat-${cell.step + 1}`,
          step.fill,
        ),
      );
      if (cell.marked) {
        marks.push(
          // A dark outline with a white line inside it shows on light and dark cells alike.
          rectMark(cell.x + 2.5, cell.y + 2.5, cell.width - 5, cell.height - 5, "chart-heat-gap", "none", {
            stroke: INK.text,
            strokeWidth: 3,
          }),
          rectMark(cell.x + 4.75, cell.y + 4.75, cell.width - 9.5, cell.height - 9.5, "chart-heat-gap-inner", "none", {
            stroke: INK.background,
            strokeWidth: 1.5,
          }),
          pathMark(
            GAP_SYMBOL,
            tight ? centre : cell.x + cell.width - 13,
            cell.y + (tight ? 10 : 13),
            "chart-heat-label",
            step.text,
          ),
        );
      }
      marks.push(
        textMark(centre, contentTop + 15, cell.lines.slice(0, 1), {
          anchor: "middle",
          size: valueSize,
          bold: valueBold,
          className: "chart-heat-label",
          fill: step.text,
        }),
      );
      if (cell.lines.length > 1) {
        marks.push(
          textMark(centre, contentTop + 15 + NAME_LINE + 2, cell.lines.slice(1), {
            anchor: "middle",
            size: NAME_SIZE,
            lineHeight: NAME_LINE,
            className: "chart-heat-label",
            fill: step.text,
          }),
        );
      }
    }
    marks.splice(rowStart, marks.length - rowStart, ...marks.slice(rowStart).map((mark) => ({ ...mark, row: row.id })));
  }
  const legendItems: LegendItem[] = [
    ...[...levels]
      .sort((a, b) => a.order - b.order)
      .map((level) => {
        const position = heatStep(level.order, min, max);
        return {
          label: `${level.order} ${level.label}`,
          key: {
            kind: "swatch" as const,
            className: `chart-heat chart-heat-${position + 1}`,
            fill: (HEAT_STEPS[position] as HeatStep).fill,
          },
        };
      }),
    {
      label: `${input.marked.label} (outlined, with a triangle)`,
      key: { kind: "swatch", className: "chart-heat-gap", fill: "none", stroke: INK.text },
    },
    {
      label: "No published view",
      key: { kind: "swatch", className: "chart-heat-none", fill: INK.background, dash: "3 3" },
    },
  ];
  const legend = layoutLegend(legendItems, LABEL_LEFT, bottom + 16, width - 2 * LABEL_LEFT);
  marks.push(...legend.marks.map((mark) => ({ ...mark, below: true })));
  const lowest = levels.find((level) => level.order === min);
  const highest = levels.find((level) => level.order === max);
  return {
    kind: "heatmap",
    width,
    height: round3(bottom + 16 + legend.height + 12),
    title,
    desc:
      `Heatmap of ${plural(rows.length, "partnership")} (rows) by ${plural(columns.length, "factor")} (columns). ` +
      "Each cell gives the consensus level of the partnership's latest published review as a number" +
      (showNames ? " and name" : "") +
      `, shaded from lightest at ${lowest?.label ?? min} (${min}) to darkest at ${highest?.label ?? max} (${max}). ` +
      `A heavy outline and a triangle mark ${input.marked.meaning}; a dashed cell has no published view.`,
    summary: [...input.summary],
    table: input.table,
    marks,
    rowBands: rows.map((row) => ({ id: row.id, y: row.y, height: row.height })),
    columns,
    rows,
  };
}

/** How a text mark lines up with its x. */
export type Anchor = "start" | "middle" | "end";

/** Lines of text: y is the baseline of the first line. Colours are the light-mode defaults; CSS classes restyle them. */
export interface TextMark {
  type: "text";
  x: number;
  y: number;
  lines: string[];
  fontSize: number;
  lineHeight: number;
  anchor: Anchor;
  className: string;
  fill: string;
  bold?: boolean;
  /** Degrees clockwise about (x, y). */
  rotate?: number;
}

/** A rectangle. */
export interface RectMark {
  type: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
  className: string;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: string;
}

/** A straight line. */
export interface LineMark {
  type: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  className: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
}

/** A path, drawn translated to (x, y): markers are symbol paths centred on 0,0. */
export interface PathMark {
  type: "path";
  d: string;
  x: number;
  y: number;
  className: string;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: string;
}

/**
 * Where a mark belongs when a page hides some of a chart's rows: `row` names the row (a
 * partnership's slug) whose band it is drawn in; `below` marks what sits under every row (the
 * legend), which moves up by the height of the hidden rows.
 */
export interface MarkPlace {
  row?: string;
  below?: boolean;
  /** Drawn between rows, at this y (a heatmap block's headers): moves up by the height of the hidden rows above it. */
  follows?: number;
}

/** Anything a chart draws. */
export type Mark = (TextMark | RectMark | LineMark | PathMark) & MarkPlace;

/** A horizontal band of a chart that a page may hide: one row's id, top and height. */
export interface RowBand {
  id: string;
  y: number;
  height: number;
}

/** One row of a chart's data table: a row header and its cells. */
export interface TableRow {
  header: string;
  cells: string[];
  /** The chart row it gives the numbers of, when a page may hide that row (a partnership's slug). */
  row?: string;
}

/** The same numbers as the chart, as a table: column headers start with the row headers' column. */
export interface ChartTable {
  caption: string;
  head: string[];
  rows: TableRow[];
}

/** What every chart builder returns: the picture as plain marks, and its words. */
export interface Chart {
  kind: string;
  /** The viewBox is 0 0 width height. */
  width: number;
  height: number;
  title: string;
  /** What the chart draws and how to read it, for the <desc>. */
  desc: string;
  /** Plain-English sentences saying what the chart shows. */
  summary: string[];
  table: ChartTable;
  /** In paint order. */
  marks: Mark[];
  /** The rows a page may hide (the charts on /compare/ follow its filters); marks name their row. */
  rowBands?: RowBand[];
}

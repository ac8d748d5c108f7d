/** One row of a summary list: a key and one or more lines of value. */
export interface SummaryRow {
  key: string;
  value: string | string[];
  href?: string;
  /** Pieces of the value that must stay on one line, such as an organisation id ("GB-LAE-KSF") that would wrap at its hyphens. */
  unbroken?: string[];
}

/** One piece of a line: text, and whether it must stay on one line. */
export interface LinePart {
  text: string;
  unbroken: boolean;
}

/** Returns the line cut into pieces, each of the `unbroken` strings a piece of its own that must stay on one line. */
export function lineParts(line: string, unbroken: readonly string[] = []): LinePart[] {
  const keep = unbroken.filter((piece) => piece !== "");
  if (keep.length === 0) return [{ text: line, unbroken: false }];
  const escaped = keep.map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return line
    .split(new RegExp(`(${escaped.join("|")})`))
    .filter((text) => text !== "")
    .map((text) => ({ text, unbroken: keep.includes(text) }));
}

/**
 * One piece of a cell's content: plain text; a link (with words after it that only screen readers hear); a date; a
 * status tag; code; strong words; a span of pieces with classes (small print, a block of its own); a list; or a
 * "History" disclosure of lines.
 */
export type CellPart =
  | string
  | { text: string; href: string; hidden?: string; className?: string }
  | { text: string; datetime: string; className?: string }
  | { status: string }
  | { code: string }
  | { strong: string; className?: string }
  | { span: CellPart[]; className: string }
  | { list: string[]; className?: string }
  | { details: string; lines: string[] };

/** One cell of a data table: its text, and optionally a link, a note in small print and a value to sort by. */
export interface TableCell {
  text: string;
  href?: string;
  note?: string;
  /** A date the text shows, written as <time datetime>. */
  datetime?: string;
  /** What the browser-side sorting compares, where the text does not sort as it reads. */
  sort?: string | number;
  /** Lines shown as a list instead of the text, such as a factor's findings. */
  lines?: string[];
  /** A status shown as a tag after the text, such as "withdrawn". */
  status?: string;
  /** Pieces shown instead of the text, for a cell that holds more than one thing (a link and small print). */
  parts?: CellPart[];
  /** Classes added to the cell, such as app-data-table__block for a cell that holds a block. */
  className?: string;
  /** An id, so the cell can be linked to. */
  id?: string;
}

/** One column of a data table. */
export interface TableColumn {
  label: string;
  /** Right-aligned, for numbers. */
  numeric?: boolean;
  /** Classes added to the column's header, such as a GOV.UK width. */
  className?: string;
}

/** One row of a data table; its header cell is the first unless the table says otherwise. */
export interface TableRow {
  cells: TableCell[];
  /** An id, so the row can be linked to. */
  id?: string;
  /** Data attributes the browser scripts read, such as data-filter-form for the filter form, by full name. */
  attributes?: Record<string, string | undefined>;
}

/** Rows under a heading of their own that spans the table, in a body of their own (the tracker's partnerships). */
export interface TableGroup {
  heading: TableCell;
  rows: TableRow[];
  /** Data attributes of the group's body, by full name. */
  attributes?: Record<string, string | undefined>;
}

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
}

/** One column of a data table. */
export interface TableColumn {
  label: string;
  /** Right-aligned, for numbers. */
  numeric?: boolean;
}

/** One row of a data table; its first cell is the row's header. */
export interface TableRow {
  cells: TableCell[];
  /** An id, so the row can be linked to. */
  id?: string;
}

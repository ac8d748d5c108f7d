/** A value in one CSV cell: text, a number, true/false, or nothing (an empty cell). */
export type CellValue = string | number | boolean | undefined;

/** RFC 4180 ends every record, the header included, with CRLF. */
export const CSV_LINE_END = "\r\n";

/** The UTF-8 byte order mark, so that spreadsheet programs read the file as UTF-8 rather than guessing. */
export const UTF8_BOM = "\uFEFF";

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** Returns text that a spreadsheet will show as text: a leading =, +, -, @, tab or carriage return gets an apostrophe before it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Returns a number as a plain decimal, such as 1250000 or 2.5: no grouping, currency or exponent. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written to a CSV cell`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // String() switches to exponent notation from 1e21 and below 1e-6; spreadsheets need the digits.
  return Number.isInteger(value) ? BigInt(value).toString() : value.toFixed(20).replace(/\.?0+$/, "");
}

/** Returns one RFC 4180 cell: text is neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled). */
export function csvCell(value: CellValue): string {
  if (value === undefined) return "";
  if (typeof value === "number") return plainNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Returns an RFC 4180 CSV file: a byte order mark, the header row, then one line per record, every line ending CRLF. */
export function toCsv(header: readonly string[], records: readonly (readonly CellValue[])[]): string {
  const lines = [header, ...records].map((cells) => cells.map(csvCell).join(","));
  return UTF8_BOM + lines.map((line) => line + CSV_LINE_END).join("");
}

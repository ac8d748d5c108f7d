import { stringify, type Options } from "csv-stringify/sync";

/** A value in one CSV cell: text, a number, true/false, or nothing (an empty cell). */
export type CellValue = string | number | boolean | undefined;

/** Returns a number as a plain decimal, such as 1250000 or 2.5: no grouping, currency or exponent. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written to a CSV cell`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // String() switches to exponent notation from 1e21 and below 1e-6; spreadsheets need the digits.
  return Number.isInteger(value) ? BigInt(value).toString() : value.toFixed(20).replace(/\.?0+$/, "");
}

// RFC 4180: CRLF after every record, the header included; a byte order mark, so that spreadsheet programs read
// UTF-8 rather than guess. A spreadsheet runs text that starts with =, +, -, @, tab or carriage return as a
// formula (OWASP "CSV injection"), so such text gets an apostrophe first; a negative number stays a number.
const CSV_OPTIONS: Options = {
  record_delimiter: "windows",
  // A lone LF or CR in a cell is a line break to a reader too, so such a cell is quoted as well.
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: { number: plainNumber, boolean: (value) => (value ? "true" : "false") },
};

/** Returns one RFC 4180 cell: text is neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled). */
export function csvCell(value: CellValue): string {
  return stringify([[value]], { ...CSV_OPTIONS, eof: false });
}

/** Returns an RFC 4180 CSV file: a byte order mark, the header row, then one line per record, every line ending CRLF. */
export function toCsv(header: readonly string[], records: readonly (readonly CellValue[])[]): string {
  return stringify([header, ...records] as CellValue[][], { ...CSV_OPTIONS, bom: true });
}

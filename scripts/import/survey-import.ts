import { parse as parseCsv, type InfoRecord } from "csv-parse/sync";
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type Node as JsonNode } from "jsonc-parser";
import { didYouMean } from "../../src/lib/suggestions.ts";
import { EXAMPLE_RATING_COMMENT } from "../new/scaffold.ts";
import type { Framework, Rating } from "../../src/schema/index.ts";

/** One problem found in a survey file, placed by spreadsheet row (or by text line for a syntax error) and column. */
export interface SurveyProblem {
  /** The row as a spreadsheet shows it: row 1 is the header, blank lines count. */
  row?: number;
  /** The text line, for a syntax error the CSV reader placed by line. */
  line?: number;
  /** The 1-based column number; shown as a spreadsheet letter (1 is A). */
  column?: number;
  /** The column's header, when it has one. */
  header?: string;
  message: string;
}

/** One respondent's readable row: their group and a spectrum order per factor. */
export interface SurveyResponse {
  row: number;
  group: string;
  /** The spectrum order each factor was given, by factor id. */
  levels: Record<string, number>;
  /** How many of the respondent's group were asked, from the file's "invited" column, when the row gives it. */
  invited?: number;
}

/** What could be read from a survey file. */
export interface SurveyReading {
  /** Problems with the file as a whole (syntax, header): when there is any, nothing can be imported. */
  fileProblems: SurveyProblem[];
  /** Problems in respondents' rows, in row order; a row with any problem is not in `responses`. */
  rowProblems: SurveyProblem[];
  /** The rows with a problem, in order. */
  badRows: number[];
  /** The rows read without a problem. */
  responses: SurveyResponse[];
  /** The factor ids the file's columns name, in column order. */
  factors: string[];
}

/** The header of the optional column that says how many of each respondent's group were asked (any case). */
export const INVITED_HEADER = "invited";

/** The separators a survey file may use: spreadsheets in much of Europe save CSV with semicolons. */
const DELIMITERS = [",", ";", "\t"] as const;

/** Returns the spreadsheet name of a 1-based column number: 1 is A, 27 is AA. */
export function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Returns the problem as `<file>: row R, column C (<header>): <message>`. */
export function formatSurveyProblem(file: string, problem: SurveyProblem): string {
  const at: string[] = [];
  if (problem.row !== undefined) at.push(`row ${problem.row}`);
  else if (problem.line !== undefined) at.push(`line ${problem.line}`);
  if (problem.column !== undefined) {
    const header = problem.header === undefined || problem.header === "" ? "" : ` (${problem.header})`;
    at.push(`column ${columnName(problem.column)}${header}`);
  }
  return `${file}: ${at.length > 0 ? `${at.join(", ")}: ` : ""}${problem.message}`;
}

/** Returns the separator the header line uses most, outside quotes: comma, semicolon or tab (comma on a tie). */
export function detectDelimiter(text: string): string {
  const body = text.replace(/^\uFEFF/, "");
  const header = body.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (const char of header) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

/** Returns a plain message for a CSV syntax error from csv-parse. */
function syntaxMessage(error: { code?: unknown; message: string }): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return 'a quote (") opened on this line is never closed: add the closing quote after the value';
    case "CSV_INVALID_CLOSING_QUOTE":
      return 'a quoted value has more text after its closing quote: put the whole value in quotes, and write each quote inside it twice ("")';
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "a quoted value has more text after its closing quote: remove it, or put the whole value in quotes";
    default:
      return `cannot be read as CSV: ${error.message}`;
  }
}

/** Returns the line of the quote that opens a value and is never closed, if any. */
function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let inQuotes = false;
  let openedOn: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") line += 1;
    else if (char === '"') {
      inQuotes = !inQuotes;
      // The second quote of a doubled quote ("") inside a value does not open a new one.
      if (inQuotes && text[i - 1] !== '"') openedOn = line;
    }
  }
  return inQuotes ? openedOn : undefined;
}

interface Row {
  row: number;
  cells: string[];
}

/** Returns the file's records with their spreadsheet rows, or the syntax problem that stopped the reader. */
function readRows(text: string): { rows: Row[] } | { problem: SurveyProblem } {
  try {
    const records = parseCsv(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: InfoRecord }[];
    return {
      // Skipped blank lines are still rows in a spreadsheet, so they count.
      rows: records.map(({ record, info }) => ({ row: info.records + info.empty_lines, cells: record })),
    };
  } catch (error) {
    const failed = error as { code?: unknown; message: string; lines?: unknown };
    // The reader notices an unclosed quote only at the end of the file, so find where it opened.
    const line = failed.code === "CSV_QUOTE_NOT_CLOSED" ? unclosedQuoteLine(text) : failed.lines;
    return {
      problem: { ...(typeof line === "number" ? { line } : {}), message: syntaxMessage(failed) },
    };
  }
}

/** Returns the cell's text with spaces trimmed and line breaks or runs of spaces inside it made one space. */
function tidy(cell: string | undefined): string {
  return (cell ?? "").replace(/\s+/g, " ").trim();
}

/** Returns a lookup from lower-cased id and label to id. */
function lookup(items: readonly { id: string; label: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of items) map.set(tidy(item.label).toLowerCase(), item.id);
  // Ids win over labels, so an id is always read as itself.
  for (const item of items) map.set(item.id.toLowerCase(), item.id);
  return map;
}

/** Returns "a (A), b (B)": each id with its label, for messages. */
function idsAndLabels(items: readonly { id: string; label: string }[]): string {
  return items.map((item) => (item.id === item.label ? item.id : `${item.id} (${item.label})`)).join(", ");
}

/** Returns every id and label, for "did you mean". */
function names(items: readonly { id: string; label: string }[]): string[] {
  return items.flatMap((item) => [item.id, item.label]);
}

interface LevelScale {
  byName: Map<string, number>;
  lowest: number;
  highest: number;
  names: string[];
}

function levelScale(framework: Framework): LevelScale {
  const byName = new Map<string, number>();
  for (const level of framework.spectrum) byName.set(tidy(level.label).toLowerCase(), level.order);
  for (const level of framework.spectrum) byName.set(level.id.toLowerCase(), level.order);
  const orders = framework.spectrum.map((level) => level.order);
  return { byName, lowest: Math.min(...orders), highest: Math.max(...orders), names: names(framework.spectrum) };
}

/** Returns the spectrum order a cell names (an id, label or order number), or the message saying why it cannot. */
function readLevel(cell: string, scale: LevelScale): number | string {
  const value = tidy(cell);
  const range = `an order from ${scale.lowest} to ${scale.highest}, or a level's id or label`;
  if (value === "") return `the cell is empty: give this respondent's level (${range})`;
  const named = scale.byName.get(value.toLowerCase());
  if (named !== undefined) return named;
  if (/^[+-]?\d+$/.test(value)) {
    const order = Number(value);
    if (order >= scale.lowest && order <= scale.highest) return order;
    return `${value} is not on the spectrum: orders run from ${scale.lowest} to ${scale.highest}`;
  }
  if (/^[+-]?\d*[.,]\d+$/.test(value)) {
    return `${value} is not a whole number: give one level per respondent (${range})`;
  }
  return `"${value}" is not a spectrum level: use ${range}.${didYouMean(value, scale.names)}`;
}

/** Returns the survey's columns, respondents and problems, read against the framework. Pure: text in, data out. */
export function readSurvey(text: string, framework: Framework): SurveyReading {
  const reading: SurveyReading = { fileProblems: [], rowProblems: [], badRows: [], responses: [], factors: [] };
  const read = readRows(text);
  if ("problem" in read) {
    reading.fileProblems.push(read.problem);
    return reading;
  }
  // A row of nothing but separators is a blank row, as a spreadsheet shows it.
  const rows = read.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  const [header, ...body] = rows;
  if (header === undefined) {
    reading.fileProblems.push({ message: "is empty: it needs a header row, then one row per respondent" });
    return reading;
  }

  const factorIds = lookup(framework.factors);
  const factorNames = names(framework.factors);
  const columns: { column: number; header: string; factor: string }[] = [];
  let invitedColumn: { column: number; header: string } | undefined;
  const width = Math.max(...rows.map((row) => row.cells.length));
  for (let index = 1; index < width; index++) {
    const column = index + 1;
    const name = tidy(header.cells[index]);
    if (name === "") {
      const used = body.find((row) => (row.cells[index] ?? "").trim() !== "");
      if (used !== undefined) {
        reading.fileProblems.push({
          row: header.row,
          column,
          message: `has no header, but row ${used.row} has a value in this column: name the factor it rates, or delete the column`,
        });
      }
      continue;
    }
    const factor = factorIds.get(name.toLowerCase());
    // A factor that happens to be called "invited" keeps its column: the framework's words come first.
    if (factor === undefined && name.toLowerCase() === INVITED_HEADER) {
      if (invitedColumn !== undefined) {
        reading.fileProblems.push({
          row: header.row,
          column,
          header: name,
          message: `column ${columnName(invitedColumn.column)} is already the ${INVITED_HEADER} column: keep one`,
        });
      } else invitedColumn = { column, header: name };
      continue;
    }
    if (factor === undefined) {
      reading.fileProblems.push({
        row: header.row,
        column,
        header: name,
        message: `"${name}" is not a factor in framework.json: name each column after the group column by a factor's id or label: ${idsAndLabels(framework.factors)}; or head it ${INVITED_HEADER} for how many of each group were asked.${didYouMean(name, [...factorNames, INVITED_HEADER])}`,
      });
      continue;
    }
    const earlier = columns.find((other) => other.factor === factor);
    if (earlier !== undefined) {
      reading.fileProblems.push({
        row: header.row,
        column,
        header: name,
        message: `factor "${factor}" already has column ${columnName(earlier.column)}: keep one column per factor`,
      });
      continue;
    }
    columns.push({ column, header: name, factor });
  }
  if (columns.length === 0 && reading.fileProblems.length === 0) {
    reading.fileProblems.push({
      row: header.row,
      message: `names no factor: the first column holds each respondent's stakeholder group, and each further column a factor's id or label: ${idsAndLabels(framework.factors)}`,
    });
  }
  if (body.length === 0 && reading.fileProblems.length === 0) {
    reading.fileProblems.push({ message: "has a header but no respondents: add one row per respondent below it" });
  }
  reading.factors = columns.map((column) => column.factor);
  if (reading.fileProblems.length > 0) return reading;

  const groupIds = lookup(framework.stakeholderGroups);
  const groupNames = names(framework.stakeholderGroups);
  const groupHeader = tidy(header.cells[0]);
  const scale = levelScale(framework);
  const respondentRows: ReadRow[] = [];
  for (const row of body) {
    const problems: SurveyProblem[] = [];
    const groupCell = tidy(row.cells[0]);
    const group = groupIds.get(groupCell.toLowerCase());
    if (group === undefined) {
      problems.push({
        row: row.row,
        column: 1,
        header: groupHeader,
        message:
          groupCell === ""
            ? `the cell is empty: give the respondent's stakeholder group: ${idsAndLabels(framework.stakeholderGroups)}`
            : `"${groupCell}" is not a stakeholder group in framework.json: use one of ${idsAndLabels(framework.stakeholderGroups)}.${didYouMean(groupCell, groupNames)}`,
      });
    }
    const levels: Record<string, number> = {};
    for (const { column, header: name, factor } of columns) {
      const level = readLevel(row.cells[column - 1] ?? "", scale);
      if (typeof level === "number") levels[factor] = level;
      else problems.push({ row: row.row, column, header: name, message: level });
    }
    const invited = invitedColumn === undefined ? undefined : readInvited(row.cells[invitedColumn.column - 1]);
    if (typeof invited === "string" && invitedColumn !== undefined) {
      problems.push({ row: row.row, column: invitedColumn.column, header: invitedColumn.header, message: invited });
    }
    respondentRows.push({
      row: row.row,
      ...(group === undefined ? {} : { group }),
      levels,
      ...(typeof invited === "number" ? { invited } : {}),
      problems,
    });
  }
  if (invitedColumn !== undefined) checkInvited(respondentRows, invitedColumn, framework);
  for (const { problems, group, ...response } of respondentRows) {
    if (problems.length > 0 || group === undefined) {
      // The invited checks come last but belong in column order with the rest.
      reading.rowProblems.push(...problems.sort((a, b) => (a.column ?? 0) - (b.column ?? 0)));
      reading.badRows.push(response.row);
    } else {
      reading.responses.push({ ...response, group });
    }
  }
  return reading;
}

/** One respondent's row as read, before the checks across rows: its group when known, and its problems so far. */
interface ReadRow {
  row: number;
  group?: string;
  levels: Record<string, number>;
  invited?: number;
  problems: SurveyProblem[];
}

/** Returns the number an invited cell gives, undefined for an empty cell, or the message saying why it cannot be read. */
function readInvited(cell: string | undefined): number | string | undefined {
  const value = tidy(cell);
  if (value === "") return undefined;
  if (!/^\d+$/.test(value)) {
    return `"${value}" is not a whole number: give how many people in the respondent's group were asked, such as 40, or leave the cell empty`;
  }
  const invited = Number(value);
  return invited >= 1
    ? invited
    : `${value} is not a number of people asked: it must be at least 1, or leave the cell empty`;
}

/**
 * Adds a problem to each row whose invited number disagrees with the first row of its group that gives one, or is
 * below the group's respondents: the rows of that group in the file that have no other problem.
 */
function checkInvited(
  rows: readonly ReadRow[],
  column: { column: number; header: string },
  framework: Framework,
): void {
  const at = (row: ReadRow, message: string) =>
    row.problems.push({ row: row.row, column: column.column, header: column.header, message });
  const label = (group: string) => framework.stakeholderGroups.find((item) => item.id === group)?.label ?? group;
  const respondents = new Map<string, number>();
  for (const row of rows) {
    if (row.group !== undefined && row.problems.length === 0) {
      respondents.set(row.group, (respondents.get(row.group) ?? 0) + 1);
    }
  }
  const first = new Map<string, ReadRow>();
  for (const row of rows) {
    const { group, invited } = row;
    if (group === undefined || invited === undefined) continue;
    const earlier = first.get(group);
    if (earlier === undefined) first.set(group, row);
    else if (earlier.invited !== invited) {
      at(
        row,
        `${invited} differs from the ${earlier.invited} invited on row ${earlier.row} for ${label(group)}: give the same number on every row of a group, or leave the cell empty after the first`,
      );
      continue;
    }
    const answered = respondents.get(group) ?? 0;
    if (invited < answered) {
      at(
        row,
        `${invited} is below the ${answered} respondents of ${label(group)} in this file: invited counts everyone in the group who was asked, respondents those who answered`,
      );
    }
  }
}

/** Returns each group's mean level (to 2 decimals) and respondent count per factor, in framework factor then group order. */
export function aggregateRatings(responses: readonly SurveyResponse[], framework: Framework): Rating[] {
  const ratings: Rating[] = [];
  for (const factor of framework.factors) {
    for (const group of framework.stakeholderGroups) {
      const levels = responses
        .filter((response) => response.group === group.id)
        .flatMap((response) => (factor.id in response.levels ? [response.levels[factor.id] as number] : []));
      if (levels.length === 0) continue;
      const sum = levels.reduce((total, level) => total + level, 0);
      // Orders are whole numbers, so sum * 100 is exact and only the division rounds.
      const level = Math.round((sum * 100) / levels.length) / 100;
      // Rows of one group that give invited agree (readSurvey refuses those that do not), so any one gives it.
      const invited = responses.find(
        (response) => response.group === group.id && response.invited !== undefined,
      )?.invited;
      ratings.push({
        factor: factor.id,
        group: group.id,
        level,
        respondents: levels.length,
        ...(invited === undefined ? {} : { invited }),
        method: "survey",
      });
    }
  }
  return ratings;
}

/** A rating the import replaced, as it was. */
export interface ReplacedRating {
  factor: string;
  group: string;
  /** True when the old rating had a comment, which the import removed with it. */
  hadComment: boolean;
}

/** The outcome of merging imported ratings into a review's JSON text. */
export type MergeResult =
  | {
      ok: true;
      text: string;
      replaced: ReplacedRating[];
      added: Rating[];
      kept: number;
      /** How many example ratings (the one npm run new writes) were removed. */
      examples: number;
    }
  | { ok: false; message: string };

/** Returns a rating as one line of JSON, as the content model shows it. */
function ratingLine(rating: Rating): string {
  const fields = Object.entries(rating).filter(([, value]) => value !== undefined);
  return `{ ${fields.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(", ")} }`;
}

/** Returns the spaces or tabs that start the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "";
}

/** Returns the file's indent unit: the first indented line's indent, else two spaces. */
function indentUnit(text: string): string {
  const match = /\n([ \t]+)\S/.exec(text);
  return match?.[1] ?? "  ";
}

/** Returns the factor and group of a rating written in the file, when it has both as text. */
function pairOf(node: JsonNode): { factor: string; group: string; hadComment: boolean } | undefined {
  const value: unknown = getNodeValue(node);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { factor, group, comment } = value as Record<string, unknown>;
  return typeof factor === "string" && typeof group === "string"
    ? { factor, group, hadComment: comment !== undefined }
    : undefined;
}

/** Returns true for the example rating a new review starts with: it has the skeleton's placeholder comment, word for word. */
function isExampleRating(node: JsonNode): boolean {
  const value: unknown = getNodeValue(node);
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>)["comment"] === EXAMPLE_RATING_COMMENT
  );
}

/**
 * Returns the review JSON text with `ratings` merged in: a rating for the same factor and group is
 * replaced entirely where it stands, others are kept as written, new ones are added at the end in the
 * order given, and the example rating npm run new writes is removed. Only the `ratings` list changes;
 * every other byte of the file stays as it was.
 */
export function mergeRatingsIntoJson(original: string, ratings: readonly Rating[]): MergeResult {
  const bom = original.startsWith("\uFEFF") ? "\uFEFF" : "";
  let text = original.slice(bom.length);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: "is not valid JSON: run npm run validate to see where, and fix it first" };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, message: "must hold one { … } group with the review's lists, such as ratings and risks" };
  }
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const unit = indentUnit(text);
  if (!("ratings" in data)) {
    const formattingOptions = {
      tabSize: unit.includes("\t") ? 1 : unit.length,
      insertSpaces: !unit.includes("\t"),
      eol,
    };
    text = applyEdits(text, modify(text, ["ratings"], [], { formattingOptions, getInsertionIndex: () => 0 }));
  }
  const tree = parseTree(text);
  const node = tree === undefined ? undefined : findNodeAtLocation(tree, ["ratings"]);
  if (node === undefined || node.type !== "array") {
    return { ok: false, message: 'has "ratings" that is not a list: it must be written [ … ]' };
  }

  const incoming = new Map(ratings.map((rating) => [`${rating.factor}\u0000${rating.group}`, rating]));
  const placed = new Set<string>();
  const replaced: ReplacedRating[] = [];
  const items: string[] = [];
  let kept = 0;
  let examples = 0;
  for (const child of node.children ?? []) {
    // The skeleton's example stands in for the survey's ratings until they come.
    if (isExampleRating(child)) {
      examples += 1;
      continue;
    }
    const pair = pairOf(child);
    const key = pair === undefined ? undefined : `${pair.factor}\u0000${pair.group}`;
    const rating = key === undefined ? undefined : incoming.get(key);
    if (pair === undefined || key === undefined || rating === undefined) {
      items.push(text.slice(child.offset, child.offset + child.length));
      kept += 1;
      continue;
    }
    replaced.push(pair);
    // A second rating for the same pair was already an error; the import's one rating replaces both.
    if (!placed.has(key)) items.push(ratingLine(rating));
    placed.add(key);
  }
  const added = ratings.filter((rating) => !placed.has(`${rating.factor}\u0000${rating.group}`));
  items.push(...added.map(ratingLine));

  const property = node.parent ?? node;
  const outer = indentAt(text, property.offset);
  const first = node.children?.[0];
  const firstOnOwnLine = first !== undefined && text.slice(node.offset, first.offset).includes("\n");
  const inner = first !== undefined && firstOnOwnLine ? indentAt(text, first.offset) : `${outer}${unit}`;
  const list =
    items.length === 0 ? "[]" : `[${eol}${items.map((item) => `${inner}${item}`).join(`,${eol}`)}${eol}${outer}]`;
  const merged = applyEdits(text, [{ offset: node.offset, length: node.length, content: list }]);
  return { ok: true, text: `${bom}${merged}`, replaced, added, kept, examples };
}

/** Returns a plain-text table of the ratings: one line per factor, one column per group, "mean (n)" or "mean (n of invited)" in each cell. */
export function formatRatingsTable(ratings: readonly Rating[], framework: Framework): string {
  const factors = framework.factors.filter((factor) => ratings.some((rating) => rating.factor === factor.id));
  const groups = framework.stakeholderGroups.filter((group) => ratings.some((rating) => rating.group === group.id));
  const table = [
    ["Factor", ...groups.map((group) => group.label)],
    ...factors.map((factor) => [
      factor.label,
      ...groups.map((group) => {
        const rating = ratings.find((r) => r.factor === factor.id && r.group === group.id);
        if (rating === undefined) return "–";
        const asked = rating.invited === undefined ? "" : ` of ${rating.invited}`;
        return `${rating.level} (${rating.respondents ?? "?"}${asked})`;
      }),
    ]),
  ];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((line) => (line[column] ?? "").length))) ?? [];
  return table
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Returns each group whose imported ratings have fewer respondents than the framework's minimum, with its count. */
export function smallGroups(
  ratings: readonly Rating[],
  framework: Framework,
): { group: string; label: string; respondents: number }[] {
  const { minRespondents } = framework.triangulation;
  return framework.stakeholderGroups.flatMap((group) => {
    const counts = ratings.filter((r) => r.group === group.id).map((r) => r.respondents ?? Infinity);
    if (counts.length === 0) return [];
    const respondents = Math.max(...counts);
    return respondents < minRespondents ? [{ group: group.id, label: group.label, respondents }] : [];
  });
}

/** Returns each group whose imported ratings give a response rate (respondents / invited) below the framework's minimum. */
export function lowResponseGroups(
  ratings: readonly Rating[],
  framework: Framework,
): { group: string; label: string; respondents: number; invited: number }[] {
  const { minResponseRate } = framework.thresholds;
  return framework.stakeholderGroups.flatMap((group) => {
    const rating = ratings.find((r) => r.group === group.id && r.invited !== undefined);
    if (rating?.respondents === undefined || rating.invited === undefined) return [];
    const { respondents, invited } = rating;
    return respondents / invited < minResponseRate
      ? [{ group: group.id, label: group.label, respondents, invited }]
      : [];
  });
}

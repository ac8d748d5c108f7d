import { parse as parseLenient, parseTree, type Node as JsonNode, type ParseError } from "jsonc-parser";
import {
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from "yaml";
import { readPlainYaml } from "./plain-yaml.ts";
import { WHOLE_FILE, type Problem } from "./problems.ts";

/** One file read from the content folder. */
export interface SourceFile {
  /** The path relative to the content folder, with forward slashes. */
  path: string;
  text: string;
  /** True when the file was not read (its problem is reported by the reader), so nothing more is said about it. */
  unread?: boolean;
}

/** A position in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** A parsed file: its data, its Markdown body, and a way to find where a field is written. */
export interface ParsedSource {
  data: unknown;
  /** The Markdown body after the front matter; empty for JSON files. */
  body: string;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Returns where the value at `path` is written, where it can be found. */
  locate: (path: readonly PropertyKey[]) => Position | undefined;
}

/** The outcome of parsing: the parsed file, or the problems that stopped it. */
export type ParseResult = { ok: true; source: ParsedSource } | { ok: false; problems: Problem[] };

function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let next = text.indexOf("\n"); next !== -1 && next < offset; next = text.indexOf("\n", next + 1)) {
    line += 1;
    lineStart = next + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function syntaxError(file: string, message: string, position: Position | undefined): ParseResult {
  return { ok: false, problems: [{ severity: "error", file, field: WHOLE_FILE, message, ...position }] };
}

/** The deepest nesting of lists and groups a content file may have; real files need fewer than ten. */
export const MAX_NESTING = 64;

// Every reader of a file must end its lines at the same places, or a field could be hidden from one of them (a
// comment that one reader ends at U+2028 and another does not hides the publishDate after it). Only a line feed,
// alone or after a carriage return, ends a line here. YAML 1.1 also ends lines at NEL, U+2028 and U+2029,
// JavaScript at a lone carriage return, U+2028 and U+2029, Unicode (UAX #14 classes BK, CR and NL) at those and at
// the vertical tab and form feed, and other programs at other control characters, so every one of them is refused
// with its line and column, a tab alone excepted.
const UNREAD_LINE_END = /\r(?!\n)|[\u2028\u2029]|[^\P{Cc}\t\n\r]/u;

/** The characters that some readers take for the end of a line, by name. */
const LINE_END_NAMES: Record<string, string> = {
  "\u000b": "vertical tab",
  "\u000c": "form feed",
  "\u0085": "next-line character",
  "\u2028": "line separator",
  "\u2029": "paragraph separator",
};

/** Returns the plain-English problem with a character that not every reader takes for the end of a line. */
function lineEndMessage(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (char === "\r") {
    return "has a carriage return without a line feed: save the file with ordinary line endings (LF or CRLF)";
  }
  const name = LINE_END_NAMES[char];
  return name === undefined
    ? `has the control character ${code}, which is not text and which some programs read as the end of a line: remove it`
    : `has a ${name} (${code}), which some programs read as the end of a line and others do not: replace it with an ordinary line break`;
}

/**
 * Returns a problem with the raw text that every reader of the file must agree on, or undefined: a character that
 * some readers take for the end of a line and others do not (a carriage return without a line feed, NEL, U+2028,
 * U+2029 or another control character than a tab), or lists and groups nested deeper than MAX_NESTING (which would
 * exhaust a parser's stack). Front matter and JSON are both read through this check.
 */
export function checkText(file: SourceFile, text: string): ParseResult | undefined {
  return checkLineEnds(file, text) ?? checkNesting(file, text);
}

/** Returns a problem with a character that not every reader takes for the end of a line, or undefined. */
function checkLineEnds(file: SourceFile, text: string): ParseResult | undefined {
  const lineEnd = UNREAD_LINE_END.exec(text);
  return lineEnd === null
    ? undefined
    : syntaxError(file.path, lineEndMessage(lineEnd[0]), positionAt(text, lineEnd.index));
}

/** Returns a problem with lists and groups nested deeper than MAX_NESTING, or undefined. */
function checkNesting(file: SourceFile, text: string): ParseResult | undefined {
  const deepest = findDeepNesting(text);
  return deepest === undefined ? undefined : syntaxError(file.path, NESTING_MESSAGE, positionAt(text, deepest));
}

/** Returns true when the text has more than MAX_NESTING opening brackets, so that it could nest too deep. */
function hasManyOpenings(text: string): boolean {
  let count = 0;
  for (const bracket of ["[", "{"]) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
      if ((count += 1) > MAX_NESTING) return true;
    }
  }
  return false;
}

// Only these characters change the nesting, so the scan jumps from one to the next.
const NESTING_CHARACTERS = /["\\[\]{}\n]/g;

/** Returns the offset at which brackets outside strings first nest deeper than MAX_NESTING, if they do. */
function findDeepNesting(text: string): number | undefined {
  // Most files, and every Markdown body without many links, have too few brackets to nest that deep.
  if (!hasManyOpenings(text)) return undefined;
  let depth = 0;
  let inString = false;
  NESTING_CHARACTERS.lastIndex = 0;
  for (let match = NESTING_CHARACTERS.exec(text); match !== null; match = NESTING_CHARACTERS.exec(text)) {
    const char = match[0];
    if (inString) {
      if (char === "\\") NESTING_CHARACTERS.lastIndex += 1;
      else if (char === '"' || char === "\n") inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "[" || char === "{") {
      depth += 1;
      if (depth > MAX_NESTING) return match.index;
    } else if (char === "]" || char === "}") {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/** Returns the parsed JSON file, or a problem naming the line and column of the syntax error. */
export function parseJsonSource(file: SourceFile): ParseResult {
  const text = file.text.replace(/^\uFEFF/, "");
  const unreadable = checkLineEnds(file, text);
  if (unreadable !== undefined) return unreadable;
  let data: unknown;
  try {
    // JSON.parse needs no stack for nesting (V8's parser is iterative), so the nesting is measured on what it
    // read, and the text is scanned for where only when it nests too deep: scanning every file was a sixth of
    // validation's time.
    data = JSON.parse(text);
  } catch (error) {
    const deep = checkNesting(file, text);
    if (deep !== undefined) return deep;
    const { message, position } = describeJsonError(error instanceof Error ? error.message : String(error), text);
    return syntaxError(file.path, `is not valid JSON: ${message}`, position);
  }
  const shape = measureValue(data);
  const deep = shape.depth > MAX_NESTING ? checkNesting(file, text) : undefined;
  if (deep !== undefined) return deep;
  // The syntax tree is slow to build, so it is built only to find a duplicate.
  let built: JsonNode | undefined;
  const treeOf = (): JsonNode | undefined => (built ??= parseTree(text));
  // JSON.parse keeps only the last of two fields with one name, so the first would vanish unseen:
  // when the text has more field names than the data, look for the duplicate.
  const duplicate = countFieldNames(text) === shape.keys ? undefined : findDuplicateKey(treeOf());
  if (duplicate !== undefined) {
    return syntaxError(
      file.path,
      `has the field "${String(duplicate.value)}" written twice in one group: keep one (only the last would be read)`,
      positionAt(text, duplicate.offset),
    );
  }
  const locate = (path: readonly PropertyKey[]): Position | undefined => positionAt(text, jsonOffset(text, path));
  return { ok: true, source: { data, body: "", bodyLine: 1, locate } };
}

// The characters the scans below look for, as character codes: text[at] would make a string of each.
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const OPEN_GROUP = 123;
const CLOSE_GROUP = 125;

/** Returns true for JSON's white space: a space, line feed, carriage return or tab. */
function isJsonSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Returns the offset after any spaces, tabs and line ends at `from`. */
function skipSpace(text: string, from: number): number {
  let at = from;
  while (isJsonSpace(text.charCodeAt(at))) at += 1;
  return at;
}

/** Returns the offset just after the JSON string that starts at `from`. */
function skipString(text: string, from: number): number {
  let quote = text.indexOf('"', from + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
}

// Only these characters matter while a group or list is skipped, so the scan jumps from one to the next.
const GROUP_CHARACTERS = /["[\]{}]/g;

/** Returns the offset just after the JSON value that starts at `from`, in text known to be valid JSON. */
function skipValue(text: string, from: number): number {
  const first = text.charCodeAt(from);
  if (first === QUOTE) return skipString(text, from);
  if (first !== OPEN_GROUP && first !== OPEN_LIST) {
    // A number, true, false or null ends where the list or group goes on or closes, or at white space.
    let at = from;
    for (let code = first; at < text.length; code = text.charCodeAt((at += 1))) {
      if (code === COMMA || code === CLOSE_LIST || code === CLOSE_GROUP || isJsonSpace(code)) break;
    }
    return at;
  }
  let depth = 0;
  GROUP_CHARACTERS.lastIndex = from;
  // test() rather than exec(), which would make an array for each of the characters.
  while (GROUP_CHARACTERS.test(text)) {
    const at = GROUP_CHARACTERS.lastIndex - 1;
    const code = text.charCodeAt(at);
    if (code === QUOTE) GROUP_CHARACTERS.lastIndex = skipString(text, at);
    else if (code === OPEN_GROUP || code === OPEN_LIST) depth += 1;
    else if ((depth -= 1) === 0) return at + 1;
  }
  return text.length;
}

/**
 * Returns where the value at `path` is written in text known to be valid JSON: at a field's name, at a list item's
 * value, and for a missing one at its nearest parent that is there. It scans the text once, skipping what is not on
 * the path, instead of building a syntax tree (placing thousands of warnings took seconds that way).
 */
function jsonOffset(text: string, path: readonly PropertyKey[]): number {
  let at = skipSpace(text, 0);
  let found = at;
  for (const key of path) {
    const opening = text.charCodeAt(at);
    if (typeof key === "number" ? opening !== OPEN_LIST : opening !== OPEN_GROUP) return found;
    const name = String(key);
    at = skipSpace(text, at + 1);
    let index = 0;
    let hit = false;
    for (let code = text.charCodeAt(at); code !== CLOSE_LIST && code !== CLOSE_GROUP && at < text.length;) {
      const start = at;
      if (opening === OPEN_GROUP) {
        const end = skipString(text, at);
        // Compared where it is written, unless it has an escape to read first.
        const written = text.slice(at + 1, end - 1);
        // Skips the colon after the name.
        at = skipSpace(text, skipSpace(text, end) + 1);
        hit = (written.includes("\\") ? (JSON.parse(text.slice(start, end)) as string) : written) === name;
      } else {
        hit = index === key;
      }
      if (hit) {
        found = start;
        break;
      }
      at = skipSpace(text, skipValue(text, at));
      if (text.charCodeAt(at) === COMMA) at = skipSpace(text, at + 1);
      index += 1;
      code = text.charCodeAt(at);
    }
    if (!hit) return found;
  }
  return found;
}

/**
 * Returns how many places in the JSON text a quote is followed by a colon: every field name, and any escaped quote
 * inside a string that a colon follows. It is never fewer than the field names, so when it equals the keys of the
 * parsed value no name is written twice; otherwise the syntax tree decides. It jumps from colon to colon and looks
 * back past spaces, which is a sixth of the time a pattern matching every name took.
 */
function countFieldNames(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    let at = colon - 1;
    let code = text.charCodeAt(at);
    while (isJsonSpace(code)) code = text.charCodeAt((at -= 1));
    if (code === QUOTE) count += 1;
  }
  return count;
}

/** Returns how many keys the parsed JSON value holds, at every depth, and how deep its lists and groups nest. */
function measureValue(root: unknown): { keys: number; depth: number } {
  let keys = 0;
  let depth = 0;
  // Walked without recursion, as the value may nest deeper than the stack allows, and with a list of values and
  // one of their depths rather than an object for each.
  const values: unknown[] = [root];
  const depths: number[] = [1];
  for (let inner = depths.pop(); inner !== undefined; inner = depths.pop()) {
    const value = values.pop();
    if (value === null || typeof value !== "object") continue;
    if (inner > depth) depth = inner;
    const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
    if (!Array.isArray(value)) keys += children.length;
    for (const child of children) {
      if (child !== null && typeof child === "object") {
        values.push(child);
        depths.push(inner + 1);
      }
    }
  }
  return { keys, depth };
}

/** Returns the key node of the first field written twice in the same object, if any. */
function findDuplicateKey(node: JsonNode | undefined): JsonNode | undefined {
  if (node === undefined) return undefined;
  if (node.type === "object") {
    const seen = new Set<unknown>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (key === undefined) continue;
      if (seen.has(key.value)) return key;
      seen.add(key.value);
    }
  }
  for (const child of node.children ?? []) {
    const found = findDuplicateKey(child.type === "property" ? child.children?.[1] : child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Returns the first syntax error as a lenient parser finds it, which knows where errors are that the runtime does not place. */
function firstJsonError(text: string): ParseError | undefined {
  const errors: ParseError[] = [];
  parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0];
}

/** Returns a plain message and the position for a JSON syntax error reported by the runtime as `raw`. */
function describeJsonError(raw: string, text: string): { message: string; position: Position | undefined } {
  const given = /at position (\d+)/.exec(raw)?.[1];
  const first = firstJsonError(text);
  const offset = given === undefined ? first?.offset : Number(given);
  const position = offset === undefined ? undefined : positionAt(text, offset);
  // The commonest slip: a comma after the last item of a list or group, which JSON does not allow.
  const before = first === undefined ? "" : text.slice(0, first.offset).trimEnd();
  if (first !== undefined && before.endsWith(",") && /^\s*[}\]]/.test(text.slice(first.offset))) {
    return {
      message: "there is a comma after the last item of a list or group: remove it",
      position: positionAt(text, before.length - 1),
    };
  }
  if (text.trim() === "") return { message: "the file is empty", position };
  if (/^Unexpected end of JSON input/.test(raw) || (offset !== undefined && offset >= text.trimEnd().length)) {
    return { message: "the file ends too soon: a closing } or ] may be missing", position };
  }
  if (given === undefined && first !== undefined && first.length > 0) {
    // The runtime names a token but not where it is, so name what the lenient parser found instead.
    return { message: `unexpected "${text.slice(first.offset, first.offset + first.length)}"`, position };
  }
  const message = raw
    .replace(/\s*(in JSON )?at position \d+.*$/s, "")
    .replace(/^JSON\.parse: /, "")
    .replace(/, ".*" is not valid JSON$/s, "");
  return { message, position };
}

/** Plain-English readings of the YAML mistakes authors make most. */
const YAML_HINTS: Partial<Record<YAMLError["code"], string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'a line is indented too far, or a value contains ": " (put such a value in quotes)',
  DUPLICATE_KEY: "a field is written twice",
  TAB_AS_INDENT: "indent with spaces, not tabs",
};

/**
 * How many values front-matter aliases (`*name`) may stand for, as the yaml library counts them: a few hundred
 * bytes of aliases of aliases can otherwise stand for billions of values.
 */
export const MAX_ALIAS_COUNT = 100;

/** The one way front matter is read: YAML 1.2's core schema, each field once, errors kept plain. */
const YAML_OPTIONS = { version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false } as const;

const NESTING_MESSAGE = `has lists or groups nested more than ${MAX_NESTING} deep: content files need only a few levels`;

/** Returns the offset of the first node nested deeper than MAX_NESTING, walking without recursion, if there is one. */
function deepestNode(root: unknown): number | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, depth } = next;
    if (!isCollection(node)) continue;
    if (depth >= MAX_NESTING) return node.range?.[0] ?? 0;
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/** Returns the 1-based number of the first of the most indented lines of a text. */
function mostIndentedLine(text: string): number {
  let best = { line: 1, indent: -1 };
  text.split("\n").forEach((line, index) => {
    const indent = line.length - line.trimStart().length;
    if (indent > best.indent) best = { line: index + 1, indent };
  });
  return best.line;
}

// The closing "---" must stand on a line of its own, so a value such as "Part one ---" does not end the front matter.
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Returns the parsed Markdown file (YAML front matter and body), or a problem naming the line and column. */
export function parseMarkdownSource(file: SourceFile): ParseResult {
  const text = file.text.replace(/^\uFEFF/, "");
  const unreadable = checkText(file, text);
  if (unreadable !== undefined) return unreadable;
  const match = FRONT_MATTER.exec(text);
  if (match === null) {
    return syntaxError(
      file.path,
      'has no front matter: start the file with a line "---", the fields, then another "---"',
      {
        line: 1,
        column: 1,
      },
    );
  }
  const yamlText = match[1] ?? "";
  // Plain front matter (scalars, lists and groups a few levels deep, no anchors or aliases) is read fast; the YAML
  // library reads anything else, under every limit below, and reads plain front matter only when a field must be
  // placed (few files have a problem).
  const plain = readPlainYaml(yamlText);
  let parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const parse = (): { doc: Document.Parsed; lineCounter: LineCounter } => {
    if (parsed === undefined) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(yamlText, { ...YAML_OPTIONS, lineCounter }), lineCounter };
    }
    return parsed;
  };
  const lineOf = (offset: number): Position => {
    const at = parse().lineCounter.linePos(offset);
    // Line 1 is the opening "---", so front-matter line n is file line n + 1.
    return { line: at.line + 1, column: at.col };
  };
  let data: unknown = plain?.data;
  if (plain === undefined) {
    let doc: Document.Parsed;
    try {
      doc = parse().doc;
    } catch {
      // Only a stack exhausted by nesting thousands deep escapes the parser; the most indented line is the deepest.
      return syntaxError(file.path, NESTING_MESSAGE, { line: mostIndentedLine(yamlText) + 1, column: 1 });
    }
    const firstError = doc.errors[0];
    if (firstError !== undefined) {
      // The parser reports a stack it exhausted as an error of its own: nesting that deep is the author's mistake.
      if (firstError.code === "RESOURCE_EXHAUSTION")
        return syntaxError(file.path, NESTING_MESSAGE, lineOf(firstError.pos[0]));
      const message = YAML_HINTS[firstError.code] ?? firstError.message.split("\n")[0] ?? firstError.message;
      return syntaxError(file.path, `has front matter that is not valid YAML: ${message}`, lineOf(firstError.pos[0]));
    }
    const deep = deepestNode(doc.contents);
    if (deep !== undefined) return syntaxError(file.path, NESTING_MESSAGE, lineOf(deep));
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
    } catch {
      // The only error reading a parsed document can raise is the alias limit's.
      let alias: number | undefined;
      visit(doc, {
        Alias: (_key, node) => {
          alias = node.range?.[0];
          return visit.BREAK;
        },
      });
      return syntaxError(
        file.path,
        "has front matter whose aliases (*name) repeat values too many times: write the values out instead",
        alias === undefined ? undefined : lineOf(alias),
      );
    }
  }
  const locate = (path: readonly PropertyKey[]): Position | undefined => {
    // The fast reader knows where a field it read is written, so the library parses only to place anything else.
    const name = plain?.nameAt(path);
    if (name !== undefined) return { line: name.line + 1, column: name.column };
    const { doc } = parse();
    // Point at a field's name, as for JSON, so an unknown or misspelt field is found where it is written.
    const parent: unknown = doc.getIn(path.slice(0, -1), true);
    const last = path.at(-1);
    if (last !== undefined && isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
      if (isNode(pair?.key) && pair.key.range) return lineOf(pair.key.range[0]);
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineOf(node.range[0]);
    }
    return undefined;
  };
  const bodyLine = match[0].split("\n").length - (match[0].endsWith("\n") ? 0 : 1);
  return { ok: true, source: { data, body: text.slice(match[0].length), bodyLine, locate } };
}

// A fast reader for the plain YAML that front matter is almost always written in: fields, nested fields and lists,
// one value per line. Parsing every front matter with the full YAML library took half of validation's time at 1,000
// partnerships; this reads the common shape in a fraction of it and gives up (undefined) on anything else, which
// the full library then reads, so the data and every error are always exactly the library's.

/** Thrown inside the reader when the text is not of the plain shape; never escapes it. */
class NotPlain extends Error {}

/** The deepest indentation, in spaces, the fast reader takes on: real front matter is indented far less. */
const MAX_PLAIN_INDENT = 32;

/** One non-blank line: its 1-based number, its indentation and its text after it. */
interface Line {
  number: number;
  indent: number;
  text: string;
}

/** Where a field's name is written in the text: 1-based line and column. */
export interface FieldPosition {
  line: number;
  column: number;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;

// What YAML 1.2's core schema (the YAML library's default) reads a plain value as, other than a string.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]+$/;
// Octal, hexadecimal, floats, infinities and not-a-number are left to the library.
const OTHER_NUMBER =
  /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// A plain value that starts with an indicator, or holds a comment or a colon and space, is left to the library.
const UNPLAIN_START = /^[-?:,[\]{}#&*!|>%@`]/;
const UNPLAIN_INSIDE = / #|: |:$|\t/;
const JSON_ESCAPES = /\\(?:[^"\\/bfnrtu]|u(?![0-9a-fA-F]{4}))/;

/** Returns the value of one scalar written on a line, or throws NotPlain. */
function scalar(raw: string): unknown {
  const text = raw.trimEnd();
  if (text.startsWith('"')) {
    // One line, closed, and only escapes that mean the same in JSON.
    if (text.length < 2 || !text.endsWith('"') || JSON_ESCAPES.test(text)) throw new NotPlain();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new NotPlain();
    }
    return value;
  }
  if (text.startsWith("'")) {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith("'") || /'(?!')/.test(inner.replaceAll("''", ""))) throw new NotPlain();
    return inner.replaceAll("''", "'");
  }
  if (UNPLAIN_START.test(text) || UNPLAIN_INSIDE.test(text)) throw new NotPlain();
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (DECIMAL.test(text)) {
    const number = Number(text);
    if (!Number.isSafeInteger(number)) throw new NotPlain();
    return number;
  }
  if (OTHER_NUMBER.test(text)) throw new NotPlain();
  return text;
}

/** Reads the lines of a plain YAML text, from a cursor, into data. */
class Reader {
  private at = 0;

  /** Where the name of each field of each group read is written. */
  readonly names = new Map<object, Map<string, FieldPosition>>();

  private readonly lines: readonly Line[];

  constructor(lines: readonly Line[]) {
    this.lines = lines;
  }

  done(): boolean {
    return this.at >= this.lines.length;
  }

  /** Reads the fields at exactly `indent`, the first of which may already be cut to `first`. */
  map(indent: number, first?: string): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    const names = new Map<string, FieldPosition>();
    this.names.set(data, names);
    let text = first;
    for (;;) {
      if (text === undefined) {
        const line = this.lines[this.at];
        if (line === undefined || line.indent < indent) return data;
        if (line.indent > indent) throw new NotPlain();
        text = line.text;
      }
      const number = (this.lines[this.at] as Line).number;
      this.at += 1;
      const match = KEY.exec(text);
      const key = match?.[1];
      // A name written twice is an error the library reports; a name that YAML reads as null or true is no plain
      // name, and "__proto__" would not be a plain field.
      if (key === undefined || Object.hasOwn(data, key) || key === "__proto__" || NULL.test(key) || TRUE.test(key)) {
        throw new NotPlain();
      }
      if (FALSE.test(key)) throw new NotPlain();
      // A field's name starts at the group's indentation, after "- " for the first field of a list item.
      names.set(key, { line: number, column: indent + 1 });
      data[key] =
        match?.[2] === undefined || match[2].trim() === "" ? this.nested(indent) : this.value(match[2], indent);
      text = undefined;
    }
  }

  /** Reads the value of a field written on the lines below it at `indent`: a list, fields, or nothing (null). */
  private nested(indent: number): unknown {
    const next = this.lines[this.at];
    if (next === undefined || next.indent < indent) return null;
    // A list may stand at its field's own indentation; fields below must be indented further.
    if (next.text === "-" || next.text.startsWith("- ")) return this.list(next.indent);
    if (next.indent === indent) return null;
    return this.map(next.indent);
  }

  /** Reads a value written after "key: " in fields at `indent`: the whole value, with nothing indented below it. */
  private value(raw: string, indent: number): unknown {
    const value = scalar(raw);
    const next = this.lines[this.at];
    if (next !== undefined && next.indent > indent) throw new NotPlain();
    return value;
  }

  /** Reads the items of a list at `indent`: values, or groups of fields whose first field follows the "- ". */
  private list(indent: number): unknown[] {
    const items: unknown[] = [];
    for (;;) {
      const line = this.lines[this.at];
      if (line === undefined || line.indent < indent) return items;
      if (line.indent > indent || !line.text.startsWith("- ")) {
        if (line.indent === indent && !line.text.startsWith("-")) return items;
        throw new NotPlain();
      }
      const rest = line.text.slice(2);
      const inner = rest.length - rest.trimStart().length;
      const itemText = rest.trimStart();
      if (KEY.test(itemText)) {
        items.push(this.map(indent + 2 + inner, itemText));
      } else {
        this.at += 1;
        items.push(scalar(itemText));
        const next = this.lines[this.at];
        if (next !== undefined && next.indent > indent) throw new NotPlain();
      }
    }
  }
}

/** Front matter read by the fast reader: its data, and where a field's name is written. */
export interface PlainYaml {
  data: Record<string, unknown>;
  /**
   * Returns where the name of the field at `path` is written, as the YAML library places it, when the field is there
   * in a group of fields; undefined otherwise.
   */
  nameAt: (path: readonly PropertyKey[]) => FieldPosition | undefined;
}

/**
 * Returns front matter written in plain YAML (fields, nested fields and lists, one value per line, spaces for
 * indentation, no comments): its data, exactly as the YAML library reads it, and where its fields are written;
 * undefined for any other text.
 */
export function readPlainYaml(text: string): PlainYaml | undefined {
  const lines: Line[] = [];
  let number = 0;
  for (const raw of text.split("\n")) {
    number += 1;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const content = line.trimStart();
    if (content === "") {
      // A blank line with a tab in it, or any whitespace but spaces, is left to the library.
      if (/[^ ]/.test(line)) return undefined;
      continue;
    }
    const indent = line.length - content.length;
    // Front matter a few levels deep is plain; anything indented further is left to the library and its nesting limit.
    if (indent > MAX_PLAIN_INDENT) return undefined;
    if (/\t/.test(line.slice(0, indent)) || content.startsWith("#") || content.startsWith("---")) return undefined;
    lines.push({ number, indent, text: content.trimEnd() });
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  try {
    const reader = new Reader(lines);
    const data = reader.map(0);
    if (!reader.done()) return undefined;
    // Only the names' places are kept with the data, not the reader and the lines it read.
    const { names } = reader;
    const nameAt = (path: readonly PropertyKey[]): FieldPosition | undefined => {
      let parent: unknown = data;
      for (const key of path.slice(0, -1)) {
        if (parent === null || typeof parent !== "object" || !Object.hasOwn(parent, key)) return undefined;
        parent = (parent as Record<PropertyKey, unknown>)[key];
      }
      const last = path.at(-1);
      return parent === null || typeof parent !== "object" || last === undefined
        ? undefined
        : names.get(parent)?.get(String(last));
    };
    return { data, nameAt };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

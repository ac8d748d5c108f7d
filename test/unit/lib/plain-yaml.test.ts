import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { readPlainYaml } from "../../../src/lib/plain-yaml.ts";

/** Front matter the fast reader reads, each with what the YAML library reads from it. */
const PLAIN: [string, Record<string, unknown>][] = [
  ["title: Annual review\ndate: 2024-06-30", { title: "Annual review", date: "2024-06-30" }],
  [
    "title: \"Legal: a review \\\"quoted\\\" \\u00e9\"\nnote: 'it''s'\nempty:\nnothing: ~\nn: null",
    { title: 'Legal: a review "quoted" é', note: "it's", empty: null, nothing: null, n: null },
  ],
  [
    "value: 695000\nnegative: +12\nyes: true\nno: False\nword: yes",
    { value: 695000, negative: 12, yes: true, no: false, word: "yes" },
  ],
  ["text: partner's view, 50% done\nunder_score: 1_000", { text: "partner's view, 50% done", under_score: "1_000" }],
  [
    "partners:\n  - name: A\n    sector: public\n  - name: B\n    role: lead\nafter: x",
    {
      partners: [
        { name: "A", sector: "public" },
        { name: "B", role: "lead" },
      ],
      after: "x",
    },
  ],
  ["partners:\n- name: A\n- plain\nafter: x", { partners: [{ name: "A" }, "plain"], after: "x" }],
  [
    "accountability:\n  portfolio: Leader\n  committee:\n    name: Joint\nstatus: active\r\n",
    { accountability: { portfolio: "Leader", committee: { name: "Joint" } }, status: "active" },
  ],
  ["tags:\n  - one\n  -   two  \n\n  - 3", { tags: ["one", "two", 3] }],
];

/** Front matter the fast reader leaves to the YAML library: other shapes, other numbers, errors. */
const NOT_PLAIN = [
  "",
  "# a comment\ntitle: A",
  "title: A # a comment",
  "title: [a, b]",
  "title: |\n  block",
  "title: first line\n  continued",
  "title: A\ntitle: B",
  "title: 'open",
  '"quoted key": A',
  "title: a: b",
  "title: &anchor A",
  "title: !tag A",
  "ratio: 1.5",
  "hex: 0x1F",
  "big: 123456789012345678901",
  "minus: -5",
  "null: A",
  "true: A",
  " indented: A",
  "title:\tA",
  "list:\n  - - nested",
  "list:\n  -\n  - b",
  'escaped: "\\x41"',
  "bad indent:\n    a: 1\n  b: 2",
  "---\ntitle: A",
];

describe("readPlainYaml(text)", () => {
  it.each(PLAIN)("readPlainYaml(%j) reads it exactly as the YAML library does", (text, expected) => {
    expect(readPlainYaml(text)?.data).toEqual(expected);
    expect(parseDocument(text, { uniqueKeys: true }).toJS()).toEqual(expected);
  });

  it.each(NOT_PLAIN)("readPlainYaml(%j) is undefined: the YAML library reads it", (text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });
});

describe("readPlainYaml(text) and the nesting limit", () => {
  it("readPlainYaml leaves groups indented past 32 spaces to the library, whose nesting limit then applies", () => {
    const nested = (depth: number) =>
      Array.from({ length: depth }, (_, level) => `${" ".repeat(level * 2)}k${level}:`).join("\n") + " 1";
    // Seventeen levels put the last field 32 spaces in; eighteen put it 34 in.
    expect(readPlainYaml(nested(17))?.data).toBeDefined();
    expect(readPlainYaml(nested(18))).toBeUndefined();
  });
});

describe("readPlainYaml(text).nameAt(path)", () => {
  const text =
    "title: A\n\npartners:\n  - name: A\n    sector: public\n  -   name: B\nabout:\n  lead: C\r\n  list:\n  - x\n";
  const placed: [readonly PropertyKey[], { line: number; column: number } | undefined][] = [
    [["title"], { line: 1, column: 1 }],
    [["partners"], { line: 3, column: 1 }],
    [["partners", 0, "name"], { line: 4, column: 5 }],
    [["partners", 0, "sector"], { line: 5, column: 5 }],
    [["partners", 1, "name"], { line: 6, column: 7 }],
    [["about", "lead"], { line: 8, column: 3 }],
    [["about", "list"], { line: 9, column: 3 }],
    // Only a field that is there is placed; the library places the rest.
    [["partners", 1, "sector"], undefined],
    [["partners", 2, "name"], undefined],
    [["about", "list", 0], undefined],
    [["title", "x"], undefined],
    [["toString"], undefined],
    [[], undefined],
  ];

  it.each(placed)("readPlainYaml(text).nameAt(%j) is %j", (path, expected) => {
    expect(readPlainYaml(text)?.nameAt(path)).toEqual(expected);
  });

  it("readPlainYaml(text) places each field's name where the YAML library does", () => {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines });
    for (const [path, expected] of placed) {
      if (expected === undefined) continue;
      const parent = doc.getIn(path.slice(0, -1), true);
      const pair = isMap(parent)
        ? parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1))
        : undefined;
      const at = isScalar(pair?.key) && pair.key.range ? lines.linePos(pair.key.range[0]) : undefined;
      expect(at && { line: at.line, column: at.col }).toEqual(expected);
    }
  });
});

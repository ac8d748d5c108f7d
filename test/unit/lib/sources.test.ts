import { describe, expect, it } from "vitest";
import { parseJsonSource, parseMarkdownSource, type ParseResult } from "../../../src/lib/sources.ts";
import { codePointName, mandatoryBreakCodePoints, possibleLineEnds } from "../helpers/line-ends.ts";

/** Returns the parsed source, failing the test when the file did not parse. */
function parsed(result: ParseResult) {
  if (!result.ok) throw new Error(`expected the file to parse: ${JSON.stringify(result.problems)}`);
  return result.source;
}

/** Returns "message (line L, column C)" for a file that did not parse. */
function failure(result: ParseResult): string {
  if (result.ok) throw new Error("expected the file not to parse");
  expect(result.problems).toHaveLength(1);
  const [problem] = result.problems;
  expect(problem?.field).toBe("(file)");
  expect(problem?.severity).toBe("error");
  return `${problem?.message} (line ${problem?.line}, column ${problem?.column})`;
}

const json = (text: string) => parseJsonSource({ path: "x.json", text });
const markdown = (text: string) => parseMarkdownSource({ path: "x.md", text });

describe("parseJsonSource(file)", () => {
  it("parseJsonSource(file) returns the data and no body", () => {
    const source = parsed(json('{ "a": [1, 2] }'));
    expect(source.data).toEqual({ a: [1, 2] });
    expect(source.body).toBe("");
  });

  it("parseJsonSource(file) ignores a byte order mark", () => {
    expect(parsed(json('\uFEFF{ "a": 1 }')).data).toEqual({ a: 1 });
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', "is not valid JSON: Expected ',' or '}' after property value (line 3, column 3)"],
    [
      '{\n  "a": [1, 2,]\n}',
      "is not valid JSON: there is a comma after the last item of a list or group: remove it (line 2, column 13)",
    ],
    [
      '{\n  "a": 1,\n}',
      "is not valid JSON: there is a comma after the last item of a list or group: remove it (line 2, column 9)",
    ],
    ['{\n  "a": tru\n}', 'is not valid JSON: unexpected "tru" (line 2, column 8)'],
    ["{\n  'a': 1\n}", "is not valid JSON: Expected property name or '}' (line 2, column 3)"],
    ['{\n  "a": {\n', "is not valid JSON: the file ends too soon: a closing } or ] may be missing (line 3, column 1)"],
    ["", "is not valid JSON: the file is empty (line 1, column 1)"],
    ['{ "a": 1 }\n}', "is not valid JSON: Unexpected non-whitespace character after JSON (line 2, column 1)"],
  ])("parseJsonSource(file) reports %j with its line and column", (text, expected) => {
    expect(failure(json(text))).toBe(expected);
  });

  it("parseJsonSource(file) reports a field written twice in one group, which JSON.parse would silently drop", () => {
    expect(failure(json('{\n  "ratings": [{ "a": 1, "b": 2 }],\n  "ratings": []\n}'))).toBe(
      'has the field "ratings" written twice in one group: keep one (only the last would be read) (line 3, column 3)',
    );
    expect(failure(json('{ "ratings": [{ "level": 1, "level": 2 }] }'))).toBe(
      'has the field "level" written twice in one group: keep one (only the last would be read) (line 1, column 29)',
    );
  });

  it("parseJsonSource(file) finds a field written twice with spaces, tabs or a line break before its colon", () => {
    expect(failure(json('{ "a" : 1, "a" : 2, "b": "\\":" }'))).toBe(
      'has the field "a" written twice in one group: keep one (only the last would be read) (line 1, column 12)',
    );
    expect(failure(json('{ "a" : 1, "b":2, "a"\t: 3 }'))).toBe(
      'has the field "a" written twice in one group: keep one (only the last would be read) (line 1, column 19)',
    );
    expect(failure(json('{\r\n  "a": 1,\r\n  "a"\r\n  : 2\r\n}'))).toBe(
      'has the field "a" written twice in one group: keep one (only the last would be read) (line 3, column 3)',
    );
  });

  it('parseJsonSource(file) reads a value holding \\": as one field, not as a field written twice', () => {
    expect(parsed(json('{ "a": "say \\"b\\": c", "b": 1 }')).data).toEqual({ a: 'say "b": c', b: 1 });
  });

  it("parseJsonSource(file) refuses brackets nested more than 64 deep where the 65th starts, valid or not", () => {
    const nesting = "has lists or groups nested more than 64 deep: content files need only a few levels";
    expect(failure(json(`{ "a": ${"[".repeat(70)}${"]".repeat(70)} }`))).toBe(`${nesting} (line 1, column 71)`);
    expect(failure(json(`{ "a": ${"[".repeat(70)}`))).toBe(`${nesting} (line 1, column 71)`);
    expect(parsed(json(`{ "a": "${"[".repeat(70)}" }`)).data).toEqual({ a: "[".repeat(70) });
  });

  it("parseJsonSource(file) allows the same field name in different groups", () => {
    expect(parsed(json('{ "a": { "id": 1 }, "b": [{ "id": 1 }, { "id": 2 }] }')).data).toEqual({
      a: { id: 1 },
      b: [{ id: 1 }, { id: 2 }],
    });
  });

  it("parseJsonSource(file) counts lines of a file with Windows line endings", () => {
    expect(failure(json('{\r\n  "a": 1\r\n  "b": 2\r\n}'))).toBe(
      "is not valid JSON: Expected ',' or '}' after property value (line 3, column 3)",
    );
  });

  it("parseJsonSource(file) locates a field by its name, an array item, and a missing field by its parent", () => {
    const source = parsed(json('{\n  "ratings": [\n    { "factor": "strategy", "level": 7 }\n  ]\n}'));
    expect(source.locate(["ratings"])).toEqual({ line: 2, column: 3 });
    expect(source.locate(["ratings", 0])).toEqual({ line: 3, column: 5 });
    expect(source.locate(["ratings", 0, "level"])).toEqual({ line: 3, column: 29 });
    expect(source.locate(["ratings", 0, "group"])).toEqual({ line: 3, column: 5 });
    expect(source.locate(["risks"])).toEqual({ line: 1, column: 1 });
    expect(source.locate([])).toEqual({ line: 1, column: 1 });
  });

  it("parseJsonSource(file) locates past strings holding brackets, quotes and escaped names, and items of nested lists", () => {
    const text = [
      "{",
      '  "note": "a } ] { [ \\" quoted",',
      '  "lists": [[1, 2], [3, {"x": "]"}], true, null],',
      '  "na\\u006de": { "level": 2 },',
      '  "last": [ "one" , "two" ]',
      "}",
    ].join("\n");
    const source = parsed(json(text));
    expect(source.locate(["lists", 1, 1, "x"])).toEqual({ line: 3, column: 26 });
    expect(source.locate(["lists", 3])).toEqual({ line: 3, column: 44 });
    expect(source.locate(["name", "level"])).toEqual({ line: 4, column: 18 });
    expect(source.locate(["last", 1])).toEqual({ line: 5, column: 21 });
    expect(source.locate(["last", 2])).toEqual({ line: 5, column: 3 });
    expect(source.locate(["lists", "x"])).toEqual({ line: 3, column: 3 });
  });
});

describe("parseMarkdownSource(file)", () => {
  it("parseMarkdownSource(file) returns the front matter as data and the rest as the body", () => {
    const source = parsed(markdown("---\ntitle: Annual review\ndate: 2024-06-30\n---\n\n## Findings\n"));
    expect(source.data).toEqual({ title: "Annual review", date: "2024-06-30" });
    expect(source.body).toBe("\n## Findings\n");
  });

  it("parseMarkdownSource(file) reads empty front matter as no fields", () => {
    expect(parsed(markdown("---\n---\nBody")).data).toEqual({});
    expect(parsed(markdown("---\n\n---\nBody")).data).toEqual({});
  });

  it("parseMarkdownSource(file) reads Windows line endings and a byte order mark", () => {
    const source = parsed(markdown("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n"));
    expect(source.data).toEqual({ title: "A" });
    expect(source.body).toBe("Body\r\n");
  });

  it('parseMarkdownSource(file) ends the front matter only at a line that is just "---"', () => {
    const source = parsed(markdown("---\ntitle: Part one ---\nsummary: S\n---\nBody"));
    expect(source.data).toEqual({ title: "Part one ---", summary: "S" });
    expect(source.body).toBe("Body");
  });

  it.each([
    [
      "## Findings\n",
      'has no front matter: start the file with a line "---", the fields, then another "---" (line 1, column 1)',
    ],
    [
      "---\ntitle: A\n",
      'has no front matter: start the file with a line "---", the fields, then another "---" (line 1, column 1)',
    ],
    [
      "---\ntitle: A\nsummary: Legal advice: two councils\n---\n",
      'has front matter that is not valid YAML: a line is indented too far, or a value contains ": " (put such a value in quotes) (line 3, column 10)',
    ],
    [
      "---\ntitle: A\ntitle: B\n---\n",
      "has front matter that is not valid YAML: a field is written twice (line 3, column 1)",
    ],
    [
      "---\npartners:\n\t- a\n---\n",
      "has front matter that is not valid YAML: indent with spaces, not tabs (line 3, column 1)",
    ],
    [
      '---\ntitle: "Annual\n---\n',
      'has front matter that is not valid YAML: Missing closing "quote (line 2, column 15)',
    ],
  ])("parseMarkdownSource(file) reports %j with its line and column", (text, expected) => {
    expect(failure(markdown(text))).toBe(expected);
  });

  it("parseMarkdownSource(file) locates a field by its name, counting the opening --- as line 1", () => {
    const source = parsed(markdown("---\nname: A\npartners:\n  - name: B\n    sector: publik\nassesedLevel: x\n---\n"));
    expect(source.locate(["name"])).toEqual({ line: 2, column: 1 });
    expect(source.locate(["assesedLevel"])).toEqual({ line: 6, column: 1 });
    expect(source.locate(["partners", 0])).toEqual({ line: 4, column: 5 });
    expect(source.locate(["partners", 0, "sector"])).toEqual({ line: 5, column: 5 });
  });

  it("parseMarkdownSource(file) locates a missing field at its parent", () => {
    const source = parsed(markdown("---\nname: A\npartners:\n  - name: B\n---\n"));
    expect(source.locate(["partners", 0, "sector"])).toEqual({ line: 4, column: 5 });
    expect(source.locate(["summary"])).toEqual({ line: 2, column: 1 });
    expect(source.locate([])).toEqual({ line: 2, column: 1 });
  });

  it("parseMarkdownSource(file) keeps dates as the text written, not as Date objects", () => {
    expect(parsed(markdown("---\ndate: 2024-02-30\n---\n")).data).toEqual({ date: "2024-02-30" });
  });
});

describe("every reader ends lines at the same places", () => {
  // Generated from Unicode's classes and the engine's own rules (see helpers/line-ends.ts), never listed by hand.
  // Worked out once, while the tests are collected: the algorithm runs over every code point, which takes seconds.
  const mandatoryBreaks = mandatoryBreakCodePoints();
  const lineEnds = possibleLineEnds(mandatoryBreaks);

  it("the generated list holds Unicode's classes BK, CR, LF and NL and every control character", () => {
    // A check that the generation found something: these seven are the whole of BK, CR, LF and NL in Unicode 13.
    expect(mandatoryBreaks.map(codePointName)).toEqual([
      "U+000A",
      "U+000B",
      "U+000C",
      "U+000D",
      "U+0085",
      "U+2028",
      "U+2029",
    ]);
    // 65 controls (U+0000-U+001F, U+007F-U+009F) and the two separators.
    expect(lineEnds).toHaveLength(67);
  });

  // A comment ending in the character, then the embargo: one reader that ended the line there and another that did
  // not would disagree about whether the review is embargoed.
  const attack = (char: string) =>
    `---\ntitle: Review\n# checked${char}publishDate: 2099-01-01\ndate: 2024-06-30\nstatus: published\n---\nBody\n`;

  it.each(lineEnds.map((code) => [codePointName(code), code]))(
    "parseMarkdownSource(file) reads %s after a comment as a line end for every reader, or refuses it with its line and column",
    (_name, code) => {
      const result = markdown(attack(String.fromCodePoint(code)));
      if (code === 0x0a) {
        expect(parsed(result).data).toEqual({
          title: "Review",
          publishDate: "2099-01-01",
          date: "2024-06-30",
          status: "published",
        });
      } else if (code === 0x09) {
        // A tab ends a line for no reader: the comment goes on to the end of the line for all of them.
        expect(parsed(result).data).toEqual({ title: "Review", date: "2024-06-30", status: "published" });
      } else {
        expect(failure(result)).toMatch(/ \(line 3, column 10\)$/);
      }
    },
  );

  it.each(lineEnds.map((code) => [codePointName(code), code]))(
    "parseJsonSource(file) refuses %s in a value, and between fields unless JSON reads it as white space, with its line and column",
    (_name, code) => {
      const char = String.fromCodePoint(code);
      const inValue = json(`{\n  "summary": "a${char}b",\n  "publishDate": "2099-01-01"\n}\n`);
      const between = json(`{\n  "summary": "a",${char}"publishDate": "2099-01-01"\n}\n`);
      // JSON itself allows no control character in a string, a tab included.
      expect(failure(inValue)).toMatch(/ \(line 2, column 16\)$/);
      if (code === 0x09 || code === 0x0a) {
        expect(parsed(between).data).toEqual({ summary: "a", publishDate: "2099-01-01" });
      } else {
        expect(failure(between)).toMatch(/ \(line 2, column 18\)$/);
      }
    },
  );

  it("parseMarkdownSource(file) names the character and what to do", () => {
    expect(failure(markdown(attack("\u2028")))).toBe(
      "has a line separator (U+2028), which some programs read as the end of a line and others do not: replace it with an ordinary line break (line 3, column 10)",
    );
    expect(failure(markdown(attack("\u001b")))).toBe(
      "has the control character U+001B, which is not text and which some programs read as the end of a line: remove it (line 3, column 10)",
    );
  });

  it("parseMarkdownSource(file) still reads Windows line endings (CR LF) as one line end", () => {
    expect(parsed(markdown(attack("\r\n"))).data).toEqual({
      title: "Review",
      publishDate: "2099-01-01",
      date: "2024-06-30",
      status: "published",
    });
  });
});

describe("parseMarkdownSource(file) keeps within YAML's limits", () => {
  const nesting = "has lists or groups nested more than 64 deep: content files need only a few levels";

  it("parseMarkdownSource(file) refuses block nesting deeper than 64 where the 65th group starts", () => {
    const nested = Array.from({ length: 100 }, (_, depth) => `${" ".repeat(depth)}a:`).join("\n");
    expect(failure(markdown(`---\n${nested} x\n---\n`))).toBe(`${nesting} (line 66, column 65)`);
  });

  it("parseMarkdownSource(file) refuses nesting deep enough to exhaust the parser's stack", () => {
    expect(failure(markdown(`---\na:\n${"- ".repeat(20_000)}x\n---\n`))).toMatch(
      new RegExp(`^${nesting} \\(line \\d+, column \\d+\\)$`),
    );
    // Deep enough that the parser either reports its stack exhausted or throws.
    for (const depth of [1200, 2000]) {
      const nested = Array.from({ length: depth }, (_, level) => `${" ".repeat(level)}a:`).join("\n");
      expect(failure(markdown(`---\n${nested} x\n---\n`))).toMatch(
        new RegExp(`^${nesting} \\(line \\d+, column \\d+\\)$`),
      );
    }
  });

  it("parseMarkdownSource(file) reads a few aliases, and refuses an alias bomb at its first alias", () => {
    expect(parsed(markdown("---\na: &x [1, 2]\nb: *x\n---\n")).data).toEqual({ a: [1, 2], b: [1, 2] });
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ].join("\n");
    expect(failure(markdown(`---\n${bomb}\n---\n`))).toBe(
      "has front matter whose aliases (*name) repeat values too many times: write the values out instead (line 3, column 8)",
    );
  });
});

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, plainNumber, toCsv } from "../../../../src/lib/open-data/csv.ts";

describe("csvCell(value)", () => {
  it("writes plain text, numbers and booleans as they are, and nothing as an empty cell", () => {
    expect([
      csvCell("Legal services"),
      csvCell(1250000),
      csvCell(2.5),
      csvCell(true),
      csvCell(false),
      csvCell(undefined),
    ]).toEqual(["Legal services", "1250000", "2.5", "true", "false", ""]);
  });

  it("quotes a cell holding a comma, a quote or a line break, doubling quotes", () => {
    expect(csvCell("Slow, but improving")).toBe('"Slow, but improving"');
    expect(csvCell('The "front door"')).toBe('"The ""front door"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("line one\r\nline two")).toBe('"line one\r\nline two"');
  });

  it("neutralises a text cell a spreadsheet would run as a formula", () => {
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("+44 1234")).toBe("'+44 1234");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    // A carriage return is also a line break, so the neutralised cell is quoted too.
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
  });

  it("leaves text with a formula character later on, and negative numbers, alone", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("e-mail")).toBe("e-mail");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell("'1")).toBe("'1");
    expect(csvCell("")).toBe("");
  });
});

describe("plainNumber(value)", () => {
  it("writes digits without grouping or exponent", () => {
    expect([plainNumber(0), plainNumber(250000), plainNumber(4.2), plainNumber(1e21), plainNumber(0.0000001)]).toEqual([
      "0",
      "250000",
      "4.2",
      "1000000000000000000000",
      "0.0000001",
    ]);
  });

  it("refuses a value that is not a finite number", () => {
    expect(() => plainNumber(Number.NaN)).toThrow(RangeError);
    expect(() => plainNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("toCsv(header, records)", () => {
  it("writes a byte order mark, the header and the records, each line ending CRLF", () => {
    expect(
      toCsv(
        ["id", "comment", "amount"],
        [
          ["a", "Fine, thanks", 10],
          ["b", undefined, undefined],
        ],
      ),
    ).toBe('\uFEFFid,comment,amount\r\na,"Fine, thanks",10\r\nb,,\r\n');
  });

  it("writes only the header when there are no records", () => {
    expect(toCsv(["id"], [])).toBe("\uFEFFid\r\n");
  });

  it("round-trips through a real CSV parser", () => {
    const cells = ["=SUM(A1)", 'a "quoted", multi\nline value', "£1,250 – café", "plain"];
    const parsed = parse(toCsv(["a", "b", "c", "d"], [cells]), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(parsed).toEqual([{ a: "'=SUM(A1)", b: 'a "quoted", multi\nline value', c: "£1,250 – café", d: "plain" }]);
  });
});

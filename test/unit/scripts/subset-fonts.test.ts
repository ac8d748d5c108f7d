import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main, renameFont } from "../../../scripts/subset-fonts.ts";
import { PNG_FONT_FILES } from "../../../src/data/chart-png.ts";
import { runMain } from "../helpers/command.ts";
import { ROOT } from "../helpers/fixtures.ts";

/** Returns a font's tables by tag, each as its bytes, read from its table directory. */
function tables(font: Buffer): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    const offset = font.readUInt32BE(at + 8);
    found.set(font.toString("latin1", at, at + 4), font.subarray(offset, offset + font.readUInt32BE(at + 12)));
  }
  return found;
}

/** Returns the Windows English names of a font, by name ID. */
function names(font: Buffer): Record<number, string> {
  const table = tables(font).get("name") as Buffer;
  const storage = table.readUInt16BE(4);
  const found: Record<number, string> = {};
  for (let i = 0; i < table.readUInt16BE(2); i++) {
    const at = 6 + 12 * i;
    if (table.readUInt16BE(at) !== 3 || table.readUInt16BE(at + 4) !== 0x409) continue;
    const start = storage + table.readUInt16BE(at + 10);
    const bytes = Buffer.from(table.subarray(start, start + table.readUInt16BE(at + 8)));
    found[table.readUInt16BE(at + 6)] = bytes.swap16().toString("utf16le");
  }
  return found;
}

/** Returns the sum of a font's 32-bit words, which TrueType sets to 0xB1B0AFBA through head's checkSumAdjustment. */
function wholeSum(font: Buffer): number {
  let sum = 0;
  for (let at = 0; at < font.length; at += 4) sum = (sum + font.readUInt32BE(at)) >>> 0;
  return sum;
}

const liberation = readFileSync(`${ROOT}/fonts/liberation-sans/LiberationSans-Bold.ttf`);

describe("main(args, io)", () => {
  it("main(['--check']) finds fonts/chart-sans exactly as the script makes it from Liberation Sans", async () => {
    expect(await runMain(main, ["--check"])).toEqual({
      status: 0,
      stdout: "fonts/chart-sans is up to date.\n",
      stderr: "",
    });
  });

  it("the committed subsets are renamed, keep the licence and are under a tenth of the originals' 410 KB", () => {
    const [regular, bold] = PNG_FONT_FILES.map((file) => readFileSync(file));
    expect(names(bold as Buffer)).toMatchObject({
      1: "Reviews Chart Sans",
      2: "Bold",
      4: "Reviews Chart Sans Bold",
      6: "ReviewsChartSans-Bold",
      13: "Licensed under the SIL Open Font License, Version 1.1",
    });
    expect(names(regular as Buffer)).toMatchObject({ 1: "Reviews Chart Sans", 2: "Regular", 6: "ReviewsChartSans" });
    expect(Object.values(names(bold as Buffer)).filter((name) => name.includes("Liberation Sans"))).toEqual([]);
    expect([regular?.length, bold?.length].every((size) => (size ?? Infinity) < 41_000)).toBe(true);
  });
});

describe("renameFont(font, from, to)", () => {
  it("renameFont(font, from, to) renames the family and PostScript name, keeps every other table and sets the checksums", () => {
    const renamed = renameFont(liberation, "Liberation Sans", "Test Sans");
    expect(names(renamed)).toMatchObject({
      1: "Test Sans",
      3: "Ascender - Test Sans",
      4: "Test Sans Bold",
      6: "TestSans-Bold",
      7: "Liberation is a trademark of Red Hat, Inc. registered in U.S. Patent and Trademark Office and certain other jurisdictions.",
    });
    const before = tables(liberation);
    const after = tables(renamed);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [tag, bytes] of before) {
      // head differs only in its checkSumAdjustment (bytes 8 to 11), made again for the new name table.
      if (tag === "name") continue;
      if (tag === "head") expect(after.get(tag)?.subarray(12)).toEqual(bytes.subarray(12));
      else expect(after.get(tag)).toEqual(bytes);
    }
    expect(wholeSum(renamed)).toBe(0xb1b0afba);
  });
});

// Writes the fonts chart PNGs are drawn with (fonts/chart-sans) from Liberation Sans (fonts/liberation-sans): only
// the characters UK English content needs, no hinting (resvg draws without it), every layout table kept, and renamed,
// as the SIL Open Font Licence asks of a changed copy of a font with a Reserved Font Name ("Liberation").
// resvg's Node binding reads its font files again for every run of text it lays out, some 600 times a chart, so a
// file a sixteenth of the size is most of what a PNG's set-up costs (docs/performance.md).
// npm run fonts:subset [-- --check]
import { readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import subsetFont from "subset-font";
import { PNG_FONT_FAMILY, PNG_FONT_FILES } from "../src/data/chart-png.ts";
import { runAsProcess, type CommandIo } from "./command.ts";

/** The fonts the subsets are cut from, in the order of PNG_FONT_FILES. */
export const SOURCE_FONT_FILES = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"].map((file) =>
  join(import.meta.dirname, "../fonts/liberation-sans", file),
);

/** The family name the source fonts carry, replaced by PNG_FONT_FAMILY. */
const SOURCE_FAMILY = "Liberation Sans";

/**
 * The characters kept, as inclusive ranges of code points: Basic Latin, Latin-1 (£, ×, accented letters), Latin
 * Extended-A (ŵ, ŷ and the letters of other European names), the Welsh ẁ ẃ ẅ ỳ, General Punctuation (– — ‘ ’ “ ” …),
 * the euro sign and the comparison signs the charts' words use (− ≈ ≠ ≤ ≥).
 */
export const KEPT_CHARACTERS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x100, 0x17f],
  [0x1e80, 0x1e85],
  [0x1ef2, 0x1ef3],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2212, 0x2212],
  [0x2248, 0x2248],
  [0x2260, 0x2260],
  [0x2264, 0x2265],
];

/** Returns the sum of a table's bytes as big-endian 32-bit words, the checksum TrueType keeps for each table. */
function checksum(bytes: Buffer): number {
  let sum = 0;
  for (let at = 0; at < bytes.length; at += 4) sum = (sum + bytes.readUInt32BE(at)) >>> 0;
  return sum;
}

/** Returns a name table (format 0) with `from` said as `to` in every record, spaced and, for PostScript names, not. */
function renamedNameTable(table: Buffer, from: string, to: string): Buffer {
  if (table.readUInt16BE(0) !== 0) throw new Error("the name table is not of format 0");
  const count = table.readUInt16BE(2);
  const storage = table.readUInt16BE(4);
  const records = Buffer.from(table.subarray(0, 6 + 12 * count));
  const strings: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    // Unicode and Windows names are UTF-16BE; Macintosh names here are ASCII.
    const wide = records.readUInt16BE(at) !== 1;
    const start = storage + records.readUInt16BE(at + 10);
    const raw = Buffer.from(table.subarray(start, start + records.readUInt16BE(at + 8)));
    const text = (wide ? raw.swap16().toString("utf16le") : raw.toString("latin1"))
      .replaceAll(from, to)
      .replaceAll(from.replaceAll(" ", ""), to.replaceAll(" ", ""));
    const bytes = wide ? Buffer.from(text, "utf16le").swap16() : Buffer.from(text, "latin1");
    records.writeUInt16BE(bytes.length, at + 8);
    records.writeUInt16BE(offset, at + 10);
    strings.push(bytes);
    offset += bytes.length;
  }
  records.writeUInt16BE(records.length, 4);
  return Buffer.concat([records, ...strings]);
}

/**
 * Returns a TrueType font with `from` renamed `to` in its name table; every other table is kept byte for byte, and
 * the checksums are made again.
 */
export function renameFont(font: Uint8Array, from: string, to: string): Buffer {
  const data = Buffer.from(font);
  const count = data.readUInt16BE(4);
  const directory = Buffer.from(data.subarray(0, 12 + 16 * count));
  const tables: Buffer[] = [];
  let offset = directory.length;
  let head = -1;
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = directory.toString("latin1", at, at + 4);
    const start = directory.readUInt32BE(at + 8);
    const source = data.subarray(start, start + directory.readUInt32BE(at + 12));
    const table = tag === "name" ? renamedNameTable(source, from, to) : Buffer.from(source);
    // head's checkSumAdjustment is left out of its own checksum, and set once the whole font is known.
    if (tag === "head") {
      table.writeUInt32BE(0, 8);
      head = offset;
    }
    const padded = Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
    directory.writeUInt32BE(checksum(padded), at + 4);
    directory.writeUInt32BE(offset, at + 8);
    directory.writeUInt32BE(table.length, at + 12);
    tables.push(padded);
    offset += padded.length;
  }
  const renamed = Buffer.concat([directory, ...tables]);
  if (head >= 0) renamed.writeUInt32BE((0xb1b0afba - checksum(renamed)) >>> 0, head + 8);
  return renamed;
}

/** Returns the subset of one source font: the kept characters, no hinting, its names and licence, renamed. */
export async function subsetChartFont(source: Buffer): Promise<Buffer> {
  let text = "";
  for (const [first, last] of KEPT_CHARACTERS) {
    for (let code = first; code <= last; code++) text += String.fromCodePoint(code);
  }
  // Name IDs 0 to 14: the copyright, trademark, designer, description and licence stay with the font.
  const options: Parameters<typeof subsetFont>[2] & { noHinting: boolean } = {
    targetFormat: "truetype",
    preserveNameIds: [...Array(15).keys()],
    noHinting: true,
  };
  return renameFont(await subsetFont(source, text, options), SOURCE_FAMILY, PNG_FONT_FAMILY);
}

/** Runs the command and returns its exit code: writes the subsets, or with --check says whether they are current. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args, options: { check: { type: "boolean", default: false } } });
  const stale: string[] = [];
  for (const [i, source] of SOURCE_FONT_FILES.entries()) {
    const target = PNG_FONT_FILES[i] as string;
    const subset = await subsetChartFont(await readFile(source));
    if (!values.check) await writeFile(target, subset);
    else if (!subset.equals(await readFile(target).catch(() => Buffer.alloc(0)))) stale.push(basename(target));
  }
  if (stale.length > 0) {
    io.stderr.write(
      `fonts/chart-sans is out of date with its sources (${stale.join(", ")}): run npm run fonts:subset\n`,
    );
    return 1;
  }
  io.stdout.write(values.check ? "fonts/chart-sans is up to date.\n" : "Wrote the chart fonts to fonts/chart-sans.\n");
  return 0;
}

if (import.meta.main) await runAsProcess("fonts:subset", main);

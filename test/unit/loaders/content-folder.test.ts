import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readContentFolder, validateFolder } from "../../../src/loaders/content-folder.ts";
import { fixturePath, problemLines, validateFixture } from "../helpers/fixtures.ts";

const temporary: string[] = [];

/** Returns the errors alone, as report lines: the copies of the minimal fixture also draw triangulation warnings. */
function errorLines(problems: Parameters<typeof problemLines>[0]): string[] {
  return problemLines(problems).filter((line) => line.startsWith("error "));
}

/** Returns a copy of a fixture in a temporary folder, to change without touching the fixture. */
function copyOf(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), "content-folder-"));
  temporary.push(dir);
  const copy = join(dir, "content");
  cpSync(fixturePath(fixture), copy, { recursive: true });
  return copy;
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("validateFolder(dir) reads each file once, as every later stage sees it", () => {
  it("rejects a carriage return without a line feed, which would hide publishDate from one YAML reader", async () => {
    const { problems, content } = await validateFixture("reading/bare-carriage-return");
    expect(content).toBeUndefined();
    expect(errorLines(problems)).toEqual([
      "error reviews/shared-legal/2024-annual.md: (file): has a carriage return without a line feed: save the file with ordinary line endings (LF or CRLF) (line 5, column 42)",
    ]);
  });

  it("accepts a byte-order mark on JSON files", async () => {
    const { problems, content } = await validateFixture("reading/byte-order-mark");
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(content?.site.title).toBe("Minimal partnership reviews");
    expect(content?.reviews[0]?.data.recommendations[0]?.id).toBe("min-2024-01");
  });

  it("reads a file's text without its byte-order mark, as a UTF-8 decoder does", async () => {
    const { files } = await readContentFolder(fixturePath("reading/byte-order-mark"));
    expect(files.map((file) => [file.path, file.text.slice(0, 2)])).toEqual([
      ["framework.json", "{\n"],
      ["partnerships/shared-legal.md", "--"],
      ["reviews/shared-legal/2024-annual.json", "{\n"],
      ["reviews/shared-legal/2024-annual.md", "--"],
      ["site.json", "{\n"],
    ]);
  });

  it("reads each file whole, however much longer or shorter than the one before", async () => {
    const dir = copyOf("minimal");
    const review = join(dir, "reviews/shared-legal/2024-annual.md");
    const text = readFileSync(review, "utf8");
    writeFileSync(review, `${text}\n${"Long £ body. ".repeat(20_000)}end\n`);
    const { files } = await readContentFolder(dir);
    const read = files.find((file) => file.path === "reviews/shared-legal/2024-annual.md")?.text ?? "";
    expect(read.length).toBe(text.length + 1 + 13 * 20_000 + 4);
    expect(read.slice(-6)).toBe(". end\n");
    expect(files.find((file) => file.path === "site.json")?.text.slice(-2)).toBe("}\n");
  });

  it("rejects a file that is not UTF-8, naming it, instead of publishing replacement characters", async () => {
    const { problems, content } = await validateFixture("reading/invalid-utf8");
    expect(content).toBeUndefined();
    expect(errorLines(problems)).toEqual([
      "error partnerships/shared-legal.md: (file): is not valid UTF-8 text: save it with UTF-8 encoding",
    ]);
  });

  it("rejects absurd nesting with the file's name instead of exhausting the stack", async () => {
    const { problems } = await validateFixture("reading/json-nested-too-deep");
    expect(problemLines(problems)).toEqual([
      "error reviews/shared-legal/2024-annual.json: (file): has lists or groups nested more than 64 deep: content files need only a few levels (line 2, column 77)",
    ]);
  });

  it("skips hidden files and folders (including one named ..md) for every stage alike", async () => {
    const { problems, content } = await validateFixture("reading/hidden-files");
    expect(problemLines(problems).filter((line) => line.startsWith("error"))).toEqual([]);
    expect(content?.partnerships.map((partnership) => partnership.slug)).toEqual(["shared-legal"]);
    expect(content?.reviews.map((review) => review.id)).toEqual(["2024-annual"]);
  });

  it("refuses code in MDX braces, naming file and line, and allows plain values", async () => {
    const { problems } = await validateFixture("reading/mdx-expression");
    // The fixture's two groups are fewer than triangulation needs: only its errors matter here.
    const rule =
      'only plain values may go in braces, such as {"text"} or {2024}: code in an MDX file would run on the machine that builds the site';
    expect(errorLines(problems)).toEqual([
      `error reviews/shared-legal/2024-annual.mdx: (body): ${rule} (line 15, column 29)`,
      `error reviews/shared-legal/2024-annual.mdx: (body): ${rule} (line 17, column 10)`,
    ]);
  });

  it("warns about a published review dated after today, which would otherwise silently stay off the site", async () => {
    const { problems } = await validateFolder(fixturePath("reading/future-dated-review"), "2026-11-30");
    expect(problemLines(problems).filter((line) => line.includes("date:"))).toEqual([
      "warning reviews/shared-legal/2024-annual.md: date: 2031-06-30 is after today (2026-11-30), so this published review stays off the site until then: correct the date, or set publishDate to embargo it on purpose",
    ]);
  });

  it("warns about a published update file dated after today, as it does for a review", async () => {
    const { problems } = await validateFolder(fixturePath("v2-full"), "2024-11-15");
    expect(problemLines(problems).filter((line) => line.includes("updates/"))).toEqual([
      "warning updates/shared-legal/2024-12-01.json: date: 2024-12-01 is after today (2024-11-15), so this published update stays off the site until then: correct the date, or set publishDate to embargo it on purpose",
    ]);
  });

  it("warns when reviews are marked published but none is published on the day used, naming that day", async () => {
    const { problems } = await validateFolder(fixturePath("minimal"), "2001-01-01");
    expect(problemLines(problems).filter((line) => line.includes("none is published"))).toEqual([
      "warning reviews: status: 1 review is marked published, but none is published as at 2001-01-01, the day this run used (SOURCE_DATE_EPOCH when set, else the clock): check that day, and each review's date and publishDate",
    ]);
    const later = await validateFolder(fixturePath("minimal"), "2026-11-30");
    expect(problemLines(later.problems).filter((line) => line.includes("none is published"))).toEqual([]);
  });

  it("reports a schema error once, not again as an unknown recommendation in a later update", async () => {
    const { problems } = await validateFixture("reading/update-after-invalid-review");
    expect(problemLines(problems).filter((line) => line.startsWith("error"))).toEqual([
      'error reviews/shared-legal/2024-annual.json: recommendations[0].priority: "urgent" is not allowed: use one of high, medium, low. (line 12, column 7)',
    ]);
  });
});

describe("readContentFolder(dir) and links", () => {
  it("follows a link to a file inside the content folder", async () => {
    const dir = copyOf("minimal");
    symlinkSync(join(dir, "partnerships/shared-legal.md"), join(dir, "partnerships/legal-copy.md"));
    const { files, problems } = await readContentFolder(dir);
    expect(problems).toEqual([]);
    expect(files.map((file) => file.path)).toContain("partnerships/legal-copy.md");
  });

  it("rejects a link to a file outside the content folder, naming it", async () => {
    const dir = copyOf("minimal");
    const outside = join(dir, "..", "secret.md");
    writeFileSync(outside, "---\nname: Secret\n---\n");
    symlinkSync(outside, join(dir, "partnerships/secret.md"));
    const { problems, content } = await validateFolder(dir);
    expect(content).toBeUndefined();
    expect(problemLines(problems)).toEqual([
      `error partnerships/secret.md: (file): is a link to ${outside}, outside the content folder: copy the file into the folder instead (links are followed only within it)`,
    ]);
  });

  it("rejects a linked folder outside the content folder and a broken link", async () => {
    const dir = copyOf("minimal");
    const outside = join(dir, "..", "other-reviews");
    mkdirSync(outside);
    symlinkSync(outside, join(dir, "reviews/elsewhere"));
    symlinkSync(join(dir, "missing.md"), join(dir, "partnerships/gone.md"));
    const { problems } = await readContentFolder(dir);
    expect(problemLines(problems)).toEqual([
      "error partnerships/gone.md: (file): is a link to something that does not exist: remove it or fix it",
      `error reviews/elsewhere: (file): is a link to ${outside}, outside the content folder: copy the file into the folder instead (links are followed only within it)`,
    ]);
  });

  it("stops at a link to a folder that contains it instead of walking for ever", async () => {
    const dir = copyOf("minimal");
    symlinkSync(join(dir, "reviews"), join(dir, "reviews/shared-legal/loop"));
    const { problems } = await readContentFolder(dir);
    expect(problemLines(problems)).toEqual([
      "error reviews/shared-legal/loop: (file): is a link to a folder that contains it: remove the link",
    ]);
  });
});

describe("the reading fixtures", () => {
  it("each folder under test/fixtures/reading has a test in this file", () => {
    const source = readFileSync(import.meta.filename, "utf8");
    const untested = readdirSync(fixturePath("reading")).filter((name) => !source.includes(`"reading/${name}"`));
    expect(untested).toEqual([]);
  });
});

/** Front matter whose aliases expand to 9^6 values: a few hundred bytes that would take gigabytes to read. */
const ALIAS_BOMB = [
  'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
  "g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
].join("\n");

describe("validateFolder(dir) keeps within YAML's limits and goes on to every other file", () => {
  it("reports an alias bomb as an error naming the file, and still reports the other files' problems", async () => {
    const dir = copyOf("minimal");
    const partnership = join(dir, "partnerships/shared-legal.md");
    writeFileSync(partnership, readFileSync(partnership, "utf8").replace("---\n", `---\n${ALIAS_BOMB}\n`));
    writeFileSync(join(dir, "framework.json"), "{ not json");
    const { problems, content } = await validateFolder(dir);
    expect(content).toBeUndefined();
    expect(errorLines(problems)).toEqual([
      "error framework.json: (file): is not valid JSON: Expected property name or '}' (line 1, column 3)",
      "error partnerships/shared-legal.md: (file): has front matter whose aliases (*name) repeat values too many times: write the values out instead (line 3, column 8)",
    ]);
  });

  it("reports front matter nested too deep as an error naming the file", async () => {
    const dir = copyOf("minimal");
    const nested = Array.from({ length: 1200 }, (_, depth) => `${" ".repeat(depth)}a:`).join("\n");
    const review = join(dir, "reviews/shared-legal/2024-annual.md");
    writeFileSync(review, readFileSync(review, "utf8").replace("---\n", `---\n${nested} x\n`));
    const { problems } = await validateFolder(dir);
    expect(errorLines(problems)).toEqual([
      expect.stringMatching(
        /^error reviews\/shared-legal\/2024-annual\.md: \(file\): has lists or groups nested more than 64 deep: content files need only a few levels \(line \d+, column \d+\)$/,
      ),
    ]);
  });

  it("refuses a file over the size limit, naming it and the limit, without reading it", async () => {
    const dir = copyOf("minimal");
    const review = join(dir, "reviews/shared-legal/2024-annual.md");
    const text = readFileSync(review, "utf8");
    writeFileSync(review, text + "x".repeat(MAX_FILE_BYTES + 1 - Buffer.byteLength(text)));
    const { problems } = await validateFolder(dir);
    expect(MAX_FILE_BYTES).toBe(2_000_000);
    expect(errorLines(problems)).toEqual([
      "error reviews/shared-legal/2024-annual.md: (file): is 2,000,001 bytes, more than the 2,000,000 (2 MB) a content file may hold: shorten it, or publish the full document elsewhere and link to it",
    ]);
  });
});

describe("validateFolder(dir) accepts in MDX exactly what the build renders", () => {
  it("refuses member-expression tags and components a page does not provide, naming file, line and column", async () => {
    const dir = copyOf("minimal");
    const review = join(dir, "reviews/shared-legal/2024-annual.md");
    writeFileSync(review.replace(/\.md$/, ".mdx"), `${readFileSync(review, "utf8")}\n<process.env.SECRET />\n`);
    rmSync(review);
    const partnership = join(dir, "partnerships/shared-legal.md");
    writeFileSync(
      partnership.replace(/\.md$/, ".mdx"),
      `${readFileSync(partnership, "utf8")}\n<frontmatter.internalNotes />\n\n<SpectrumChart />\n`,
    );
    rmSync(partnership);
    const { problems } = await validateFolder(dir);
    const reviewLines = readFileSync(review.replace(/\.md$/, ".mdx"), "utf8").split("\n").length - 1;
    const partnershipLines = readFileSync(partnership.replace(/\.md$/, ".mdx"), "utf8").split("\n").length - 1;
    expect(errorLines(problems)).toEqual([
      `error partnerships/shared-legal.mdx: (body): <frontmatter.internalNotes> would read a value on the machine that builds the site: use only the documented components, Callout (line ${partnershipLines - 2}, column 1)`,
      `error partnerships/shared-legal.mdx: (body): <SpectrumChart> is not a documented component in a partnership's description: use Callout (line ${partnershipLines}, column 1)`,
      `error reviews/shared-legal/2024-annual.mdx: (body): <process.env.SECRET> would read a value on the machine that builds the site: use only the documented components, Callout or SpectrumChart (line ${reviewLines}, column 1)`,
    ]);
  });
});

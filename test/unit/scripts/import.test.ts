import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main, writeAtomically } from "../../../scripts/import.ts";
import { main as newMain } from "../../../scripts/new.ts";
import { validateFolder } from "../../../scripts/validate.ts";
import { hasStackTrace, runMain, runProcess, type Run } from "../helpers/command.ts";
import { fixturePath, problemLines } from "../helpers/fixtures.ts";

const REVIEW = "reviews/shared-waste/2025-survey.json";

/** Runs import's main in this process, and returns its exit code and both outputs. */
function runImport(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runMain(main, args, env);
}

/** Returns the path of a survey fixture. */
function csv(name: string): string {
  return fixturePath(`surveys/${name}`);
}

const USAGE = `Usage:
  npm run import -- ratings <survey.csv> --review <partnership-slug>/<review-id>
Options:
  --skip-bad-rows   leave out rows with problems (and list them) instead of importing nothing
  --dry-run         read and check the survey, show the ratings, write nothing
  --content DIR     the content folder (default: CONTENT_DIR, else ./content)
`;

describe("main(args, io)", () => {
  let dir: string;
  let reviewPath: string;
  let original: Buffer;

  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), "partnership-reviews-import-")), "content");
    cpSync(fixturePath("surveys/content"), dir, { recursive: true });
    reviewPath = join(dir, REVIEW);
    original = readFileSync(reviewPath);
  });

  afterEach(() => {
    rmSync(resolve(dir, ".."), { recursive: true, force: true });
  });

  /** Runs an import of a survey fixture into the temporary review. */
  function importInto(name: string, ...options: string[]): Promise<Run> {
    return runImport(["ratings", csv(name), "--review", "shared-waste/2025-survey", "--content", dir, ...options]);
  }

  /** Fails unless the review JSON is byte-for-byte as it was and no temporary file is left beside it. */
  function expectUnchanged(): void {
    expect(readFileSync(reviewPath).equals(original)).toBe(true);
    expect(readdirSync(join(dir, "reviews/shared-waste")).sort()).toEqual(["2025-survey.json", "2025-survey.md"]);
  }

  /** Returns the ratings now in the review JSON. */
  function writtenRatings(): unknown {
    return (JSON.parse(readFileSync(reviewPath, "utf8")) as { ratings: unknown }).ratings;
  }

  it("main(args, io) imports a clean survey: exact ratings, the rest of the file untouched, a report, no temporary file", async () => {
    const run = await importInto("clean.csv");
    expect(run).toEqual({
      status: 0,
      stdout: `Read 5 respondents from clean.csv. Wrote 6 ratings into ${REVIEW}:

Factor                      Council officers  Elected members, cabinet and scrutiny
Strategy                    2.33 (3)          1.5 (2)
Governance, accountability  2.67 (3)          1 (2)
Delivery                    3.67 (3)          2 (2)

Replaced 1 existing rating entirely (nothing of the old one is kept):
  Strategy by Council officers: its comment was removed too, so add it again if it still applies
Added 5 new ratings; kept 1 other rating as it was.
Note: Elected members, cabinet and scrutiny has 2 respondents, fewer than the framework's minimum of 3: its ratings will be withheld when published.
Checked: no errors in reviews/shared-waste/2025-survey.
See the draft: npm run dev, then open /partnerships/shared-waste/reviews/2025-survey/
`,
      stderr: "",
    });
    const before = original.toString("utf8");
    expect(readFileSync(reviewPath, "utf8")).toBe(
      `{
  "ratings": [
    { "factor": "strategy", "group": "officers", "level": 2.33, "respondents": 3, "method": "survey" },
    { "factor": "delivery", "group": "partner-staff", "level": 4, "respondents": 6, "method": "workshop" },
    { "factor": "strategy", "group": "members", "level": 1.5, "respondents": 2, "method": "survey" },
    { "factor": "governance", "group": "officers", "level": 2.67, "respondents": 3, "method": "survey" },
    { "factor": "governance", "group": "members", "level": 1, "respondents": 2, "method": "survey" },
    { "factor": "delivery", "group": "officers", "level": 3.67, "respondents": 3, "method": "survey" },
    { "factor": "delivery", "group": "members", "level": 2, "respondents": 2, "method": "survey" }
  ],
${before.slice(before.indexOf('  "risks"'))}`,
    );
    expect(readdirSync(join(dir, "reviews/shared-waste")).sort()).toEqual(["2025-survey.json", "2025-survey.md"]);
    const { problems } = await validateFolder(dir);
    expect(problemLines(problems.filter((problem) => problem.severity === "error"))).toEqual([]);
  });

  it("main(args, io) imports a survey with an invited column, and notes a group below the minimum response rate", async () => {
    const run = await importInto("invited.csv");
    expect(run).toEqual({
      status: 0,
      stdout: `Read 9 respondents from invited.csv. Wrote 9 ratings into ${REVIEW}:

Factor                      Council officers  Elected members, cabinet and scrutiny  Partner staff
Strategy                    2.33 (3 of 12)    1.5 (2)                                3 (4 of 10)
Governance, accountability  2.67 (3 of 12)    1 (2)                                  3.25 (4 of 10)
Delivery                    3.67 (3 of 12)    2 (2)                                  3 (4 of 10)

Replaced 2 existing ratings entirely (nothing of the old one is kept):
  Strategy by Council officers: its comment was removed too, so add it again if it still applies
  Delivery by Partner staff
Added 7 new ratings.
Note: Elected members, cabinet and scrutiny has 2 respondents, fewer than the framework's minimum of 3: its ratings will be withheld when published.
Note: 3 of the 12 Council officers asked answered (25%), below the framework's minimum response rate of 30%: their views will be marked low response when published.
Checked: no errors in reviews/shared-waste/2025-survey.
See the draft: npm run dev, then open /partnerships/shared-waste/reviews/2025-survey/
`,
      stderr: "",
    });
    expect(writtenRatings()).toEqual([
      { factor: "strategy", group: "officers", level: 2.33, respondents: 3, invited: 12, method: "survey" },
      { factor: "delivery", group: "partner-staff", level: 3, respondents: 4, invited: 10, method: "survey" },
      { factor: "strategy", group: "members", level: 1.5, respondents: 2, method: "survey" },
      { factor: "strategy", group: "partner-staff", level: 3, respondents: 4, invited: 10, method: "survey" },
      { factor: "governance", group: "officers", level: 2.67, respondents: 3, invited: 12, method: "survey" },
      { factor: "governance", group: "members", level: 1, respondents: 2, method: "survey" },
      { factor: "governance", group: "partner-staff", level: 3.25, respondents: 4, invited: 10, method: "survey" },
      { factor: "delivery", group: "officers", level: 3.67, respondents: 3, invited: 12, method: "survey" },
      { factor: "delivery", group: "members", level: 2, respondents: 2, method: "survey" },
    ]);
  });

  it("main(args, io) writes nothing when an invited number is below its group's respondents, and names the row", async () => {
    const run = await importInto("bad-invited.csv");
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr: `bad-invited.csv: row 2, column B (Invited): 2 is below the 3 respondents of Council officers in this file: invited counts everyone in the group who was asked, respondents those who answered
bad-invited.csv: row 4, column B (Invited): 3 differs from the 2 invited on row 2 for Council officers: give the same number on every row of a group, or leave the cell empty after the first
bad-invited.csv: row 5, column B (Invited): "ten" is not a whole number: give how many people in the respondent's group were asked, such as 40, or leave the cell empty
bad-invited.csv: row 6, column B (Invited): 0 is not a number of people asked: it must be at least 1, or leave the cell empty
bad-invited.csv: row 8, column B (Invited): 45 differs from the 40 invited on row 7 for Partner staff: give the same number on every row of a group, or leave the cell empty after the first
Nothing was written: 5 rows of bad-invited.csv cannot be read. Fix them and import again, or add --skip-bad-rows to leave them out.
`,
    });
    expectUnchanged();
  });

  it("main(args, io) replaces the example rating of a review npm run new started, and says so", async () => {
    const started = await runMain(newMain, ["review", "shared-waste", "2026-survey", "--content", dir], {
      SOURCE_DATE_EPOCH: "1738324800",
    });
    expect(started.status).toBe(0);
    const run = await runImport([
      "ratings",
      csv("clean.csv"),
      "--review",
      "shared-waste/2026-survey",
      "--content",
      dir,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Added 6 new ratings.\nRemoved the example rating that npm run new wrote.\n");
    const data = JSON.parse(readFileSync(join(dir, "reviews/shared-waste/2026-survey.json"), "utf8")) as {
      ratings: { factor: string; group: string; comment?: string }[];
    };
    expect(data.ratings.map(({ factor, group, comment }) => [factor, group, comment])).toEqual([
      ["strategy", "officers", undefined],
      ["strategy", "members", undefined],
      ["governance", "officers", undefined],
      ["governance", "members", undefined],
      ["delivery", "officers", undefined],
      ["delivery", "members", undefined],
    ]);
  });

  it("main(args, io) imports a semicolon-separated survey and a UTF-8 survey with a byte order mark", async () => {
    expect((await importInto("semicolon.csv")).status).toBe(0);
    expect(writtenRatings()).toEqual([
      { factor: "strategy", group: "officers", level: 3.67, respondents: 3, method: "survey" },
      { factor: "delivery", group: "partner-staff", level: 2.67, respondents: 3, method: "survey" },
      { factor: "strategy", group: "partner-staff", level: 1.67, respondents: 3, method: "survey" },
      { factor: "governance", group: "officers", level: 3.33, respondents: 3, method: "survey" },
      { factor: "governance", group: "partner-staff", level: 1.33, respondents: 3, method: "survey" },
      { factor: "delivery", group: "officers", level: 3.67, respondents: 3, method: "survey" },
    ]);
    // A second import replaces the same pairs again and keeps the others where they are.
    expect((await importInto("bom.csv")).status).toBe(0);
    expect(writtenRatings()).toEqual([
      { factor: "strategy", group: "officers", level: 3.67, respondents: 3, method: "survey" },
      { factor: "delivery", group: "partner-staff", level: 2.67, respondents: 3, method: "survey" },
      { factor: "strategy", group: "partner-staff", level: 3.67, respondents: 3, method: "survey" },
      { factor: "governance", group: "officers", level: 3.33, respondents: 3, method: "survey" },
      { factor: "governance", group: "partner-staff", level: 1.33, respondents: 3, method: "survey" },
      { factor: "delivery", group: "officers", level: 3.67, respondents: 3, method: "survey" },
    ]);
  });

  it("main(args, io) writes nothing when any row has a problem, and lists each by row and column", async () => {
    const run = await importInto("bad-rows.csv");
    const groups =
      "officers (Council officers), members (Elected members, cabinet and scrutiny), partner-staff (Partner staff)";
    const range = "an order from 1 to 4, or a level's id or label";
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr: `bad-rows.csv: row 3, column A (Group): "oficers" is not a stakeholder group in framework.json: use one of ${groups}. Did you mean "officers"?
bad-rows.csv: row 4, column B (Strategy): "coperating" is not a spectrum level: use ${range}. Did you mean "cooperating"?
bad-rows.csv: row 4, column D (Delivery): the cell is empty: give this respondent's level (${range})
bad-rows.csv: row 5, column B (Strategy): 7 is not on the spectrum: orders run from 1 to 4
bad-rows.csv: row 5, column C (Governance, accountability): 2.5 is not a whole number: give one level per respondent (${range})
bad-rows.csv: row 5, column D (Delivery): 2,5 is not a whole number: give one level per respondent (${range})
bad-rows.csv: row 6, column A (Group): "Partner staf" is not a stakeholder group in framework.json: use one of ${groups}. Did you mean "Partner staff"?
Nothing was written: 4 rows of bad-rows.csv cannot be read. Fix them and import again, or add --skip-bad-rows to leave them out.
`,
    });
    expectUnchanged();
  });

  it("main(args, io) --skip-bad-rows leaves out the rows with problems, reports them, and imports the rest", async () => {
    const run = await importInto("bad-rows.csv", "--skip-bad-rows");
    expect(run.status).toBe(0);
    expect(run.stderr.split("\n").slice(-2)).toEqual([
      "Skipped 4 rows with problems (rows 3, 4, 5 and 6): they are left out of the ratings.",
      "",
    ]);
    expect(run.stdout.split("\n")[0]).toBe(`Read 3 respondents from bad-rows.csv. Wrote 6 ratings into ${REVIEW}:`);
    expect(writtenRatings()).toEqual([
      { factor: "strategy", group: "officers", level: 2.5, respondents: 2, method: "survey" },
      { factor: "delivery", group: "partner-staff", level: 4, respondents: 6, method: "workshop" },
      { factor: "strategy", group: "members", level: 1, respondents: 1, method: "survey" },
      { factor: "governance", group: "officers", level: 3, respondents: 2, method: "survey" },
      { factor: "governance", group: "members", level: 2, respondents: 1, method: "survey" },
      { factor: "delivery", group: "officers", level: 3, respondents: 2, method: "survey" },
      { factor: "delivery", group: "members", level: 3, respondents: 1, method: "survey" },
    ]);
  });

  it("main(args, io) writes nothing for a header problem or a CSV syntax error, even with --skip-bad-rows", async () => {
    const header = await importInto("bad-header.csv", "--skip-bad-rows");
    expect(header.status).toBe(1);
    expect(header.stderr.split("\n").slice(-2)).toEqual([
      "Nothing was written: bad-header.csv cannot be imported until the problems above are fixed.",
      "",
    ]);
    expectUnchanged();
    const quotes = await importInto("bad-quotes.csv");
    expect(quotes).toEqual({
      status: 1,
      stdout: "",
      stderr:
        'bad-quotes.csv: line 2: a quoted value has more text after its closing quote: put the whole value in quotes, and write each quote inside it twice ("")\nNothing was written: bad-quotes.csv cannot be imported until the problems above are fixed.\n',
    });
    expectUnchanged();
  });

  it("main(args, io) --dry-run shows what it would write and writes nothing", async () => {
    const run = await importInto("clean.csv", "--dry-run");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(`Read 5 respondents from clean.csv. Would write 6 ratings into ${REVIEW}:`);
    expect(run.stdout.split("\n").slice(-2)).toEqual(["Dry run: nothing was written.", ""]);
    expectUnchanged();
  });

  it("main(args, io) refuses a survey that is not UTF-8 text and writes nothing", async () => {
    const latin1 = join(dir, "..", "latin1.csv");
    // "Council officers £" in Windows-1252, as Excel's plain "CSV (Comma delimited)" saves it.
    writeFileSync(latin1, Buffer.from("Group,Strategy\nCouncil officers \xa3,2\n", "latin1"));
    const run = await runImport(["ratings", latin1, "--review", "shared-waste/2025-survey", "--content", dir]);
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr:
        'import: latin1.csv is not saved as UTF-8 text, so its letters cannot be read reliably. In Excel, use Save As > "CSV UTF-8 (Comma delimited)"; in LibreOffice, choose the character set "Unicode (UTF-8)"\n',
    });
    expectUnchanged();
  });

  it("main(args, io) stops plainly when the review's JSON is missing or is not valid JSON, and leaves it unchanged", async () => {
    const missing = await runImport([
      "ratings",
      csv("clean.csv"),
      "--review",
      "shared-waste/2026-survey",
      "--content",
      dir,
    ]);
    expect(missing).toEqual({
      status: 1,
      stdout: "",
      stderr: `import: reviews/shared-waste/2026-survey.json does not exist in ${dir}, so nothing was written. Start the review with: npm run new -- review shared-waste 2026-survey\n`,
    });
    const broken = Buffer.from('{\n  "ratings": [],\n}\n');
    writeFileSync(reviewPath, broken);
    const run = await importInto("clean.csv");
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr: `import: ${REVIEW}: (file): is not valid JSON: there is a comma after the last item of a list or group: remove it (line 2, column 16)\nNothing was written: fix ${REVIEW} first (npm run validate lists every problem).\n`,
    });
    expect(readFileSync(reviewPath).equals(broken)).toBe(true);
    expect(hasStackTrace(run)).toBe(false);
  });

  it("main(args, io) stops plainly when framework.json is invalid, and leaves the review unchanged", async () => {
    writeFileSync(join(dir, "framework.json"), "{}\n");
    const run = await importInto("clean.csv");
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe(
      "import: framework.json has errors, so nothing was written. Fix them first (npm run validate lists them all):",
    );
    expectUnchanged();
    expect(hasStackTrace(run)).toBe(false);
  });

  it("main(args, io) stops plainly for a survey file that does not exist", async () => {
    const path = csv("no-such-survey.csv");
    const run = await runImport(["ratings", path, "--review", "shared-waste/2025-survey", "--content", dir]);
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr: `import: ${path} cannot be read: check the file's name and folder\n`,
    });
    expectUnchanged();
  });

  it("main(args, io) exits 2 with the usage for mistakes in the command, and writes nothing", async () => {
    const file = csv("clean.csv");
    const cases: [string[], string][] = [
      [[], "import: say what to import: ratings"],
      [["rating", file], 'import: "rating" is not something import can read: use ratings. Did you mean "ratings"?'],
      [["ratings"], "import: give the survey's CSV file"],
      [["ratings", file], "import: say which review to import into: --review <partnership-slug>/<review-id>"],
      [
        ["ratings", file, "--review", "2025-survey"],
        'import: --review "2025-survey" must be <partnership-slug>/<review-id>, such as shared-legal/2025-annual-review',
      ],
      [
        ["ratings", file, "--review", "shared-waste/2025 Survey"],
        'import: "2025 Survey" is not a valid review id: use lowercase letters, digits and single hyphens, such as 2025-annual-review. Did you mean "2025-survey"?',
      ],
      [
        ["ratings", file, "--reveiw", "shared-waste/2025-survey"],
        'import: --reveiw is not an option. Did you mean "--review"?',
      ],
    ];
    for (const [args, message] of cases) {
      const run = await runImport([...args, "--content", dir]);
      expect(run, args.join(" ")).toEqual({ status: 2, stdout: "", stderr: `${message}\n${USAGE}` });
    }
    expectUnchanged();
  });

  it("main(args, io) --help prints the usage", async () => {
    expect(await runImport(["--help"])).toEqual({ status: 0, stdout: USAGE, stderr: "" });
  });

  it("main(args, io) reads the content folder CONTENT_DIR names", async () => {
    const run = await runImport(["ratings", csv("clean.csv"), "--review", "shared-waste/2025-survey"], {
      CONTENT_DIR: dir,
    });
    expect(run.status).toBe(0);
    expect(readFileSync(reviewPath).equals(original)).toBe(false);
  });
});

describe("node scripts/import.ts", () => {
  it("node scripts/import.ts sets the exit code and writes to stderr, as authors run it", { timeout: 30_000 }, () => {
    expect(runProcess("scripts/import.ts", ["ratings"])).toEqual({
      status: 2,
      stdout: "",
      stderr: `import: give the survey's CSV file\n${USAGE}`,
    });
  });
});

describe("writeAtomically(path, text)", () => {
  it("writeAtomically(path, text) replaces the file and leaves no temporary file", async () => {
    const folder = mkdtempSync(join(tmpdir(), "partnership-reviews-atomic-"));
    const path = join(folder, "review.json");
    writeFileSync(path, "old\n");
    await writeAtomically(path, "new\n");
    expect(readFileSync(path, "utf8")).toBe("new\n");
    expect(readdirSync(folder)).toEqual(["review.json"]);
    rmSync(folder, { recursive: true, force: true });
  });

  it("writeAtomically(path, text) removes its temporary file when the rename fails", async () => {
    const folder = mkdtempSync(join(tmpdir(), "partnership-reviews-atomic-"));
    // A folder where the file should be makes the rename fail, whoever runs the test.
    const path = join(folder, "review.json");
    mkdirSync(path);
    await expect(writeAtomically(path, "new\n")).rejects.toThrow();
    expect(readdirSync(folder)).toEqual(["review.json"]);
    rmSync(folder, { recursive: true, force: true });
  });
});

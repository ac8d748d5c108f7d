import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../../scripts/new.ts";
import { validateFolder } from "../../../scripts/validate.ts";
import { hasStackTrace, runMain, runProcess, type Run } from "../helpers/command.ts";
import { fixturePath, problemLines } from "../helpers/fixtures.ts";

// 2025-01-31T12:00:00Z, so every run writes the same dates.
const EPOCH = "1738324800";

/** Runs new's main in this process, on a fixed day, and returns its exit code and both outputs. */
function runNew(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runMain(main, args, { SOURCE_DATE_EPOCH: EPOCH, ...env });
}

/** Returns the errors validation finds in the folder, one line each. */
async function errorsIn(dir: string): Promise<string[]> {
  const { problems } = await validateFolder(dir);
  return problemLines(problems.filter((problem) => problem.severity === "error"));
}

const USAGE = `Usage:
  npm run new -- partnership <slug>                         start partnerships/<slug>.md
  npm run new -- review <partnership-slug> <review-id>      start reviews/<slug>/<review-id>.md and .json
  npm run new -- scrutiny <date> <meeting-slug> [<slug>]    start scrutiny/<date>-<meeting-slug>.json, the
                                                            meeting on <date> (YYYY-MM-DD); its example
                                                            resolution is about <slug>, else the first partnership
Options:
  --content DIR   the content folder (default: CONTENT_DIR, else ./content)
`;

describe("main(args, io)", () => {
  let dir: string;

  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), "partnership-reviews-new-")), "content");
    cpSync(fixturePath("minimal"), dir, { recursive: true });
  });

  afterEach(() => {
    rmSync(resolve(dir, ".."), { recursive: true, force: true });
  });

  it("main(args, io) partnership <slug> writes a skeleton that validates, and says what to do next", async () => {
    const run = await runNew(["partnership", "shared-waste", "--content", dir]);
    expect(run).toEqual({
      status: 0,
      stdout: `Created in ${dir}:
  partnerships/shared-waste.md  the partnership's register entry

Next steps:
  1. Fill in every value marked [TO COMPLETE] in partnerships/shared-waste.md, and delete the marks.
  2. Check it: npm run validate -- --content ${dir}
  3. Start its first review: npm run new -- review shared-waste <review-id> --content ${dir}
     (a review id such as 2025-annual-review; it becomes part of the review's address)
`,
      stderr: "",
    });
    expect(readFileSync(join(dir, "partnerships/shared-waste.md"), "utf8")).toContain(
      "startDate: 2025-01-31 # [TO COMPLETE] the real start date\n",
    );
    expect(await errorsIn(dir)).toEqual([]);
  });

  it("main(args, io) review <slug> <id> writes a draft review and its data that validate", async () => {
    const run = await runNew(["review", "shared-legal", "2025-annual", "--content", dir]);
    expect(run).toEqual({
      status: 0,
      stdout: `Created a draft review in ${dir}:
  reviews/shared-legal/2025-annual.md  the report: its details and the narrative
  reviews/shared-legal/2025-annual.json  its data: ratings, risks, recommendations, good practice, costs and benefits, indicators

Next steps:
  1. Fill in every value marked [TO COMPLETE] in reviews/shared-legal/2025-annual.md, and delete the marks.
  2. Import the survey results: npm run import -- ratings <survey.csv> --review shared-legal/2025-annual --content ${dir}
     (this replaces the example rating; an "invited" column says how many of each group were asked)
  3. Replace the example indicator in reviews/shared-legal/2025-annual.json with the review's own figures, or delete it.
  4. Check it: npm run validate -- --content ${dir}
  5. See the draft: npm run dev, then open /partnerships/shared-legal/reviews/2025-annual/
     (a draft shows only in this preview, never on the published site)
`,
      stderr: "",
    });
    expect(await errorsIn(dir)).toEqual([]);
    const { content } = await validateFolder(dir);
    expect(content?.reviews.find((review) => review.id === "2025-annual")?.meta).toEqual({
      title: "[TO COMPLETE] Shared Legal Service: review title",
      date: "2025-01-31",
      status: "draft",
      reviewer: "[TO COMPLETE] Reviewing organisation or team",
      reviewType: "independent",
      assessedLevel: "aligned",
      summary: "[TO COMPLETE] What the review found, in two or three sentences.",
    });
    const data = JSON.parse(readFileSync(join(dir, "reviews/shared-legal/2025-annual.json"), "utf8")) as {
      ratings: unknown[];
      indicators: { id: string }[];
    };
    expect(data.ratings).toEqual([
      {
        factor: "strategy",
        group: "officers",
        level: 2,
        respondents: 10,
        invited: 25,
        method: "survey",
        comment:
          "[TO COMPLETE] An example: npm run import replaces it with the survey's ratings, or replace or delete it by hand. respondents is how many of the group answered; invited, how many were asked.",
      },
    ]);
    expect(data.indicators.map((indicator) => indicator.id)).toEqual(["example-indicator"]);
  });

  it("main(args, io) starts a partnership and then its first review, in the folder CONTENT_DIR names", async () => {
    expect((await runNew(["partnership", "shared-waste"], { CONTENT_DIR: dir })).status).toBe(0);
    const run = await runNew(["review", "shared-waste", "2025-first"], { CONTENT_DIR: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "  2. Import the survey results: npm run import -- ratings <survey.csv> --review shared-waste/2025-first\n",
    );
    expect(existsSync(join(dir, "reviews/shared-waste/2025-first.json"))).toBe(true);
    expect(await errorsIn(dir)).toEqual([]);
    // A partnership still holding placeholders names the review by its slug.
    expect(readFileSync(join(dir, "reviews/shared-waste/2025-first.md"), "utf8")).toContain(
      'title: "[TO COMPLETE] shared-waste: review title"\n',
    );
  });

  it("main(args, io) refuses to overwrite a partnership and leaves it unchanged", async () => {
    const path = join(dir, "partnerships/shared-legal.md");
    const before = readFileSync(path);
    const run = await runNew(["partnership", "shared-legal", "--content", dir]);
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr:
        "new: partnerships/shared-legal.md already exists: nothing was written. Choose another slug, or edit that file\n",
    });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("main(args, io) refuses a partnership slug that an .mdx file already has", async () => {
    writeFileSync(join(dir, "partnerships/joint-waste.mdx"), "---\n---\n");
    const run = await runNew(["partnership", "joint-waste", "--content", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "new: partnerships/joint-waste.mdx already exists: nothing was written. Choose another slug, or edit that file\n",
    );
    expect(existsSync(join(dir, "partnerships/joint-waste.md"))).toBe(false);
  });

  it("main(args, io) refuses to overwrite a review and leaves both files unchanged", async () => {
    const md = join(dir, "reviews/shared-legal/2024-annual.md");
    const json = join(dir, "reviews/shared-legal/2024-annual.json");
    const before = [readFileSync(md), readFileSync(json)];
    const run = await runNew(["review", "shared-legal", "2024-annual", "--content", dir]);
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr:
        "new: reviews/shared-legal/2024-annual.md already exists: nothing was written. Choose another review id, or edit that review\n",
    });
    expect(readFileSync(md).equals(before[0] as Buffer)).toBe(true);
    expect(readFileSync(json).equals(before[1] as Buffer)).toBe(true);
  });

  it("main(args, io) writes neither review file when only the data file exists", async () => {
    const json = join(dir, "reviews/shared-legal/2025-annual.json");
    writeFileSync(json, "{}\n");
    const run = await runNew(["review", "shared-legal", "2025-annual", "--content", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^new: reviews\/shared-legal\/2025-annual\.json already exists: nothing was written/);
    expect(existsSync(join(dir, "reviews/shared-legal/2025-annual.md"))).toBe(false);
    expect(readFileSync(json, "utf8")).toBe("{}\n");
  });

  it("main(args, io) refuses a review of a partnership that does not exist, with a hint", async () => {
    const run = await runNew(["review", "shared-legl", "2025-annual", "--content", dir]);
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr:
        'new: there is no partnerships/shared-legl.md, so nothing was written. Did you mean "shared-legal"? To start that partnership first: npm run new -- partnership shared-legl\n',
    });
    expect(existsSync(join(dir, "reviews/shared-legl"))).toBe(false);
  });

  it("main(args, io) exits 2 with the usage for a slug or review id that breaks the rule", async () => {
    const run = await runNew(["review", "Shared Legal", "2025_Annual", "--content", dir]);
    expect(run).toEqual({
      status: 2,
      stdout: "",
      stderr: `new: "Shared Legal" is not a valid partnership slug: use lowercase letters, digits and single hyphens, such as shared-legal-service. Did you mean "shared-legal"?
"2025_Annual" is not a valid review id: use lowercase letters, digits and single hyphens, such as 2025-annual-review. Did you mean "2025-annual"?
${USAGE}`,
    });
    expect(existsSync(join(dir, "reviews/Shared Legal"))).toBe(false);
  });

  it("main(args, io) exits 2 for a partnership slug that breaks the rule and writes nothing", async () => {
    const run = await runNew(["partnership", "Shared_Waste", "--content", dir]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      'new: "Shared_Waste" is not a valid partnership slug: use lowercase letters, digits and single hyphens, such as shared-legal-service. Did you mean "shared-waste"?',
    );
    expect(existsSync(join(dir, "partnerships/Shared_Waste.md"))).toBe(false);
  });

  it("main(args, io) exits 2 with the usage for a missing or unknown kind, missing arguments or an unknown option", async () => {
    const cases: [string[], string][] = [
      [[], "new: say what to start: partnership, review or scrutiny"],
      [
        ["reviw", "a", "b"],
        'new: "reviw" is not something new can start: use partnership, review or scrutiny. Did you mean "review"?',
      ],
      [
        ["scrutiny", "2027-01-21"],
        "new: give the meeting's date and a meeting slug, and optionally the partnership its first resolution is about, such as npm run new -- scrutiny 2027-01-21 overview-scrutiny",
      ],
      [
        ["scrutiny", "2027-02-30", "overview-scrutiny"],
        "new: 2027-02-30 is not a real calendar date: give the meeting's date as YYYY-MM-DD, such as 2027-01-21",
      ],
      // The form before issue 27 (a meeting slug, then a partnership, dated today) is refused with the new one.
      [
        ["scrutiny", "overview-scrutiny", "shared-legal"],
        'new: "overview-scrutiny" is not a date: give the meeting\'s date first, as YYYY-MM-DD, then its slug, such as npm run new -- scrutiny 2027-01-21 overview-scrutiny',
      ],
      [
        ["scrutiny", "21/01/2027", "overview-scrutiny"],
        'new: "21/01/2027" is not a date: give the meeting\'s date first, as YYYY-MM-DD, then its slug, such as npm run new -- scrutiny 2027-01-21 overview-scrutiny',
      ],
      [
        ["scrutiny", "2027-01-21", "Overview_Scrutiny"],
        'new: "Overview_Scrutiny" is not a valid meeting slug: use lowercase letters, digits and single hyphens, such as overview-scrutiny. Did you mean "overview-scrutiny"?',
      ],
      [["review", "shared-legal"], "new: give a partnership slug and a review id"],
      [["partnership"], "new: give exactly one partnership slug"],
      [["partnership", "a", "--contnet", dir], 'new: --contnet is not an option. Did you mean "--content"?'],
    ];
    for (const [args, message] of cases) {
      const run = await runNew([...args, ...(args.includes("--contnet") ? [] : ["--content", dir])]);
      expect(run, args.join(" ")).toEqual({ status: 2, stdout: "", stderr: `${message}\n${USAGE}` });
    }
  });

  it("main(args, io) scrutiny <date> <meeting> writes the draft meeting of that date, and never overwrites it", async () => {
    const run = await runNew(["scrutiny", "2027-01-21", "overview-scrutiny", "--content", dir]);
    expect(run).toEqual({
      status: 0,
      stdout: `Created a draft meeting in ${dir}:
  scrutiny/2027-01-21-overview-scrutiny.json  the committee's resolutions about partnerships

Next steps:
  1. Fill in every value marked [TO COMPLETE] in scrutiny/2027-01-21-overview-scrutiny.json, and delete the marks; set the minutes' address.
     The example resolution is about shared-legal, due on 21 April 2027: change both as the committee resolved.
     Copy the resolution for each one the committee made; each id is permanent and unique across the folder.
  2. Check it: npm run validate -- --content ${dir}
  3. Publish it: set "status" to "published" (and "publishDate" to hold it back until a date).
  4. Report progress on a resolution as on a recommendation: in updates/<partnership-slug>/<YYYY-MM-DD>.json.
`,
      stderr: "",
    });
    // The meeting's date, not the day the command ran (31 January 2025), names and dates the file.
    const file = join(dir, "scrutiny/2027-01-21-overview-scrutiny.json");
    expect(readFileSync(file, "utf8")).toBe(`{
  "date": "2027-01-21",
  "committee": "[TO COMPLETE] The committee's name, such as Overview and Scrutiny Committee",
  "status": "draft",
  "minutesUrl": "https://example.gov.uk/replace-with-the-address-of-the-minutes",
  "resolutions": [
    {
      "id": "overview-scrutiny-2027-01-21-01",
      "partnership": "shared-legal",
      "text": "[TO COMPLETE] What the committee resolved, in one sentence.",
      "ownerRole": "[TO COMPLETE] The role that must act on it, never a person's name",
      "due": "2027-04-21",
      "status": "open"
    }
  ]
}
`);
    expect(await errorsIn(dir)).toEqual([]);
    writeFileSync(file, '{ "kept": true }\n');
    const again = await runNew(["scrutiny", "2027-01-21", "overview-scrutiny", "--content", dir]);
    expect(again).toEqual({
      status: 1,
      stdout: "",
      stderr:
        "new: scrutiny/2027-01-21-overview-scrutiny.json already exists: nothing was written. Add the resolutions to that file\n",
    });
    expect(readFileSync(file, "utf8")).toBe('{ "kept": true }\n');
  });

  it("main(args, io) scrutiny <date> <meeting> [<slug>] names the partnership given, else the first by slug", async () => {
    expect((await runNew(["partnership", "community-hub", "--content", dir])).status).toBe(0);
    expect((await runNew(["scrutiny", "2027-03-31", "audit", "shared-legal", "--content", dir])).status).toBe(0);
    expect((await runNew(["scrutiny", "2027-03-31", "cabinet", "--content", dir])).status).toBe(0);
    const read = (name: string) => JSON.parse(readFileSync(join(dir, "scrutiny", name), "utf8"));
    // Due three months after 31 March: 30 June, the last day of June.
    expect(read("2027-03-31-audit.json").resolutions).toMatchObject([
      { id: "audit-2027-03-31-01", partnership: "shared-legal", due: "2027-06-30" },
    ]);
    expect(read("2027-03-31-cabinet.json").resolutions).toMatchObject([
      { id: "cabinet-2027-03-31-01", partnership: "community-hub", due: "2027-06-30" },
    ]);
  });

  it("main(args, io) scrutiny refuses a partnership that does not exist, or a folder with none, and writes nothing", async () => {
    const run = await runNew(["scrutiny", "2027-01-21", "overview-scrutiny", "shared-legl", "--content", dir]);
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr: 'new: there is no partnerships/shared-legl.md, so nothing was written. Did you mean "shared-legal"?\n',
    });
    rmSync(join(dir, "partnerships"), { recursive: true });
    const empty = await runNew(["scrutiny", "2027-01-21", "overview-scrutiny", "--content", dir]);
    expect(empty).toEqual({
      status: 1,
      stdout: "",
      stderr: `new: ${dir} has no partnership for a resolution to be about, so nothing was written. Start one first: npm run new -- partnership <slug>\n`,
    });
    expect(existsSync(join(dir, "scrutiny"))).toBe(false);
  });

  it("main(args, io) --help prints the usage", async () => {
    expect(await runNew(["--help"])).toEqual({ status: 0, stdout: USAGE, stderr: "" });
  });

  it("main(args, io) stops plainly when framework.json is invalid, and writes nothing", async () => {
    writeFileSync(join(dir, "framework.json"), '{ "id": "f", "version": "1", "name": "F" }\n');
    const run = await runNew(["partnership", "shared-waste", "--content", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        "new: framework.json has errors, so nothing was written. Fix them first (npm run validate lists them all):",
        "  framework.json: spectrum: is required (line 1, column 1)",
        "  framework.json: factors: is required (line 1, column 1)",
        "  framework.json: stakeholderGroups: is required (line 1, column 1)",
        "",
      ].join("\n"),
    );
    expect(existsSync(join(dir, "partnerships/shared-waste.md"))).toBe(false);
    expect(hasStackTrace(run)).toBe(false);
  });

  it("main(args, io) stops plainly for a content folder that does not exist or a bad SOURCE_DATE_EPOCH", async () => {
    const missing = join(dir, "nowhere");
    const run = await runNew(["partnership", "shared-waste", "--content", missing]);
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr: `new: ${missing} is not a content folder that can be read: give one with --content DIR\n`,
    });
    const badEpoch = await runNew(["partnership", "shared-waste", "--content", dir], { SOURCE_DATE_EPOCH: "soon" });
    expect(badEpoch).toEqual({
      status: 2,
      stdout: "",
      stderr: 'new: SOURCE_DATE_EPOCH must be a whole number of seconds, not "soon"\n',
    });
    expect(hasStackTrace(badEpoch)).toBe(false);
  });
});

describe("node scripts/new.ts", () => {
  it("node scripts/new.ts sets the exit code and writes to stderr, as authors run it", { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "partnership-reviews-new-"));
    expect(runProcess("scripts/new.ts", ["partnership", "shared-waste", "--content", dir])).toEqual({
      status: 1,
      stdout: "",
      stderr: `new: ${dir} has no framework.json: every content folder needs one\n`,
    });
    rmSync(dir, { recursive: true, force: true });
  });
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isIsoDay, main, packFileStem, USAGE } from "../../../../scripts/pack.ts";
import { hasStackTrace, runMain } from "../../helpers/command.ts";
import { fixturePath } from "../../helpers/fixtures.ts";

const scratch = mkdtempSync(join(tmpdir(), "pack-test-"));
const out = join(scratch, "packs");

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs pack's main on the minimal fixture (unless --content is given) and returns what it did. */
async function runPack(args: string[]) {
  const content = args.includes("--content") ? [] : ["--content", fixturePath("minimal")];
  return runMain(main, [...content, "--out", out, ...args]);
}

describe("main(args, io) refuses a mistaken command in one sentence, writing nothing", () => {
  const cases: [string, string[], string][] = [
    [
      "a missing title",
      ["--date", "2026-03-31"],
      'pack: --title is required: the pack\'s title, such as "Partnership reviews: report to the Scrutiny Committee".\n',
    ],
    ["a missing date", ["--title", "T"], 'pack: --date is required: the "as at" day, written YYYY-MM-DD.\n'],
    [
      "a malformed date",
      ["--title", "T", "--date", "31/03/2026"],
      'pack: --date "31/03/2026" is not a date written YYYY-MM-DD, such as 2026-03-31.\n',
    ],
    [
      "a day that does not exist",
      ["--title", "T", "--date", "2026-02-30"],
      'pack: --date "2026-02-30" is not a date written YYYY-MM-DD, such as 2026-03-31.\n',
    ],
    [
      "a malformed since",
      ["--title", "T", "--date", "2026-03-31", "--since", "last year"],
      'pack: --since "last year" is not a date written YYYY-MM-DD, such as 2026-03-31.\n',
    ],
    [
      "a since after the date",
      ["--title", "T", "--date", "2026-03-31", "--since", "2026-04-01"],
      "pack: --since 2026-04-01 is after --date 2026-03-31.\n",
    ],
    [
      "both ways of choosing partnerships",
      ["--title", "T", "--date", "2026-03-31", "--partnerships", "shared-legal", "--needs-attention"],
      "pack: --partnerships and --needs-attention cannot be used together: choose one.\n",
    ],
    [
      "an unknown partnership",
      ["--title", "T", "--date", "2026-03-31", "--partnerships", "shared-legl"],
      `pack: --partnerships names "shared-legl", which is not a partnership in ${fixturePath("minimal")}. Did you mean "shared-legal"?\n`,
    ],
    [
      "a date before any published content",
      ["--title", "T", "--date", "2024-06-29"],
      `pack: --date 2024-06-29 is before any published content: no review in ${fixturePath("minimal")} had been published by the end of that day.\n`,
    ],
  ];

  for (const [what, args, message] of cases) {
    it(`main(args, io) exits 1 on ${what}`, async () => {
      const run = await runPack(args);
      expect(run.stderr).toBe(message);
      expect(run.status).toBe(1);
      expect(existsSync(out)).toBe(false);
      expect(hasStackTrace(run)).toBe(false);
    });
  }

  it("main(args, io) names an unknown option and shows the usage", async () => {
    const run = await runPack(["--titel", "T"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`pack: --titel is not an option. Did you mean "--title"?\n${USAGE}\n`);
  });

  it("main(args, io) gives the validator's lines for invalid content and makes no pack", async () => {
    const run = await runPack([
      "--content",
      fixturePath("broken/date-wrong-format"),
      "--title",
      "T",
      "--date",
      "2026-03-31",
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        "reviews/shared-legal/2024-annual.md: date: write dates as YYYY-MM-DD, such as 2024-03-31 (line 3, column 1)",
        "pack: the content has 1 error, so no pack was made: fix it and run again.",
        "",
      ].join("\n"),
    );
    expect(run.stdout).toBe(`Validating ${fixturePath("broken/date-wrong-format")}\n`);
    expect(existsSync(out)).toBe(false);
  });

  it("main(args, io) writes nothing when Chromium cannot start, stops drawing the HTML, and says where it looked", async () => {
    const run = await runMain(
      main,
      ["--content", fixturePath("minimal"), "--out", out, "--title", "T", "--date", "2026-03-31"],
      { CHROMIUM_PATH: "/no/such/chromium" },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^pack: Chromium could not be started from \/no\/such\/chromium \(install Debian's chromium, or set CHROMIUM_PATH\): .+\n$/,
    );
    expect(run.stdout.split("\n").at(-2)).toBe("Writing the HTML pack");
    expect(existsSync(out)).toBe(false);
  });

  it("main(args, io) refuses a folder holding the user's files, before any work, and leaves it untouched", async () => {
    const mine = join(scratch, "documents");
    mkdirSync(mine);
    writeFileSync(join(mine, "budget.xlsx"), "mine");
    const run = await runMain(main, [
      "--content",
      fixturePath("minimal"),
      "--out",
      mine,
      "--title",
      "T",
      "--date",
      "2026-03-31",
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `pack: --out ${mine} holds files the pack command did not make (1 of them, such as budget.xlsx), and the pack command never moves or deletes them: choose a new or empty folder, such as ${join(mine, "packs")}\n`,
    );
    expect(readdirSync(mine)).toEqual(["budget.xlsx"]);
  });

  it("main(args, io) prints the usage with --help", async () => {
    const run = await runPack(["--help"]);
    expect([run.status, run.stdout]).toEqual([0, `${USAGE}\n`]);
  });
});

describe("the command's helpers", () => {
  it("isIsoDay(text) accepts only real days written YYYY-MM-DD", () => {
    expect(["2026-03-31", "2024-02-29", "2026-02-29", "2026-3-31", "20260331", "2026-13-01"].map(isIsoDay)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it("packFileStem(date, title) starts with the date and turns the title into lowercase words", () => {
    expect(packFileStem("2026-03-31", "Partnership reviews: Scrutiny Committee, March")).toBe(
      "2026-03-31-partnership-reviews-scrutiny-committee-march",
    );
    expect(packFileStem("2026-03-31", "Adroddiad: ‘Pwyllgor’ Craffu")).toBe("2026-03-31-adroddiad-pwyllgor-craffu");
    expect(packFileStem("2026-03-31", "!!!")).toBe("2026-03-31-committee-pack");
  });
});

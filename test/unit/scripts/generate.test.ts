import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  main,
  parseFederationArgs,
  parseGenerateArgs,
  Refusal,
  UsageError,
  writeContentFolder,
} from "../../../scripts/generate.ts";
import { validateFolder } from "../../../src/loaders/content-folder.ts";
import { runMain, runProcess, type Run } from "../helpers/command.ts";

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "generate-test-"));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs generate's main in this process, and returns its exit code and output. */
function runGenerate(args: string[]): Promise<Run> {
  return runMain(main, args);
}

describe("parseGenerateArgs(args, cwd)", () => {
  it("parseGenerateArgs(args, cwd) reads the sizes, seed and folder, with defaults", () => {
    expect(parseGenerateArgs(["--partnerships", "50", "--reviews", "3", "--out", "synthetic"], "/tmp")).toEqual({
      partnerships: 50,
      reviews: 3,
      seed: 1,
      now: "2026-01-01",
      framework: "six-level",
      edges: false,
      out: "/tmp/synthetic",
      force: false,
    });
    expect(
      parseGenerateArgs(
        ["--partnerships=2", "--reviews=1", "--out=/x", "--seed", "7", "--now", "2025-04-01", "--force"],
        "/",
      ),
    ).toEqual({
      partnerships: 2,
      reviews: 1,
      seed: 7,
      now: "2025-04-01",
      framework: "six-level",
      edges: false,
      out: "/x",
      force: true,
    });
  });

  it("parseGenerateArgs(args, cwd) reads the framework and the edges, and refuses an unknown framework", () => {
    expect(
      parseGenerateArgs(["--partnerships=2", "--reviews=2", "--out=/x", "--framework", "four-level", "--edges"], "/"),
    ).toMatchObject({ framework: "four-level", edges: true });
    expect(() =>
      parseGenerateArgs(["--partnerships=2", "--reviews=2", "--out=/x", "--framework", "five-level"], "/"),
    ).toThrow('--framework must be one of six-level, four-level, not "five-level"');
  });

  it("parseGenerateArgs(args, cwd) names the option that is missing or wrong", () => {
    expect(() => parseGenerateArgs(["--partnerships", "5", "--reviews", "2"], "/")).toThrow(
      new UsageError("--out is required"),
    );
    expect(() => parseGenerateArgs(["--partnerships", "0", "--reviews", "2", "--out", "x"], "/")).toThrow(
      new UsageError('--partnerships must be a whole number of at least 1, not "0"'),
    );
    expect(() => parseGenerateArgs(["--partnerships", "5", "--out", "x"], "/")).toThrow(
      new UsageError("--reviews is required"),
    );
    expect(() =>
      parseGenerateArgs(["--partnerships", "5", "--reviews", "2", "--out", "x", "--seed", "a"], "/"),
    ).toThrow(new UsageError('--seed must be a whole number, not "a"'));
  });
});

describe("writeContentFolder(files, out, options)", () => {
  const files = [
    { path: "site.json", text: "{}\n" },
    { path: "reviews/a/2024-annual.md", text: "---\n---\n" },
  ];

  it("writeContentFolder(files, out, options) writes every file into a new folder and leaves no temporary folder", async () => {
    const out = join(work, "new", "content");
    await writeContentFolder(files, out, { force: false });
    expect(await readFile(join(out, "reviews/a/2024-annual.md"), "utf8")).toBe("---\n---\n");
    expect(await readdir(join(work, "new"))).toEqual(["content"]);
  });

  it("writeContentFolder(files, out, options) writes into an empty folder", async () => {
    const out = join(work, "empty");
    await mkdir(out);
    await writeContentFolder(files, out, { force: false });
    expect((await readdir(out)).sort()).toEqual([".partnership-reviews-output", "reviews", "site.json"]);
  });

  it("writeContentFolder(files, out, options) refuses a folder that is not empty and leaves it untouched", async () => {
    const out = join(work, "full");
    await mkdir(out);
    await writeFile(join(out, "keep.txt"), "mine");
    await expect(writeContentFolder(files, out, { force: false })).rejects.toThrow(
      new Refusal(
        `--out ${out} holds files npm run generate did not make (1 of them, such as keep.txt), and npm run generate never moves or deletes them: choose a new or empty folder, such as ${join(out, "content")}`,
      ),
    );
    expect(await readdir(out)).toEqual(["keep.txt"]);
    expect((await readdir(work)).filter((name) => name.includes(".generating-"))).toEqual([]);
  });

  it("writeContentFolder(files, out, options) replaces, when forced, only a folder it wrote before", async () => {
    const out = join(work, "forced");
    await writeContentFolder(files, out, { force: false });
    await writeFile(join(out, "site.json"), "changed");
    await writeContentFolder(files, out, { force: true });
    expect((await readdir(out)).sort()).toEqual([".partnership-reviews-output", "reviews", "site.json"]);
    expect(await readFile(join(out, "site.json"), "utf8")).toBe("{}\n");
    expect((await readdir(work)).filter((name) => name.startsWith("forced"))).toEqual(["forced"]);
  });

  it("writeContentFolder(files, out, options) refuses, even when forced, a folder holding files it did not write", async () => {
    const out = join(work, "council-content");
    await mkdir(out);
    await writeFile(join(out, "site.json"), "the council's own");
    await expect(writeContentFolder(files, out, { force: true })).rejects.toThrow(
      new Refusal(
        `--out ${out} holds files npm run generate did not make (1 of them, such as site.json), and npm run generate never moves or deletes them: choose a new or empty folder, such as ${join(out, "content")}`,
      ),
    );
    expect(await readdir(out)).toEqual(["site.json"]);
    expect(await readFile(join(out, "site.json"), "utf8")).toBe("the council's own");
  });

  it("writeContentFolder(files, out, options) refuses a file given as the folder", async () => {
    const out = join(work, "a-file");
    await writeFile(out, "x");
    await expect(writeContentFolder(files, out, { force: true })).rejects.toThrow(
      new Refusal(`--out ${out} is a file, not a folder: choose a new or empty folder, such as ${out}-content`),
    );
  });
});

describe("main(args, io)", () => {
  it("main(args, io) writes a content folder that validates with no error, and refuses to write over it", async () => {
    const out = join(work, "cli");
    const first = await runGenerate(["--partnerships", "4", "--reviews", "2", "--out", out, "--seed", "3"]);
    expect(first).toEqual({
      status: 0,
      stdout: `Wrote 28 files to ${out}
  4 partnerships, 8 reviews: 7 published, 0 drafts, 1 embargoed, 0 withdrawn (0 in MDX, 0 with internal notes)
  225 ratings: 6 withheld (too few respondents), 2 factors seen by one group, 3 perception gaps
  26 recommendations (1 internal), 9 updates (0 on an already updated one), 25 risks (4 internal), 6 good practice, 19 costs and benefits
  review bodies: 500 to 759 words, median 678
"Now" is 2026-01-01: build with SOURCE_DATE_EPOCH=1767225600 npm run build -- --content ${out}
`,
      stderr: "",
    });
    const { problems } = await validateFolder(out);
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);

    const again = await runGenerate(["--partnerships", "4", "--reviews", "2", "--out", out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`generate: ${out} is not empty: choose an empty folder, or add --force to replace it\n`);

    const forced = await runGenerate(["--partnerships", "2", "--reviews", "1", "--out", out, "--force"]);
    expect(forced.status).toBe(0);
    expect((await readdir(join(out, "partnerships"))).length).toBe(2);
  });

  it("main(args, io) exits 2 with the usage when an option is wrong", async () => {
    const run = await runGenerate(["--partnerships", "many", "--reviews", "2", "--out", join(work, "never")]);
    expect(run).toEqual({
      status: 2,
      stdout: "",
      stderr: `generate: --partnerships must be a whole number of at least 1, not "many"

Usage:
  npm run generate -- --partnerships N --reviews M --out DIR [--seed S] [--now YYYY-MM-DD]
      [--framework six-level|four-level] [--edges] [--force]
Options:
  --partnerships N   how many partnerships (at least 1)
  --reviews M        how many review rounds each partnership has (at least 1)
  --out DIR          the content folder to write; it must not exist or be empty, unless --force
  --seed S           a whole number, default 1: the same seed gives the same files
  --now YYYY-MM-DD   the day embargoes and due dates are set against, default 2026-01-01
  --framework KIND   six-level (default) or four-level: a spectrum of four levels with thresholds of its own
  --edges            place spreads exactly on the agreement band edges and moves exactly on changeThreshold
  --force            replace DIR when it is a folder this command wrote before

  npm run generate -- federation --members N --partnerships P --reviews R --out DIR [--seed S] [--now YYYY-MM-DD]
      [--workers W] [--force]
Writes DIR/federation.json and, for each of N councils, only what a federation reads of its site:
members/<slug>/data/all.json, datapackage.json and all.schema.json, made from generated content by the build's own
code. Options as above, and:
  --members N        how many councils (2 to 2000), each with P partnerships of R reviews
  --workers W        how many worker threads make the members, default one per core; 0 makes them in this thread
`,
    });
  });
});

describe("parseFederationArgs(args, cwd, cores)", () => {
  it("parseFederationArgs(args, cwd, cores) reads the sizes, seed, workers and folder, with a worker per core", () => {
    expect(
      parseFederationArgs(["--members", "300", "--partnerships", "33", "--reviews", "4", "--out", "fed"], "/tmp", 2),
    ).toEqual({
      members: 300,
      partnerships: 33,
      reviews: 4,
      seed: 1,
      now: "2026-01-01",
      workers: 2,
      out: "/tmp/fed",
      force: false,
    });
    expect(
      parseFederationArgs(
        ["--members=2", "--partnerships=1", "--reviews=1", "--out=/f", "--workers=0", "--seed=4", "--force"],
        "/",
        8,
      ),
    ).toMatchObject({ workers: 0, seed: 4, force: true });
  });

  it("parseFederationArgs(args, cwd, cores) names the option that is missing or wrong", () => {
    const sizes = ["--partnerships", "1", "--reviews", "1", "--out", "x"];
    expect(() => parseFederationArgs(sizes, "/")).toThrow(new UsageError("--members is required"));
    expect(() => parseFederationArgs(["--members", "2001", ...sizes], "/")).toThrow(
      new UsageError('--members must be at most 2000, not "2001"'),
    );
    expect(() => parseFederationArgs(["--members", "3", ...sizes, "--workers=-1"], "/")).toThrow(
      new UsageError('--workers must be a whole number of at least 0, not "-1"'),
    );
    expect(() => parseFederationArgs(["--members", "3", ...sizes, "--framework", "four-level"], "/")).toThrow(
      UsageError,
    );
  });
});

describe("main(['federation', ...args], io)", () => {
  it("main(['federation', ...args], io) writes a federation with its progress, and refuses to write over it", async () => {
    const out = join(work, "federation");
    const args = ["federation", "--members", "3", "--partnerships", "2", "--reviews", "1", "--out", out];
    const run = await runGenerate([...args, "--workers", "0"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.map((line) => line.replace(/\d+\.\d s/, "T s").replace(/\d+\.\d MB/, "M MB"))).toEqual([
      "  1 of 3 councils (33%), T s",
      "  2 of 3 councils (67%), T s",
      "  3 of 3 councils (100%), T s",
      `Wrote a federation of 3 councils to ${out} in T s (no workers)`,
      "  6 partnerships (2 each), 6 reviews (1 each); 1 council on the four-level framework",
      "  2 joint partnerships, each published by both of 1 pairs of councils under one jointId",
      "  M MB: federation.json, and members/<slug>/data/all.json, datapackage.json and all.schema.json",
      `"Now" is 2026-01-01: build with SOURCE_DATE_EPOCH=1767225600 npm run build -- --content ${out} --out DIR`,
    ]);
    const federation = JSON.parse(await readFile(join(out, "federation.json"), "utf8")) as {
      members: { site: string }[];
    };
    expect(federation.members).toHaveLength(3);
    for (const member of federation.members) {
      expect((await readdir(join(out, member.site, "data"))).sort()).toEqual([
        "all.json",
        "all.schema.json",
        "datapackage.json",
      ]);
    }

    const again = await runGenerate(args);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`generate: ${out} is not empty: choose an empty folder, or add --force to replace it\n`);
  });

  it("main(['federation', ...args], io) exits 2 with the usage when an option is wrong", async () => {
    const run = await runGenerate([
      "federation",
      "--members",
      "1",
      "--partnerships",
      "1",
      "--reviews",
      "1",
      "--out",
      "x",
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe('generate: --members must be a whole number of at least 2, not "1"');
    expect(run.stderr).toContain("npm run generate -- federation --members N");
  });
});

describe("node scripts/generate.ts", () => {
  it("node scripts/generate.ts sets the exit code and writes to stderr, as people run it", { timeout: 30_000 }, () => {
    const run = runProcess("scripts/generate.ts", ["--partnerships", "1", "--reviews", "1"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toBe("generate: --out is required");
  });
});

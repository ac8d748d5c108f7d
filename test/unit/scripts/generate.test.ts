import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGenerateArgs, Refusal, UsageError, writeContentFolder } from "../../../scripts/generate.ts";
import { validateFolder } from "../../../src/loaders/content-folder.ts";
import { ROOT } from "../helpers/fixtures.ts";

const NODE = resolve(ROOT, "node_modules/.bin/node");

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "generate-test-"));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/generate.ts as people do, and returns its exit code and output, whatever the exit code. */
function runGenerate(args: string[]): Run {
  try {
    const stdout = execFileSync(NODE, ["scripts/generate.ts", ...args], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    const failed = error as { status: number | null; stdout: string; stderr: string };
    return { status: failed.status ?? -1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("parseGenerateArgs(args, cwd)", () => {
  it("parseGenerateArgs(args, cwd) reads the sizes, seed and folder, with defaults", () => {
    expect(parseGenerateArgs(["--partnerships", "50", "--reviews", "3", "--out", "synthetic"], "/tmp")).toEqual({
      partnerships: 50,
      reviews: 3,
      seed: 1,
      now: "2026-01-01",
      out: "/tmp/synthetic",
      force: false,
    });
    expect(
      parseGenerateArgs(
        ["--partnerships=2", "--reviews=1", "--out=/x", "--seed", "7", "--now", "2025-04-01", "--force"],
        "/",
      ),
    ).toEqual({ partnerships: 2, reviews: 1, seed: 7, now: "2025-04-01", out: "/x", force: true });
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
    expect((await readdir(out)).sort()).toEqual(["reviews", "site.json"]);
  });

  it("writeContentFolder(files, out, options) refuses a folder that is not empty and leaves it untouched", async () => {
    const out = join(work, "full");
    await mkdir(out);
    await writeFile(join(out, "keep.txt"), "mine");
    await expect(writeContentFolder(files, out, { force: false })).rejects.toThrow(
      new Refusal(`${out} is not empty: choose an empty folder, or add --force to replace it`),
    );
    expect(await readdir(out)).toEqual(["keep.txt"]);
    expect((await readdir(work)).filter((name) => name.includes(".generating-"))).toEqual([]);
  });

  it("writeContentFolder(files, out, options) replaces a folder that is not empty when forced", async () => {
    const out = join(work, "forced");
    await mkdir(out);
    await writeFile(join(out, "old.txt"), "old");
    await writeContentFolder(files, out, { force: true });
    expect((await readdir(out)).sort()).toEqual(["reviews", "site.json"]);
    expect((await readdir(work)).filter((name) => name.startsWith("forced"))).toEqual(["forced"]);
  });

  it("writeContentFolder(files, out, options) refuses a file given as the folder", async () => {
    const out = join(work, "a-file");
    await writeFile(out, "x");
    await expect(writeContentFolder(files, out, { force: true })).rejects.toThrow(
      new Refusal(`${out} is a file, not a folder`),
    );
  });
});

describe("npm run generate", () => {
  it("generate writes a content folder that validates with no error, and refuses to write over it", async () => {
    const out = join(work, "cli");
    const first = runGenerate(["--partnerships", "4", "--reviews", "2", "--out", out, "--seed", "3"]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Wrote 22 files to ${out}`);
    expect(first.stdout).toContain(`build with SOURCE_DATE_EPOCH=1767225600 npm run build -- --content ${out}`);
    const { problems } = await validateFolder(out);
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);

    const again = runGenerate(["--partnerships", "4", "--reviews", "2", "--out", out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`generate: ${out} is not empty: choose an empty folder, or add --force to replace it\n`);

    const forced = runGenerate(["--partnerships", "2", "--reviews", "1", "--out", out, "--force"]);
    expect(forced.status).toBe(0);
    expect((await readdir(join(out, "partnerships"))).length).toBe(2);
  });

  it("generate exits 2 with the usage when an option is wrong", () => {
    const run = runGenerate(["--partnerships", "many", "--reviews", "2", "--out", join(work, "never")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('generate: --partnerships must be a whole number of at least 1, not "many"');
    expect(run.stderr).toContain("Usage:");
  });
});

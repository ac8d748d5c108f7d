import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport, validateFolder } from "../../../scripts/validate.ts";
import type { Problem } from "../../../src/lib/problems.ts";
import { fixturePath, problemLines, ROOT } from "../helpers/fixtures.ts";

const NODE = resolve(ROOT, "node_modules/.bin/node");

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/validate.ts as authors do, and returns its exit code and output, whatever the exit code. */
function runValidate(args: string[], env: Record<string, string> = {}): Run {
  try {
    const stdout = execFileSync(NODE, ["scripts/validate.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    const failed = error as { status: number | null; stdout: string; stderr: string };
    return { status: failed.status ?? -1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Fails when the output holds a stack trace line, which authors should never see. */
function expectNoStackTrace(run: Run): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^ {4}at /m);
}

describe("validateFolder(dir)", () => {
  it("validateFolder(dir) finds no error in the sample content", async () => {
    const { problems } = await validateFolder(resolve(ROOT, "content"));
    expect(problemLines(problems.filter((problem) => problem.severity === "error"))).toEqual([]);
  });

  it("validateFolder(dir) finds no problem at all in the minimal fixture", async () => {
    const result = await validateFolder(fixturePath("minimal"));
    expect(result.problems).toEqual([]);
    expect(result.content?.reviews.map((r) => r.id)).toEqual(["2024-annual"]);
  });

  it("validateFolder(dir) reports a folder that does not exist", async () => {
    const dir = fixturePath("no-such-folder");
    expect(await validateFolder(dir)).toEqual({
      problems: [{ severity: "error", file: dir, field: "(folder)", message: "is not a folder that can be read" }],
    });
  });

  it("validateFolder(dir) reports a file given as the folder", async () => {
    const file = fixturePath("minimal/site.json");
    expect((await validateFolder(file)).problems.map((p) => p.message)).toEqual(["is not a folder that can be read"]);
  });
});

describe("formatReport(problems, dir, millis)", () => {
  const problems: Problem[] = [
    { severity: "warning", file: "notes.txt", field: "(file)", message: "is ignored" },
    { severity: "error", file: "site.json", field: "url", message: "is required", line: 2, column: 3 },
  ];

  it("formatReport(problems, dir, millis) lists errors first, then the verdict and counts", () => {
    expect(formatReport(problems, "/c", 12.4)).toBe(
      [
        "error   site.json: url: is required (line 2, column 3)",
        "warning notes.txt: (file): is ignored",
        "Content has errors: 1 error, 1 warning, 0 notes in /c (12 ms)",
      ].join("\n"),
    );
  });

  it("formatReport(problems, dir, millis) says the content is valid when there are only warnings and notes", () => {
    const notes: Problem[] = [
      { severity: "info", file: "a.json", field: "ratings[0].respondents", message: "is withheld" },
      { severity: "info", file: "b.json", field: "ratings[0].respondents", message: "is withheld" },
    ];
    expect(formatReport(notes, "/c", 3)).toBe(
      [
        "info    a.json: ratings[0].respondents: is withheld",
        "info    b.json: ratings[0].respondents: is withheld",
        "Content is valid: 0 errors, 0 warnings, 2 notes in /c (3 ms)",
      ].join("\n"),
    );
  });
});

describe("scripts/validate.ts", { timeout: 30_000 }, () => {
  it("scripts/validate.ts exits 0 on the minimal fixture and says the content is valid", () => {
    const run = runValidate(["--content", fixturePath("minimal")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^Content is valid: 0 errors, 0 warnings, 0 notes in ${fixturePath("minimal")} \\(\\d+ ms\\)\\n$`),
    );
    expect(run.stderr).toBe("");
    expectNoStackTrace(run);
  });

  it("scripts/validate.ts exits 1 on a broken fixture and lists its problems", () => {
    const run = runValidate(["--content", fixturePath("broken/malformed-yaml")]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      'error   partnerships/shared-legal.md: (file): has front matter that is not valid YAML: a line is indented too far, or a value contains ": " (put such a value in quotes) (line 3, column 10)',
      `Content has errors: 1 error, 0 warnings, 0 notes in ${fixturePath("broken/malformed-yaml")} (${/\((\d+) ms\)/.exec(run.stdout)?.[1]} ms)`,
    ]);
    expectNoStackTrace(run);
  });

  it("scripts/validate.ts --json prints the counts and every problem, and exits 1 on errors", () => {
    const dir = fixturePath("broken/ten-mistakes");
    const run = runValidate(["--content", dir, "--json"]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      contentDir: string;
      valid: boolean;
      counts: object;
      problems: Problem[];
    };
    expect(report.contentDir).toBe(dir);
    expect(report.valid).toBe(false);
    expect(report.counts).toEqual({ error: 10, warning: 0, info: 0 });
    expect(report.problems).toHaveLength(10);
    expect(report.problems[0]).toEqual({
      severity: "error",
      file: "partnerships/shared-legal.md",
      field: "form",
      message:
        '"shared-servise" is not allowed: use one of shared-service, shared-management, shared-delivery, joint-venture, strategic-partnership, contract, spin-off, merger, other. Did you mean "shared-service"?',
      line: 4,
      column: 1,
    });
    expectNoStackTrace(run);
  });

  it("scripts/validate.ts --json exits 0 with only warnings and notes", () => {
    const run = runValidate(["--content", fixturePath("broken/suppressed-rating"), "--json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { valid: boolean; counts: object };
    expect(report.valid).toBe(true);
    expect(report.counts).toEqual({ error: 0, warning: 1, info: 1 });
    expectNoStackTrace(run);
  });

  it("scripts/validate.ts --quiet shows errors only", () => {
    const run = runValidate(["--content", fixturePath("broken/stray-file"), "--quiet"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Content is valid: 0 errors, 0 warnings, 0 notes in /);
  });

  it("scripts/validate.ts reads the folder named by CONTENT_DIR", () => {
    const run = runValidate(["--json"], { CONTENT_DIR: fixturePath("broken/missing-site-json") });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      contentDir: fixturePath("broken/missing-site-json"),
      counts: { error: 1, warning: 0, info: 0 },
    });
  });

  it("scripts/validate.ts exits 1 without a stack trace for a folder that does not exist", () => {
    const dir = fixturePath("no-such-folder");
    const run = runValidate(["--content", dir]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe(`error   ${dir}: (folder): is not a folder that can be read`);
    expectNoStackTrace(run);
  });

  it("scripts/validate.ts exits 2 without a stack trace for an unknown option", () => {
    const run = runValidate(["--contnet", "content"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^validate: Unknown option '--contnet'/);
    expectNoStackTrace(run);
  });

  it("scripts/validate.ts never prints a stack trace for any broken fixture", () => {
    for (const name of ["malformed-json", "missing-front-matter", "missing-framework-json", "ten-mistakes"]) {
      const run = runValidate(["--content", fixturePath(`broken/${name}`)]);
      expect(run.status, name).toBe(1);
      expectNoStackTrace(run);
    }
  });
});

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport, main, validateFolder } from "../../../scripts/validate.ts";
import type { Problem } from "../../../src/lib/problems.ts";
import { hasStackTrace, runMain, runProcess, type Run } from "../helpers/command.ts";
import { fixturePath, problemLines, ROOT } from "../helpers/fixtures.ts";
import { federationFields } from "../../support/federation.ts";

/** Runs validate's main in this process, and returns its exit code and output. */
function runValidate(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runMain(main, args, env);
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

describe("main(args, io)", () => {
  it("main(args, io) exits 0 on the minimal fixture and says the content is valid", async () => {
    const run = await runValidate(["--content", fixturePath("minimal")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^Content is valid: 0 errors, 0 warnings, 0 notes in ${fixturePath("minimal")} \\(\\d+ ms\\)\\n$`),
    );
    expect(run.stderr).toBe("");
    expect(hasStackTrace(run)).toBe(false);
  });

  it("main(args, io) checks a federation's federation.json, naming the field that is wrong", async () => {
    const dir = mkdtempSync(join(tmpdir(), "validate-federation-"));
    try {
      const federation = federationFields([{ orgId: "GB-LAE-KSF", name: "Kestrelford", site: "members/kestrelford" }]);
      writeFileSync(join(dir, "federation.json"), JSON.stringify(federation));
      const valid = await runValidate(["--content", dir]);
      expect([valid.status, valid.stdout]).toEqual([
        0,
        `${dir} is a federation: federation.json is valid, with 1 member. Members are read and checked when it is built (npm run build).\n`,
      ]);
      federation.members.push({ orgId: "kestrelford", name: "Kestrelford again", site: "ftp://example.gov.uk" });
      writeFileSync(join(dir, "federation.json"), JSON.stringify(federation));
      const invalid = await runValidate(["--content", dir]);
      expect(invalid.status).toBe(1);
      expect(invalid.stdout.trim().split("\n")).toEqual([
        "federation.json: members[1].orgId: must be an org-id.guide identifier, such as GB-LAE-KES",
        "federation.json: members[1].site: must be an http:// or https:// address, or a folder relative to federation.json",
      ]);
      expect(hasStackTrace(invalid)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("main(args, io) exits 1 on a broken fixture and lists its problems", async () => {
    const run = await runValidate(["--content", fixturePath("broken/malformed-yaml")]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      'error   partnerships/shared-legal.md: (file): has front matter that is not valid YAML: a line is indented too far, or a value contains ": " (put such a value in quotes) (line 3, column 10)',
      `Content has errors: 1 error, 0 warnings, 0 notes in ${fixturePath("broken/malformed-yaml")} (${/\((\d+) ms\)/.exec(run.stdout)?.[1]} ms)`,
    ]);
    expect(hasStackTrace(run)).toBe(false);
  });

  it("main(args, io) --json prints the counts and every problem, and exits 1 on errors", async () => {
    const dir = fixturePath("broken/ten-mistakes");
    const run = await runValidate(["--content", dir, "--json"]);
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
    expect(hasStackTrace(run)).toBe(false);
  });

  it("main(args, io) --json exits 0 with only warnings and notes", async () => {
    const run = await runValidate(["--content", fixturePath("broken/suppressed-rating"), "--json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { valid: boolean; counts: object };
    expect(report.valid).toBe(true);
    expect(report.counts).toEqual({ error: 0, warning: 1, info: 1 });
    expect(hasStackTrace(run)).toBe(false);
  });

  it("main(args, io) --quiet shows errors only", async () => {
    const run = await runValidate(["--content", fixturePath("broken/stray-file"), "--quiet"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Content is valid: 0 errors, 0 warnings, 0 notes in /);
  });

  it("main(args, io) reads the folder named by CONTENT_DIR", async () => {
    const run = await runValidate(["--json"], { CONTENT_DIR: fixturePath("broken/missing-site-json") });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      contentDir: fixturePath("broken/missing-site-json"),
      counts: { error: 1, warning: 0, info: 0 },
    });
  });

  it("main(args, io) exits 1 without a stack trace for a folder that does not exist", async () => {
    const dir = fixturePath("no-such-folder");
    const run = await runValidate(["--content", dir]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe(`error   ${dir}: (folder): is not a folder that can be read`);
    expect(hasStackTrace(run)).toBe(false);
  });

  it("main(args, io) exits 2 on SOURCE_DATE_EPOCH in milliseconds, saying what was meant", async () => {
    const run = await runValidate(["--content", fixturePath("minimal")], { SOURCE_DATE_EPOCH: "1795737600000" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "validate: SOURCE_DATE_EPOCH 1795737600000 is not a time between 2000 and 2100 in seconds: it looks like milliseconds: use 1795737600\n",
    );
    expect(run.stdout).toBe("");
  });

  it("main(args, io) exits 1 naming the file on a YAML alias bomb, and reports every other file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "validate-alias-"));
    try {
      const content = join(dir, "content");
      cpSync(fixturePath("minimal"), content, { recursive: true });
      const partnership = join(content, "partnerships/shared-legal.md");
      const bomb = [
        "a: &a [x, x, x, x, x, x, x, x, x]",
        ..."bcdefg".split("").map((name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdef"[i]}`).join(", ")}]`),
      ];
      writeFileSync(partnership, readFileSync(partnership, "utf8").replace("---\n", `---\n${bomb.join("\n")}\n`));
      writeFileSync(join(content, "site.json"), "{");
      const run = await runValidate(["--content", content, "--quiet"]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("error   partnerships/shared-legal.md: (file): has front matter whose aliases");
      expect(run.stdout).toContain("error   site.json: (file): is not valid JSON");
      expect(hasStackTrace(run)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("main(args, io) exits 2 without a stack trace for an unknown option", async () => {
    const run = await runValidate(["--contnet", "content"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^validate: Unknown option '--contnet'/);
    expect(hasStackTrace(run)).toBe(false);
  });

  it("main(args, io) never prints a stack trace for any broken fixture", async () => {
    for (const name of ["malformed-json", "missing-front-matter", "missing-framework-json", "ten-mistakes"]) {
      const run = await runValidate(["--content", fixturePath(`broken/${name}`)]);
      expect(run.status, name).toBe(1);
      expect(hasStackTrace(run)).toBe(false);
    }
  });
});

describe("node scripts/validate.ts", () => {
  it(
    "node scripts/validate.ts sets the exit code and prints the report, as authors run it",
    { timeout: 30_000 },
    () => {
      const run = runProcess("scripts/validate.ts", ["--content", fixturePath("broken/malformed-yaml"), "--quiet"]);
      expect(run.status).toBe(1);
      expect(run.stdout.split("\n")[0]).toBe(
        'error   partnerships/shared-legal.md: (file): has front matter that is not valid YAML: a line is indented too far, or a value contains ": " (put such a value in quotes) (line 3, column 10)',
      );
      expect(run.stderr).toBe("");
    },
  );
});

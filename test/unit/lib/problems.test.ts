import { describe, expect, it } from "vitest";
import {
  countProblems,
  fieldPath,
  formatProblem,
  sortProblems,
  WHOLE_FILE,
  type Problem,
} from "../../../src/lib/problems.ts";

describe("fieldPath(path)", () => {
  it("fieldPath(path) writes keys with dots and indexes in brackets", () => {
    expect(fieldPath(["ratings", 3, "level"])).toBe("ratings[3].level");
    expect(fieldPath(["contact", "email"])).toBe("contact.email");
    expect(fieldPath(["spectrum", 0])).toBe("spectrum[0]");
    expect(fieldPath(["summary"])).toBe("summary");
  });

  it("fieldPath(path) starts with the index when the path does", () => {
    expect(fieldPath([2, "id"])).toBe("[2].id");
  });

  it("fieldPath(path) is (file) for the file as a whole", () => {
    expect(fieldPath([])).toBe(WHOLE_FILE);
    expect(WHOLE_FILE).toBe("(file)");
  });
});

describe("formatProblem(problem)", () => {
  const problem: Problem = {
    severity: "error",
    file: "reviews/legal/2024-03-annual.json",
    field: "ratings[3].level",
    message: "7 is above the highest spectrum level (6)",
  };

  it("formatProblem(problem) writes file: field: message", () => {
    expect(formatProblem(problem)).toBe(
      "reviews/legal/2024-03-annual.json: ratings[3].level: 7 is above the highest spectrum level (6)",
    );
  });

  it("formatProblem(problem) adds the line and column where known", () => {
    expect(formatProblem({ ...problem, line: 12, column: 7 })).toBe(
      "reviews/legal/2024-03-annual.json: ratings[3].level: 7 is above the highest spectrum level (6) (line 12, column 7)",
    );
  });

  it("formatProblem(problem) adds the line alone when the column is unknown", () => {
    expect(formatProblem({ ...problem, line: 12 })).toBe(
      "reviews/legal/2024-03-annual.json: ratings[3].level: 7 is above the highest spectrum level (6) (line 12)",
    );
  });
});

describe("sortProblems(problems)", () => {
  const make = (severity: Problem["severity"], file: string, field: string, line?: number): Problem => ({
    severity,
    file,
    field,
    message: "m",
    ...(line === undefined ? {} : { line }),
  });

  it("sortProblems(problems) orders by severity, then file, then line, then field", () => {
    const problems = [
      make("info", "a.json", "x", 1),
      make("warning", "a.json", "x", 1),
      make("error", "b.json", "x", 1),
      make("error", "a.json", "z", 9),
      make("error", "a.json", "b", 2),
      make("error", "a.json", "a", 2),
      make("error", "a.json", "(file)"),
    ];
    expect(sortProblems(problems).map((p) => `${p.severity} ${p.file} ${p.line ?? "-"} ${p.field}`)).toEqual([
      "error a.json - (file)",
      "error a.json 2 a",
      "error a.json 2 b",
      "error a.json 9 z",
      "error b.json 1 x",
      "warning a.json 1 x",
      "info a.json 1 x",
    ]);
  });

  it("sortProblems(problems) leaves its input as it was", () => {
    const problems = [make("info", "a", "x"), make("error", "a", "x")];
    sortProblems(problems);
    expect(problems.map((p) => p.severity)).toEqual(["info", "error"]);
  });
});

describe("countProblems(problems)", () => {
  it("countProblems(problems) counts each severity, zero included", () => {
    const problems: Problem[] = [
      { severity: "error", file: "a", field: "x", message: "m" },
      { severity: "error", file: "b", field: "x", message: "m" },
      { severity: "info", file: "c", field: "x", message: "m" },
    ];
    expect(countProblems(problems)).toEqual({ error: 2, warning: 0, info: 1 });
    expect(countProblems([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

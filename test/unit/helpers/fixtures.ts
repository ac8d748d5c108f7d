import { resolve } from "node:path";
import { readContentFolder, validateFolder } from "../../../src/loaders/content-folder.ts";
import { formatProblem, sortProblems, type Problem } from "../../../src/lib/problems.ts";
import type { SourceFile } from "../../../src/lib/sources.ts";
import type { ValidationResult } from "../../../src/lib/validation.ts";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../../..");

/** Returns the absolute path of a fixture folder, such as "minimal" or "broken/malformed-json". */
export function fixturePath(name: string): string {
  return resolve(ROOT, "test/fixtures", name);
}

/** Returns the files of a fixture folder, as the build reads them. */
export async function readFixture(name: string): Promise<SourceFile[]> {
  return (await readContentFolder(fixturePath(name))).files;
}

/** Returns the validation result of a fixture folder, read from disk as the build reads it. */
export function validateFixture(name: string): Promise<ValidationResult> {
  return validateFolder(fixturePath(name));
}

/** Returns each problem as one line, "severity file: field: message (line L, column C)", in report order. */
export function problemLines(problems: readonly Problem[]): string[] {
  return sortProblems(problems).map((problem) => `${problem.severity} ${formatProblem(problem)}`);
}

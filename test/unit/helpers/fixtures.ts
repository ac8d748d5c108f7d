import { resolve } from "node:path";
import { readContentFolder } from "../../../src/loaders/content-folder.ts";
import { formatProblem, sortProblems, type Problem } from "../../../src/lib/problems.ts";
import type { SourceFile } from "../../../src/lib/sources.ts";
import { validateSources, type ValidationResult } from "../../../src/lib/validation.ts";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../../..");

/** Returns the absolute path of a fixture folder, such as "minimal" or "broken/malformed-json". */
export function fixturePath(name: string): string {
  return resolve(ROOT, "test/fixtures", name);
}

/** Returns the files of a fixture folder, as the build reads them. */
export function readFixture(name: string): Promise<SourceFile[]> {
  return readContentFolder(fixturePath(name));
}

/** Returns the validation result of a fixture folder. */
export async function validateFixture(name: string): Promise<ValidationResult> {
  return validateSources(await readFixture(name));
}

/** Returns each problem as one line, "severity file: field: message (line L, column C)", in report order. */
export function problemLines(problems: readonly Problem[]): string[] {
  return sortProblems(problems).map((problem) => `${problem.severity} ${formatProblem(problem)}`);
}

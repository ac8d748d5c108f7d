/** How serious a problem is: errors stop the build, warnings and information do not. */
export type Severity = "error" | "warning" | "info";

/** One problem found in the content folder. */
export interface Problem {
  severity: Severity;
  /** The file, relative to the content folder, with forward slashes. */
  file: string;
  /** The field path, such as ratings[3].level, or "(file)" for the file as a whole. */
  field: string;
  /** A plain-English message. */
  message: string;
  /** The 1-based line in the file, where known. */
  line?: number;
  /** The 1-based column in the file, where known. */
  column?: number;
}

/** The field name used for problems with a whole file rather than one field. */
export const WHOLE_FILE = "(file)";

/** Returns a field path such as ratings[3].level for a path of keys and indexes. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return WHOLE_FILE;
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

/** Returns the problem as `file: field: message`, with the line where known. */
export function formatProblem(problem: Problem): string {
  const where =
    problem.line === undefined
      ? ""
      : ` (line ${problem.line}${problem.column === undefined ? "" : `, column ${problem.column}`})`;
  return `${problem.file}: ${problem.field}: ${problem.message}${where}`;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Returns the problems sorted by severity, then file, then line, for stable reports. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field),
  );
}

/** Returns how many problems there are of each severity. */
export function countProblems(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity] += 1;
  return counts;
}

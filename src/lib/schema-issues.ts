import { z } from "zod";
import { fieldPath, type Problem } from "./problems.ts";
import type { Position } from "./sources.ts";
import { didYouMean } from "./suggestions.ts";

type Schema = z.core.$ZodType;

/** Returns the schema under any optional, default or preprocess wrapper. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: Schema; in?: Schema; out?: Schema };
    if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === "pipe" && def.out !== undefined) current = def.out;
    else return current;
  }
}

/** Returns the object schema's field names at `path`, or an empty list when there is none. */
function knownFieldsAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  let current: Schema | undefined = unwrap(schema);
  for (const key of path) {
    if (current === undefined) return [];
    const def = current._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema };
    current = def.type === "array" ? def.element : def.shape?.[String(key)];
    if (current !== undefined) current = unwrap(current);
  }
  const def = current?._zod.def as { shape?: Record<string, Schema> } | undefined;
  return Object.keys(def?.shape ?? {});
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
  date: "a date",
};

function messageFor(issue: z.core.$ZodIssue, input: unknown): string {
  if (input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) return "is required";
  switch (issue.code) {
    case "invalid_type":
      if (issue.message.startsWith("Invalid input")) {
        return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
      }
      return issue.message;
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const hint = typeof input === "string" ? didYouMean(input, allowed) : "";
      return `${describeValue(input)} is not allowed: use one of ${allowed.join(", ")}.${hint}`;
    }
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Returns one plain-English problem for each zod issue, one per unknown field, with its position where known. */
export function issuesToProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  schema: Schema,
  data: unknown,
  locate: (path: readonly PropertyKey[]) => Position | undefined,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      const known = knownFieldsAt(schema, issue.path);
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return {
          severity: "error",
          file,
          field: fieldPath(path),
          message: `is not a known field.${didYouMean(key, known)}`,
          ...locate(path),
        };
      });
    }
    return [
      {
        severity: "error",
        file,
        field: fieldPath(issue.path),
        message: messageFor(issue, valueAt(data, issue.path)),
        ...locate(issue.path),
      },
    ];
  });
}

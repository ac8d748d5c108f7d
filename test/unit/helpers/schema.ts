import type { z } from "zod";
import { fieldPath } from "../../../src/lib/problems.ts";

/** Returns each issue of parsing `data` as "field: message", or an empty list when it parses. */
export function issuesOf(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
}

import { z } from "zod";

/** The pattern every slug and review id follows: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Returns a schema for a URL segment and permanent identifier such as a slug or review id. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, "use lowercase letters, digits and single hyphens, such as shared-legal-service");

/** Returns a schema for a non-empty string with surrounding spaces trimmed. */
export const text = z.string().trim().min(1, "must not be empty");

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date, written YYYY-MM-DD. YAML parsers may hand over a Date object for an
 * unquoted date, so both are accepted; the output is always the ISO string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string("must be a date written as YYYY-MM-DD, such as 2024-03-31")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "write dates as YYYY-MM-DD, such as 2024-03-31")
    .refine(isRealDate, "is not a real calendar date"),
);

/** An absolute http or https URL. */
export const url = z.url({ protocol: /^https?$/, error: "must be a full web address starting with https://" });

/** An email address. */
export const email = z.email({ error: "must be an email address, such as reviews@example.gov.uk" });

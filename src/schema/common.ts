import { z } from "zod";

/** The pattern every slug and review id follows: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Returns a schema for a URL segment and permanent identifier such as a slug or review id. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, "use lowercase letters, digits and single hyphens, such as shared-legal-service");

/** Returns a schema for a non-empty string with surrounding spaces trimmed. */
export const text = z.string().trim().min(1, "must not be empty");

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD date that exists on the calendar (so not 2024-02-30): zod's ISO date format. */
export const calendarDate = z.iso.date();

/**
 * A calendar date, written YYYY-MM-DD. YAML parsers may hand over a Date object for an
 * unquoted date, so both are accepted; the output is always the ISO string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string("must be a date written as YYYY-MM-DD, such as 2024-03-31")
    .regex(DATE_SHAPE, "write dates as YYYY-MM-DD, such as 2024-03-31")
    .refine((value) => calendarDate.safeParse(value).success, {
      error: (issue) => `${String(issue.input)} is not a real calendar date`,
      // A date in the wrong shape already has its message; it needs no second one.
      when: (payload) => typeof payload.value === "string" && DATE_SHAPE.test(payload.value),
    }),
);

/** An absolute http or https URL. */
export const url = z.url({ protocol: /^https?$/, error: "must be a full web address starting with https://" });

/** An email address. */
export const email = z.email({ error: "must be an email address, such as reviews@example.gov.uk" });

/**
 * Options for a rule across fields that should run even when another field has a problem, so that
 * one run reports every problem. The rule then sees the raw value of any invalid field, so it must
 * check each value it uses (see `validDate`).
 */
export const evenWithOtherProblems = {
  when: (payload: { value: unknown }): boolean =>
    typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
};

/** Returns the value when it is a real YYYY-MM-DD date, else undefined: for rules that compare dates. */
export function validDate(value: unknown): string | undefined {
  return typeof value === "string" && calendarDate.safeParse(value).success ? value : undefined;
}

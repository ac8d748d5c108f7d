// Month names live in one place, src/lib/words.ts; charts add only their time axis.
export { longDate, monthYear, shortMonthYear } from "../lib/words.ts";

/** Returns the number of days from 1970-01-01 to a YYYY-MM-DD date: a time axis that needs no clock or time zone. */
export function dayNumber(iso: string): number {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Returns a YYYY-MM-DD date as a Date at midnight UTC, for a time scale (d3's scaleUtc): no clock or local time zone. */
export function utcDate(iso: string): Date {
  return new Date(dayNumber(iso) * 86_400_000);
}

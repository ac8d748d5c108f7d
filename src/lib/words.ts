/** Words for numbers, counts, lists and dates: one module, so every page, chart and file says them alike. */

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];

// Dates are calendar days written YYYY-MM-DD: they are read and named in UTC, never in the machine's time zone.
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });
const longDateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthYearFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
// en-GB's conjunction list has no serial comma ("A, B and C"), as GOV.UK style asks.
const listFormat = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** The months' names, January first. */
export const MONTHS: readonly string[] = Array.from({ length: 12 }, (_, index) =>
  monthFormat.format(Date.UTC(2000, index, 1)),
);

const countFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const moneyFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** Returns a whole number from 0 to 20 in words ("two"), and any other number in digits. */
export function numberWord(value: number): string {
  return Number.isInteger(value) && value >= 0 && value < NUMBER_WORDS.length
    ? (NUMBER_WORDS[value] as string)
    : String(value);
}

/** Returns a number in digits with thousands separators and at most one decimal place, such as "1,250" or "2.5". */
export function formatNumber(value: number): string {
  return countFormat.format(value);
}

/** Returns an amount of pounds such as "£1,250,000". */
export function formatMoney(amount: number): string {
  return moneyFormat.format(amount);
}

/** Returns the text with its first letter in capitals, for a sentence that starts with it. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Returns the text with its first letter small, to follow a comma or colon: "Costs (actual)" becomes "costs (actual)". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Returns "1 risk" or "3 risks" (with a space and thousands separators); with words true, "one risk" or "three risks". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`, words = false): string {
  return `${words ? numberWord(count) : formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Returns the noun alone, agreeing with the count: "risk" for 1, "risks" otherwise. */
export function noun(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/** Returns the verb form that agrees with the count, such as verb(1, "has", "have") = "has". */
export function verb(count: number, singular: string, pluralForm: string): string {
  return count === 1 ? singular : pluralForm;
}

/** Returns "is" for one item and "are" for more. */
export function isAre(count: number): string {
  return verb(count, "is", "are");
}

/** Returns "has" for one item and "have" for more. */
export function hasHave(count: number): string {
  return verb(count, "has", "have");
}

/** Returns the items as an English list: "A", "A and B", "A, B and C" (no serial comma, as in GOV.UK style). */
export function listWords(items: readonly string[]): string {
  return listFormat.format(items);
}

/** Lists longer than this are counted rather than named in a summary sentence. */
const MAX_NAMED = 6;

/** Returns the items as a list ("A, B and C"), or, when there are more than six, their count ("nine factors"). */
export function listOrCount(items: readonly string[], pluralNoun: string): string {
  return items.length > MAX_NAMED ? `${numberWord(items.length)} ${pluralNoun}` : listWords(items);
}

/**
 * Returns the first names and how many more, never "and 1 other": up to `limit` names, and when
 * only one would be left over it is named too. Example: "A, B, C and 4 other partnerships".
 */
export function listWithOthers(
  items: readonly string[],
  limit: number,
  otherSingular: string,
  otherPlural?: string,
): string {
  if (items.length <= limit + 1) return listWords(items);
  const rest = items.length - limit;
  return `${items.slice(0, limit).join(", ")} and ${plural(rest, `other ${otherSingular}`, `other ${otherPlural ?? `${otherSingular}s`}`)}`;
}

/** Returns how many of a total: "all six", "both", "none of the four" or "two of six". */
export function countOf(count: number, total: number, pluralNoun: string): string {
  if (count === total) {
    if (total === 1) return `the one ${pluralNoun.replace(/s$/, "")}`;
    return total === 2 ? `both ${pluralNoun}` : `all ${numberWord(total)} ${pluralNoun}`;
  }
  if (count === 0) return `none of the ${numberWord(total)} ${pluralNoun}`;
  return `${numberWord(count)} of ${numberWord(total)} ${pluralNoun}`;
}

/**
 * Returns how many of a group a clause is about, as its subject: "none", "one" or "two" of several, "it" for the
 * only one, "both" or "all three" for every one. The verb agrees with "is" for none or one: "none is overdue".
 */
export function howManyOfThem(count: number, total: number): string {
  if (count === 0) return "none";
  if (count === total) return total === 1 ? "it" : total === 2 ? "both" : `all ${numberWord(total)}`;
  return numberWord(count);
}

/** Returns the sentences joined by spaces, each ending in exactly one full stop (no ".," or ".."). */
export function sentences(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim().replace(/[.,;:\s]+$/, ""))
    .filter((part) => part !== "")
    .map((part) => `${part}.`)
    .join(" ");
}

/** Returns the text without a closing full stop, so it can sit inside a sentence or a list ("…2026.;" never appears). */
export function withoutFullStop(text: string): string {
  return text.trim().replace(/\.+$/, "");
}

/** Returns the Date at midnight UTC of a YYYY-MM-DD date. */
function utcDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Returns a date as readers write it, such as "12 March 2024". */
export function longDate(iso: string): string {
  return longDateFormat.format(utcDay(iso));
}

/** Returns a month and year, such as "March 2024". */
export function monthYear(iso: string): string {
  return monthYearFormat.format(utcDay(iso));
}

/** Returns a short month and year for an axis, such as "Mar 2024". */
export function shortMonthYear(iso: string): string {
  // The first three letters of the month's name: en-GB's own short form writes September as "Sept".
  const date = utcDay(iso);
  return `${monthFormat.format(date).slice(0, 3)} ${date.getUTCFullYear()}`;
}

/** Returns the "as at" words for a dated status, such as "as at 12 March 2024". */
export function asAt(iso: string): string {
  return `as at ${longDate(iso)}`;
}

/** Returns the words for a status nobody has reported on lately, such as "not updated since 12 March 2024". */
export function notUpdatedSince(iso: string): string {
  return `not updated since ${longDate(iso)}`;
}

/** Returns the parts of a YYYY-MM-DD date. */
function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return { year, month, day };
}

/**
 * Returns the YYYY-MM-DD date `months` calendar months after `iso` (before, when negative); a day
 * that the target month lacks becomes its last day, so 31 August plus 6 months is 28 February.
 */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = dateParts(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

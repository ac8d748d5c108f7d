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

/** Returns a whole number from 0 to 20 in words ("two"), and any other number in digits. */
export function numberWord(value: number): string {
  return Number.isInteger(value) && value >= 0 && value < NUMBER_WORDS.length
    ? (NUMBER_WORDS[value] as string)
    : String(value);
}

/** Returns the text with its first letter in capitals, for a sentence that starts with it. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Returns "1 risk" or "3 risks"; with words true, "one risk" or "three risks". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`, words = false): string {
  return `${words ? numberWord(count) : String(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Returns the items as an English list: "A", "A and B", "A, B and C" (no serial comma, as in GOV.UK style). */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) as string}`;
}

/** Returns "is" for one item and "are" for more. */
export function isAre(count: number): string {
  return count === 1 ? "is" : "are";
}

/** Lists longer than this are counted rather than named in a summary sentence. */
const MAX_NAMED = 6;

/** Returns the items as a list ("A, B and C"), or, when there are more than six, their count ("nine factors"). */
export function listOrCount(items: readonly string[], pluralNoun: string): string {
  return items.length > MAX_NAMED ? `${numberWord(items.length)} ${pluralNoun}` : listWords(items);
}

/** Returns how many of a total: "all six", "none of the four" or "two of six". */
export function countOf(count: number, total: number, pluralNoun: string): string {
  if (count === total)
    return total === 1 ? `the one ${pluralNoun.replace(/s$/, "")}` : `all ${numberWord(total)} ${pluralNoun}`;
  if (count === 0) return `none of the ${numberWord(total)} ${pluralNoun}`;
  return `${numberWord(count)} of ${numberWord(total)} ${pluralNoun}`;
}

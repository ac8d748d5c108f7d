const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Returns the parts of a YYYY-MM-DD date. */
function parts(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return { year, month, day };
}

/** Returns the number of days from 1970-01-01 to a YYYY-MM-DD date: a time axis that needs no clock or time zone. */
export function dayNumber(iso: string): number {
  const { year, month, day } = parts(iso);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Returns a date as readers write it, such as "12 March 2024". */
export function longDate(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** Returns a month and year, such as "March 2024". */
export function monthYear(iso: string): string {
  const { year, month } = parts(iso);
  return `${MONTHS[month - 1] ?? ""} ${year}`;
}

/** Returns a short month and year for an axis, such as "Mar 2024". */
export function shortMonthYear(iso: string): string {
  const { year, month } = parts(iso);
  return `${(MONTHS[month - 1] ?? "").slice(0, 3)} ${year}`;
}

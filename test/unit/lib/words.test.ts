import { describe, expect, it } from "vitest";
import {
  addMonths,
  asAt,
  hasHave,
  howManyOfThem,
  listWithOthers,
  listWords,
  longDate,
  lowerFirst,
  MONTHS,
  notUpdatedSince,
  plural,
  sentences,
  withoutFullStop,
} from "../../../src/lib/words.ts";

describe("words", () => {
  it("plural(count, singular) puts a space and thousands separators between the number and the noun", () => {
    expect(plural(12, "partnership")).toBe("12 partnerships");
    expect(plural(1, "level")).toBe("1 level");
    expect(plural(1250, "respondent")).toBe("1,250 respondents");
  });

  it("listWithOthers(items, limit, noun) names the last one rather than saying 'and 1 other'", () => {
    expect(listWithOthers(["A", "B", "C", "D"], 3, "partnership")).toBe("A, B, C and D");
    expect(listWithOthers(["A", "B", "C", "D", "E"], 3, "partnership")).toBe("A, B, C and 2 other partnerships");
    expect(listWithOthers(["A"], 3, "partnership")).toBe("A");
  });

  it("sentences(parts) ends each part with one full stop, never '.,' or '..'", () => {
    expect(sentences(["First.", "second,", " third ", ""])).toBe("First. second. third.");
    expect(listWords(["A", "B"])).toBe("A and B");
  });

  it("listWords(items) writes an English list with no serial comma", () => {
    expect([[], ["A"], ["A", "B"], ["A", "B", "C"], ["A", "B", "C", "D"]].map(listWords)).toEqual([
      "",
      "A",
      "A and B",
      "A, B and C",
      "A, B, C and D",
    ]);
  });

  it("MONTHS names the months, January first", () => {
    expect(MONTHS).toEqual([
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
    ]);
  });

  it("longDate(iso) names the calendar day whatever the machine's time zone, on 31 December and 29 February too", () => {
    expect(longDate("2024-12-31")).toBe("31 December 2024");
    expect(longDate("2024-02-29")).toBe("29 February 2024");
    expect(longDate("2025-01-01")).toBe("1 January 2025");
  });

  it("withoutFullStop(text) drops a closing full stop so the text can sit inside a list", () => {
    expect(withoutFullStop("Supplier may fail. ")).toBe("Supplier may fail");
    expect(withoutFullStop("No stop")).toBe("No stop");
  });

  it("lowerFirst(text) makes only the first letter small", () => {
    expect([lowerFirst("Costs (actual)"), lowerFirst("Perception gap on Strategy"), lowerFirst("")]).toEqual([
      "costs (actual)",
      "perception gap on Strategy",
      "",
    ]);
  });

  it("hasHave(count) agrees with the count", () => {
    expect([hasHave(1), hasHave(2)]).toEqual(["has", "have"]);
  });

  it("howManyOfThem(count, total) says none, it, both or all for the whole group, else the number in words", () => {
    expect(
      [
        [0, 3],
        [1, 1],
        [1, 3],
        [2, 2],
        [2, 5],
        [8, 8],
        [21, 30],
      ].map(([count, total]) => howManyOfThem(count as number, total as number)),
    ).toEqual(["none", "it", "one", "both", "two", "all eight", "21"]);
  });

  it("longDate, asAt and notUpdatedSince write dates as readers do", () => {
    expect(longDate("2025-03-01")).toBe("1 March 2025");
    expect(asAt("2025-03-31")).toBe("as at 31 March 2025");
    expect(notUpdatedSince("2024-12-05")).toBe("not updated since 5 December 2024");
  });

  it("addMonths(iso, months) keeps the day, or takes the month's last day when it has none", () => {
    expect(addMonths("2024-06-30", 6)).toBe("2024-12-30");
    expect(addMonths("2024-08-31", 6)).toBe("2025-02-28");
    expect(addMonths("2023-08-31", 6)).toBe("2024-02-29");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2024-11-15", 24)).toBe("2026-11-15");
  });
});

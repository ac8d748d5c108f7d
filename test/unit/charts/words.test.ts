import { describe, expect, it } from "vitest";
import { capitalise, countOf, listOrCount, listWords, numberWord, plural } from "../../../src/charts/index.ts";
import { dayNumber, longDate, monthYear, shortMonthYear, utcDate } from "../../../src/charts/index.ts";

describe("words", () => {
  it("numberWord(value) spells 0 to 20 and writes other numbers as digits", () => {
    expect([0, 1, 2, 12, 20, 21, 1.5].map(numberWord)).toEqual(["zero", "one", "two", "twelve", "twenty", "21", "1.5"]);
  });

  it("plural(count, singular, pluralForm, words) agrees with the count", () => {
    expect(plural(1, "risk")).toBe("1 risk");
    expect(plural(3, "risk")).toBe("3 risks");
    expect(plural(2, "group view", "group views", true)).toBe("two group views");
  });

  it("listWords(items) joins with commas and a final 'and', without a serial comma", () => {
    expect(listWords([])).toBe("");
    expect(listWords(["A"])).toBe("A");
    expect(listWords(["A", "B"])).toBe("A and B");
    expect(listWords(["A", "B", "C"])).toBe("A, B and C");
  });

  it("listOrCount(items, pluralNoun) names up to six and counts more", () => {
    expect(listOrCount(["A", "B"], "factors")).toBe("A and B");
    expect(listOrCount(["A", "B", "C", "D", "E", "F", "G"], "factors")).toBe("seven factors");
  });

  it("countOf(count, total, pluralNoun) says all, both, none or how many", () => {
    expect(countOf(3, 3, "factors")).toBe("all three factors");
    expect(countOf(1, 1, "factors")).toBe("the one factor");
    expect(countOf(2, 2, "factors")).toBe("both factors");
    expect(countOf(0, 4, "factors")).toBe("none of the four factors");
    expect(countOf(2, 6, "factors")).toBe("two of six factors");
  });

  it("capitalise(text) capitalises the first letter only", () => {
    expect(capitalise("two group views")).toBe("Two group views");
  });
});

describe("dates", () => {
  it("dayNumber(iso) counts days from 1970-01-01 without a clock or time zone", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
    expect(utcDate("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("longDate(iso), monthYear(iso) and shortMonthYear(iso) write dates as readers do", () => {
    expect(longDate("2024-03-09")).toBe("9 March 2024");
    expect(monthYear("2024-03-09")).toBe("March 2024");
    expect(shortMonthYear("2024-09-30")).toBe("Sep 2024");
  });
});

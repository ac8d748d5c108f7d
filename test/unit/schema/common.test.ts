import { describe, expect, it } from "vitest";
import { email, isoDate, slug, SLUG_PATTERN, text, url, validDate } from "../../../src/schema/common.ts";
import { issuesOf } from "../helpers/schema.ts";

describe("slug", () => {
  it.each(["shared-legal", "a", "2024-annual", "a1-b2-c3"])("slug accepts %j", (value) => {
    expect(SLUG_PATTERN.test(value)).toBe(true);
    expect(issuesOf(slug, value)).toEqual([]);
  });

  it.each(["Shared-Legal", "shared_legal", "shared--legal", "-shared", "shared-", "shared legal", ""])(
    "slug rejects %j",
    (value) => {
      expect(issuesOf(slug, value)).toEqual([
        "(file): use lowercase letters, digits and single hyphens, such as shared-legal-service",
      ]);
    },
  );
});

describe("text", () => {
  it("text trims the value", () => {
    expect(text.parse("  Head of Legal  ")).toBe("Head of Legal");
  });

  it("text rejects an empty or blank value", () => {
    expect(issuesOf(text, "")).toEqual(["(file): must not be empty"]);
    expect(issuesOf(text, "   ")).toEqual(["(file): must not be empty"]);
  });
});

describe("isoDate", () => {
  it("isoDate accepts a real date written YYYY-MM-DD, including 29 February in a leap year", () => {
    expect(isoDate.parse("2024-02-29")).toBe("2024-02-29");
    expect(isoDate.parse("2024-12-31")).toBe("2024-12-31");
  });

  it("isoDate turns a Date object, as some YAML parsers give, into YYYY-MM-DD", () => {
    expect(isoDate.parse(new Date("2024-06-30T00:00:00Z"))).toBe("2024-06-30");
  });

  it.each(["2024-02-30", "2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10"])(
    "isoDate rejects %j, which is not on the calendar",
    (value) => {
      expect(issuesOf(isoDate, value)).toEqual([`(file): ${value} is not a real calendar date`]);
    },
  );

  it.each(["30/06/2024", "2024-6-30", "2024-06-30T00:00:00Z", "June 2024", ""])(
    "isoDate gives %j one message about the format",
    (value) => {
      expect(issuesOf(isoDate, value)).toEqual(["(file): write dates as YYYY-MM-DD, such as 2024-03-31"]);
    },
  );

  it("isoDate rejects a number or an invalid Date", () => {
    expect(issuesOf(isoDate, 20240630)).toEqual(["(file): must be a date written as YYYY-MM-DD, such as 2024-03-31"]);
    expect(issuesOf(isoDate, new Date("nonsense"))).toEqual([
      "(file): must be a date written as YYYY-MM-DD, such as 2024-03-31",
    ]);
  });
});

describe("validDate(value)", () => {
  it("validDate(value) keeps only dates on the calendar", () => {
    const isRealDate = (value: string) => validDate(value) === value;
    expect(isRealDate("2024-02-29")).toBe(true);
    expect(isRealDate("2024-02-30")).toBe(false);
    // Leap years: every fourth year, but not a century unless it divides by 400.
    expect(["2023-02-29", "1900-02-29", "2000-02-29", "2100-02-29"].map(isRealDate)).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(
      ["2024-04-30", "2024-04-31", "2024-12-31", "2024-13-01", "2024-00-10", "2024-01-00"].map(isRealDate),
    ).toEqual([true, false, true, false, false, false]);
    // The whole calendar agrees with the runtime's own dates, day by day over five years.
    for (let day = Date.UTC(2023, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
      expect(isRealDate(new Date(day).toISOString().slice(0, 10))).toBe(true);
    }
  });

  it("validDate(value) returns a real date and undefined for anything else", () => {
    expect(validDate("2024-06-30")).toBe("2024-06-30");
    expect(validDate("2024-02-30")).toBeUndefined();
    expect(validDate("30/06/2024")).toBeUndefined();
    expect(validDate(20240630)).toBeUndefined();
    expect(validDate(undefined)).toBeUndefined();
  });
});

describe("url and email", () => {
  it("url accepts http and https addresses only", () => {
    expect(issuesOf(url, "https://reviews.example.gov.uk")).toEqual([]);
    expect(issuesOf(url, "http://localhost:4321")).toEqual([]);
    expect(issuesOf(url, "ftp://example.gov.uk")).toEqual([
      "(file): must be a full web address starting with https://",
    ]);
    expect(issuesOf(url, "reviews.example.gov.uk")).toEqual([
      "(file): must be a full web address starting with https://",
    ]);
  });

  it("email accepts an address and rejects anything else", () => {
    expect(issuesOf(email, "reviews@example.gov.uk")).toEqual([]);
    expect(issuesOf(email, "reviews at example.gov.uk")).toEqual([
      "(file): must be an email address, such as reviews@example.gov.uk",
    ]);
  });
});

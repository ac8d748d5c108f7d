import { describe, expect, it } from "vitest";
import {
  hasPublicPage,
  isoDay,
  isPublished,
  publishedBy,
  releaseDate,
  resolveNow,
} from "../../../src/lib/publication.ts";

const TODAY = "2025-06-30";

describe("resolveNow(sourceDateEpoch, clock)", () => {
  const clock = new Date("2025-01-02T03:04:05Z");

  it("resolveNow(sourceDateEpoch, clock) honours SOURCE_DATE_EPOCH in seconds", () => {
    expect(resolveNow("1795737600", clock).toISOString()).toBe("2026-11-27T00:00:00.000Z");
    expect(resolveNow("946684800", clock).toISOString()).toBe("2000-01-01T00:00:00.000Z");
    expect(resolveNow("4102444799", clock).toISOString()).toBe("2099-12-31T23:59:59.000Z");
  });

  it("resolveNow(sourceDateEpoch, clock) allows spaces around the number", () => {
    expect(resolveNow(" 1795737600\n", clock).toISOString()).toBe("2026-11-27T00:00:00.000Z");
  });

  it.each([
    ["1795737600000", "it looks like milliseconds: use 1795737600"],
    ["1795737600123456", "it looks like microseconds: use 1795737600"],
    ["1795737600123456789", "it looks like nanoseconds: use 1795737600"],
    ["0", "give the seconds since 1 January 1970 (UTC), such as the output of date +%s"],
    ["946684799", "give the seconds since 1 January 1970 (UTC), such as the output of date +%s"],
    ["4102444800", "give the seconds since 1 January 1970 (UTC), such as the output of date +%s"],
  ])(
    "resolveNow(sourceDateEpoch, clock) refuses %s, outside 2000-2100 as seconds, saying what was meant",
    (value, hint) => {
      expect(() => resolveNow(value, clock)).toThrow(
        new RangeError(`SOURCE_DATE_EPOCH ${value} is not a time between 2000 and 2100 in seconds: ${hint}`),
      );
    },
  );

  it("resolveNow(sourceDateEpoch, clock) uses the clock when SOURCE_DATE_EPOCH is unset or empty", () => {
    expect(resolveNow(undefined, clock)).toBe(clock);
    expect(resolveNow("", clock)).toBe(clock);
    expect(resolveNow("  ", clock)).toBe(clock);
  });

  it.each(["yesterday", "-1", "1.5", "1e9", "0x10"])("resolveNow(sourceDateEpoch, clock) rejects %j", (value) => {
    expect(() => resolveNow(value, clock)).toThrow(
      new RangeError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${value}"`),
    );
  });
});

describe("isoDay(now)", () => {
  it("isoDay(now) gives the UTC calendar day", () => {
    expect(isoDay(new Date("2025-06-30T23:59:59.999Z"))).toBe("2025-06-30");
    expect(isoDay(new Date("2025-07-01T00:00:00Z"))).toBe("2025-07-01");
  });

  it("isoDay(now) gives the UTC day even when the local time is already the next day", () => {
    expect(isoDay(new Date("2025-06-30T23:30:00-02:00"))).toBe("2025-07-01");
    expect(isoDay(new Date("2025-07-01T00:30:00+01:00"))).toBe("2025-06-30");
  });
});

describe("releaseDate(review)", () => {
  it("releaseDate(review) is the publishDate when there is an embargo", () => {
    expect(releaseDate({ status: "published", date: "2025-06-01", publishDate: "2025-07-01" })).toBe("2025-07-01");
  });

  it("releaseDate(review) is the report date without an embargo", () => {
    expect(releaseDate({ status: "published", date: "2025-06-01" })).toBe("2025-06-01");
  });
});

describe("isPublished(review, today)", () => {
  it("isPublished(review, today) is true when publishDate is today", () => {
    expect(isPublished({ status: "published", date: "2025-06-01", publishDate: TODAY }, TODAY)).toBe(true);
  });

  it("isPublished(review, today) is false when publishDate is tomorrow", () => {
    expect(isPublished({ status: "published", date: "2025-06-01", publishDate: "2025-07-01" }, TODAY)).toBe(false);
  });

  it("isPublished(review, today) uses the report date without an embargo: today yes, tomorrow no", () => {
    expect(isPublished({ status: "published", date: TODAY }, TODAY)).toBe(true);
    expect(isPublished({ status: "published", date: "2025-07-01" }, TODAY)).toBe(false);
  });

  it("isPublished(review, today) is never true for a draft", () => {
    expect(isPublished({ status: "draft", date: "2020-01-01" }, TODAY)).toBe(false);
  });

  it("isPublished(review, today) is false for a withdrawn review", () => {
    expect(isPublished({ status: "withdrawn", date: "2020-01-01" }, TODAY)).toBe(false);
  });
});

describe("hasPublicPage(review, today)", () => {
  it("hasPublicPage(review, today) is true for a published review released today", () => {
    expect(hasPublicPage({ status: "published", date: "2025-06-01", publishDate: TODAY }, TODAY)).toBe(true);
  });

  it("hasPublicPage(review, today) is false for an embargoed review", () => {
    expect(hasPublicPage({ status: "published", date: "2025-06-01", publishDate: "2025-07-01" }, TODAY)).toBe(false);
  });

  it("hasPublicPage(review, today) is never true for a draft", () => {
    expect(hasPublicPage({ status: "draft", date: "2020-01-01" }, TODAY)).toBe(false);
  });

  it("hasPublicPage(review, today) keeps the page of a withdrawn review that was released", () => {
    expect(hasPublicPage({ status: "withdrawn", date: "2025-01-01" }, TODAY)).toBe(true);
    expect(hasPublicPage({ status: "withdrawn", date: "2025-01-01", publishDate: TODAY }, TODAY)).toBe(true);
  });

  it("hasPublicPage(review, today) gives no page to a review withdrawn before its embargo lifted", () => {
    expect(hasPublicPage({ status: "withdrawn", date: "2025-06-01", publishDate: "2025-07-01" }, TODAY)).toBe(false);
  });
});

describe("publishedBy(content, day)", () => {
  it("publishedBy(content, day) leaves out committee meetings not yet published on the day, as it does reviews", async () => {
    const { validateFixture } = await import("../helpers/fixtures.ts");
    const content = (await validateFixture("v3-full")).content;
    if (content === undefined) throw new Error("the v3-full fixture does not validate");
    // The published meeting of 10 October 2024; the draft meeting of 1 July 2025 is never published.
    expect(publishedBy(content, "2024-10-09").meetings).toEqual([]);
    expect(publishedBy(content, "2024-10-10").meetings?.map((meeting) => meeting.data.date)).toEqual(["2024-10-10"]);
    expect(publishedBy(content, "2099-01-01").meetings?.map((meeting) => meeting.data.date)).toEqual(["2024-10-10"]);
  });
});

import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarEvents } from "../../../../src/lib/findings/calendar.ts";
import { calendarIcs } from "../../../../src/lib/open-data/calendar-ics.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";
import type { ContentSet } from "../../../../src/lib/content.ts";
import { validateFixture } from "../../helpers/fixtures.ts";

describe("calendarEvents(partnerships, today): the v2-full fixture", async () => {
  const content = (await validateFixture("v2-full")).content as ContentSet;
  const events = (today: string) => calendarEvents(buildSiteModel(content, today).partnerships, today);

  it("lists the active partnership's dates in order, and nothing of the proposed or ended ones", () => {
    // Shared Legal: break clause 30 September 2025, agreement end 31 March 2026, next review due 30 June 2025;
    // v2-2024-01 (in progress, due 31 December 2024) and v2-2023-02 (open, due 31 March 2026). v2-2023-01 was
    // implemented and v2-2024-02 has no due date. No notice period, so no decision point of its own.
    expect(events("2025-06-30").map((event) => [event.date, event.kind, event.about, event.title])).toEqual([
      [
        "2024-12-31",
        "recommendation-due",
        "v2-2024-01",
        "Recommendation v2-2024-01 due: Agree a joint strategy for the service beyond 2026",
      ],
      ["2025-06-30", "review-due", "nextReview", "Next review due"],
      ["2025-09-30", "break-clause", "breakClause", "Break clause in the agreement"],
      ["2026-03-31", "agreement-end", "agreement-end", "The agreement ends"],
      [
        "2026-03-31",
        "recommendation-due",
        "v2-2023-02",
        "Recommendation v2-2023-02 due: Publish the service's annual report",
      ],
    ]);
  });

  it("reaches back exactly 12 months, not a day more", () => {
    expect(events("2025-12-31").map((event) => event.about)).toContain("v2-2024-01");
    expect(events("2026-01-01").map((event) => event.about)).not.toContain("v2-2024-01");
  });

  it("writes an iCalendar file of all-day events whose UID never holds the date, stamped with today", () => {
    const ics = calendarIcs(events("2025-06-30"), {
      siteName: "Minimal reviews",
      root: "https://reviews.example.gov.uk/partnership-reviews/",
      today: "2025-06-30",
    });
    const lines = ics.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(5);
    expect(lines).toContain("UID:break-clause.shared-legal.breakClause@reviews.example.gov.uk");
    expect(lines).toContain("DTSTART;VALUE=DATE:20250930");
    expect(lines.filter((line) => line === "DTSTAMP:20250630T000000Z")).toHaveLength(5);
    expect(lines).toContain("SUMMARY:Shared Legal Service: Break clause in the agreement");
    // Every line is folded to 75 octets at most (RFC 5545, 3.1).
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it("writes a file an iCalendar parser (ical.js) reads back: all-day events, their dates, UIDs and links", () => {
    const ics = calendarIcs(events("2025-06-30"), {
      siteName: "Minimal reviews",
      root: "https://reviews.example.gov.uk/partnership-reviews/",
      today: "2025-06-30",
    });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const parsed = calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, event.startDate.isDate, event.startDate.toString(), vevent.getFirstPropertyValue("url")];
    });
    expect(parsed).toEqual([
      [
        "recommendation-due.shared-legal.v2-2024-01@reviews.example.gov.uk",
        true,
        "2024-12-31",
        "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2024-annual/#rec-v2-2024-01",
      ],
      [
        "review-due.shared-legal.nextReview@reviews.example.gov.uk",
        true,
        "2025-06-30",
        "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/",
      ],
      [
        "break-clause.shared-legal.breakClause@reviews.example.gov.uk",
        true,
        "2025-09-30",
        "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/#section-about",
      ],
      [
        "agreement-end.shared-legal.agreement-end@reviews.example.gov.uk",
        true,
        "2026-03-31",
        "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/#section-about",
      ],
      [
        "recommendation-due.shared-legal.v2-2023-02@reviews.example.gov.uk",
        true,
        "2026-03-31",
        "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2023-self/#rec-v2-2023-02",
      ],
    ]);
  });

  it("keeps an event's UID when its date moves", () => {
    const moved = events("2025-06-30").map((event) =>
      event.kind === "break-clause" ? { ...event, date: "2025-12-31" } : event,
    );
    const uid = (list: typeof moved) =>
      calendarIcs(list, { siteName: "S", root: "https://reviews.example.gov.uk/", today: "2025-06-30" })
        .split("\r\n")
        .filter((line) => line.startsWith("UID:"));
    expect(uid(moved)).toEqual(uid(events("2025-06-30")));
  });
});

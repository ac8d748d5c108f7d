import { describe, expect, it } from "vitest";
import type { CalendarEvent } from "../../../../src/lib/findings/calendar.ts";
import { calendarPage } from "../../../../src/lib/pages/calendar-page.ts";

const event = (date: string, slug: string, name: string, title: string): CalendarEvent => ({
  kind: "review-due",
  date,
  partnership: { slug, name },
  about: "nextReview",
  title,
  path: `partnerships/${slug}/`,
});

describe("calendarPage(events, today, base)", () => {
  const page = calendarPage(
    [
      event("2026-10-31", "legal", "Shared Legal", "Next review due"),
      event("2027-01-15", "waste", "Waste", "Next review due"),
      event("2027-01-31", "legal", "Shared Legal", "The agreement ends"),
    ],
    "2026-11-27",
    "/reviews/",
  );

  it("groups the events by month, oldest first, and marks the dates already passed", () => {
    expect(page.groups.map((group) => [group.heading.text, group.rows.length])).toEqual([
      ["October 2026", 1],
      ["January 2027", 2],
    ]);
    expect(page.groups[0]?.rows[0]?.cells[0]).toEqual({
      text: "31 October 2026",
      datetime: "2026-10-31",
      sort: "2026-10-31",
      note: "(passed)",
    });
    expect(page.upcoming).toBe(2);
  });

  it("links each partnership and its evidence under the base path, and filters by partnership", () => {
    expect(page.groups[1]?.rows[1]?.cells.slice(1)).toEqual([
      { text: "Shared Legal", href: "/reviews/partnerships/legal/" },
      { text: "The agreement ends", href: "/reviews/partnerships/legal/" },
    ]);
    expect(page.groups[1]?.rows[1]?.attributes).toEqual({ "data-filter-partnership": "legal" });
    expect(page.filter.options).toEqual([
      { value: "legal", label: "Shared Legal" },
      { value: "waste", label: "Waste" },
    ]);
  });
});

/**
 * calendar.ics: the calendar's events as an iCalendar file (RFC 5545) that a committee's work programme can subscribe
 * to. Written with ical-generator: all-day events (VALUE=DATE), each UID built from the event's kind, partnership slug
 * and what it is about (never its date) and the site's host, so a moved date updates the same event; DTSTAMP is now.
 */
import ical from "ical-generator";
import type { CalendarEvent } from "../findings/calendar.ts";
import { absoluteUrl } from "../links.ts";

/** Returns an event's permanent UID, such as "decision-point.shared-legal.agreement@reviews.example.gov.uk". */
export function calendarUid(event: Pick<CalendarEvent, "kind" | "partnership" | "about">, host: string): string {
  return `${event.kind}.${event.partnership.slug}.${event.about}@${host}`;
}

/** Returns the midnight UTC of a YYYY-MM-DD date: ical-generator writes an all-day event's day from it. */
function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Returns the iCalendar file of the events: the site's name, links to each event's evidence, stamped with today. */
export function calendarIcs(
  events: readonly CalendarEvent[],
  options: { siteName: string; root: string; today: string },
): string {
  const host = new URL(options.root).host;
  const calendar = ical({
    name: `${options.siteName}: partnership dates`,
    prodId: { company: "Partnership Reviews", product: "calendar", language: "EN" },
  });
  for (const event of events) {
    const url = absoluteUrl(options.root, event.path);
    calendar.createEvent({
      id: calendarUid(event, host),
      start: utcDay(event.date),
      allDay: true,
      stamp: utcDay(options.today),
      summary: `${event.partnership.name}: ${event.title}`,
      description: url,
      url,
    });
  }
  return calendar.toString();
}

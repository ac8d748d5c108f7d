/**
 * The calendar (content model version 3): the dates a committee's work programme needs, for active partnerships only:
 * decision points, break clauses, agreement ends, reviews due, and the due dates of open or in-progress
 * recommendations and committee resolutions, from 12 months before now onwards. The calendar page and the iCalendar
 * file (src/lib/open-data/calendar-ics.ts) both list these events.
 */
import { isOutstanding } from "../recommendations.ts";
import type { PublicPartnership } from "../site-model.ts";
import { ANCHORS, partnershipPath, recommendationPath, resolutionAnchor } from "../urls.ts";
import { addMonths, longDate, withoutFullStop } from "../words.ts";

/** The kinds of event, in the order events on the same day are listed. */
export const CALENDAR_EVENT_KINDS = [
  "decision-point",
  "break-clause",
  "agreement-end",
  "review-due",
  "recommendation-due",
  "resolution-due",
] as const;

/** A kind of calendar event. */
export type CalendarEventKind = (typeof CALENDAR_EVENT_KINDS)[number];

/** One all-day event. */
export interface CalendarEvent {
  kind: CalendarEventKind;
  /** YYYY-MM-DD. */
  date: string;
  partnership: { slug: string; name: string };
  /**
   * What the event is about within its partnership, never its date, so that a moved date keeps the event: a
   * recommendation's or resolution's id, or the field ("agreement", "breakClause", "breakClause-2", "nextReview").
   */
  about: string;
  /** The event in words, without the partnership's name: "Notice due for the agreement's end on 31 March 2028". */
  title: string;
  /** The site-relative address of its evidence. */
  path: string;
}

/** How far back the calendar reaches, in months before now. */
export const CALENDAR_MONTHS_BACK = 12;

/** Returns the events of one partnership, unsorted; none unless it is active. */
function partnershipEvents(partnership: PublicPartnership): CalendarEvent[] {
  if (partnership.data.status !== "active") return [];
  const { slug, data } = partnership;
  const home = partnershipPath(slug);
  const agreementPath = `${home}#${ANCHORS.partnershipAbout}`;
  const event = (kind: CalendarEventKind, date: string, about: string, title: string, path: string): CalendarEvent => ({
    kind,
    date,
    partnership: { slug, name: data.name },
    about,
    title,
    path,
  });
  const events: CalendarEvent[] = [];
  const point = partnership.decisionPoint;
  if (point !== undefined && point.noticeMonths > 0) {
    const what = point.event.kind === "break-clause" ? "the break clause" : "the agreement's end";
    events.push(
      event(
        "decision-point",
        point.date,
        "agreement",
        `Notice due for ${what} on ${longDate(point.event.date)}`,
        agreementPath,
      ),
    );
  }
  const breaks = [data.agreement?.breakClause].flat().filter((date): date is string => date !== undefined);
  breaks.forEach((date, index) => {
    const about = breaks.length === 1 ? "breakClause" : `breakClause-${index + 1}`;
    events.push(event("break-clause", date, about, "Break clause in the agreement", agreementPath));
  });
  const end = data.agreement?.end ?? data.endDate;
  if (end !== undefined) events.push(event("agreement-end", end, "agreement-end", "The agreement ends", agreementPath));
  events.push(event("review-due", partnership.reviewDue, "nextReview", "Next review due", home));
  for (const item of partnership.recommendations) {
    const { recommendation } = item;
    if (recommendation.due === undefined || !isOutstanding(item.status)) continue;
    events.push(
      event(
        "recommendation-due",
        recommendation.due,
        recommendation.id,
        `Recommendation ${recommendation.id} due: ${withoutFullStop(recommendation.text)}`,
        recommendationPath(slug, item.reviewId, recommendation.id),
      ),
    );
  }
  for (const item of partnership.resolutions) {
    const { resolution } = item;
    if (resolution.due === undefined || !isOutstanding(item.status)) continue;
    events.push(
      event(
        "resolution-due",
        resolution.due,
        resolution.id,
        `Committee resolution ${resolution.id} due: ${withoutFullStop(resolution.text)}`,
        `${home}#${resolutionAnchor(resolution.id)}`,
      ),
    );
  }
  return events;
}

/** Returns the earliest date the calendar lists: CALENDAR_MONTHS_BACK months before today. */
export function calendarStart(today: string): string {
  return addMonths(today, -CALENDAR_MONTHS_BACK);
}

/** Returns the calendar: every event from 12 months before today onwards, by date, then partnership, then kind. */
export function calendarEvents(partnerships: readonly PublicPartnership[], today: string): CalendarEvent[] {
  const from = calendarStart(today);
  return partnerships
    .flatMap(partnershipEvents)
    .filter((item) => item.date >= from)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.partnership.name.localeCompare(b.partnership.name, "en-GB") ||
        CALENDAR_EVENT_KINDS.indexOf(a.kind) - CALENDAR_EVENT_KINDS.indexOf(b.kind) ||
        a.about.localeCompare(b.about),
    );
}

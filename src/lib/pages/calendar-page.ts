// Route data for /calendar/: the calendar's events in two tables, what is coming up and what fell in the last 12
// months, each row linking its partnership and its evidence.
import type { CalendarEvent } from "../findings/calendar.ts";
import type { TableRow } from "../tables.ts";
import { partnershipPath, withBase } from "../urls.ts";
import { longDate } from "../words.ts";
import type { TableData } from "./review-tables.ts";

/** The calendar page's two tables. */
export interface CalendarPage {
  upcoming: TableData;
  past: TableData;
}

const COLUMNS = [{ label: "Date" }, { label: "Partnership" }, { label: "What" }];

function row(event: CalendarEvent, base: string): TableRow {
  return {
    cells: [
      { text: longDate(event.date), datetime: event.date, sort: event.date },
      { text: event.partnership.name, href: withBase(base, partnershipPath(event.partnership.slug)) },
      { text: event.title, href: withBase(base, event.path) },
    ],
  };
}

/** Returns the events from today on, and the earlier ones newest first. */
export function calendarPage(events: readonly CalendarEvent[], today: string, base: string): CalendarPage {
  return {
    upcoming: {
      columns: COLUMNS,
      rows: events.filter((event) => event.date >= today).map((event) => row(event, base)),
    },
    past: {
      columns: COLUMNS,
      rows: events
        .filter((event) => event.date < today)
        .toReversed()
        .map((event) => row(event, base)),
    },
  };
}

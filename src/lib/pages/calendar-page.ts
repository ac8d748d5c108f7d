// Route data for /calendar/: the calendar's events in one table, grouped by month, oldest first from 12 months ago,
// each row linking its partnership and its evidence and carrying the partnership for the page's filter.
import type { CalendarEvent } from "../findings/calendar.ts";
import type { TableGroup, TableRow } from "../tables.ts";
import { partnershipPath, withBase } from "../urls.ts";
import { longDate, monthYear } from "../words.ts";
import type { FilterOption } from "../filters.ts";

/** The calendar page's table and its filter. */
export interface CalendarPage {
  columns: { label: string }[];
  /** One group per month with events, in date order. */
  groups: TableGroup[];
  /** How many events are on or after today. */
  upcoming: number;
  /** The filter by partnership, with every partnership that has an event. */
  filter: { name: "partnership"; label: string; options: FilterOption[] };
}

function row(event: CalendarEvent, today: string, base: string): TableRow {
  return {
    cells: [
      {
        text: longDate(event.date),
        datetime: event.date,
        sort: event.date,
        ...(event.date < today ? { note: "(passed)" } : {}),
      },
      { text: event.partnership.name, href: withBase(base, partnershipPath(event.partnership.slug)) },
      { text: event.title, href: withBase(base, event.path) },
    ],
    attributes: { "data-filter-partnership": event.partnership.slug },
  };
}

/** Returns the calendar's events grouped by month, with the filter by partnership. */
export function calendarPage(events: readonly CalendarEvent[], today: string, base: string): CalendarPage {
  const byMonth = Map.groupBy(events, (event) => event.date.slice(0, 7));
  const partnerships = new Map(events.map((event) => [event.partnership.slug, event.partnership.name]));
  return {
    columns: [{ label: "Date" }, { label: "Partnership" }, { label: "What" }],
    groups: [...byMonth].map(([month, items]) => ({
      heading: { text: monthYear(`${month}-01`) },
      rows: items.map((event) => row(event, today, base)),
    })),
    upcoming: events.filter((event) => event.date >= today).length,
    filter: {
      name: "partnership",
      label: "Partnership",
      options: [...partnerships]
        .map(([value, label]) => ({ value, label }))
        .sort((a, b) => a.label.localeCompare(b.label, "en-GB")),
    },
  };
}

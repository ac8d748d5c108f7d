import type { APIRoute } from "astro";
import { getSiteModel } from "../data/site-model.ts";
import { calendarEvents } from "../lib/findings/calendar.ts";
import { calendarIcs, siteRoot } from "../lib/open-data/index.ts";

/** calendar.ics: the calendar's events as an iCalendar file a committee's work programme can subscribe to. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  const ics = calendarIcs(calendarEvents(model.partnerships, model.today), {
    siteName: model.site.title,
    root: siteRoot(site, import.meta.env.BASE_URL),
    today: model.today,
  });
  return new Response(ics, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};

import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { calendarDownload, jsonFile, siteRoot } from "../../lib/open-data/index.ts";

/** data/calendar.json: the calendar's events as open data, the same as /calendar/ and calendar.ics. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  return new Response(jsonFile(calendarDownload(model, siteRoot(site, import.meta.env.BASE_URL))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};

import type { APIRoute } from "astro";
import { siteRoot } from "../../../lib/links.ts";
import { getFederationModel } from "../../data.ts";
import { federationCsv } from "../../open-data.ts";

/** data/partnerships.csv: every member's partnerships, with its org_id. */
export const GET: APIRoute = async ({ site }) =>
  new Response(federationCsv(await getFederationModel(), siteRoot(site, import.meta.env.BASE_URL)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });

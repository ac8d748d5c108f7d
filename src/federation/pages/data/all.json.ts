import type { APIRoute } from "astro";
import { siteRoot } from "../../../lib/links.ts";
import { getFederationModel } from "../../data.ts";
import { federationJson } from "../../open-data.ts";

/** data/all.json: the members and every partnership, as published. */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    `${JSON.stringify(federationJson(await getFederationModel(), siteRoot(site, import.meta.env.BASE_URL)), null, 2)}\n`,
    {
      headers: { "Content-Type": "application/json" },
    },
  );

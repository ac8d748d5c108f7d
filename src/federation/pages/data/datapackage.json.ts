import type { APIRoute } from "astro";
import { siteRoot } from "../../../lib/links.ts";
import { getFederationModel } from "../../data.ts";
import { federationDataPackage } from "../../open-data.ts";

/** data/datapackage.json: the CSV's fields, the licence and each member as a source. */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    `${JSON.stringify(federationDataPackage(await getFederationModel(), siteRoot(site, import.meta.env.BASE_URL)), null, 2)}\n`,
    {
      headers: { "Content-Type": "application/json" },
    },
  );

import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { allDownload, jsonFile, siteRoot } from "../../lib/open-data/index.ts";

/** data/all.json: everything published, nested. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  return new Response(jsonFile(allDownload(model, siteRoot(site, import.meta.env.BASE_URL))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};

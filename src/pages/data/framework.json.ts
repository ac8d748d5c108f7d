import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { frameworkDownload, jsonFile, siteRoot } from "../../lib/open-data/index.ts";

/** data/framework.json: the assessment framework. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  return new Response(jsonFile(frameworkDownload(model, siteRoot(site, import.meta.env.BASE_URL))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};

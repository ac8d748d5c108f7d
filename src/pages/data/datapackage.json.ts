import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { csvDatasets, dataPackage, jsonFile, siteRoot } from "../../lib/open-data/index.ts";

/** data/datapackage.json: a Frictionless Data Package describing every CSV. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  const root = siteRoot(site, import.meta.env.BASE_URL);
  return new Response(jsonFile(dataPackage(model, csvDatasets(model.framework), root)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};

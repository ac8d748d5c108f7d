import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { allDownload, jsonFileStream, siteRoot } from "../../lib/open-data/index.ts";

/** data/all.json: everything published, nested; streamed, as at national scale it is longer than a string can be. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  return new Response(jsonFileStream(allDownload(model, siteRoot(site, import.meta.env.BASE_URL))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};

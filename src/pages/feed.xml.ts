import type { APIRoute } from "astro";
import { getSiteModel } from "../data/site-model.ts";
import { atomXml, reviewsFeed, siteRoot } from "../lib/open-data/index.ts";

/** feed.xml: the Atom feed of every published review, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  return new Response(atomXml(reviewsFeed(model, siteRoot(site, import.meta.env.BASE_URL))), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
};

import type { APIRoute } from "astro";
import { robotsTxt, siteRoot } from "../lib/open-data/index.ts";

/** robots.txt: crawl everything, and the sitemap's address. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(siteRoot(site, import.meta.env.BASE_URL)), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

import type { APIRoute } from "astro";
import { getSiteModel } from "../data/site-model.ts";
import { publicPages, siteRoot, sitemapXml, staticPagePath } from "../lib/open-data/index.ts";

// The page files themselves, so that a new static page is listed without a change here; the
// dynamic pages (partnerships and reviews) come from the published model.
const pageFiles = Object.keys(import.meta.glob("./**/*.{astro,md,mdx}"));

/** sitemap.xml: every public page, with absolute addresses. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  const staticPaths = pageFiles.flatMap((file) => staticPagePath(file) ?? []);
  return new Response(sitemapXml(publicPages(model, staticPaths), siteRoot(site, import.meta.env.BASE_URL)), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
};

import type { APIRoute } from "astro";
import { getSiteModel } from "../data/site-model.ts";
import { siteRoot } from "../lib/open-data/links.ts";
import { sitePack } from "../lib/pack/site-pack.ts";
import { renderPackHtml } from "../lib/pack/html.ts";

/**
 * committee-pack.html: the committee pack of the partnerships that need attention as at the build, the same
 * self-contained HTML file that `npm run pack -- --needs-attention` writes (its PDF is made by that command).
 */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  const document = sitePack(model, siteRoot(site, import.meta.env.BASE_URL));
  return new Response(renderPackHtml(document), { headers: { "Content-Type": "text/html; charset=utf-8" } });
};

import type { APIRoute } from "astro";
import { renderPack } from "../components/pack/render-pack.ts";
import { getSiteModel } from "../data/site-model.ts";
import { siteRoot } from "../lib/links.ts";
import { sitePack } from "../lib/pack/site-pack.ts";

/**
 * committee-pack.html: the committee pack of the partnerships that need attention as at the build, the same
 * self-contained HTML file that `npm run pack -- --needs-attention` writes (its PDF is made by that command),
 * drawn by the site's own components through Astro's container: a page would link the site's style sheets, where
 * this file must hold its own to be sent on as it is.
 */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  const document = sitePack(model, siteRoot(site, import.meta.env.BASE_URL));
  return new Response(await renderPack(document), { headers: { "Content-Type": "text/html; charset=utf-8" } });
};

import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteModel } from "../../../data/site-model.ts";
import { atomXml, reviewsFeed, siteRoot } from "../../../lib/open-data/index.ts";
import type { PublicPartnership } from "../../../lib/site-model.ts";

export const getStaticPaths = (async () => {
  const { partnerships } = await getSiteModel();
  return partnerships.map((partnership) => ({ params: { slug: partnership.slug }, props: { partnership } }));
}) satisfies GetStaticPaths;

/** partnerships/<slug>/feed.xml: the Atom feed of one partnership's published reviews. */
export const GET: APIRoute<{ partnership: PublicPartnership }> = async ({ props, site }) => {
  const model = await getSiteModel();
  return new Response(atomXml(reviewsFeed(model, siteRoot(site, import.meta.env.BASE_URL), props.partnership)), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
};

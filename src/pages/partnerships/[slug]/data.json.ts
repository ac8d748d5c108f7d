import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteModel } from "../../../data/site-model.ts";
import { jsonFile, partnershipFile, siteRoot } from "../../../lib/open-data/index.ts";
import type { PublicPartnership } from "../../../lib/site-model.ts";

export const getStaticPaths = (async () => {
  const { partnerships } = await getSiteModel();
  return partnerships.map((partnership) => ({ params: { slug: partnership.slug }, props: { partnership } }));
}) satisfies GetStaticPaths;

/** partnerships/<slug>/data.json: one partnership and its reviews. */
export const GET: APIRoute<{ partnership: PublicPartnership }> = async ({ props, site }) => {
  const model = await getSiteModel();
  const root = siteRoot(site, import.meta.env.BASE_URL);
  return new Response(jsonFile(partnershipFile(model, props.partnership, root)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};

import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteModel } from "../../../../../../data/site-model.ts";
import {
  buildEmbedChart,
  chartSource,
  embedRoutes,
  standaloneSvg,
  type EmbedRoute,
} from "../../../../../../lib/embeds.ts";
import { siteRoot } from "../../../../../../lib/open-data/links.ts";

export const getStaticPaths = (async () => {
  return embedRoutes(await getSiteModel()).map((route) => ({
    params: { slug: route.partnership.slug, review: route.review.id, chart: route.chart },
    props: { route },
  }));
}) satisfies GetStaticPaths;

/** …/charts/<chart>.svg: the chart as a standalone SVG file, wide, in fixed light colours, with its source note. */
export const GET: APIRoute<{ route: EmbedRoute }> = async ({ props, site }) => {
  const model = await getSiteModel();
  const root = siteRoot(site, import.meta.env.BASE_URL);
  const svg = standaloneSvg(buildEmbedChart(model, props.route), chartSource(model, props.route, root));
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};

import type { APIRoute, GetStaticPaths } from "astro";
import { svgToPng } from "../../../../../../data/chart-png.ts";
import { getSiteModel } from "../../../../../../data/site-model.ts";
import {
  buildEmbedChart,
  chartSource,
  embedRoutes,
  hasPng,
  standaloneSvg,
  type EmbedRoute,
} from "../../../../../../lib/embeds.ts";
import { siteRoot } from "../../../../../../lib/open-data/links.ts";

export const getStaticPaths = (async () => {
  return embedRoutes(await getSiteModel())
    .filter((route) => hasPng(route.chart))
    .map((route) => ({
      params: { slug: route.partnership.slug, review: route.review.id, chart: route.chart },
      props: { route },
    }));
}) satisfies GetStaticPaths;

/** …/charts/<chart>.png: the standalone SVG drawn as a PNG at twice its size, for pasting into a report. */
export const GET: APIRoute<{ route: EmbedRoute }> = async ({ props, site }) => {
  const model = await getSiteModel();
  const root = siteRoot(site, import.meta.env.BASE_URL);
  const svg = standaloneSvg(buildEmbedChart(model, props.route), chartSource(model, props.route, root));
  return new Response(svgToPng(svg), { headers: { "Content-Type": "image/png" } });
};

import { buildEmbedChart, chartSource, embedRoutes, standaloneSvg, type EmbedRoute } from "../lib/embeds.ts";
import { getSiteModel } from "./site-model.ts";

/** Returns the static paths of the review charts, one per chart that `keep` accepts, each with its route as props. */
export async function embedChartPaths(keep: (route: EmbedRoute) => boolean = () => true) {
  return embedRoutes(await getSiteModel())
    .filter(keep)
    .map((route) => ({
      params: { slug: route.partnership.slug, review: route.review.id, chart: route.chart },
      props: { route },
    }));
}

/** Returns one review chart as a standalone SVG file; its source note links under `root`, the site's absolute address. */
export async function standaloneChartSvg(route: EmbedRoute, root: string): Promise<string> {
  const model = await getSiteModel();
  return standaloneSvg(buildEmbedChart(model, route), chartSource(model, route, root));
}

import {
  buildEmbedChart,
  chartSource,
  embedModeFrom,
  embedRoutes,
  standaloneSvg,
  type EmbedMode,
  type EmbedRoute,
} from "../lib/embeds.ts";
import { getSiteModel } from "./site-model.ts";

/** Which reviews get chart embeds in this build, from CHART_EMBEDS (see EMBED_MODES). */
export const chartEmbedMode: EmbedMode = embedModeFrom(process.env["CHART_EMBEDS"]);

/** Returns the static paths of the review charts, one per chart that `keep` accepts, each with its route as props. */
export async function embedChartPaths(keep: (route: EmbedRoute) => boolean = () => true) {
  return embedRoutes(await getSiteModel(), chartEmbedMode)
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

import type { Chart } from "../charts/index.ts";
import {
  buildEmbedChart,
  chartFilePath,
  chartSource,
  embedModeFrom,
  embedRoutes,
  hasPng,
  standaloneSvg,
  type EmbedMode,
  type EmbedRoute,
} from "../lib/embeds.ts";
import { chartFileWriter } from "./chart-files.ts";
import { pngRenderer } from "./chart-png-renderer.ts";
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

/**
 * In a build, writes the chart's standalone SVG file beside its embed page from the wide `chart` the page has
 * built, and hands the SVG to the PNG workers when the chart gets a PNG; the partnership-reviews integration waits
 * for both when Astro is done. The dev server serves the SVG and PNG from their routes instead.
 */
export async function publishChartFiles(route: EmbedRoute, chart: Chart, root: string): Promise<void> {
  const { partnership, review } = route;
  const svg = standaloneSvg(chart, chartSource(await getSiteModel(), route, root));
  chartFileWriter().write(chartFilePath(partnership.slug, review.id, route.chart, "svg"), svg);
  if (hasPng(route)) pngRenderer().planPng(chartFilePath(partnership.slug, review.id, route.chart, "png"), svg);
}

import type { APIRoute, GetStaticPaths } from "astro";
import { embedChartPaths, standaloneChartSvg } from "../../../../../../data/embed-charts.ts";
import type { EmbedRoute } from "../../../../../../lib/embeds.ts";
import { siteRoot } from "../../../../../../lib/links.ts";

// A build writes no SVG through this route: each chart's embed page, which builds the chart anyway, writes its SVG
// file (see publishChartFiles), as one Astro route per SVG was most of a default build's time. The dev server
// serves the SVG here when it is asked for.
export const getStaticPaths = (() => (import.meta.env.PROD ? [] : embedChartPaths())) satisfies GetStaticPaths;

/** …/charts/<chart>.svg: the chart as a standalone SVG file, wide, in fixed light colours, with its source note. */
export const GET: APIRoute<{ route: EmbedRoute }> = async ({ props, site }) => {
  const svg = await standaloneChartSvg(props.route, siteRoot(site, import.meta.env.BASE_URL));
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};

import type { APIRoute, GetStaticPaths } from "astro";
import { embedChartPaths, standaloneChartSvg } from "../../../../../../data/embed-charts.ts";
import type { EmbedRoute } from "../../../../../../lib/embeds.ts";
import { siteRoot } from "../../../../../../lib/open-data/links.ts";

export const getStaticPaths = (() => embedChartPaths()) satisfies GetStaticPaths;

/** …/charts/<chart>.svg: the chart as a standalone SVG file, wide, in fixed light colours, with its source note. */
export const GET: APIRoute<{ route: EmbedRoute }> = async ({ props, site }) => {
  const svg = await standaloneChartSvg(props.route, siteRoot(site, import.meta.env.BASE_URL));
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};

import type { APIRoute, GetStaticPaths } from "astro";
import { svgToPng } from "../../../../../../data/chart-png.ts";
import { embedChartPaths, standaloneChartSvg } from "../../../../../../data/embed-charts.ts";
import { hasPng, type EmbedRoute } from "../../../../../../lib/embeds.ts";
import { siteRoot } from "../../../../../../lib/open-data/links.ts";

export const getStaticPaths = (() => embedChartPaths((route) => hasPng(route.chart))) satisfies GetStaticPaths;

/** …/charts/<chart>.png: the standalone SVG drawn as a PNG at twice its size, for pasting into a report. */
export const GET: APIRoute<{ route: EmbedRoute }> = async ({ props, site }) => {
  const svg = await standaloneChartSvg(props.route, siteRoot(site, import.meta.env.BASE_URL));
  return new Response(svgToPng(svg), { headers: { "Content-Type": "image/png" } });
};

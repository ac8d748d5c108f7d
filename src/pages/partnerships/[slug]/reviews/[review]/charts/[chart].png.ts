import type { APIRoute, GetStaticPaths } from "astro";
import { pngRenderer } from "../../../../../../data/chart-png-renderer.ts";
import { embedChartPaths, standaloneChartSvg } from "../../../../../../data/embed-charts.ts";
import { hasPng, type EmbedRoute } from "../../../../../../lib/embeds.ts";
import { siteRoot } from "../../../../../../lib/open-data/links.ts";

// A build writes no PNG through this route: the partnership-reviews integration has worker threads draw them all
// while Astro renders the pages, and writes them when it is done (a route would hold Astro up while each is
// drawn). The dev server draws a PNG here when it is asked for.
export const getStaticPaths = (() =>
  import.meta.env.PROD ? [] : embedChartPaths((route) => hasPng(route.chart))) satisfies GetStaticPaths;

/** …/charts/<chart>.png: the standalone SVG drawn as a PNG at twice its size, for pasting into a report. */
export const GET: APIRoute<{ route: EmbedRoute }> = async ({ props, site }) => {
  const svg = await standaloneChartSvg(props.route, siteRoot(site, import.meta.env.BASE_URL));
  return new Response(await pngRenderer().png(svg), { headers: { "Content-Type": "image/png" } });
};

import type { APIRoute, GetStaticPaths } from "astro";
import { pngRenderer } from "../../../../../../data/chart-png-renderer.ts";
import { embedChartPaths, standaloneChartSvg } from "../../../../../../data/embed-charts.ts";
import { hasPng, type EmbedRoute } from "../../../../../../lib/embeds.ts";
import { siteRoot } from "../../../../../../lib/links.ts";

// A build writes no PNG through this route, which would hold Astro up while each is drawn: the embed page hands each
// SVG to worker threads that draw it while Astro renders the other pages, and the partnership-reviews integration
// writes the PNGs when the build is done. The dev server draws a PNG here when it is asked for.
export const getStaticPaths = (() => (import.meta.env.PROD ? [] : embedChartPaths(hasPng))) satisfies GetStaticPaths;

/** …/charts/<chart>.png: the standalone SVG drawn as a PNG at twice its size, for pasting into a report. */
export const GET: APIRoute<{ route: EmbedRoute }> = async ({ props, site }) => {
  const svg = await standaloneChartSvg(props.route, siteRoot(site, import.meta.env.BASE_URL));
  return new Response(await pngRenderer().png(svg), { headers: { "Content-Type": "image/png" } });
};

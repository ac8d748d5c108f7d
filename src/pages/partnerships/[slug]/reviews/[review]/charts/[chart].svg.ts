import type { APIRoute, GetStaticPaths } from "astro";
import { pngRenderer } from "../../../../../../data/chart-png-renderer.ts";
import { embedChartPaths, standaloneChartSvg } from "../../../../../../data/embed-charts.ts";
import { chartFilePath, hasPng, type EmbedRoute } from "../../../../../../lib/embeds.ts";
import { siteRoot } from "../../../../../../lib/links.ts";

export const getStaticPaths = (() => embedChartPaths()) satisfies GetStaticPaths;

/** …/charts/<chart>.svg: the chart as a standalone SVG file, wide, in fixed light colours, with its source note. */
export const GET: APIRoute<{ route: EmbedRoute }> = async ({ props, site }) => {
  const { partnership, review, chart } = props.route;
  const svg = await standaloneChartSvg(props.route, siteRoot(site, import.meta.env.BASE_URL));
  // A build hands the same SVG to the PNG workers, which draw it while Astro renders the other pages; the
  // partnership-reviews integration writes the PNG when the build is done.
  if (import.meta.env.PROD && hasPng(props.route)) {
    pngRenderer().planPng(chartFilePath(partnership.slug, review.id, chart, "png"), svg);
  }
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};

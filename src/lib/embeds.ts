// Embeddable charts: each chart of a review with a public page gets a page of its own for an <iframe>, and a
// standalone SVG and PNG for pasting into a committee report, fixed to that review.
import {
  buildFactorTrendsChart,
  buildRiskMatrix,
  buildSpectrumChart,
  buildTrajectoryChart,
  INK,
  NARROW_WIDTH,
  renderSvg,
  wrapText,
  type Chart,
  type Mark,
} from "../charts/index.ts";
import { formatDate } from "./format.ts";
import { factorTrendsChartInput } from "./chart-inputs/factor-trends-text.ts";
import { riskMatrixChartInput } from "./chart-inputs/risk-matrix-text.ts";
import { spectrumChartInput } from "./chart-inputs/spectrum-text.ts";
import { trajectoryChartInput } from "./chart-inputs/trajectory-text.ts";
import type { PublicPartnership, PublicReview, SiteModel } from "./site-model.ts";
import { reviewPath } from "./urls.ts";

/** The charts a review may have, in the order its embed pages list them. */
export const EMBED_CHARTS = ["spectrum", "risk-matrix", "trajectory", "factor-trends"] as const;

/** One embeddable chart's name, the last segment of its address. */
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/** One embeddable chart of one review. */
export interface EmbedRoute {
  partnership: PublicPartnership;
  review: PublicReview;
  chart: EmbedChart;
}

/** Returns the site-relative path of a chart's embed page, such as "partnerships/a/reviews/b/charts/spectrum/". */
export function chartEmbedPath(slug: string, reviewId: string, chart: EmbedChart): string {
  return `${reviewPath(slug, reviewId)}charts/${chart}/`;
}

/** Returns the site-relative path of a chart's standalone SVG or PNG, such as "partnerships/a/reviews/b/charts/spectrum.svg". */
export function chartFilePath(slug: string, reviewId: string, chart: EmbedChart, format: "svg" | "png"): string {
  return `${reviewPath(slug, reviewId)}charts/${chart}.${format}`;
}

/** Returns the published reviews of the partnership dated on or before this review, for its trajectory as at it. */
function reviewsUpTo(partnership: PublicPartnership, review: PublicReview): PublicReview[] {
  return partnership.reviews.filter(
    (other) =>
      other.published &&
      (other.meta.date < review.meta.date || (other.meta.date === review.meta.date && other.id <= review.id)),
  );
}

/**
 * Which reviews get chart embeds: every review with a public page (the default), only each partnership's current
 * review, or none. Each embed is a page and an SVG (and the current review's spectrum chart a PNG of about 60 ms); a
 * site of tens of thousands of reviews sets CHART_EMBEDS=current or none to keep its build in minutes.
 */
export const EMBED_MODES = ["all", "current", "none"] as const;

/** One of EMBED_MODES. */
export type EmbedMode = (typeof EMBED_MODES)[number];

/** Returns the embed mode named by CHART_EMBEDS ("all" when unset); throws a message naming the variable when unknown. */
export function embedModeFrom(value: string | undefined): EmbedMode {
  if (value === undefined || value === "") return "all";
  const mode = EMBED_MODES.find((known) => known === value);
  if (mode === undefined) throw new Error(`CHART_EMBEDS must be one of ${EMBED_MODES.join(", ")}, not "${value}"`);
  return mode;
}

/**
 * Returns the charts a review gets: always the spectrum; the risk matrix when it has published risks; the
 * trajectory and the factor trends when it is published and the partnership had at least two published reviews by
 * its date. Drafts and embargoed reviews (only in the authors' preview) get none.
 */
export function embedCharts(
  partnership: PublicPartnership,
  review: PublicReview,
  mode: EmbedMode = "all",
): EmbedChart[] {
  if (review.preview || mode === "none") return [];
  if (mode === "current" && partnership.current?.id !== review.id) return [];
  return EMBED_CHARTS.filter((chart) => {
    switch (chart) {
      case "spectrum":
        return true;
      case "risk-matrix":
        return review.risks.length > 0;
      case "trajectory":
      case "factor-trends":
        return review.published && reviewsUpTo(partnership, review).length >= 2;
    }
  });
}

/** Returns every embeddable chart of the site, partnership by partnership, newest review first. */
export function embedRoutes(model: Pick<SiteModel, "partnerships">, mode: EmbedMode = "all"): EmbedRoute[] {
  return model.partnerships.flatMap((partnership) =>
    partnership.reviews.flatMap((review) =>
      embedCharts(partnership, review, mode).map((chart) => ({ partnership, review, chart })),
    ),
  );
}

/** Returns an embeddable chart's title, naming the partnership (and, for a chart over time, the review's date). */
export function embedChartTitle(route: EmbedRoute): string {
  const { partnership, review, chart } = route;
  const name = partnership.data.name;
  switch (chart) {
    case "spectrum":
      return `Where each stakeholder group places ${name}, factor by factor`;
    case "risk-matrix":
      return `Risks to ${name} by likelihood and impact`;
    case "trajectory":
      return `${name}: assessed level at each review to ${formatDate(review.meta.date)}`;
    case "factor-trends":
      return `${name}: consensus on each factor at each review to ${formatDate(review.meta.date)}`;
  }
}

/** Returns the chart laid out wide (the default) or at this width, with a title that names the partnership. */
export function buildEmbedChart(model: Pick<SiteModel, "framework">, route: EmbedRoute, width?: number): Chart {
  const { framework } = model;
  const { partnership, review, chart } = route;
  const title = embedChartTitle(route);
  const size = width === undefined ? {} : { width };
  switch (chart) {
    case "spectrum":
      return buildSpectrumChart({
        ...spectrumChartInput(framework, review.findings, partnership.data.targetLevel, title),
        ...size,
      });
    case "risk-matrix":
      return buildRiskMatrix({ ...riskMatrixChartInput(framework, review.risks, title), ...size });
    case "trajectory":
      return buildTrajectoryChart({
        ...trajectoryChartInput(framework, reviewsUpTo(partnership, review), partnership.data.targetLevel, title),
        ...size,
      });
    case "factor-trends":
      return buildFactorTrendsChart({
        ...factorTrendsChartInput(framework, reviewsUpTo(partnership, review), partnership.data.targetLevel, title),
        ...size,
      });
  }
}

/** Returns the narrow layout of the same chart, for an embed page in a narrow frame. */
export function buildNarrowEmbedChart(model: Pick<SiteModel, "framework">, route: EmbedRoute): Chart {
  return buildEmbedChart(model, route, NARROW_WIDTH);
}

/** What a downloaded chart says about where it came from. */
export interface ChartSource {
  /** The publishing organisation. */
  organisation: string;
  reviewTitle: string;
  /** The review's date, YYYY-MM-DD. */
  reviewDate: string;
  /** The review page's absolute address. */
  reviewUrl: string;
  /** The licence's attribution sentence, from site.json. */
  attribution: string;
  /** Set when the review was withdrawn, YYYY-MM-DD: the note says so first. */
  withdrawnDate?: string;
}

/** Returns the lines of a chart's source note: who published it, the review and its date, its address, the licence. */
export function sourceNote(source: ChartSource): string[] {
  return [
    ...(source.withdrawnDate === undefined
      ? []
      : [`This review was withdrawn on ${formatDate(source.withdrawnDate)}: it no longer stands.`]),
    `Source: ${source.organisation}, ${source.reviewTitle} (${formatDate(source.reviewDate)}).`,
    source.reviewUrl,
    source.attribution,
  ];
}

const NOTE_FONT_SIZE = 12;
const NOTE_LINE_HEIGHT = 16;
const NOTE_MARGIN = 12;

/** Returns the chart with its source note written below it, so a pasted image still says where it came from. */
export function withSourceNote(chart: Chart, source: ChartSource): Chart {
  const maxWidth = chart.width - 2 * NOTE_MARGIN;
  const lines = sourceNote(source).flatMap((line) => wrapText(line, maxWidth, NOTE_FONT_SIZE));
  const top = chart.height + NOTE_MARGIN;
  const note: Mark = {
    type: "text",
    x: NOTE_MARGIN,
    y: top + NOTE_FONT_SIZE,
    lines,
    fontSize: NOTE_FONT_SIZE,
    lineHeight: NOTE_LINE_HEIGHT,
    anchor: "start",
    className: "chart-source",
    fill: INK.muted,
  };
  return {
    ...chart,
    height: top + NOTE_FONT_SIZE + (lines.length - 1) * NOTE_LINE_HEIGHT + NOTE_MARGIN,
    marks: [...chart.marks, note],
  };
}

/**
 * Returns the chart as a standalone SVG file: an XML declaration, then one <svg> with its namespace, <title> and
 * <desc>, in the wide layout with the fixed light colours of print (no stylesheet, no CSS variables), and its
 * source note below.
 */
export function standaloneSvg(chart: Chart, source: ChartSource): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(withSourceNote(chart, source), `chart-${chart.kind}`)}\n`;
}

/** What a chart's embed page shows, worked out from the site model. */
export interface EmbedPage {
  title: string;
  description: string;
  /** The wide and narrow layouts: the page shows one by its width. */
  chart: Chart;
  narrow: Chart;
  partnershipName: string;
  reviewTitle: string;
  /** YYYY-MM-DD. */
  reviewDate: string;
  /** The build's day, YYYY-MM-DD: the chart is as published then. */
  asAt: string;
  /** Absolute addresses: the page may be shown inside another site's frame. `url` is the page's own. */
  url: string;
  reviewUrl: string;
  svgUrl: string;
  pngUrl?: string;
  /** Set when the review was withdrawn: its chart stays, with the notice. */
  withdrawn?: { date: string; reason: string };
}

/** Returns the absolute URL of a site-relative path under the site root (which ends "/"). */
function under(root: string, path: string): string {
  return new URL(path, root).href;
}

/** Returns the embed page of one chart; `root` is the site's absolute root, ending "/"; `png` says whether a PNG is made. */
export function embedPage(
  model: Pick<SiteModel, "framework" | "today">,
  route: EmbedRoute,
  root: string,
  png: boolean,
): EmbedPage {
  const { partnership, review } = route;
  const chart = buildEmbedChart(model, route);
  const { meta } = review;
  return {
    title: chart.title,
    description: chart.summary[0] ?? chart.title,
    chart,
    narrow: buildNarrowEmbedChart(model, route),
    partnershipName: partnership.data.name,
    reviewTitle: meta.title,
    reviewDate: meta.date,
    asAt: model.today,
    url: under(root, chartEmbedPath(partnership.slug, review.id, route.chart)),
    reviewUrl: under(root, reviewPath(partnership.slug, review.id)),
    svgUrl: under(root, chartFilePath(partnership.slug, review.id, route.chart, "svg")),
    ...(png ? { pngUrl: under(root, chartFilePath(partnership.slug, review.id, route.chart, "png")) } : {}),
    ...(!review.published && meta.withdrawnDate !== undefined
      ? { withdrawn: { date: meta.withdrawnDate, reason: meta.withdrawnReason ?? "" } }
      : {}),
  };
}

/** Returns where a downloaded chart came from, for its source note. */
export function chartSource(model: Pick<SiteModel, "site">, route: EmbedRoute, root: string): ChartSource {
  return {
    organisation: model.site.organisation.name,
    reviewTitle: route.review.meta.title,
    reviewDate: route.review.meta.date,
    reviewUrl: under(root, reviewPath(route.partnership.slug, route.review.id)),
    attribution: model.site.licence.attribution,
    ...(!route.review.published && route.review.meta.withdrawnDate !== undefined
      ? { withdrawnDate: route.review.meta.withdrawnDate }
      : {}),
  };
}

/**
 * The charts that also get a PNG. Drawing one takes about 60 ms of CPU (docs/embedding.md), so only the chart
 * every review has: the others are pasted from their SVG.
 */
export const PNG_CHARTS: readonly EmbedChart[] = ["spectrum"];

/**
 * Returns true when this chart gets a PNG as well as an SVG: a chart of PNG_CHARTS of the partnership's current
 * review, the one a committee report pastes. A PNG of every review was three quarters of a 1000×4 build's CPU
 * (4,000 drawings); an earlier review's chart is still there as its SVG and its embed page.
 */
export function hasPng(route: EmbedRoute): boolean {
  return PNG_CHARTS.includes(route.chart) && route.partnership.current?.id === route.review.id;
}

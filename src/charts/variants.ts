import type { Chart, Mark, TextMark } from "./geometry.ts";

/** The width of every chart's wide layout, in viewBox units. */
export const WIDE_WIDTH = 680;

/**
 * The width of every chart's narrow layout, in viewBox units. A 320 px screen leaves 290 px of
 * content, where 12-unit text renders at 12 × 290 / 280 ≈ 12.4 px.
 */
export const NARROW_WIDTH = 280;

/** Builders lay a chart out narrow (labels above rows, keys instead of long axis names) below this width. */
export const NARROW_BELOW = 480;

/** The narrow variant is drawn no wider than this, in CSS px, so its text stays at most about 19 px. */
export const NARROW_MAX_PX = 440;

/** The wide variant is shown when the chart's container is at least this wide, in CSS px (charts.css agrees). */
export const WIDE_FROM_PX = WIDE_WIDTH;

/** A chart laid out twice: the page shows one by a container query. */
export interface ChartVariants<C extends Chart = Chart> {
  wide: C;
  narrow: C;
}

/** Returns true when a builder should lay its chart out narrow for this width. */
export function isNarrow(width: number): boolean {
  return width < NARROW_BELOW;
}

/** Returns the font size of the smallest text the chart draws, in viewBox units. */
export function smallestFontSize(chart: Chart): number {
  const sizes = chart.marks
    .filter((mark: Mark): mark is TextMark & Mark => mark.type === "text")
    .map((m) => m.fontSize);
  return sizes.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...sizes);
}

/** Returns the smallest text of the chart in CSS px when its SVG is drawn `renderedWidth` px wide. */
export function smallestTextPx(chart: Chart, renderedWidth: number): number {
  return (smallestFontSize(chart) * renderedWidth) / chart.width;
}

/** Returns which variant a container this wide shows, and how wide (CSS px) that variant is drawn. */
export function shownVariant(containerWidth: number): { variant: "wide" | "narrow"; renderedWidth: number } {
  return containerWidth >= WIDE_FROM_PX
    ? { variant: "wide", renderedWidth: containerWidth }
    : { variant: "narrow", renderedWidth: Math.min(containerWidth, NARROW_MAX_PX) };
}

/** Returns the smallest text in CSS px that a reader sees of a chart whose container is this wide. */
export function smallestShownTextPx(variants: ChartVariants, containerWidth: number): number {
  const { variant, renderedWidth } = shownVariant(containerWidth);
  return smallestTextPx(variants[variant], renderedWidth);
}

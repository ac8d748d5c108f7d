import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolDiamond2,
  symbolSquare,
  symbolSquare2,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  symbolTriangle2,
  symbolWye,
  type SymbolType,
} from "d3-shape";

/**
 * The neutral colours of a chart on a light background (the default, and always in print). Text
 * colours give at least 4.5:1 and mark colours at least 3:1 on `background`; charts.css holds
 * the same roles for dark mode.
 */
export const INK = {
  background: "#ffffff",
  text: "#0b0c0c",
  muted: "#505a5f",
  grid: "#b1b4b6",
  range: "#6f777b",
  band: "#f3f2f1",
} as const;

/** The same roles on the dark panel a chart draws in dark mode; charts.css applies them. */
export const INK_DARK = {
  background: "#1d1d1b",
  text: "#f3f2f1",
  muted: "#b1b4b6",
  grid: "#505a5f",
  range: "#b1b4b6",
  band: "#2b2b29",
} as const;

/** The d3 symbols used for group markers. */
export type SymbolName =
  | "circle"
  | "square"
  | "triangle"
  | "diamond"
  | "star"
  | "wye"
  | "cross"
  | "circle-open"
  | "square-open"
  | "triangle-open"
  | "times"
  | "diamond-open";

const SYMBOLS: Record<SymbolName, { type: SymbolType; open: boolean; size: number }> = {
  circle: { type: symbolCircle, open: false, size: 110 },
  square: { type: symbolSquare, open: false, size: 100 },
  triangle: { type: symbolTriangle, open: false, size: 110 },
  diamond: { type: symbolDiamond, open: false, size: 100 },
  star: { type: symbolStar, open: false, size: 130 },
  wye: { type: symbolWye, open: false, size: 110 },
  cross: { type: symbolCross, open: false, size: 110 },
  "circle-open": { type: symbolCircle, open: true, size: 90 },
  "square-open": { type: symbolSquare2, open: true, size: 90 },
  "triangle-open": { type: symbolTriangle2, open: true, size: 90 },
  times: { type: symbolTimes, open: true, size: 90 },
  "diamond-open": { type: symbolDiamond2, open: true, size: 90 },
};

/** How one stakeholder group is drawn: a colour for light and dark backgrounds, and a shape. */
export interface GroupStyle {
  /** Colour on a white background: at least 3:1 contrast. */
  colour: string;
  /** Colour on the dark panel: at least 3:1 contrast. */
  darkColour: string;
  symbol: SymbolName;
}

/**
 * Twelve group styles. The first seven are the Okabe–Ito colours (darkened where needed to reach
 * 3:1 on white) with filled shapes; the next five are outline shapes, so that every group stays
 * distinct in greyscale and for colour-blind readers, by shape as well as colour.
 */
export const GROUP_STYLES: readonly GroupStyle[] = [
  { colour: "#0072b2", darkColour: "#56b4e9", symbol: "circle" },
  { colour: "#d55e00", darkColour: "#e69f00", symbol: "square" },
  { colour: "#007a5e", darkColour: "#2fc59a", symbol: "triangle" },
  { colour: "#a8508a", darkColour: "#e08bc0", symbol: "diamond" },
  { colour: "#8a6100", darkColour: "#f0e442", symbol: "star" },
  { colour: "#332288", darkColour: "#9b8cf0", symbol: "wye" },
  { colour: "#c4425a", darkColour: "#ff8a80", symbol: "cross" },
  { colour: "#5b6b00", darkColour: "#c8d65a", symbol: "circle-open" },
  { colour: "#882255", darkColour: "#f28fb1", symbol: "square-open" },
  { colour: "#505a5f", darkColour: "#b1b4b6", symbol: "triangle-open" },
  { colour: "#aa4499", darkColour: "#d98ce0", symbol: "times" },
  { colour: "#117733", darkColour: "#66cc77", symbol: "diamond-open" },
];

/** A group's marker, ready to draw at the origin. */
export interface MarkerStyle {
  /** The d3 symbol path, centred on 0,0. */
  path: string;
  symbol: SymbolName;
  /** True for outline shapes (stroked in the group colour), false for filled ones. */
  open: boolean;
  /** CSS classes: "chart-marker chart-g<n>" and "chart-marker--open" or "chart-marker--filled". */
  className: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** Returns the SVG path of a marker symbol centred on 0,0, with coordinates to 3 decimal places; scale enlarges it. */
export function symbolPath(name: SymbolName, scale = 1): string {
  const spec = SYMBOLS[name];
  return symbol(spec.type, spec.size * scale * scale).digits(3)() ?? "";
}

/** Returns the marker of the group at this position in the framework's group list (styles repeat after twelve). */
export function groupMarker(index: number): MarkerStyle {
  const position = ((index % GROUP_STYLES.length) + GROUP_STYLES.length) % GROUP_STYLES.length;
  const style = GROUP_STYLES[position] as GroupStyle;
  const open = SYMBOLS[style.symbol].open;
  const strokeOnly = style.symbol === "times";
  return {
    path: symbolPath(style.symbol),
    symbol: style.symbol,
    open,
    className: `chart-marker chart-g${position + 1} ${open ? "chart-marker--open" : "chart-marker--filled"}`,
    fill: open ? (strokeOnly ? "none" : INK.background) : style.colour,
    stroke: open ? style.colour : INK.background,
    strokeWidth: open ? 2 : 1.5,
  };
}

/** One step of the heatmap's sequential scale: a fill and the text colour that reads on it at 4.5:1. */
export interface HeatStep {
  fill: string;
  text: string;
}

/** Six blues from light (low levels) to dark (high), even in lightness so they read in greyscale too. */
export const HEAT_STEPS: readonly HeatStep[] = [
  { fill: "#e8f1fa", text: INK.text },
  { fill: "#c4dcf0", text: INK.text },
  { fill: "#93bde3", text: INK.text },
  { fill: "#5d97cc", text: INK.text },
  { fill: "#2e6aa6", text: "#ffffff" },
  { fill: "#153e70", text: "#ffffff" },
];

/** Returns the position (0 to 5) of a level's heatmap step between the lowest and highest level. */
export function heatStep(value: number, min: number, max: number): number {
  const share = max === min ? 0 : (value - min) / (max - min);
  return Math.min(HEAT_STEPS.length - 1, Math.max(0, Math.round(share * (HEAT_STEPS.length - 1))));
}

/** How a risk band's cells are drawn: a fill, the text colour that reads on it at 4.5:1, and a CSS class. */
export interface RiskFill {
  fill: string;
  text: string;
  className: string;
}

/** The lightest risk fill, for the lowest band. */
const LOWEST_RISK_FILL: RiskFill = { fill: "#f3f2f1", text: INK.text, className: "chart-risk chart-risk--low" };

/**
 * The fills of the risk bands, by the band's name: darker as the band is higher, so they read in greyscale too. Which
 * scores fall in which band, and the band's words, come with the chart's data (src/lib/risks.ts).
 */
export const RISK_FILLS: Readonly<Record<string, RiskFill>> = {
  low: LOWEST_RISK_FILL,
  medium: { fill: "#ec9b4f", text: INK.text, className: "chart-risk chart-risk--medium" },
  high: { fill: "#8c3a00", text: "#ffffff", className: "chart-risk chart-risk--high" },
};

/** Returns the fill of a risk band by its name; an unknown name gets the lightest. */
export function riskFill(band: string): RiskFill {
  return RISK_FILLS[band] ?? LOWEST_RISK_FILL;
}

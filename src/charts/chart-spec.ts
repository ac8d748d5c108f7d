import { buildFactorTrendsChart, type FactorTrendsInput } from "./factor-trends-chart.ts";
import type { Chart } from "./geometry.ts";
import { buildIndicatorChart, type IndicatorChartInput } from "./indicator-chart.ts";
import { buildHeatmapChart, type HeatmapChartInput } from "./heatmap-chart.ts";
import { buildPositionChart, type PositionChartInput } from "./position-chart.ts";
import { buildRiskMatrix, type RiskMatrixInput } from "./risk-matrix.ts";
import { buildSpectrumChart, type SpectrumChartInput } from "./spectrum-chart.ts";
import { buildTrajectoryChart, type TrajectoryChartInput } from "./trajectory-chart.ts";

/** A chart to draw: which builder, and the input it takes (without a width: the figure lays it out twice). */
export type ChartSpec =
  | { kind: "spectrum"; input: SpectrumChartInput }
  | { kind: "risk-matrix"; input: RiskMatrixInput }
  | { kind: "trajectory"; input: TrajectoryChartInput }
  | { kind: "factor-trends"; input: FactorTrendsInput }
  | { kind: "heatmap"; input: HeatmapChartInput }
  | { kind: "position"; input: PositionChartInput }
  | { kind: "indicators"; input: IndicatorChartInput };

/** Returns the chart its spec names, laid out wide (the builder's default) or at this width. */
export function buildChart(spec: ChartSpec, width?: number): Chart {
  const size = width === undefined ? {} : { width };
  switch (spec.kind) {
    case "spectrum":
      return buildSpectrumChart({ ...spec.input, ...size });
    case "risk-matrix":
      return buildRiskMatrix({ ...spec.input, ...size });
    case "trajectory":
      return buildTrajectoryChart({ ...spec.input, ...size });
    case "factor-trends":
      return buildFactorTrendsChart({ ...spec.input, ...size });
    case "heatmap":
      return buildHeatmapChart({ ...spec.input, ...size });
    case "position":
      return buildPositionChart({ ...spec.input, ...size });
    case "indicators":
      return buildIndicatorChart({ ...spec.input, ...size });
  }
}

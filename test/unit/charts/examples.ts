import type { IndicatorChartInput } from "../../../src/charts/index.ts";
import { factorFindings } from "../../../src/lib/findings/factor-findings.ts";
import { factorTrendsInput } from "../../../src/lib/chart-inputs/factor-trends-text.ts";
import { heatmapInput } from "../../../src/lib/chart-inputs/heatmap-text.ts";
import { positionInput } from "../../../src/lib/chart-inputs/position-text.ts";
import {
  riskMatrixChartInput,
  type MatrixRisk,
  type RiskInContext,
} from "../../../src/lib/chart-inputs/risk-matrix-text.ts";
import { spectrumChartInput } from "../../../src/lib/chart-inputs/spectrum-text.ts";
import { trajectoryInput } from "../../../src/lib/chart-inputs/trajectory-text.ts";
import { readFactor, type FactorReading } from "../../../src/lib/triangulation.ts";
import { frameworkSchema, type Framework, type Rating, type Thresholds } from "../../../src/schema/index.ts";
import type {
  FactorTrendsInput,
  HeatmapChartInput,
  Labelled,
  PositionChartInput,
  RiskMatrixInput,
  SpectrumChartInput,
  TrajectoryChartInput,
} from "../../../src/charts/index.ts";
import { fitToTarget } from "../../../src/lib/target-fit.ts";
import type { LevelLike } from "../../../src/charts/index.ts";

/** Named examples shared by the chart unit tests and snapshots. */

export const THRESHOLDS: Thresholds = {
  minGroups: 2,
  gapThreshold: 2,
  minRespondents: 3,
  minMethods: 1,
  agreeBelow: 1,
};

/** The default six-level spectrum. */
export const SIX_LEVELS: LevelLike[] = [
  { id: "transactional", order: 1, label: "Transactional" },
  { id: "networking", order: 2, label: "Networking" },
  { id: "coordinating", order: 3, label: "Coordinating" },
  { id: "cooperating", order: 4, label: "Cooperating" },
  { id: "collaborating", order: 5, label: "Collaborating" },
  { id: "integrated", order: 6, label: "Integrated" },
];

/** A three-level spectrum with other ids and labels. */
export const THREE_LEVELS: LevelLike[] = [
  { id: "arms-length", order: 0, label: "Arm's length" },
  { id: "aligned", order: 1, label: "Aligned" },
  { id: "joined", order: 2, label: "Joined" },
];

/** A ten-level spectrum. */
export const TEN_LEVELS: LevelLike[] = Array.from({ length: 10 }, (_, index) => ({
  id: `level-${index + 1}`,
  order: index + 1,
  label: [
    "Contract",
    "Contact",
    "Networking",
    "Coordinating",
    "Cooperating",
    "Pooling",
    "Collaborating",
    "Co-owning",
    "Merging",
    "Integrated",
  ][index] as string,
}));

export const SIX_FACTORS: Labelled[] = [
  { id: "strategy", label: "Strategy" },
  { id: "objectives", label: "Objectives" },
  { id: "delivery", label: "Delivery" },
  { id: "measurement", label: "Measurement" },
  { id: "outcomes", label: "Outcomes" },
  { id: "governance", label: "Governance" },
];

export const FIVE_GROUPS: Labelled[] = [
  { id: "council-members", label: "Council members" },
  { id: "council-officers", label: "Council officers" },
  { id: "partner-leadership", label: "Partner leadership" },
  { id: "partner-staff", label: "Partner staff" },
  { id: "service-users", label: "Service users" },
];

export const TWELVE_GROUPS: Labelled[] = [
  ...FIVE_GROUPS,
  { id: "voluntary-sector", label: "Voluntary sector" },
  { id: "health-partners", label: "Health partners" },
  { id: "police", label: "Police" },
  { id: "schools", label: "Schools" },
  { id: "residents-panel", label: "Residents' panel" },
  { id: "trade-unions", label: "Trade unions" },
  { id: "auditors", label: "Auditors" },
];

/** Returns a rating; respondents only when given. */
export function rating(factor: string, group: string, level: number, respondents?: number): Rating {
  return { factor, group, level, ...(respondents === undefined ? {} : { respondents }) };
}

/** Returns one reading per factor from the ratings, as the site model derives them. */
export function readingsOf(
  factors: readonly Labelled[],
  ratings: readonly Rating[],
  thresholds = THRESHOLDS,
): FactorReading[] {
  return factors.map((factor) => readFactor(factor.id, ratings, thresholds));
}

/** The review the examples' ratings come from: an independent review, current on the day the examples are read. */
export const EXAMPLE_REVIEW = {
  review: { reviewType: "independent", date: "2025-01-01" },
  today: "2025-06-30",
} as const;

/** Returns a framework of these levels, factors and groups, with the example thresholds. */
export function frameworkOf(
  levels: readonly LevelLike[],
  factors: readonly Labelled[],
  groups: readonly Labelled[],
  thresholds = THRESHOLDS,
): Framework {
  return frameworkSchema.parse({
    id: "examples",
    version: "1",
    name: "Examples",
    spectrum: levels.map((level, index) => ({
      id: level.id ?? `level-${index}`,
      order: level.order,
      label: level.label,
      definition: `${level.label}.`,
    })),
    factors: factors.map((factor) => ({ ...factor, description: `${factor.label}.` })),
    stakeholderGroups: groups,
    triangulation: thresholds,
  });
}

/**
 * Returns a spectrum chart's input for the ratings, with its words from the findings layer as the site gives them;
 * `target` is the order of the target level.
 */
export function spectrumInputOf(
  levels: readonly LevelLike[],
  factors: readonly Labelled[],
  groups: readonly Labelled[],
  ratings: readonly Rating[],
  target?: number,
  thresholds = THRESHOLDS,
): SpectrumChartInput {
  const framework = frameworkOf(levels, factors, groups, thresholds);
  const targetId = framework.spectrum.find((level) => level.order === target)?.id;
  return spectrumChartInput(
    framework,
    factorFindings(framework, readingsOf(factors, ratings, thresholds), { target, ...EXAMPLE_REVIEW }),
    targetId,
  );
}

/** A typical review: a perception gap on Delivery, fractional levels, a withheld view and a thin factor. */
export const TYPICAL_RATINGS: Rating[] = [
  rating("strategy", "council-members", 4),
  rating("strategy", "council-officers", 4.2),
  rating("strategy", "partner-leadership", 3.6),
  rating("strategy", "service-users", 3),
  rating("objectives", "council-members", 3),
  rating("objectives", "council-officers", 3.5),
  rating("objectives", "partner-leadership", 4),
  rating("delivery", "council-members", 4),
  rating("delivery", "council-officers", 5),
  rating("delivery", "partner-staff", 4.4),
  rating("delivery", "service-users", 3),
  rating("delivery", "partner-leadership", 4, 2),
  rating("measurement", "council-officers", 2.5),
  rating("outcomes", "council-members", 3.4),
  rating("outcomes", "council-officers", 3.8),
  rating("outcomes", "service-users", 2.6),
  rating("governance", "council-members", 4),
  rating("governance", "partner-leadership", 4.5),
];

/** Partnerships for the "where partnerships sit" chart: below, at and above target, no target and no review. */
export const POSITIONS: PositionExample[] = [
  { id: "shared-legal", label: "Shared Legal Service", assessed: 4, target: 4 },
  { id: "waste", label: "Joint Waste Partnership", assessed: 2, target: 4 },
  { id: "community-safety", label: "Community Safety Partnership", assessed: 5, target: 4 },
  { id: "revenues", label: "Revenues and Benefits Shared Service", assessed: 3, target: undefined },
  { id: "leisure", label: "Leisure Trust", assessed: undefined, target: 3 },
];

/** One partnership's place for the position chart: its assessed level and target as orders. */
export interface PositionExample {
  id: string;
  label: string;
  assessed?: number | undefined;
  target?: number | undefined;
}

/**
 * Returns a position chart's input for the partnerships, each fitted to its target by the one fit rule with the
 * framework's tolerance, with its words from the findings layer.
 */
export function positionInputOf(
  levels: readonly LevelLike[],
  positions: readonly PositionExample[],
  tolerance = 0.5,
): PositionChartInput {
  const framework = frameworkOf(levels, SIX_FACTORS, FIVE_GROUPS);
  return positionInput(
    framework,
    positions.map((item) => ({
      ...item,
      fit:
        item.assessed === undefined || item.target === undefined
          ? undefined
          : fitToTarget(item.assessed, item.target, tolerance),
    })),
  );
}

/** One partnership's row for the heatmap: the ratings of its current review, or none when it has no published review. */
export interface HeatmapExample {
  id: string;
  label: string;
  ratings?: readonly Rating[] | undefined;
}

/** Returns a heatmap's input for the partnerships, each row's findings worked out from its ratings. */
export function heatmapInputOf(
  levels: readonly LevelLike[],
  factors: readonly Labelled[],
  rows: readonly HeatmapExample[],
): HeatmapChartInput {
  const framework = frameworkOf(levels, factors, FIVE_GROUPS);
  return heatmapInput(
    framework,
    rows.map((row) => ({
      id: row.id,
      label: row.label,
      findings:
        row.ratings === undefined
          ? undefined
          : factorFindings(framework, readingsOf(factors, row.ratings), EXAMPLE_REVIEW),
    })),
  );
}

/** Current-review ratings of several partnerships for the comparison heatmap. */
export const HEATMAP_ROWS: HeatmapExample[] = [
  { id: "shared-legal", label: "Shared Legal Service", ratings: TYPICAL_RATINGS },
  {
    id: "waste",
    label: "Joint Waste Partnership",
    ratings: [
      rating("strategy", "council-members", 2),
      rating("strategy", "council-officers", 2.4),
      rating("objectives", "council-members", 1),
      rating("objectives", "service-users", 1.5),
      rating("delivery", "council-officers", 2),
      rating("delivery", "service-users", 4.5),
      rating("measurement", "council-officers", 1.2),
      rating("measurement", "partner-staff", 1.8),
      rating("outcomes", "council-members", 2),
      rating("outcomes", "service-users", 2),
      rating("governance", "council-members", 3),
      rating("governance", "council-officers", 3),
    ],
  },
  {
    id: "community-safety",
    label: "Community Safety Partnership",
    ratings: [
      rating("strategy", "council-members", 6),
      rating("strategy", "council-officers", 5.5),
      rating("objectives", "council-members", 5),
      rating("objectives", "council-officers", 5),
      rating("delivery", "council-officers", 4),
      rating("delivery", "service-users", 4.4),
      rating("governance", "council-members", 5),
      rating("governance", "council-officers", 6),
    ],
  },
  { id: "leisure", label: "Leisure Trust" },
];

/** One published review of a partnership: its date, title, assessed level as an order, and its ratings. */
export interface ReviewExample {
  id: string;
  date: string;
  label?: string;
  assessed?: number | undefined;
  ratings: readonly Rating[];
}

/** Returns a trajectory chart's input for the reviews, with its words from the findings layer. */
export function trajectoryInputOf(
  levels: readonly LevelLike[],
  reviews: readonly ReviewExample[],
  target?: number,
  tolerance = 0.5,
): TrajectoryChartInput {
  const framework = frameworkOf(levels, SIX_FACTORS, FIVE_GROUPS);
  framework.thresholds.targetTolerance = tolerance;
  return trajectoryInput(framework, reviews, target);
}

/** Returns a factor-trend chart's input for the reviews, each review's findings worked out from its ratings. */
export function factorTrendsInputOf(
  levels: readonly LevelLike[],
  factors: readonly Labelled[],
  reviews: readonly ReviewExample[],
  target?: number,
  changeThreshold = 0.5,
): FactorTrendsInput {
  const framework = frameworkOf(levels, factors, FIVE_GROUPS);
  framework.thresholds.changeThreshold = changeThreshold;
  return factorTrendsInput(
    framework,
    reviews.map((review) => ({
      id: review.id,
      date: review.date,
      findings: factorFindings(framework, readingsOf(factors, review.ratings), { target, ...EXAMPLE_REVIEW }),
    })),
    target,
  );
}

/** Published reviews of one partnership over time. */
export const REVIEWS: ReviewExample[] = [
  {
    id: "2024-annual",
    date: "2024-03-12",
    label: "Annual review 2024",
    assessed: 4,
    ratings: TYPICAL_RATINGS,
  },
  {
    id: "2019-baseline",
    date: "2019-02-20",
    label: "Baseline review 2019",
    assessed: 2,
    ratings: [
      rating("strategy", "council-members", 2),
      rating("strategy", "council-officers", 3),
      rating("objectives", "council-members", 2),
      rating("objectives", "council-officers", 2.5),
      rating("delivery", "council-members", 3),
      rating("delivery", "council-officers", 2),
      rating("measurement", "council-officers", 3),
      rating("measurement", "council-members", 3.4),
      rating("outcomes", "council-members", 2),
      rating("outcomes", "council-officers", 2),
    ],
  },
  {
    id: "2021-interim",
    date: "2021-09-30",
    label: "Interim review 2021",
    assessed: 3,
    ratings: [
      rating("strategy", "council-members", 3),
      rating("strategy", "council-officers", 3.5),
      rating("objectives", "council-members", 3),
      rating("objectives", "council-officers", 3),
      rating("delivery", "council-members", 3),
      rating("delivery", "council-officers", 4),
      rating("measurement", "council-officers", 2),
      rating("measurement", "council-members", 2.6),
    ],
  },
];

/** Risks of one review, including two in the same cell. */
export const RISKS = [
  { id: "risk-1", title: "Supplier cannot staff the service", likelihood: 4, impact: 5 },
  { id: "risk-2", title: "Partners disagree on joint objectives", likelihood: 3, impact: 3 },
  { id: "risk-3", title: "Budgets do not match ambitions", likelihood: 3, impact: 3 },
  { id: "risk-4", title: "Reputational damage from missed targets", likelihood: 2, impact: 4 },
  { id: "risk-5", title: "Quick wins crowd out harder needs", likelihood: 1, impact: 2 },
];

/** The default risk thresholds: high from 15, medium from 8. */
export const RISK_THRESHOLDS = { highRiskScore: 15, mediumRiskScore: 8 };

/** Returns a risk matrix's input for the risks, with its bands, words and colours from the findings layer. */
export function riskMatrixInputOf(
  risks: readonly (MatrixRisk | RiskInContext)[],
  thresholds = RISK_THRESHOLDS,
): RiskMatrixInput {
  return riskMatrixChartInput({ thresholds }, risks);
}

/** Recycling in per cent (higher is better) and stair-lift waits in weeks (lower is better): two units, two scales. */
export const INDICATORS: IndicatorChartInput = {
  indicators: [
    {
      id: "recycling",
      label: "Household waste recycled",
      note: "2025/26: Not met; worsening",
      unit: { prefix: "", suffix: "%" },
      actual: 46.8,
      target: 48.5,
      previous: 49.2,
    },
    {
      id: "stair-lifts",
      label: "Stair-lift waits",
      note: "2025/26: Met; improving",
      unit: { prefix: "", suffix: " weeks" },
      actual: 11,
      target: 12,
      previous: 23,
    },
  ],
  legend: { actual: "Actual", target: "Target", previous: "Period before" },
  marksMeaning: "A dot, a line and a ring.",
  title: "Indicators",
  summary: ["One of two met."],
  table: { caption: "Indicators", head: ["Indicator"], rows: [] },
};

import {
  buildFactorTrendsChart,
  buildHeatmapChart,
  buildIndicatorChart,
  buildPositionChart,
  buildRiskMatrix,
  buildSpectrumChart,
  buildTrajectoryChart,
  type Chart,
  type Labelled,
  type LevelLike,
} from "../../../src/charts/index.ts";
import type { Rating } from "../../../src/schema/index.ts";
import {
  FIVE_GROUPS,
  HEATMAP_ROWS,
  INDICATORS,
  POSITIONS,
  REVIEWS,
  RISKS,
  SIX_FACTORS,
  SIX_LEVELS,
  TEN_LEVELS,
  THREE_LEVELS,
  TWELVE_GROUPS,
  TYPICAL_RATINGS,
  factorTrendsInputOf,
  heatmapInputOf,
  positionInputOf,
  rating,
  riskMatrixInputOf,
  spectrumInputOf,
  trajectoryInputOf,
} from "./examples.ts";

/** Fifteen factors with other ids and labels. */
export const FIFTEEN_FACTORS: Labelled[] = Array.from({ length: 15 }, (_, index) => ({
  id: `factor-${index + 1}`,
  label: `Factor ${index + 1}`,
}));

const LONG_LEVELS: LevelLike[] = [
  { id: "arms-length", order: 1, label: "Arm's-length contract management with quarterly reporting" },
  { id: "information", order: 2, label: "Information sharing between organisations" },
  { id: "joint-planning", order: 3, label: "Joint planning and commissioning" },
  { id: "pooled", order: 4, label: "Pooled budgets and shared accountability for outcomes" },
];

const LONG_FACTORS: Labelled[] = [
  {
    id: "strategy",
    label: "Strategic alignment with each partner's corporate plan and medium-term financial strategy",
  },
  { id: "delivery", label: "Day-to-day delivery" },
  { id: "data", label: "Data-sharing-and-information-governance-arrangements" },
];

const LONG_GROUPS: Labelled[] = [
  { id: "members", label: "Elected members of the joint committee and scrutiny panel" },
  { id: "officers", label: "Officers" },
  { id: "users", label: "Residents who used the service in the last twelve months" },
];

/** Returns a review spectrum chart of the ratings. */
function spectrum(
  width: number,
  levels: readonly LevelLike[],
  factors: readonly Labelled[],
  groups: readonly Labelled[],
  ratings: readonly Rating[],
  target?: number,
): Chart {
  return buildSpectrumChart({ ...spectrumInputOf(levels, factors, groups, ratings, target), width });
}

/** Every named chart case: the SVG snapshots and the layout checks run over all of them. */
export const CHART_CASES: Record<string, (width: number) => Chart> = {
  indicators: (width) => buildIndicatorChart({ ...INDICATORS, width }),
  "spectrum-typical": (width) => spectrum(width, SIX_LEVELS, SIX_FACTORS, FIVE_GROUPS, TYPICAL_RATINGS, 4),
  "spectrum-ties": (width) =>
    spectrum(
      width,
      SIX_LEVELS,
      SIX_FACTORS.slice(0, 3),
      FIVE_GROUPS,
      [
        ...FIVE_GROUPS.map((group) => rating("strategy", group.id, 3)),
        rating("objectives", "council-members", 2),
        rating("objectives", "council-officers", 2),
        rating("objectives", "partner-staff", 4),
        rating("objectives", "service-users", 4),
        rating("delivery", "council-members", 5),
        rating("delivery", "council-officers", 5.05),
        rating("delivery", "service-users", 1),
      ],
      3,
    ),
  "spectrum-one-group-only": (width) =>
    spectrum(
      width,
      SIX_LEVELS,
      SIX_FACTORS,
      FIVE_GROUPS,
      SIX_FACTORS.map((factor, index) => rating(factor.id, "council-officers", 1 + index * 0.8)),
      4,
    ),
  "spectrum-all-groups-equal": (width) =>
    spectrum(
      width,
      SIX_LEVELS,
      SIX_FACTORS,
      FIVE_GROUPS,
      SIX_FACTORS.flatMap((factor) => FIVE_GROUPS.map((group) => rating(factor.id, group.id, 4))),
      4,
    ),
  "spectrum-lowest-and-highest-levels": (width) =>
    spectrum(
      width,
      SIX_LEVELS,
      SIX_FACTORS.slice(0, 3),
      FIVE_GROUPS,
      [
        rating("strategy", "council-members", 1),
        rating("strategy", "service-users", 6),
        rating("objectives", "council-members", 1),
        rating("objectives", "council-officers", 1),
        rating("delivery", "council-officers", 6),
        rating("delivery", "partner-staff", 6),
      ],
      6,
    ),
  "spectrum-three-level-framework": (width) =>
    spectrum(
      width,
      THREE_LEVELS,
      SIX_FACTORS.slice(0, 3),
      FIVE_GROUPS.slice(0, 4),
      [
        rating("strategy", "council-members", 0),
        rating("strategy", "council-officers", 2),
        rating("strategy", "partner-leadership", 1.5),
        rating("objectives", "council-members", 1),
        rating("objectives", "partner-staff", 1.2),
        rating("delivery", "council-officers", 0.5),
      ],
      1,
    ),
  "spectrum-fifteen-factors": (width) =>
    spectrum(
      width,
      SIX_LEVELS,
      FIFTEEN_FACTORS,
      FIVE_GROUPS,
      FIFTEEN_FACTORS.flatMap((factor, index) =>
        FIVE_GROUPS.slice(0, 2 + (index % 4)).map((group, position) =>
          rating(factor.id, group.id, 1 + ((index + position * 2) % 6)),
        ),
      ),
      3,
    ),
  "spectrum-very-long-labels": (width) =>
    spectrum(
      width,
      LONG_LEVELS,
      LONG_FACTORS,
      LONG_GROUPS,
      [
        rating("strategy", "members", 1.5),
        rating("strategy", "officers", 3.5),
        rating("strategy", "users", 2),
        rating("delivery", "members", 2),
        rating("delivery", "users", 2.2),
        rating("data", "officers", 4, 1),
        rating("data", "users", 3),
      ],
      3,
    ),
  "spectrum-four-groups-nearly-equal": (width) =>
    spectrum(
      width,
      SIX_LEVELS,
      SIX_FACTORS.slice(0, 2),
      FIVE_GROUPS,
      [
        rating("strategy", "council-members", 3.9),
        rating("strategy", "council-officers", 4),
        rating("strategy", "partner-leadership", 4.05),
        rating("strategy", "partner-staff", 4.1),
        rating("objectives", "council-members", 2),
        rating("objectives", "council-officers", 2.1),
        rating("objectives", "partner-staff", 5),
        rating("objectives", "service-users", 5.1),
      ],
      4,
    ),
  "spectrum-missing-target": (width) => spectrum(width, SIX_LEVELS, SIX_FACTORS, FIVE_GROUPS, TYPICAL_RATINGS),
  "spectrum-ten-levels-twelve-groups": (width) =>
    spectrum(
      width,
      TEN_LEVELS,
      SIX_FACTORS.slice(0, 4),
      TWELVE_GROUPS,
      SIX_FACTORS.slice(0, 4).flatMap((factor, index) =>
        TWELVE_GROUPS.map((group, position) => rating(factor.id, group.id, 1 + ((position * 7 + index * 3) % 10))),
      ),
      7,
    ),
  "position-typical": (width) => buildPositionChart({ ...positionInputOf(SIX_LEVELS, POSITIONS), width }),
  "position-very-long-labels": (width) =>
    buildPositionChart({
      ...positionInputOf(LONG_LEVELS, [
        {
          id: "a",
          label: "The Exmoor, Westcombe and Kestrelford Community Safety and Anti-Social Behaviour Partnership",
          assessed: 1,
          target: 4,
        },
        { id: "b", label: "Shared legal", assessed: 4, target: 4 },
      ]),
      width,
    }),
  "position-ten-levels": (width) =>
    buildPositionChart({
      ...positionInputOf(TEN_LEVELS, [
        { id: "a", label: "Shared Legal Service", assessed: 7, target: 9 },
        { id: "b", label: "Joint Waste Partnership", assessed: 10, target: 1 },
      ]),
      width,
    }),
  "heatmap-typical": (width) => buildHeatmapChart({ ...heatmapInputOf(SIX_LEVELS, SIX_FACTORS, HEATMAP_ROWS), width }),
  "heatmap-fifteen-factors": (width) =>
    buildHeatmapChart({
      ...heatmapInputOf(
        SIX_LEVELS,
        FIFTEEN_FACTORS,
        POSITIONS.slice(0, 3).map((partnership, row) => ({
          id: partnership.id,
          label: partnership.label,
          // A consensus of 1 to 5.5 on each factor but the fifth; one in five cells has a perception gap, two views
          // a spread of 2 apart about it.
          ratings: FIFTEEN_FACTORS.flatMap((factor, index) => {
            if (index === 4) return [];
            const level = 1 + ((index + row) % 6) * 0.9;
            return (index + row) % 5 === 0
              ? [rating(factor.id, "council-members", level - 1), rating(factor.id, "council-officers", level + 1)]
              : [rating(factor.id, "council-members", level)];
          }),
        })),
      ),
      width,
    }),
  "heatmap-very-long-labels": (width) =>
    buildHeatmapChart({
      ...heatmapInputOf(LONG_LEVELS, LONG_FACTORS, [
        {
          id: "a",
          label: "The Exmoor, Westcombe and Kestrelford Community Safety and Anti-Social Behaviour Partnership",
          ratings: [
            rating("strategy", "members", 1.5),
            rating("strategy", "officers", 3.5),
            rating("delivery", "members", 4),
          ],
        },
      ]),
      width,
    }),
  "risk-matrix-typical": (width) => buildRiskMatrix({ ...riskMatrixInputOf(RISKS), width }),
  "risk-matrix-crowded-cell": (width) =>
    buildRiskMatrix({
      ...riskMatrixInputOf(
        Array.from({ length: 14 }, (_, index) => ({
          risk: { id: `risk-${index + 1}`, title: `Risk ${index + 1}`, likelihood: 5, impact: 5 },
          partnership: "Shared Legal Service",
        })),
      ),
      width,
    }),
  "risk-matrix-empty": (width) => buildRiskMatrix({ ...riskMatrixInputOf([]), width }),
  "trajectory-typical": (width) => buildTrajectoryChart({ ...trajectoryInputOf(SIX_LEVELS, REVIEWS, 4), width }),
  "trajectory-one-review": (width) =>
    buildTrajectoryChart({ ...trajectoryInputOf(SIX_LEVELS, REVIEWS.slice(0, 1), 5), width }),
  "trajectory-missing-target": (width) => buildTrajectoryChart({ ...trajectoryInputOf(SIX_LEVELS, REVIEWS), width }),
  "trajectory-close-dates": (width) =>
    buildTrajectoryChart({
      ...trajectoryInputOf(
        TEN_LEVELS,
        ["2023-01-10", "2023-02-10", "2023-03-10", "2023-04-10", "2024-06-30"].map((date, index) => ({
          id: `r${index}`,
          date,
          assessed: [3, 4, 4, 6, 9][index],
          ratings: [],
        })),
        10,
      ),
      width,
    }),
  "trajectory-very-long-labels": (width) =>
    buildTrajectoryChart({
      ...trajectoryInputOf(
        LONG_LEVELS,
        [
          { id: "a", date: "2022-05-01", assessed: 1, ratings: [] },
          { id: "b", date: "2024-05-01", assessed: 3, ratings: [] },
        ],
        4,
      ),
      width,
    }),
  "factor-trends-typical": (width) =>
    buildFactorTrendsChart({ ...factorTrendsInputOf(SIX_LEVELS, SIX_FACTORS, REVIEWS, 4), width }),
  "factor-trends-one-review": (width) =>
    buildFactorTrendsChart({ ...factorTrendsInputOf(SIX_LEVELS, SIX_FACTORS, REVIEWS.slice(0, 1)), width }),
  "factor-trends-fifteen-factors": (width) =>
    buildFactorTrendsChart({
      ...factorTrendsInputOf(
        TEN_LEVELS,
        FIFTEEN_FACTORS,
        ["2020-01-01", "2022-01-01", "2024-01-01"].map((date, review) => ({
          id: date,
          date,
          // One view per factor, so each consensus is that view; the fourth factor has none in the second review.
          ratings: FIFTEEN_FACTORS.flatMap((factor, index) =>
            index === 3 && review === 1
              ? []
              : [rating(factor.id, "council-members", 1 + ((index * 3 + review * 2) % 10))],
          ),
        })),
        6,
      ),
      width,
    }),
  "factor-trends-very-long-labels": (width) =>
    buildFactorTrendsChart({
      ...factorTrendsInputOf(
        LONG_LEVELS,
        LONG_FACTORS,
        [
          { id: "a", date: "2022-05-01", ratings: [rating("strategy", "members", 1.5)] },
          {
            id: "b",
            date: "2024-05-01",
            ratings: [rating("strategy", "members", 3), rating("delivery", "members", 2)],
          },
        ],
        3,
      ),
      width,
    }),
};

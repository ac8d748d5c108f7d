/** Risk scores and names: a risk is named by its title, never by its id, and scored on its residual likelihood × impact. */
import { MEDIUM_RISK_SCORE_DEFAULT, type FindingThresholds, type Risk } from "../schema/index.ts";

/** Returns the residual (current) score: likelihood × impact, 1 to 25. */
export function riskScore(risk: Pick<Risk, "likelihood" | "impact">): number {
  return risk.likelihood * risk.impact;
}

/** Returns the inherent score before mitigation, when both inherent figures are given. */
export function inherentScore(risk: Pick<Risk, "inherentLikelihood" | "inherentImpact">): number | undefined {
  return risk.inherentLikelihood === undefined || risk.inherentImpact === undefined
    ? undefined
    : risk.inherentLikelihood * risk.inherentImpact;
}

/** Returns true when the residual score reaches the high-risk threshold. */
export function isHighRisk(risk: Pick<Risk, "likelihood" | "impact">, highRiskScore: number): boolean {
  return riskScore(risk) >= highRiskScore;
}

/** Words for likelihood 1 to 5. */
export const LIKELIHOOD_WORDS = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"] as const;

/** Words for impact 1 to 5. */
export const IMPACT_WORDS = ["Minimal", "Minor", "Moderate", "Major", "Severe"] as const;

/** The three risk bands, highest first: the only words any page, chart, table or pack uses for how serious a risk is. */
export const RISK_BANDS = ["high", "medium", "low"] as const;

/** One of the risk bands. */
export type RiskBandName = (typeof RISK_BANDS)[number];

/** The thresholds the risk bands are worked out from. */
export type RiskThresholds = Pick<FindingThresholds, "highRiskScore" | "mediumRiskScore">;

/** Returns the lowest score of the high band and of the medium band; the two are equal when there is no medium band. */
export function riskBandBounds(thresholds: RiskThresholds): { high: number; medium: number } {
  const high = thresholds.highRiskScore;
  // Left out, mediumRiskScore is 8, or highRiskScore when that is lower: a version 2 framework with a highRiskScore
  // of 8 or less stays valid, with no medium band.
  return { high, medium: thresholds.mediumRiskScore ?? Math.min(MEDIUM_RISK_SCORE_DEFAULT, high) };
}

/** A risk score with its band and their words. */
export interface RiskBand {
  score: number;
  band: RiskBandName;
  /** The score and its band, such as "20 (high)". */
  text: string;
  /** The same out of 25, such as "20 of 25 (high)". */
  outOf: string;
}

/** Returns the band of a residual score: high at highRiskScore or more, medium at mediumRiskScore or more, else low. */
export function riskBand(score: number, thresholds: RiskThresholds): RiskBand {
  const bounds = riskBandBounds(thresholds);
  const band: RiskBandName = score >= bounds.high ? "high" : score >= bounds.medium ? "medium" : "low";
  return { score, band, text: `${score} (${band})`, outOf: `${score} of 25 (${band})` };
}

/** The scores of one band, from `min` to `max`, with their words: "15 to 25: high". */
export interface RiskBandRange {
  band: RiskBandName;
  min: number;
  max: number;
  text: string;
}

/** Returns each band's scores (1 to 25), highest band first; a band with no score, such as medium at times, is left out. */
export function riskBandRanges(thresholds: RiskThresholds): RiskBandRange[] {
  const { high, medium } = riskBandBounds(thresholds);
  const ranges = [
    { band: "high" as const, min: high, max: 25 },
    { band: "medium" as const, min: medium, max: high - 1 },
    { band: "low" as const, min: 1, max: medium - 1 },
  ];
  return ranges
    .filter((range) => range.min <= range.max)
    .map((range) => ({
      ...range,
      text: `${range.min === range.max ? range.min : `${range.min} to ${range.max}`}: ${range.band}`,
    }));
}

/** Returns the band rule in one sentence: "A risk scoring 15 to 25 is high, 8 to 14 medium and 1 to 7 low." */
export function riskBandsText(thresholds: RiskThresholds): string {
  const parts = riskBandRanges(thresholds).map(
    (range, index) =>
      `${range.min === range.max ? range.min : `${range.min} to ${range.max}`}${index === 0 ? " is " : " "}${range.band}`,
  );
  const [first, ...rest] = parts;
  const last = rest.pop();
  return `A risk scoring ${[first, ...rest].join(", ")}${last === undefined ? "" : ` and ${last}`}.`;
}

/** Returns the words readers see for a risk: its title (the id is a reference for authors only). */
export function riskName(risk: Pick<Risk, "title">): string {
  return risk.title;
}

const TREND_ORDER: Record<string, number> = { rising: 0, steady: 1, falling: 2 };

/** Returns a comparator for risks: highest residual score first, then rising before steady before falling, then by title. */
export function byRiskSeverity(a: Risk, b: Risk): number {
  return (
    riskScore(b) - riskScore(a) ||
    (TREND_ORDER[a.trend ?? "steady"] ?? 1) - (TREND_ORDER[b.trend ?? "steady"] ?? 1) ||
    a.title.localeCompare(b.title, "en-GB")
  );
}

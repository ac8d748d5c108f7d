/** Risk scores and names: a risk is named by its title, never by its id, and scored on its residual likelihood × impact. */
import type { Risk } from "../schema/index.ts";

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

/**
 * Fit to target: the target level is a fit, not a minimum. A value within the tolerance of the
 * target's order is at target; otherwise it is below or above by the distance, and above target is
 * more joint working than the partnership's purpose needs, never a success.
 */
import { levelDistance, roundLevel } from "./levels.ts";
import { median } from "./triangulation.ts";

/** Where a level can sit against the target, as every surface and download names it. */
export const FIT_POSITIONS = ["at", "below", "above"] as const;

/** Where a level sits against the target. */
export type FitPosition = (typeof FIT_POSITIONS)[number];

/** How a level fits the partnership's target. */
export interface TargetFit {
  position: FitPosition;
  /** value − target, rounded to one decimal: negative below target, positive above. */
  distance: number;
}

/** Returns how `value` fits `target`: at target when within `tolerance` (exactly at the tolerance counts as at target), else below or above. */
export function fitToTarget(value: number, target: number, tolerance: number): TargetFit {
  // Levels are often fractional means; rounding the gap first keeps 3.3 − 2.8 at exactly 0.5.
  const exact = Math.round((value - target) * 1e6) / 1e6;
  const distance = roundLevel(exact);
  if (Math.abs(exact) <= tolerance) return { position: "at", distance };
  return { position: exact < 0 ? "below" : "above", distance };
}

/** What above target means, in the words every surface uses: never a success. */
export const ABOVE_TARGET_MEANING = "more joint working than its purpose needs";

/** Returns the fit in words: "at target", "one level below target", or "1.5 levels above target (more joint working than its purpose needs)". */
export function fitInWords(fit: TargetFit): string {
  if (fit.position === "at") return "at target";
  if (fit.position === "below") return `${levelDistance(fit.distance)} below target`;
  return `${levelDistance(fit.distance)} above target (${ABOVE_TARGET_MEANING})`;
}

/** Returns the stakeholders' overall level: the median of the factors' consensus levels, or undefined when no factor has one. */
export function stakeholderLevel(consensusLevels: readonly (number | undefined)[]): number | undefined {
  const known = consensusLevels.filter((value): value is number => value !== undefined);
  const value = median(known);
  return value === undefined ? undefined : Math.round(value * 1e6) / 1e6;
}

/** Returns true when the reviewer's assessed level and the stakeholders' overall level differ by a level or more. */
export function reviewerAndStakeholdersDiffer(assessed: number, stakeholders: number | undefined): boolean {
  return stakeholders !== undefined && Math.round(Math.abs(assessed - stakeholders) * 1e6) / 1e6 >= 1;
}

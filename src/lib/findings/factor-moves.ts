/**
 * How a factor's consensus moved between two reviews, worked out once. The change is the difference of the two
 * levels as shown (each rounded to one decimal), so a reader who subtracts the numbers on the page gets the change
 * the page states; a move counts as a change only when that difference is at least the framework's changeThreshold.
 */
import type { Framework } from "../../schema/index.ts";
import { factorLabel } from "../format.ts";
import { levelDistance, roundLevel } from "../levels.ts";
import { showLevel, type LevelShown } from "./factor-findings.ts";

/** Which way a factor moved: up or down by at least the threshold, less than that, or gained or lost a view. */
export type MoveDirection = "up" | "down" | "unchanged" | "new" | "gone";

/** One factor's move between two reviews. */
export interface FactorMove {
  factor: string;
  label: string;
  before?: LevelShown;
  after?: LevelShown;
  /** The shown after minus the shown before, when both are known. */
  change?: number;
  direction: MoveDirection;
  /** True when the move is reported as a change: at least changeThreshold, or a view gained or lost. */
  counted: boolean;
  /** The move in words, such as "Strategy: from 2.9 (Joined) to 2.0 (Aligned), down 0.9 levels". */
  words: string;
}

/** Returns how a factor's consensus moved from `before` to `after` (undefined where a review has no published view). */
export function factorMove(
  framework: Framework,
  factor: string,
  before: number | undefined,
  after: number | undefined,
): FactorMove {
  const label = factorLabel(framework, factor);
  const was = before === undefined ? undefined : showLevel(framework, before);
  const now = after === undefined ? undefined : showLevel(framework, after);
  const from = was?.text ?? "no published view";
  const to = now?.text ?? "no published view";
  const shown = { ...(was === undefined ? {} : { before: was }), ...(now === undefined ? {} : { after: now }) };
  if (was === undefined || now === undefined) {
    const direction: MoveDirection = was === undefined ? "new" : "gone";
    return { factor, label, ...shown, direction, counted: true, words: `${label}: from ${from} to ${to}` };
  }
  const change = roundLevel(now.shown - was.shown);
  const counted = Math.abs(change) >= framework.thresholds.changeThreshold;
  const direction: MoveDirection = !counted ? "unchanged" : change > 0 ? "up" : "down";
  const by = change === 0 ? ", no change" : `, ${change > 0 ? "up" : "down"} ${levelDistance(change)}`;
  return { factor, label, ...shown, change, direction, counted, words: `${label}: from ${from} to ${to}${by}` };
}

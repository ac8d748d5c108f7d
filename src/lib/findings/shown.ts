/**
 * Levels, spreads and fits as every surface shows them: a number with one decimal and the nearest level's name,
 * and a fit to target judged on the level as shown.
 */
import type { Framework } from "../../schema/index.ts";
import { formatLevelNumber, levelText, roundLevel } from "../levels.ts";
import { fitInWords, fitToTarget, type TargetFit } from "../target-fit.ts";
import { noun } from "../words.ts";

/** A numeric level as every surface shows it: "4.0 (Cooperating)". */
export interface LevelShown {
  /** The value as worked out, unrounded. */
  value: number;
  /** Rounded half up to one decimal: the number readers see. */
  shown: number;
  /** The one text of the level, such as "4.0 (Cooperating)". */
  text: string;
}

/** Returns a level as every surface shows it. */
export function showLevel(framework: Pick<Framework, "spectrum">, value: number): LevelShown {
  return { value, shown: roundLevel(value), text: levelText(framework.spectrum, value) };
}

/** Returns a spread or a distance on the spectrum with one decimal, such as "1.0 level" or "1.5 levels". */
export function spreadText(value: number): string {
  return `${formatLevelNumber(value)} ${noun(roundLevel(value), "level")}`;
}

/** A fit to target with its words: "at target", "1.5 levels below target", "one level above target (…)". */
export interface FitShown extends TargetFit {
  words: string;
}

/**
 * Returns how a level fits the target, with the words every surface uses. The fit is worked out from the level as
 * shown (rounded to one decimal), so the distance a page states is the target less the number beside it.
 */
export function showFit(value: number, target: number, tolerance: number): FitShown {
  const fit = fitToTarget(roundLevel(value), target, tolerance);
  return { ...fit, words: fitInWords(fit) };
}

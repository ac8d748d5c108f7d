/**
 * A factor's findings in one review: its consensus, spread, agreement band, triangulation, the two sides and its
 * fit to target, each worked out once, with its numbers and its words. Pages, chart summaries and tables, the pack,
 * the downloads and search all show these values and never word a finding of their own.
 */
import type { Framework } from "../../schema/index.ts";
import { factorLabel, groupLabel } from "../format.ts";
import { formatLevelNumber, levelText, roundLevel } from "../levels.ts";
import { fitInWords, fitToTarget, type TargetFit } from "../target-fit.ts";
import { AGREEMENT_WORDS, type Agreement, type FactorReading } from "../triangulation.ts";
import { listWords, noun, plural } from "../words.ts";

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

/** One stakeholder group's published view of the factor. */
export interface GroupView {
  group: string;
  label: string;
  level: LevelShown;
  respondents?: number;
}

/** What one review says about one factor. */
export interface FactorFinding {
  factor: string;
  label: string;
  /** The published views, in framework group order; suppressed ones are never here. */
  views: GroupView[];
  /** The median of the published views; none when no view is published. */
  consensus?: LevelShown;
  /** The highest view minus the lowest, with its words; only with two or more views. */
  spread?: { value: number; text: string };
  /** The agreement band of two or more views, with its words ("Groups differ"). */
  agreement?: { band: Agreement; words: string };
  /** True when the spread reaches the framework's gapThreshold. */
  gap: boolean;
  /** True when the council-side and partner-side medians differ by at least gapThreshold. */
  partnersDisagree: boolean;
  triangulated: boolean;
  /** How many views were withheld because too few people gave them. */
  withheld: number;
  /** The consensus against the partnership's target, when both are known. */
  fit?: FitShown;
  /** The findings in words, one line each, for tables: the agreement band, the two sides, triangulation and withheld views. */
  words: string[];
  /** The same, short, for a chart's row label: "Perception gap", "Not triangulated", "1 view withheld". */
  notes: string[];
  /** The reading the finding was worked out from. */
  reading: FactorReading;
}

/** Returns the findings of a factor's reading; `target` is the order of the partnership's target level, when it has one. */
export function factorFinding(framework: Framework, reading: FactorReading, target?: number): FactorFinding {
  const views = reading.ratings.map((rating) => ({
    group: rating.group,
    label: groupLabel(framework, rating.group),
    level: showLevel(framework, rating.level),
    ...(rating.respondents === undefined ? {} : { respondents: rating.respondents }),
  }));
  const agreement = reading.agreement;
  const words: string[] = [];
  const notes: string[] = [];
  if (agreement !== undefined) words.push(AGREEMENT_WORDS[agreement]);
  if (reading.gap) notes.push(AGREEMENT_WORDS.gap);
  if (reading.partnersDisagree) {
    words.push("Council and partner sides disagree");
    notes.push("Sides disagree");
  }
  if (views.length === 0) words.push("No published view");
  else if (!reading.triangulated) {
    words.push(`Not triangulated: views from ${listWords(views.map((view) => view.label))} only`);
    notes.push("Not triangulated");
  }
  if (reading.withheld > 0) {
    words.push(`${plural(reading.withheld, "group view")} withheld (too few respondents)`);
    notes.push(`${plural(reading.withheld, "view")} withheld`);
  }
  const consensus = reading.consensus;
  return {
    factor: reading.factor,
    label: factorLabel(framework, reading.factor),
    views,
    ...(consensus === undefined ? {} : { consensus: showLevel(framework, consensus) }),
    ...(reading.spread === undefined || agreement === undefined
      ? {}
      : { spread: { value: reading.spread, text: spreadText(reading.spread) } }),
    ...(agreement === undefined ? {} : { agreement: { band: agreement, words: AGREEMENT_WORDS[agreement] } }),
    gap: reading.gap,
    partnersDisagree: reading.partnersDisagree,
    triangulated: reading.triangulated,
    withheld: reading.withheld,
    ...(consensus === undefined || target === undefined
      ? {}
      : { fit: showFit(consensus, target, framework.thresholds.targetTolerance) }),
    words,
    notes,
    reading,
  };
}

/** Returns the findings of every factor of a review, in framework order. */
export function factorFindings(
  framework: Framework,
  readings: readonly FactorReading[],
  target?: number,
): FactorFinding[] {
  return readings.map((reading) => factorFinding(framework, reading, target));
}

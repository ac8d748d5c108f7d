/**
 * Performance indicators (content model version 3): whether each met its target and which way it moved, and
 * whether the stakeholders' reading of a factor and its indicators tell the same story.
 */
import type { FactorHealth, Indicator } from "../../schema/index.ts";
import { formatNumber, numberWord, plural } from "../words.ts";
import type { FitShown } from "./shown.ts";

/** Which way an indicator moved from the period before, by its polarity. */
export type IndicatorTrend = "improving" | "steady" | "worsening";

/** One indicator with what it says. */
export interface IndicatorFinding {
  indicator: Indicator;
  /** The figure with its unit, such as "46.8%" or "11 weeks". */
  actualText: string;
  targetText?: string;
  previousText?: string;
  /** With a target: at or better than it (≥ for higher-is-better, ≤ for lower-is-better). */
  met?: boolean;
  /** "Met" or "Not met", with a target. */
  metWords?: string;
  /** With a previous figure. */
  trend?: IndicatorTrend;
  /** "Improving", "Steady" or "Worsening", with a previous figure. */
  trendWords?: string;
}

/** Returns what is written before and after a figure in its unit: "£" before, "%" joined after, others after a space. */
export function unitParts(unit: string): { prefix: string; suffix: string } {
  if (unit === "%") return { prefix: "", suffix: "%" };
  if (unit === "£") return { prefix: "£", suffix: "" };
  return { prefix: "", suffix: ` ${unit}` };
}

/** Returns a figure with its unit: a per cent sign joins the number, other units follow it after a space. */
export function withUnit(value: number, unit: string): string {
  const { prefix, suffix } = unitParts(unit);
  return `${prefix}${formatNumber(value)}${suffix}`;
}

/** Returns what one indicator says: met or not met against its target, and its trend against the period before. */
export function indicatorFinding(indicator: Indicator): IndicatorFinding {
  const { actual, target, previous, unit, polarity } = indicator;
  const better = (a: number, b: number) => (polarity === "higher-is-better" ? a > b : a < b);
  const met = target === undefined ? undefined : actual === target || better(actual, target);
  const trend: IndicatorTrend | undefined =
    previous === undefined
      ? undefined
      : actual === previous
        ? "steady"
        : better(actual, previous)
          ? "improving"
          : "worsening";
  return {
    indicator,
    actualText: withUnit(actual, unit),
    ...(target === undefined ? {} : { targetText: withUnit(target, unit) }),
    ...(previous === undefined ? {} : { previousText: withUnit(previous, unit) }),
    ...(met === undefined ? {} : { met, metWords: met ? "Met" : "Not met" }),
    ...(trend === undefined ? {} : { trend, trendWords: `${trend.charAt(0).toUpperCase()}${trend.slice(1)}` }),
  };
}

/** How a factor's perception and its performance figures compare. */
export interface PerformanceCheck {
  /** The stakeholders' reading: good (judged strong or adequate, else consensus at target) or poor (judged weak or failing, else below target). */
  reading?: "good" | "poor";
  /** The factor's indicators that have a target. */
  indicators: IndicatorFinding[];
  /** True when the reading is good while more than half the indicators are not met, or poor while all are met. */
  gap: boolean;
  /** The gap in words, naming the indicators, when there is one. */
  words?: string;
}

/**
 * Returns the perception and performance check of a factor: its reading from the reviewer's judgement, else from its
 * consensus's fit to target, against its indicators with a target. Without such an indicator there is no gap.
 */
export function performanceCheck(
  factorLabel: string,
  judgement: FactorHealth | undefined,
  fit: Pick<FitShown, "position"> | undefined,
  indicators: readonly IndicatorFinding[],
): PerformanceCheck {
  const reading =
    judgement === "strong" || judgement === "adequate"
      ? "good"
      : judgement === "weak" || judgement === "failing"
        ? "poor"
        : fit?.position === "at"
          ? "good"
          : fit?.position === "below"
            ? "poor"
            : undefined;
  const targeted = indicators.filter((item) => item.met !== undefined);
  const missed = targeted.filter((item) => item.met === false);
  const gap =
    targeted.length > 0 &&
    ((reading === "good" && missed.length * 2 > targeted.length) || (reading === "poor" && missed.length === 0));
  // "its indicator", "both its indicators", "all three of its indicators".
  const all = (n: number) =>
    n === 1 ? "its indicator" : n === 2 ? "both its indicators" : `all ${numberWord(n)} of its indicators`;
  const said =
    judgement === undefined
      ? `stakeholders put it ${reading === "good" ? "at" : "below"} target`
      : `the reviewer judged it ${judgement}`;
  const missing =
    missed.length === targeted.length
      ? all(targeted.length)
      : `${formatNumber(missed.length)} of its ${plural(targeted.length, "indicator")}`;
  const words = !gap
    ? undefined
    : reading === "good"
      ? `${factorLabel}: ${said}, but ${missing} ${missed.length === 1 ? "misses its target" : "miss their targets"}`
      : `${factorLabel}: ${said}, but ${all(targeted.length)} ${targeted.length === 1 ? "meets its target" : "meet their targets"}`;
  return {
    ...(reading === undefined ? {} : { reading }),
    indicators: targeted,
    gap,
    ...(words === undefined ? {} : { words }),
  };
}

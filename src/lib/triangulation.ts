import { median as d3Median } from "d3-array";
import type { Framework, Rating, Thresholds } from "../schema/index.ts";

/** Returns true when the rating gives fewer respondents than the minimum; a rating without respondents is never suppressed. */
export function isSuppressed(rating: Pick<Rating, "respondents">, minRespondents: number): boolean {
  return rating.respondents !== undefined && rating.respondents < minRespondents;
}

/** Returns the median of the values (the mean of the middle two for an even count), or undefined for none. */
export function median(values: readonly number[]): number | undefined {
  return d3Median(values);
}

/**
 * Returns a derived level rounded to 6 decimal places. Levels are often fractional means, and
 * without this 3.3 - 1.3 comes to 1.9999999999999998, which would miss a gap threshold of 2.
 */
function roundLevel(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** What the published ratings of one factor say, once suppressed ratings are withheld. */
export interface FactorReading {
  factor: string;
  /** The published ratings of this factor, in framework group order. */
  ratings: Rating[];
  /** How many ratings were withheld because too few people gave them. */
  withheld: number;
  /** The median of the published group levels; undefined when no group's view is published. */
  consensus: number | undefined;
  /** The highest minus the lowest published group level; undefined when none is published. */
  spread: number | undefined;
  /** True when at least minGroups groups' views are published. */
  triangulated: boolean;
  /** True when the spread reaches the gap threshold. */
  gap: boolean;
}

/** Returns the reading of one factor from a review's ratings, applying the thresholds. */
export function readFactor(factor: string, ratings: readonly Rating[], thresholds: Thresholds): FactorReading {
  const own = ratings.filter((rating) => rating.factor === factor);
  const published = own.filter((rating) => !isSuppressed(rating, thresholds.minRespondents));
  const levels = published.map((rating) => rating.level);
  const spread = levels.length === 0 ? undefined : roundLevel(Math.max(...levels) - Math.min(...levels));
  const consensus = median(levels);
  return {
    factor,
    ratings: published,
    withheld: own.length - published.length,
    consensus: consensus === undefined ? undefined : roundLevel(consensus),
    spread,
    triangulated: published.length >= thresholds.minGroups,
    gap: spread !== undefined && published.length >= 2 && spread >= thresholds.gapThreshold,
  };
}

/** Returns one reading per framework factor, in framework order, with ratings in framework group order. */
export function readFactors(framework: Framework, ratings: readonly Rating[]): FactorReading[] {
  const groupOrder = new Map(framework.stakeholderGroups.map((group, index) => [group.id, index]));
  const ordered = [...ratings].sort((a, b) => (groupOrder.get(a.group) ?? 0) - (groupOrder.get(b.group) ?? 0));
  return framework.factors.map((factor) => readFactor(factor.id, ordered, framework.triangulation));
}

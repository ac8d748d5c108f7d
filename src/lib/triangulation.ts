import { median as d3Median } from "d3-array";
import type { Framework, GroupSide, Rating, Thresholds } from "../schema/index.ts";

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

/** How far the groups agree on a factor: spread below agreeBelow, from it to below gapThreshold, or at or above gapThreshold. */
export type Agreement = "agree" | "differ" | "gap";

/** The words for each agreement band. */
export const AGREEMENT_WORDS: Record<Agreement, string> = {
  agree: "Groups agree",
  differ: "Groups differ",
  gap: "Perception gap",
};

/** Returns the agreement band of a spread: agree below agreeBelow, a gap at or above gapThreshold, else differ. */
export function agreementOf(spread: number, thresholds: Pick<Thresholds, "agreeBelow" | "gapThreshold">): Agreement {
  if (spread >= thresholds.gapThreshold) return "gap";
  if (spread < thresholds.agreeBelow) return "agree";
  return "differ";
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
  /** How many different methods the published ratings used; a rating without a method counts for none. */
  methods: number;
  /** True when at least minGroups groups' views are published and, when minMethods is above 1, they used at least minMethods different methods. */
  triangulated: boolean;
  /** True when the spread reaches the gap threshold (two or more published views). */
  gap: boolean;
  /** The agreement band of two or more published views; undefined for fewer. */
  agreement: Agreement | undefined;
  /** The median of council-side groups' levels, when any council-side group's view is published. */
  councilMedian: number | undefined;
  /** The median of partner-side groups' levels, when any partner-side group's view is published. */
  partnerMedian: number | undefined;
  /** True when the council-side and partner-side medians differ by at least gapThreshold. */
  partnersDisagree: boolean;
}

/** Returns the median of the levels of the ratings whose group is on `side`, rounded as levels are. */
function sideMedian(
  ratings: readonly Rating[],
  sides: ReadonlyMap<string, GroupSide | undefined>,
  side: GroupSide,
): number | undefined {
  const value = median(ratings.filter((rating) => sides.get(rating.group) === side).map((rating) => rating.level));
  return value === undefined ? undefined : roundLevel(value);
}

/**
 * Returns how many different methods a factor's published ratings used (a rating without a method counts for none)
 * and whether they triangulate it: at least minGroups groups' views and, when minMethods is above 1, that many methods.
 */
export function triangulationOf(
  published: readonly Pick<Rating, "method">[],
  thresholds: Pick<Thresholds, "minGroups" | "minMethods">,
): { methods: number; triangulated: boolean } {
  const methods = new Set(published.flatMap((rating) => (rating.method === undefined ? [] : [rating.method]))).size;
  // A rating need not say how it was gathered, so the default of one method asks nothing of methods.
  const triangulated =
    published.length >= thresholds.minGroups && (thresholds.minMethods <= 1 || methods >= thresholds.minMethods);
  return { methods, triangulated };
}

/**
 * Returns the reading of one factor from a review's ratings, applying the thresholds. `sides` gives
 * each group's side (framework stakeholderGroups[].side); without it partners never disagree.
 */
export function readFactor(
  factor: string,
  ratings: readonly Rating[],
  thresholds: Thresholds,
  sides: ReadonlyMap<string, GroupSide | undefined> = new Map(),
): FactorReading {
  const own = ratings.filter((rating) => rating.factor === factor);
  const published = own.filter((rating) => !isSuppressed(rating, thresholds.minRespondents));
  const levels = published.map((rating) => rating.level);
  const spread = levels.length === 0 ? undefined : roundLevel(Math.max(...levels) - Math.min(...levels));
  const consensus = median(levels);
  const { methods, triangulated } = triangulationOf(published, thresholds);
  const councilMedian = sideMedian(published, sides, "council");
  const partnerMedian = sideMedian(published, sides, "partner");
  const agreement = spread !== undefined && published.length >= 2 ? agreementOf(spread, thresholds) : undefined;
  return {
    factor,
    ratings: published,
    withheld: own.length - published.length,
    consensus: consensus === undefined ? undefined : roundLevel(consensus),
    spread,
    methods,
    triangulated,
    gap: agreement === "gap",
    agreement,
    councilMedian,
    partnerMedian,
    partnersDisagree:
      councilMedian !== undefined &&
      partnerMedian !== undefined &&
      roundLevel(Math.abs(councilMedian - partnerMedian)) >= thresholds.gapThreshold,
  };
}

/**
 * Returns each stakeholder group's side, by group id: the framework's, with a partnership's `groupSides` (version 3)
 * taking its place for the groups it names (in a partnership between councils, "council officers" may be the host
 * partner's staff).
 */
export function groupSides(
  framework: Framework,
  overrides: Readonly<Record<string, GroupSide>> = {},
): Map<string, GroupSide | undefined> {
  return new Map(framework.stakeholderGroups.map((group) => [group.id, overrides[group.id] ?? group.side]));
}

/**
 * Returns one reading per framework factor, in framework order, with ratings in framework group order; `sides` are
 * the partnership's own `groupSides`, where it gives any.
 */
export function readFactors(
  framework: Framework,
  ratings: readonly Rating[],
  sideOverrides: Readonly<Record<string, GroupSide>> = {},
): FactorReading[] {
  const groupOrder = new Map(framework.stakeholderGroups.map((group, index) => [group.id, index]));
  const ordered = [...ratings].sort((a, b) => (groupOrder.get(a.group) ?? 0) - (groupOrder.get(b.group) ?? 0));
  const sides = groupSides(framework, sideOverrides);
  return framework.factors.map((factor) => readFactor(factor.id, ordered, framework.triangulation, sides));
}

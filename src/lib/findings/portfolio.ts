/**
 * The portfolio's figures, worked out once per build: every count and total a page, chart, file or the pack
 * states about the portfolio. Only active partnerships are counted; proposed and ended ones are listed apart
 * and counted in no figure.
 */
import type { RecommendationStatus } from "../../schema/index.ts";
import { isOutstanding } from "../recommendations.ts";

/**
 * The recommendations of active partnerships' published reviews, or the committee resolutions about active
 * partnerships, by current status.
 */
export interface RecommendationCounts {
  total: number;
  byStatus: Partial<Record<RecommendationStatus, number>>;
  /** Open or in progress. */
  outstanding: number;
  overdue: number;
  /** Open or in progress with no published word for staleAfterMonths; counted apart from overdue. */
  stale: number;
  /** Open or in progress with no management response responseDueMonths after its review was published. */
  noResponse: number;
}

/** Headline figures of the portfolio: active partnerships only, never proposed or ended ones. */
export interface PortfolioFigures {
  /** Active partnerships. */
  partnerships: number;
  /** Active partnerships with a published review. */
  reviewed: number;
  atTarget: number;
  belowTarget: number;
  aboveTarget: number;
  /** Active partnerships with at least one reason for attention. */
  needsAttention: number;
  /** The sum of the active partnerships' annual values, over those that give one; undefined when none does. */
  annualValue: number | undefined;
  /** How many active partnerships give an annual value. */
  withAnnualValue: number;
  recommendations: RecommendationCounts;
  /** Published committee resolutions about active partnerships, counted as recommendations are. */
  resolutions: RecommendationCounts;
  /** Partnerships listed apart and counted in no figure above, with how many recommendations and resolutions they have. */
  apart: { proposed: number; ended: number; recommendations: number; resolutions: number };
}

/** What a count of recommendations reads of each: its current status and its flags. */
export interface CountedRecommendation {
  status: RecommendationStatus;
  overdue: boolean;
  stale: boolean;
  /** Committee resolutions are never judged by the management-response rule, so never have it. */
  noResponse?: boolean;
}

/**
 * Returns how many of the recommendations (or committee resolutions) are in each current status, outstanding, overdue, not updated lately and
 * without a management response.
 */
export function countRecommendations(items: readonly CountedRecommendation[]): RecommendationCounts {
  const byStatus: Partial<Record<RecommendationStatus, number>> = {};
  for (const item of items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
  return {
    total: items.length,
    byStatus,
    outstanding: items.filter((item) => isOutstanding(item.status)).length,
    overdue: items.filter((item) => item.overdue).length,
    stale: items.filter((item) => item.stale).length,
    noResponse: items.filter((item) => item.noResponse === true).length,
  };
}

/**
 * What the portfolio's figures read of a partnership; the site model's PublicPartnership has it. The site model
 * calls portfolioFigures, so naming its type here would tie the two modules in a circle.
 */
export interface PortfolioPartnership {
  data: { status: string; annualValue?: number | undefined };
  fit?: { position: string } | undefined;
  current?: unknown;
  attention: readonly unknown[];
  recommendations: readonly CountedRecommendation[];
  resolutions: readonly CountedRecommendation[];
}

/** Returns the portfolio's figures from the partnerships, counting active ones only. */
export function portfolioFigures(partnerships: readonly PortfolioPartnership[]): PortfolioFigures {
  const active = partnerships.filter((partnership) => partnership.data.status === "active");
  const apart = partnerships.filter((partnership) => partnership.data.status !== "active");
  const fits = active.flatMap((partnership) => (partnership.fit === undefined ? [] : [partnership.fit.position]));
  const values = active.flatMap((partnership) =>
    partnership.data.annualValue === undefined ? [] : [partnership.data.annualValue],
  );
  return {
    partnerships: active.length,
    reviewed: active.filter((partnership) => partnership.current !== undefined).length,
    atTarget: fits.filter((position) => position === "at").length,
    belowTarget: fits.filter((position) => position === "below").length,
    aboveTarget: fits.filter((position) => position === "above").length,
    needsAttention: active.filter((partnership) => partnership.attention.length > 0).length,
    annualValue: values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0),
    withAnnualValue: values.length,
    recommendations: countRecommendations(active.flatMap((partnership) => partnership.recommendations)),
    resolutions: countRecommendations(active.flatMap((partnership) => partnership.resolutions)),
    apart: {
      proposed: apart.filter((partnership) => partnership.data.status === "proposed").length,
      ended: apart.filter((partnership) => partnership.data.status === "ended").length,
      recommendations: apart.reduce((sum, partnership) => sum + partnership.recommendations.length, 0),
      resolutions: apart.reduce((sum, partnership) => sum + partnership.resolutions.length, 0),
    },
  };
}

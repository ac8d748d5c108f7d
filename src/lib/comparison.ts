import type { GoodPractice, PartnershipStatus, Risk } from "../schema/index.ts";
import { levelById } from "./format.ts";
import { mostSerious } from "./needs-attention.ts";
import type { AttentionReason } from "./needs-attention.ts";
import { isOutstanding } from "./recommendations.ts";
import { byRiskSeverity, inherentScore, riskBand, riskScore, type RiskBand } from "./risks.ts";
import type { TargetFit } from "./target-fit.ts";
import type { PublicPartnership, PublicReview, SiteModel } from "./site-model.ts";
import type { FactorReading } from "./triangulation.ts";

/** One partnership's row in the comparison: its current review's headline figures. */
export interface ComparisonRow {
  partnership: PublicPartnership;
  /** The order of the assessed level in the current review, if there is one. */
  assessed: number | undefined;
  /** The order of the target level, if one is set. */
  target: number | undefined;
  /** assessed − target: negative below target, positive above; undefined when either is missing. */
  distance: number | undefined;
  /** The headline fit to target (within targetTolerance is at target); undefined without both levels. */
  fit: TargetFit | undefined;
  /** The partnership's status: only active partnerships count in portfolio figures. */
  status: PartnershipStatus;
  /** The reasons it needs attention, most serious first; empty unless active. */
  attention: AttentionReason[];
  /** Factors of the current review with a perception gap. */
  gaps: FactorReading[];
  /** The factor with the widest spread in the current review, if any has two or more views. */
  widest: FactorReading | undefined;
  open: number;
  overdue: number;
  /** Open or in-progress recommendations with no published word for staleAfterMonths. */
  stale: number;
  /** The highest likelihood × impact among the current review's published risks; 0 when none. */
  topRiskScore: number;
  riskCount: number;
}

/** Returns the comparison row of one partnership. */
export function compareRow(model: SiteModel, partnership: PublicPartnership): ComparisonRow {
  const { framework } = model;
  const current = partnership.current;
  const assessed = levelById(framework, current?.meta.assessedLevel)?.order;
  const target = levelById(framework, partnership.data.targetLevel)?.order;
  const readings = current?.factors ?? [];
  const multi = readings.filter((reading) => reading.ratings.length >= 2 && reading.spread !== undefined);
  const widest = multi.reduce<FactorReading | undefined>(
    (best, reading) => (best === undefined || (reading.spread ?? 0) > (best.spread ?? 0) ? reading : best),
    undefined,
  );
  const risks = current?.risks ?? [];
  return {
    partnership,
    assessed,
    target,
    distance: assessed === undefined || target === undefined ? undefined : assessed - target,
    fit: partnership.fit,
    status: partnership.data.status,
    attention: partnership.attention,
    gaps: readings.filter((reading) => reading.gap),
    widest,
    open: partnership.recommendations.filter((item) => isOutstanding(item.status)).length,
    overdue: partnership.recommendations.filter((item) => item.overdue).length,
    stale: partnership.recommendations.filter((item) => item.stale).length,
    topRiskScore: Math.max(0, ...risks.map(riskScore)),
    riskCount: risks.length,
  };
}

const STATUS_ORDER: Record<PartnershipStatus, number> = { active: 0, proposed: 1, ended: 2 };

/**
 * Returns every partnership's comparison row: active partnerships first, then proposed, then ended.
 * Within each, those needing attention for more reasons first, then the most serious reason, then
 * furthest from target, then by name.
 */
export function compareAll(model: SiteModel): ComparisonRow[] {
  return model.partnerships
    .map((partnership) => compareRow(model, partnership))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        b.attention.length - a.attention.length ||
        mostSerious(a.attention) - mostSerious(b.attention) ||
        // A partnership without a distance (no review or no target) sorts after every one with a distance.
        (b.distance === undefined ? -1 : Math.abs(b.distance)) -
          (a.distance === undefined ? -1 : Math.abs(a.distance)) ||
        a.partnership.data.name.localeCompare(b.partnership.data.name, "en-GB"),
    );
}

/** One partnership's stakeholder views on one factor, from its current review. */
export interface FactorComparison {
  partnership: PublicPartnership;
  review: PublicReview;
  reading: FactorReading;
}

/** Returns every partnership's current reading of a factor, highest consensus first; partnerships without one are left out. */
export function compareFactor(model: SiteModel, factorId: string): FactorComparison[] {
  return model.partnerships
    .flatMap((partnership) => {
      const review = partnership.current;
      const reading = review?.factors.find((item) => item.factor === factorId);
      return review && reading && reading.consensus !== undefined ? [{ partnership, review, reading }] : [];
    })
    .sort(
      (a, b) =>
        (b.reading.consensus ?? 0) - (a.reading.consensus ?? 0) ||
        a.partnership.data.name.localeCompare(b.partnership.data.name, "en-GB"),
    );
}

/** Returns the same comparisons ordered by spread, widest disagreement first. */
export function rankByGap(comparisons: readonly FactorComparison[]): FactorComparison[] {
  return [...comparisons].sort(
    (a, b) =>
      (b.reading.spread ?? 0) - (a.reading.spread ?? 0) ||
      a.partnership.data.name.localeCompare(b.partnership.data.name, "en-GB"),
  );
}

/**
 * Returns, for every partnership, up to `limit` others that share its form or service area: those
 * sharing both first, then by name. Built once, with work in proportion to the groups, not to the
 * square of the number of partnerships.
 */
export function similarPartnerships(model: SiteModel, limit = 6): Map<string, PublicPartnership[]> {
  const byName = (a: PublicPartnership, b: PublicPartnership) => a.data.name.localeCompare(b.data.name, "en-GB");
  const byForm = Map.groupBy(model.partnerships, (partnership) => partnership.data.form);
  const byService = Map.groupBy(model.partnerships, (partnership) => partnership.data.serviceArea);
  for (const group of [...byForm.values(), ...byService.values()]) group.sort(byName);
  const similar = new Map<string, PublicPartnership[]>();
  for (const partnership of model.partnerships) {
    const sameService = byService.get(partnership.data.serviceArea) ?? [];
    const sameForm = byForm.get(partnership.data.form) ?? [];
    const chosen: PublicPartnership[] = [];
    const seen = new Set([partnership.slug]);
    const take = (candidates: readonly PublicPartnership[], keep: (other: PublicPartnership) => boolean) => {
      for (const other of candidates) {
        if (chosen.length >= limit) return;
        if (seen.has(other.slug) || !keep(other)) continue;
        seen.add(other.slug);
        chosen.push(other);
      }
    };
    take(sameService, (other) => other.data.form === partnership.data.form);
    take(sameService, () => true);
    take(sameForm, () => true);
    similar.set(partnership.slug, chosen);
  }
  return similar;
}

/** A published risk with the partnership and review it belongs to. */
export interface PlacedRisk {
  risk: Risk;
  partnership: PublicPartnership;
  review: PublicReview;
  /** The residual score, likelihood × impact. */
  score: number;
  /** The score before mitigation, when the review gives it. */
  inherentScore: number | undefined;
  /** The residual score's band: high at the framework's highRiskScore or more, medium, or low. */
  band: RiskBand;
}

/**
 * Returns the risks of every active partnership's current review: highest residual score first,
 * then the newer review, then rising before steady before falling, then title and partnership name.
 * Ended and proposed partnerships have no current risks.
 */
export function currentRisks(model: SiteModel): PlacedRisk[] {
  const { thresholds } = model.framework;
  return model.partnerships
    .filter((partnership) => partnership.data.status === "active")
    .flatMap((partnership) => {
      const review = partnership.current;
      return review
        ? review.risks.map((risk) => ({
            risk,
            partnership,
            review,
            score: riskScore(risk),
            inherentScore: inherentScore(risk),
            band: riskBand(riskScore(risk), thresholds),
          }))
        : [];
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        // Of two equal scores, the one from the newer review is the better-known risk today.
        b.review.meta.date.localeCompare(a.review.meta.date) ||
        byRiskSeverity(a.risk, b.risk) ||
        a.partnership.data.name.localeCompare(b.partnership.data.name, "en-GB"),
    );
}

/** Good practice with the review it comes from. */
export interface PlacedPractice {
  practice: GoodPractice;
  partnership: PublicPartnership;
  review: PublicReview;
}

/** Returns good practice from every published review, grouped by factor id ("" for none), newest first within each. */
export function goodPracticeByFactor(model: SiteModel): Map<string, PlacedPractice[]> {
  const bySlug = new Map(model.partnerships.map((partnership) => [partnership.slug, partnership]));
  const placed = model.reviews
    .filter((review) => review.published)
    .flatMap((review) => {
      const partnership = bySlug.get(review.partnership);
      return partnership ? review.goodPractice.map((practice) => ({ practice, partnership, review })) : [];
    });
  const grouped = Map.groupBy(placed, (item) => item.practice.factor ?? "");
  const ordered = new Map<string, PlacedPractice[]>();
  for (const factor of [...model.framework.factors.map((item) => item.id), ""]) {
    const items = grouped.get(factor);
    if (items) ordered.set(factor, items);
  }
  return ordered;
}

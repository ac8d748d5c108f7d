// INTERIM needs-attention rule for the committee pack, until the shared rule set of content model v2 (away
// from target beyond tolerance, perception gaps and partners disagreeing, high risk scores, overdue
// recommendations, overdue reviews, agreements ending, weak factor judgements, limited assurance) lands in
// src/lib. The pack builder takes its reasons as an input (PackOptions.reasons), so replacing this file's
// one use in scripts/pack.ts with the shared rule is the whole change.
import { listWords, plural } from "../../src/charts/index.ts";
import { compareRow } from "../../src/lib/comparison.ts";
import { distanceInWords, factorLabel, levelById } from "../../src/lib/format.ts";
import type { PublicPartnership, SiteModel } from "../../src/lib/site-model.ts";

/** A current risk scoring at least this (likelihood × impact) is a reason; content model v2's default highRiskScore. */
export const INTERIM_HIGH_RISK_SCORE = 15;

/**
 * Returns, in words, why a partnership needs attention by the interim rule, using only what the current site
 * model holds: its assessed level away from its target (any distance; the model has no tolerance yet), a
 * perception gap on a factor of its current review, overdue recommendations, and a current risk scoring 15 or
 * more. Proposed and ended partnerships never need attention; an empty list means none is needed.
 */
export function interimNeedsAttention(model: SiteModel, partnership: PublicPartnership): string[] {
  if (partnership.data.status !== "active") return [];
  const { framework } = model;
  const row = compareRow(model, partnership);
  const reasons: string[] = [];
  if (row.distance !== undefined && row.distance !== 0) {
    const assessed = levelById(framework, partnership.current?.meta.assessedLevel)?.label;
    const target = levelById(framework, partnership.data.targetLevel)?.label;
    reasons.push(`Assessed as ${assessed} against a target of ${target}: ${distanceInWords(row.distance)}`);
  }
  if (row.gaps.length > 0) {
    const factors = listWords(row.gaps.map((reading) => factorLabel(framework, reading.factor)));
    reasons.push(`Perception gap between stakeholder groups on ${factors}`);
  }
  if (row.overdue > 0) reasons.push(plural(row.overdue, "overdue recommendation"));
  const high = (partnership.current?.risks ?? []).filter(
    (risk) => risk.likelihood * risk.impact >= INTERIM_HIGH_RISK_SCORE,
  );
  if (high.length > 0) {
    reasons.push(
      `${plural(high.length, "current risk")} scoring ${INTERIM_HIGH_RISK_SCORE} or more (highest ${row.topRiskScore} of 25)`,
    );
  }
  return reasons;
}

/** The interim rule in one sentence, for the pack's readers. */
export const INTERIM_RULE_TEXT = `A partnership is listed when its assessed level differs from its target, stakeholder groups' views of a factor differ by the framework's perception gap threshold or more, a recommendation is overdue, or a current risk scores ${INTERIM_HIGH_RISK_SCORE} or more; proposed and ended partnerships are never listed.`;

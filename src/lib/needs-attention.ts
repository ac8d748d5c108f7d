/**
 * Needs attention: the reasons an active partnership needs councillors' attention, in words, and
 * the order partnerships are listed in. Proposed and ended partnerships are never given reasons;
 * they are listed apart and left out of portfolio figures.
 */
import type { FactorJudgement, Framework, Partnership, Review, Risk } from "../schema/index.ts";
import { factorLabel } from "./format.ts";
import { levelWithId } from "./levels.ts";
import { riskName, riskScore } from "./risks.ts";
import { fitToTarget, fitInWords } from "./target-fit.ts";
import type { FactorReading } from "./triangulation.ts";
import { addMonths, capitalise, formatNumber, listWords, longDate, plural, withoutFullStop } from "./words.ts";

/** The kinds of reason, most serious first: the order reasons are listed in and ties are broken by. */
export const ATTENTION_KINDS = [
  "assurance",
  "factor-health",
  "high-risk",
  "overdue-recommendations",
  "away-from-target",
  "perception-gap",
  "partners-disagree",
  "review-overdue",
  "agreement-ending",
  "break-clause",
] as const;

/** A kind of reason. */
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** One reason a partnership needs attention. */
export interface AttentionReason {
  kind: AttentionKind;
  /** The reason in words, a sentence without its full stop, such as "Limited assurance from the 2024 review". */
  text: string;
}

/** What the reasons are worked out from: the partnership and its current (latest published) review. */
export interface AttentionInput {
  partnership: Partnership;
  /** The current review, if there is one. */
  current?: {
    meta: Pick<Review, "date" | "assessedLevel" | "assurance">;
    factors: readonly FactorReading[];
    /** The current review's published risks. */
    risks: readonly Risk[];
    factorJudgements: readonly FactorJudgement[];
  };
  /** How many of the partnership's published recommendations are overdue. */
  overdueRecommendations: number;
  framework: Framework;
  /** The build's "now", YYYY-MM-DD. */
  today: string;
}

/**
 * Returns the date the next review is due: nextReviewDue when given, else the current review's date
 * plus reviewCycleMonths, else (never reviewed) the start date plus reviewCycleMonths.
 */
export function reviewDueDate(
  partnership: Pick<Partnership, "nextReviewDue" | "startDate">,
  currentReviewDate: string | undefined,
  reviewCycleMonths: number,
): string {
  return partnership.nextReviewDue ?? addMonths(currentReviewDate ?? partnership.startDate, reviewCycleMonths);
}

/** Returns true when the date falls within `months` months of today, or has passed: a date exactly that far ahead is within. */
function withinMonths(date: string, today: string, months: number): boolean {
  return date <= addMonths(today, months);
}

/** Returns the factors' labels as a list. */
function factorList(framework: Framework, ids: readonly string[]): string {
  return listWords(ids.map((id) => factorLabel(framework, id)));
}

/** Returns the reasons the partnership needs attention, most serious first; none for a proposed or ended partnership. */
export function attentionReasons(input: AttentionInput): AttentionReason[] {
  const { partnership, current, framework, today } = input;
  if (partnership.status !== "active") return [];
  const { thresholds } = framework;
  const reasons: AttentionReason[] = [];
  const year = current?.meta.date.slice(0, 4);

  if (current?.meta.assurance === "limited" || current?.meta.assurance === "none") {
    reasons.push({
      kind: "assurance",
      text: `${current.meta.assurance === "none" ? "No assurance" : "Limited assurance"} from the ${year} review`,
    });
  }
  const judged = (health: string) =>
    (current?.factorJudgements ?? []).filter((judgement) => judgement.health === health).map((j) => j.factor);
  const failing = judged("failing");
  const weak = judged("weak");
  if (failing.length > 0 || weak.length > 0) {
    const parts = [
      ...(failing.length > 0 ? [`${factorList(framework, failing)} judged failing`] : []),
      ...(weak.length > 0 ? [`${factorList(framework, weak)} judged weak`] : []),
    ];
    reasons.push({ kind: "factor-health", text: capitalise(parts.join("; ")) });
  }
  const high = (current?.risks ?? [])
    .filter((risk) => riskScore(risk) >= thresholds.highRiskScore)
    .sort((a, b) => riskScore(b) - riskScore(a) || a.title.localeCompare(b.title, "en-GB"));
  if (high.length > 0) {
    const top = high[0] as Risk;
    reasons.push({
      kind: "high-risk",
      text:
        high.length === 1
          ? `A current risk scores ${riskScore(top)} out of 25: ${withoutFullStop(riskName(top))}`
          : `${capitalise(plural(high.length, "current risk", "current risks", true))} score ${thresholds.highRiskScore} or more out of 25; the highest, ${riskScore(top)}: ${withoutFullStop(riskName(top))}`,
    });
  }
  if (input.overdueRecommendations > 0) {
    reasons.push({
      kind: "overdue-recommendations",
      text: capitalise(plural(input.overdueRecommendations, "overdue recommendation", "overdue recommendations", true)),
    });
  }
  const target = levelWithId(framework.spectrum, partnership.targetLevel);
  const assessed = levelWithId(framework.spectrum, current?.meta.assessedLevel);
  if (target !== undefined && assessed !== undefined) {
    const fit = fitToTarget(assessed.order, target.order, thresholds.targetTolerance);
    if (fit.position !== "at") {
      reasons.push({
        kind: "away-from-target",
        text: `Assessed ${fitInWords(fit)}: ${assessed.label}, where the target is ${target.label}`,
      });
    }
  }
  const readings = current?.factors ?? [];
  const gaps = readings.filter((reading) => reading.gap).map((reading) => reading.factor);
  if (gaps.length > 0) {
    reasons.push({ kind: "perception-gap", text: `Perception gap on ${factorList(framework, gaps)}` });
  }
  const disagree = readings.filter((reading) => reading.partnersDisagree).map((reading) => reading.factor);
  if (disagree.length > 0) {
    reasons.push({
      kind: "partners-disagree",
      text: `Council and partner sides disagree on ${factorList(framework, disagree)}`,
    });
  }
  const due = reviewDueDate(partnership, current?.meta.date, thresholds.reviewCycleMonths);
  if (due < today) {
    reasons.push({
      kind: "review-overdue",
      text:
        current === undefined
          ? `Never reviewed; a review was due by ${longDate(due)}`
          : `Review overdue since ${longDate(due)}`,
    });
  }
  const { end, breakClause } = partnership.agreement ?? {};
  if (end !== undefined && withinMonths(end, today, thresholds.renewalWindowMonths)) {
    reasons.push({
      kind: "agreement-ending",
      text: end < today ? `The agreement ended on ${longDate(end)}` : `The agreement ends on ${longDate(end)}`,
    });
  }
  if (
    breakClause !== undefined &&
    breakClause >= today &&
    withinMonths(breakClause, today, thresholds.renewalWindowMonths)
  ) {
    reasons.push({ kind: "break-clause", text: `The agreement reaches a break clause on ${longDate(breakClause)}` });
  }
  return reasons;
}

/** Returns the rank of the most serious reason (0 is most serious), or the number of kinds when there is none. */
function mostSerious(reasons: readonly AttentionReason[]): number {
  return Math.min(ATTENTION_KINDS.length, ...reasons.map((reason) => ATTENTION_KINDS.indexOf(reason.kind)));
}

/**
 * Returns a comparator for the needs-attention order: more reasons first; with as many reasons, the
 * one whose most serious reason comes earlier in ATTENTION_KINDS first; then by name (A to Z).
 */
export function byAttention<T extends { name: string; reasons: readonly AttentionReason[] }>(a: T, b: T): number {
  return (
    b.reasons.length - a.reasons.length ||
    mostSerious(a.reasons) - mostSerious(b.reasons) ||
    a.name.localeCompare(b.name, "en-GB")
  );
}

/** The ordering rule in words, for the methodology page. */
export const ATTENTION_ORDER_WORDS =
  "Partnerships with more reasons come first. Among those with as many reasons, the one with the most serious reason comes first, in this order: limited or no assurance; a factor judged failing or weak; a high current risk; overdue recommendations; away from target; a perception gap; council and partner sides disagree; review overdue; agreement ending; break clause. Then partnerships are listed by name.";

/** Returns the needs-attention rule in plain words, with the framework's own thresholds, for the methodology page and the committee pack. */
export function attentionRuleText(framework: Pick<Framework, "thresholds" | "triangulation">): string {
  const { thresholds, triangulation } = framework;
  return [
    "An active partnership needs attention for each of these reasons:",
    `its assessed level is more than ${formatNumber(thresholds.targetTolerance)} of a level from its target (above or below);`,
    `stakeholder groups' views of a factor differ by ${formatNumber(triangulation.gapThreshold)} levels or more, or the council side and the partner side do;`,
    `a risk in its current review scores ${thresholds.highRiskScore} or more;`,
    "a recommendation is overdue;",
    `its next review is overdue (when no date is set, ${thresholds.reviewCycleMonths} months after its latest review);`,
    `its agreement ends, or reaches a break clause, within ${thresholds.renewalWindowMonths} months;`,
    "a factor is judged weak or failing;",
    "or its latest review gives limited or no assurance.",
    "Proposed and ended partnerships are listed apart and never counted.",
  ].join(" ");
}

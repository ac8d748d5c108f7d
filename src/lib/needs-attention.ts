/**
 * Needs attention: the reasons an active partnership needs councillors' attention, in words, and
 * the order partnerships are listed in. Proposed and ended partnerships are never given reasons;
 * they are listed apart and left out of portfolio figures.
 */
import type {
  Agreement,
  FactorJudgement,
  Framework,
  Partnership,
  Recommendation,
  Resolution,
  Review,
  Risk,
} from "../schema/index.ts";
import { factorLabel } from "./format.ts";
import { levelWithId } from "./levels.ts";
import { riskName, riskScore } from "./risks.ts";
import { fitToTarget, fitInWords } from "./target-fit.ts";
import type { FactorReading } from "./triangulation.ts";
import type { FactorFinding } from "./findings/factor-findings.ts";
import { addMonths, capitalise, formatNumber, listWords, longDate, plural, withoutFullStop } from "./words.ts";

/**
 * The reasons' stable codes (content model version 3), most serious first: the order reasons are listed in and
 * ties are broken by. Open data publishes each code beside its words, so other sites can compare reasons.
 */
export const REASON_CODES = [
  "limited-assurance",
  "failing-factor",
  "high-risk",
  "overdue-recommendation",
  "resolution-overdue",
  "off-target",
  "no-target",
  "perception-gap",
  "performance-gap",
  "review-overdue",
  "notice-passed",
  "decision-point",
  "no-exit-plan",
  "review-after-decision",
  "no-response",
  "assurance-basis",
] as const;

/** A reason's code. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** Each reason code's short name, for lists that compare reasons by code across sites (a federation). */
export const REASON_CODE_NAMES: Record<ReasonCode, string> = {
  "limited-assurance": "Limited or no assurance",
  "failing-factor": "A factor judged failing",
  "high-risk": "High risk",
  "overdue-recommendation": "Overdue recommendations",
  "resolution-overdue": "Overdue committee resolutions",
  "off-target": "Away from its target level",
  "no-target": "No agreed target level",
  "perception-gap": "Perception gap between groups",
  "performance-gap": "Perception and performance gap",
  "review-overdue": "Review overdue",
  "notice-passed": "Notice date passed",
  "decision-point": "Decision point near",
  "no-exit-plan": "No agreed exit plan",
  "review-after-decision": "Next review after the decision point",
  "no-response": "No management response",
  "assurance-basis": "Assurance opinion without a basis",
};

/** A reason code's short name; a code this version does not know (another site's newer one) as it is. */
export function reasonCodeName(code: string): string {
  return (REASON_CODE_NAMES as Record<string, string>)[code] ?? code;
}

/** One thing a reason is about: a recommendation, a risk, a factor or a date, by its id and in words. */
export interface ReasonItem {
  id: string;
  label: string;
}

/** One reason a partnership needs attention: each code counts once per partnership and lists its items. */
export interface AttentionReason {
  code: ReasonCode;
  /** The reason in words, a sentence without its full stop, such as "Limited assurance from the 2024 review". */
  text: string;
  /** What the reason is about: the overdue recommendations, the high risks, the factors; in the order named. */
  items: ReasonItem[];
}

/** What the reasons are worked out from: the partnership and its current (latest published) review. */
export interface AttentionInput {
  partnership: Partnership;
  /** The current review, if there is one. */
  current?: {
    meta: Pick<Review, "date" | "assessedLevel" | "assurance" | "assuranceBasis">;
    factors: readonly FactorReading[];
    /** The current review's published risks. */
    risks: readonly Risk[];
    /** The current review's factor findings, for the perception and performance check. */
    findings?: readonly Pick<FactorFinding, "factor" | "label" | "performance">[];
    factorJudgements: readonly FactorJudgement[];
  };
  /** The partnership's overdue published recommendations. */
  overdueRecommendations: readonly Recommendation[];
  /** Its open or in-progress recommendations still without a management response once one was due. */
  unansweredRecommendations?: readonly Recommendation[];
  /** Its overdue published committee resolutions. */
  overdueResolutions?: readonly Resolution[];
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

/** Returns true when the date falls within `months` months of today: from today to today plus `months`, both included. */
function withinMonths(date: string, today: string, months: number): boolean {
  return date >= today && date <= addMonths(today, months);
}

/** Returns the factors' labels as a list. */
function factorList(framework: Framework, ids: readonly string[]): string {
  return listWords(ids.map((id) => factorLabel(framework, id)));
}

/** The date a decision about an agreement falls due, and the break or end it is for. */
export interface DecisionPoint {
  /** The break clause or end date less the notice period. */
  date: string;
  /** The break clause or end the decision is about. */
  event: { kind: "break-clause" | "end"; date: string };
  noticeMonths: number;
}

/** Returns an agreement's break clauses, earliest first: version 3 allows a list where version 2 gave one date. */
export function breakClauses(agreement: Pick<Agreement, "breakClause"> | undefined): string[] {
  return [agreement?.breakClause]
    .flat()
    .filter((date): date is string => date !== undefined)
    .sort();
}

/** Returns the next break clause on or after today, else the last one; undefined without any. */
export function nextBreakClause(
  agreement: Pick<Agreement, "breakClause"> | undefined,
  today: string,
): string | undefined {
  const dates = breakClauses(agreement);
  return dates.find((date) => date >= today) ?? dates.at(-1);
}

/**
 * Returns an agreement's decision point: the earliest break clause on or after today, else the agreement's end,
 * else the partnership's end date, less `agreement.noticeMonths` (default 0); none without any of these dates.
 */
export function decisionPoint(
  partnership: Pick<Partnership, "agreement" | "endDate">,
  today: string,
): DecisionPoint | undefined {
  const { agreement } = partnership;
  const nextBreak = breakClauses(agreement).find((date) => date >= today);
  const end = agreement?.end ?? partnership.endDate;
  const event =
    nextBreak !== undefined
      ? { kind: "break-clause" as const, date: nextBreak }
      : end === undefined
        ? undefined
        : { kind: "end" as const, date: end };
  if (event === undefined) return undefined;
  const noticeMonths = agreement?.noticeMonths ?? 0;
  return { date: addMonths(event.date, -noticeMonths), event, noticeMonths };
}

/** Returns the decision point in words: "The agreement reaches a break clause on 30 June 2027", or with notice, when notice is due. */
function decisionWords(point: DecisionPoint): string {
  const what =
    point.event.kind === "break-clause"
      ? `the break clause on ${longDate(point.event.date)}`
      : `the agreement's end on ${longDate(point.event.date)}`;
  if (point.noticeMonths === 0) {
    return point.event.kind === "break-clause"
      ? `The agreement reaches a break clause on ${longDate(point.event.date)}`
      : `The agreement ends on ${longDate(point.event.date)}`;
  }
  return `Notice must be given by ${longDate(point.date)} for ${what}`;
}

/**
 * Returns a reason's finding without its detail, for lists that name many partnerships at once (the home page): the
 * words before its first colon, such as "A current risk scores 16 out of 25" for "A current risk scores 16 out of 25:
 * Duplicate meeting cycles …"; a reason without a colon is its own headline.
 */
export function reasonHeadline(reason: Pick<AttentionReason, "text">): string {
  const colon = reason.text.indexOf(": ");
  return colon === -1 ? reason.text : reason.text.slice(0, colon);
}

/** Returns the reasons the partnership needs attention, most serious first; none for a proposed or ended partnership. */
export function attentionReasons(input: AttentionInput): AttentionReason[] {
  const { partnership, current, framework, today } = input;
  if (partnership.status !== "active") return [];
  const { thresholds } = framework;
  const reasons: AttentionReason[] = [];
  const year = current?.meta.date.slice(0, 4);
  const factorItems = (ids: readonly string[]) => ids.map((id) => ({ id, label: factorLabel(framework, id) }));

  if (current?.meta.assurance === "limited" || current?.meta.assurance === "none") {
    reasons.push({
      code: "limited-assurance",
      text: `${current.meta.assurance === "none" ? "No assurance" : "Limited assurance"} from the ${year} review`,
      items: [],
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
    reasons.push({
      code: "failing-factor",
      text: capitalise(parts.join("; ")),
      items: factorItems([...failing, ...weak]),
    });
  }
  const high = (current?.risks ?? [])
    .filter((risk) => riskScore(risk) >= thresholds.highRiskScore)
    .sort((a, b) => riskScore(b) - riskScore(a) || a.title.localeCompare(b.title, "en-GB"));
  if (high.length > 0) {
    const top = high[0] as Risk;
    reasons.push({
      code: "high-risk",
      text:
        high.length === 1
          ? `A current risk scores ${riskScore(top)} out of 25: ${withoutFullStop(riskName(top))}`
          : `${capitalise(plural(high.length, "current risk", "current risks", true))} score ${thresholds.highRiskScore} or more out of 25; the highest, ${riskScore(top)}: ${withoutFullStop(riskName(top))}`,
      items: high.map((risk) => ({ id: risk.id, label: riskName(risk) })),
    });
  }
  if (input.overdueRecommendations.length > 0) {
    const overdue = input.overdueRecommendations;
    reasons.push({
      code: "overdue-recommendation",
      text: capitalise(plural(overdue.length, "overdue recommendation", "overdue recommendations", true)),
      items: overdue.map((recommendation) => ({ id: recommendation.id, label: recommendation.text })),
    });
  }
  const overdueResolutions = input.overdueResolutions ?? [];
  if (overdueResolutions.length > 0) {
    reasons.push({
      code: "resolution-overdue",
      text: capitalise(
        plural(overdueResolutions.length, "overdue committee resolution", "overdue committee resolutions", true),
      ),
      items: overdueResolutions.map((resolution) => ({ id: resolution.id, label: resolution.text })),
    });
  }
  const target = levelWithId(framework.spectrum, partnership.targetLevel);
  const assessed = levelWithId(framework.spectrum, current?.meta.assessedLevel);
  if (target !== undefined && assessed !== undefined) {
    const fit = fitToTarget(assessed.order, target.order, thresholds.targetTolerance);
    if (fit.position !== "at") {
      reasons.push({
        code: "off-target",
        text: `Assessed ${fitInWords(fit)}: ${assessed.label}, where the target is ${target.label}`,
        items: [],
      });
    }
  }
  if (target === undefined) {
    reasons.push({ code: "no-target", text: "No agreed target level", items: [] });
  }
  const readings = current?.factors ?? [];
  const gaps = readings.filter((reading) => reading.gap).map((reading) => reading.factor);
  const disagree = readings.filter((reading) => reading.partnersDisagree).map((reading) => reading.factor);
  // The sides' medians lie within the views' range, so sides that disagree always make a gap too: one reason,
  // naming each factor once, with the sides' disagreement beside the factors it applies to.
  if (gaps.length > 0) {
    const named = gaps.map((id) =>
      disagree.includes(id)
        ? `${factorLabel(framework, id)} (the council and partner sides disagree too)`
        : factorLabel(framework, id),
    );
    reasons.push({ code: "perception-gap", text: `Perception gap on ${listWords(named)}`, items: factorItems(gaps) });
  }
  const performance = (current?.findings ?? []).filter((finding) => finding.performance?.gap === true);
  if (performance.length > 0) {
    reasons.push({
      code: "performance-gap",
      text: `Perception and performance disagree on ${performance.map((finding) => finding.performance?.words ?? finding.label).join("; ")}`,
      items: performance.map((finding) => ({ id: finding.factor, label: finding.label })),
    });
  }
  const due = reviewDueDate(partnership, current?.meta.date, thresholds.reviewCycleMonths);
  if (due < today) {
    reasons.push({
      code: "review-overdue",
      text:
        current === undefined
          ? `Never reviewed; a review was due by ${longDate(due)}`
          : `Review overdue since ${longDate(due)}`,
      items: [],
    });
  }
  const point = decisionPoint(partnership, today);
  if (point !== undefined && point.date < today && point.event.date >= today) {
    reasons.push({
      code: "notice-passed",
      text: `The notice date for ${point.event.kind === "break-clause" ? "the break clause" : "the agreement's end"} on ${longDate(point.event.date)} passed on ${longDate(point.date)}`,
      items: [{ id: point.event.kind, label: longDate(point.event.date) }],
    });
  } else if (point !== undefined && withinMonths(point.date, today, thresholds.renewalWindowMonths)) {
    reasons.push({
      code: "decision-point",
      text: decisionWords(point),
      items: [{ id: point.event.kind, label: longDate(point.event.date) }],
    });
  }
  const exitPlan = partnership.agreement?.exitPlan?.status ?? "none";
  if (
    point !== undefined &&
    point.date <= addMonths(today, thresholds.renewalWindowMonths) &&
    (exitPlan === "none" || exitPlan === "outline")
  ) {
    reasons.push({
      code: "no-exit-plan",
      text: `${exitPlan === "outline" ? "Only an outline exit plan" : "No exit plan"}, with a decision on the agreement due ${point.date < today ? "since" : "by"} ${longDate(point.date)}`,
      items: [{ id: "exit-plan", label: exitPlan }],
    });
  }
  if (point !== undefined && due > point.date) {
    reasons.push({
      code: "review-after-decision",
      text: `The next review, due by ${longDate(due)}, falls after the decision on the agreement, due by ${longDate(point.date)}`,
      items: [{ id: "review-due", label: longDate(due) }],
    });
  }
  const unanswered = input.unansweredRecommendations ?? [];
  if (unanswered.length > 0) {
    reasons.push({
      code: "no-response",
      text: `${capitalise(plural(unanswered.length, "recommendation", "recommendations", true))} without a management response ${plural(thresholds.responseDueMonths, "month", "months")} after publication`,
      items: unanswered.map((recommendation) => ({ id: recommendation.id, label: recommendation.text })),
    });
  }
  if (current?.meta.assurance !== undefined && current.meta.assuranceBasis === undefined) {
    reasons.push({
      code: "assurance-basis",
      text: `The ${year} review gives ${current.meta.assurance === "none" ? "no" : current.meta.assurance} assurance without a published basis`,
      items: [],
    });
  }
  return reasons;
}

/** Returns the rank of the most serious reason (0 is most serious), or the number of kinds when there is none. */
export function mostSerious(reasons: readonly AttentionReason[]): number {
  return Math.min(REASON_CODES.length, ...reasons.map((reason) => REASON_CODES.indexOf(reason.code)));
}

/**
 * Returns a comparator for the needs-attention order: more reasons first; with as many reasons, the
 * one whose most serious reason comes earlier in REASON_CODES first; then by name (A to Z).
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
  "Partnerships with more reasons come first. Among those with as many reasons, the one with the most serious reason comes first, in this order: limited or no assurance; a factor judged failing or weak; a high current risk; overdue recommendations; overdue committee resolutions; away from target; no agreed target; a perception gap or the council and partner sides disagreeing; perception and performance disagreeing; review overdue; a notice date passed; a decision due on the agreement; no agreed exit plan; the next review due after the decision; recommendations without a management response; an assurance opinion without a published basis. Then partnerships are listed by name.";

/** Returns the needs-attention rule in plain words, with the framework's own thresholds, for the methodology page and the committee pack. */
export function attentionRuleText(framework: Pick<Framework, "thresholds" | "triangulation">): string {
  const { thresholds, triangulation } = framework;
  return [
    "An active partnership needs attention for each of these reasons:",
    `its assessed level is more than ${formatNumber(thresholds.targetTolerance)} of a level from its target (above or below);`,
    `stakeholder groups' views of a factor differ by ${formatNumber(triangulation.gapThreshold)} levels or more, or the council side and the partner side do (one reason, naming each factor once);`,
    `a risk in its current review scores ${thresholds.highRiskScore} or more;`,
    "a recommendation is overdue;",
    "a committee resolution is overdue;",
    `a recommendation still open or in progress has no management response ${plural(thresholds.responseDueMonths, "month", "months")} after its review was published;`,
    "it has no agreed target level;",
    `its next review is overdue (when no date is set, ${thresholds.reviewCycleMonths} months after its latest review);`,
    `a decision on its agreement falls due within ${thresholds.renewalWindowMonths} months (the next break clause, else the end, less any notice period), or the notice date has passed while the break or end is still ahead;`,
    "that decision is due within that window, or has passed, and there is no agreed or tested exit plan;",
    "its next review falls due after that decision;",
    "a factor is judged weak or failing;",
    "stakeholders' reading of a factor and its performance indicators disagree (read as good while more than half its indicators miss their targets, or as poor while all meet them);",
    "its latest review gives limited or no assurance;",
    "or its latest review gives an assurance opinion without publishing its basis.",
    "Each kind of reason counts once, naming all its items. Proposed and ended partnerships are listed apart and never counted.",
  ].join(" ");
}

/**
 * The review spectrum chart's words: its summary, its data table and the notes under each factor, all read from
 * the factor findings, so the chart says what the review page's tables say.
 */
import type { ChartTable, SpectrumChartInput } from "../../charts/index.ts";
import type { Framework } from "../../schema/index.ts";
import { levelOrder, levelLabel } from "../levels.ts";
import type { FitPosition } from "../target-fit.ts";
import { ABOVE_TARGET_MEANING } from "../target-fit.ts";
import { AGREEMENT_WORDS } from "../triangulation.ts";
import { capitalise, countOf, hasHave, listOrCount, listWords, numberWord, plural, verb } from "../words.ts";
import { spreadText, type FactorFinding } from "../findings/factor-findings.ts";

/** The spectrum chart's title when the page gives none. */
export const SPECTRUM_TITLE = "Where each stakeholder group places each factor";

/** Returns the labels of the groups whose view is exactly this level. */
function groupsAt(finding: FactorFinding, level: number): string[] {
  return finding.views.filter((view) => view.level.value === level).map((view) => view.label);
}

/**
 * Returns how the factors' consensus fits the target, by the one fit rule: "Consensus is at the target level,
 * Cooperating, on two of six factors; below target on three and above target on one (more joint working than its
 * purpose needs)."
 */
export function targetSentence(targetName: string, positions: readonly FitPosition[]): string {
  if (positions.length === 1) {
    const [only] = positions as [FitPosition];
    const more = only === "above" ? ` (${ABOVE_TARGET_MEANING})` : "";
    return `Consensus is ${only} the target level, ${targetName}, on the one factor${more}.`;
  }
  const count = (position: FitPosition) => positions.filter((item) => item === position).length;
  const howMany = (n: number) => (n < positions.length ? numberWord(n) : n === 2 ? "both" : `all ${numberWord(n)}`);
  const away = [
    ...(count("below") > 0 ? [`below target on ${howMany(count("below"))}`] : []),
    ...(count("above") > 0 ? [`above target on ${howMany(count("above"))} (${ABOVE_TARGET_MEANING})`] : []),
  ];
  return (
    `Consensus is at the target level, ${targetName}, on ${countOf(count("at"), positions.length, "factors")}` +
    `${away.length > 0 ? `; ${listWords(away)}` : ""}.`
  );
}

/** Returns the plain-English summary of a review's factor findings; `targetName` is the target level's name, when set. */
export function spectrumSummary(findings: readonly FactorFinding[], targetName?: string): string[] {
  const sentences: string[] = [];
  const compared = findings.filter((finding) => finding.spread !== undefined);
  const widest = compared.reduce<FactorFinding | undefined>(
    (best, finding) =>
      best === undefined || (finding.spread?.value ?? 0) > (best.spread?.value ?? 0) ? finding : best,
    undefined,
  );
  if (findings.every((finding) => finding.views.length === 0)) {
    return ["No stakeholder group's view is published for any factor."];
  }
  if (widest === undefined) {
    sentences.push("No factor has published views from more than one group, so none can be compared.");
  } else if (widest.spread?.value === 0) {
    sentences.push("The groups agree on every factor: each group that gave a view placed it at the same level.");
  } else {
    const values = widest.views.map((view) => view.level.value);
    const high = Math.max(...values);
    const low = Math.min(...values);
    const at = (level: number) => widest.views.find((view) => view.level.value === level)?.level.text ?? "";
    sentences.push(
      `${widest.label} has the widest spread of views in this review (${(widest.agreement?.words ?? "").toLowerCase()}): ` +
        `${listWords(groupsAt(widest, high))} put it at ${at(high)}, ` +
        `${spreadText(high - low)} above ${listWords(groupsAt(widest, low))} at ${at(low)}.`,
    );
  }
  const otherGaps = findings.filter((finding) => finding.gap && finding !== widest).map((finding) => finding.label);
  if (otherGaps.length > 0) {
    sentences.push(
      `There ${verb(otherGaps.length, "is also a perception gap", "are also perception gaps")} on ${listOrCount(otherGaps, "other factors")}.`,
    );
  } else if (widest !== undefined && !widest.gap) {
    sentences.push("No factor has a perception gap.");
  }
  const disagree = findings.filter((finding) => finding.partnersDisagree).map((finding) => finding.label);
  if (disagree.length > 0) {
    sentences.push(`The council and partner sides disagree on ${listOrCount(disagree, "factors")}.`);
  }
  const unseen = findings.filter((finding) => finding.views.length === 0).map((finding) => finding.label);
  const thin = findings.filter((finding) => !finding.triangulated && finding.views.length > 0);
  if (thin.length === 1) {
    const [only] = thin as [FactorFinding];
    sentences.push(
      `${only.label} is not triangulated: only ${listWords(only.views.map((view) => view.label))} gave a published view.`,
    );
  } else if (thin.length > 1) {
    sentences.push(
      `${capitalise(
        listOrCount(
          thin.map((finding) => finding.label),
          "factors",
        ),
      )} are not triangulated: too few groups gave a published view.`,
    );
  }
  if (unseen.length > 0) {
    sentences.push(`${capitalise(listOrCount(unseen, "factors"))} ${hasHave(unseen.length)} no published view.`);
  }
  const withheld = findings.reduce((sum, finding) => sum + finding.withheld, 0);
  if (withheld > 0) {
    sentences.push(
      `${capitalise(plural(withheld, "group view", "group views", true))} ${verb(withheld, "was", "were")} withheld because too few people gave ${verb(withheld, "it", "them")}.`,
    );
  }
  const fits = findings.flatMap((finding) => (finding.fit === undefined ? [] : [finding.fit.position]));
  if (targetName === undefined) sentences.push("No target level is set.");
  else if (fits.length > 0) sentences.push(targetSentence(targetName, fits));
  const low = lowResponseSentence(findings);
  if (low !== undefined) sentences.push(low);
  const sure = confidenceSentence(findings);
  if (sure !== undefined) sentences.push(sure);
  return sentences;
}

/** Returns which groups' views are low response, each with its response rate once, or undefined when none is. */
export function lowResponseSentence(findings: readonly FactorFinding[]): string | undefined {
  const seen = new Map<string, string>();
  for (const view of findings.flatMap((finding) => finding.views)) {
    if (view.responseRate?.low === true && !seen.has(view.group)) {
      seen.set(view.group, `${view.label} (${view.responseRate.text})`);
    }
  }
  if (seen.size === 0) return undefined;
  return `Low response from ${listWords([...seen.values()])}: ${verb(seen.size, "its views are", "their views are")} marked "low response" in the table.`;
}

/**
 * Returns how sure the findings are, by level, highest first: "Confidence is high on Strategy, medium on Delivery and
 * low on Outcomes (reasons in the table)." Factors with no published view are left out.
 */
export function confidenceSentence(findings: readonly FactorFinding[]): string | undefined {
  const rated = findings.filter((finding) => finding.views.length > 0);
  if (rated.length === 0) return undefined;
  const levels = (["high", "medium", "low"] as const).flatMap((level) => {
    const labels = rated.filter((finding) => finding.confidence.level === level).map((finding) => finding.label);
    if (labels.length === 0) return [];
    return [
      `${level} on ${labels.length === rated.length ? (rated.length === 1 ? "the one factor" : "every factor") : listOrCount(labels, "factors")}`,
    ];
  });
  const reasons = rated.some((finding) => finding.confidence.reasons.length > 0)
    ? " (the table gives the reasons)"
    : "";
  return `Confidence is ${levels.join("; ")}${reasons}.`;
}

/**
 * Returns the chart's data table: one row per factor, a column per group (low response marked in words), then the
 * consensus, spread, findings and confidence with the weighting check's sentence.
 */
export function spectrumTable(
  framework: Pick<Framework, "stakeholderGroups">,
  findings: readonly FactorFinding[],
  title: string,
): ChartTable {
  return {
    caption: title,
    head: [
      "Factor",
      ...framework.stakeholderGroups.map((group) => group.label),
      "Consensus",
      "Spread",
      "Finding",
      "Confidence",
    ],
    rows: findings.map((finding) => ({
      header: finding.label,
      cells: [
        ...framework.stakeholderGroups.map((group) => {
          const view = finding.views.find((item) => item.group === group.id);
          if (view === undefined) return "No published view";
          // Low response is said in words in the cell, never by colour alone.
          return view.responseRate?.low === true
            ? `${view.level.text}, low response: ${view.responseRate.text}`
            : view.level.text;
        }),
        finding.consensus?.text ?? "No published view",
        finding.spread?.text ?? (finding.views.length === 1 ? "Only one view" : "No published view"),
        finding.words.join("; "),
        [
          finding.confidence.words,
          ...(finding.weighting?.sentence === undefined ? [] : [finding.weighting.sentence]),
        ].join(". "),
      ],
    })),
  };
}

/** Returns the spectrum chart's input for a review's factor findings and the partnership's target level id. */
export function spectrumChartInput(
  framework: Framework,
  findings: readonly FactorFinding[],
  targetLevel?: string,
  title = SPECTRUM_TITLE,
): SpectrumChartInput {
  const target = levelOrder(framework.spectrum, targetLevel);
  return {
    levels: framework.spectrum,
    factors: framework.factors,
    groups: framework.stakeholderGroups,
    readings: findings.map((finding) => ({
      factor: finding.factor,
      ratings: finding.views.map((view) => ({ group: view.group, level: view.level.value })),
      consensus: finding.consensus?.value,
      triangulated: finding.triangulated,
      shaded: finding.gap,
      notes: finding.notes,
    })),
    target,
    shadedMeaning: `a ${AGREEMENT_WORDS.gap.toLowerCase()}`,
    notDrawn: "Withheld views are not drawn.",
    title,
    summary: spectrumSummary(findings, target === undefined ? undefined : levelLabel(framework.spectrum, target)),
    table: spectrumTable(framework, findings, title),
  };
}

/**
 * The "where partnerships sit" chart's words: its summary, its data table and each row's note, all from each
 * partnership's headline fit to target (the one fit rule, with its words), counting active partnerships only.
 */
import type { ChartTable, PositionChartInput } from "../../charts/index.ts";
import type { Framework } from "../../schema/index.ts";
import { levelLabel, levelDistance, levelOrder } from "../levels.ts";
import type { PublicPartnership } from "../site-model.ts";
import { ABOVE_TARGET_MEANING, fitInWords, type TargetFit } from "../target-fit.ts";
import { capitalise, hasHave, isAre, listWords, numberWord, plural } from "../words.ts";
import { activeOnly, leftOutSentence, type ActiveOnly } from "../findings/active-partnerships.ts";

/** The position chart's title when the page gives none. */
export const POSITION_TITLE = "Where partnerships sit against their target level";

/** One partnership's place: its assessed level and target as orders on the spectrum, and its headline fit. */
export interface PartnershipPosition {
  id: string;
  label: string;
  /** Undefined when the partnership has no published review. */
  assessed?: number | undefined;
  /** Undefined when no target level is set. */
  target?: number | undefined;
  /** The assessed level against the target, by the one fit rule; undefined without both. */
  fit?: TargetFit | undefined;
}

/** Returns a partnership's note in words, such as "Two levels below target" or "No published review". */
export function positionNote(position: PartnershipPosition): string {
  if (position.assessed === undefined) return "No published review";
  if (position.target === undefined || position.fit === undefined) return "No target level set";
  return capitalise(fitInWords(position.fit));
}

/** Returns the sentences on how the compared partnerships fit their targets, and which is furthest away. */
function fitSentences(framework: Pick<Framework, "spectrum">, compared: readonly PartnershipPosition[]): string[] {
  const fitOf = (item: PartnershipPosition) => item.fit as TargetFit;
  const count = (position: TargetFit["position"]) =>
    compared.filter((item) => fitOf(item).position === position).length;
  const [only] = compared;
  if (count("at") === compared.length) {
    return [
      compared.length === 1 && only !== undefined
        ? `${only.label} is at its target level.`
        : `${compared.length === 2 ? "Both" : `All ${numberWord(compared.length)}`} active partnerships with a published review and a target level are at their target.`,
    ];
  }
  if (compared.length === 1 && only !== undefined) {
    return [
      `${only.label} is ${fitInWords(fitOf(only))}: assessed at ${levelLabel(framework.spectrum, only.assessed ?? 0)} ` +
        `against a target of ${levelLabel(framework.spectrum, only.target ?? 0)}.`,
    ];
  }
  const counts = [
    { count: count("at"), first: "at target", rest: "at target" },
    { count: count("below"), first: "below target", rest: "below" },
    { count: count("above"), first: `above target (${ABOVE_TARGET_MEANING})`, rest: `above (${ABOVE_TARGET_MEANING})` },
  ].filter((item) => item.count > 0);
  const parts = counts.map((item, index) =>
    index === 0
      ? `${numberWord(item.count)} ${isAre(item.count)} ${item.first}`
      : `${numberWord(item.count)} ${item.rest}`,
  );
  const sentences = [
    `Of the ${plural(compared.length, "active partnership", "active partnerships", true)} with a published review and a target level, ${listWords(parts)}.`,
  ];
  const away = compared.filter((item) => fitOf(item).position !== "at");
  const furthest = Math.max(...away.map((item) => Math.abs(fitOf(item).distance)));
  const leaders = away.filter((item) => Math.abs(fitOf(item).distance) === furthest);
  const [leader] = leaders;
  if (leaders.length === 1 && leader !== undefined) {
    sentences.push(
      `${leader.label} is furthest from its target: assessed at ${levelLabel(framework.spectrum, leader.assessed ?? 0)} ` +
        `against a target of ${levelLabel(framework.spectrum, leader.target ?? 0)}, ${fitInWords(fitOf(leader))}.`,
    );
  } else {
    sentences.push(
      `${listWords(leaders.map((item) => item.label))} are furthest from their targets, ${levelDistance(furthest)} away.`,
    );
  }
  return sentences;
}

/** Returns the plain-English summary of where the active partnerships sit; `left` counts those not shown. */
export function positionSummary(
  framework: Pick<Framework, "spectrum">,
  positions: readonly PartnershipPosition[],
  left: Pick<ActiveOnly, "proposed" | "ended"> = { proposed: 0, ended: 0 },
): string[] {
  const leftOut = leftOutSentence(left);
  if (positions.length === 0)
    return ["There are no active partnerships to show.", ...(leftOut === undefined ? [] : [leftOut])];
  const compared = positions.filter((item) => item.fit !== undefined);
  const sentences =
    compared.length === 0
      ? [
          "No active partnership has both a published review and a target level, so none can be compared with its target.",
        ]
      : fitSentences(framework, compared);
  const noReview = positions.filter((item) => item.assessed === undefined).length;
  const noTarget = positions.filter((item) => item.assessed !== undefined && item.fit === undefined).length;
  if (noTarget > 0) {
    sentences.push(
      `${capitalise(plural(noTarget, "active partnership", "active partnerships", true))} with a published review ${hasHave(noTarget)} no target level.`,
    );
  }
  if (noReview > 0) {
    sentences.push(
      `${capitalise(plural(noReview, "active partnership", "active partnerships", true))} ${hasHave(noReview)} no published review yet.`,
    );
  }
  if (leftOut !== undefined) sentences.push(leftOut);
  return sentences;
}

/** Returns the table of where the partnerships sit: assessed level, target level and the fit in words. */
export function positionTable(
  framework: Pick<Framework, "spectrum">,
  positions: readonly PartnershipPosition[],
  title: string,
): ChartTable {
  const { spectrum } = framework;
  return {
    caption: title,
    head: ["Partnership", "Assessed level", "Target level", "Against target"],
    rows: positions.map((item) => ({
      row: item.id,
      header: item.label,
      cells: [
        item.assessed === undefined ? "No published review" : levelLabel(spectrum, item.assessed),
        item.target === undefined ? "No target level set" : levelLabel(spectrum, item.target),
        item.fit === undefined || item.assessed === undefined ? "Not applicable" : capitalise(fitInWords(item.fit)),
      ],
    })),
  };
}

/** Returns the chart's input for these positions; `left` counts the proposed and ended partnerships not shown. */
export function positionInput(
  framework: Pick<Framework, "spectrum">,
  positions: readonly PartnershipPosition[],
  title = POSITION_TITLE,
  left: Pick<ActiveOnly, "proposed" | "ended"> = { proposed: 0, ended: 0 },
): PositionChartInput {
  return {
    levels: framework.spectrum,
    partnerships: positions.map((item) => ({
      id: item.id,
      label: item.label,
      assessed: item.assessed,
      target: item.target,
      note: positionNote(item),
    })),
    legend: {
      assessed: "Assessed level (latest published review)",
      target: "Target level",
      distance: "Distance from target",
    },
    marksMeaning:
      "A filled dot marks the level assessed in the latest published review, a ring marks the target level, and a bar joins them.",
    undrawn: "No published review",
    title,
    summary: positionSummary(framework, positions, left),
    table: positionTable(framework, positions, title),
  };
}

/** Returns the position chart's input for the partnerships: the active ones, each with its current assessed level and headline fit. */
export function positionChartInput(
  framework: Framework,
  partnerships: readonly PublicPartnership[],
  title = POSITION_TITLE,
): PositionChartInput {
  const { active, ...left } = activeOnly(partnerships);
  const positions = active.map((partnership) => ({
    id: partnership.slug,
    label: partnership.data.name,
    assessed: levelOrder(framework.spectrum, partnership.current?.meta.assessedLevel),
    target: levelOrder(framework.spectrum, partnership.data.targetLevel),
    fit: partnership.fit,
  }));
  return positionInput(framework, positions, title, left);
}

/**
 * The indicator chart's words: its summary, its data table and the note under each indicator, all read from the
 * indicator findings, so the chart says what the review page's indicator table says.
 */
import type { ChartTable, IndicatorChartInput } from "../../charts/index.ts";
import { unitParts, type IndicatorFinding } from "../findings/indicators.ts";
import { capitalise, listOrCount, numberWord, verb } from "../words.ts";

/** Returns true when a unit is written on each figure of a scale ("%", "£"), not once beside the indicator's name. */
function shortUnit(unit: string): boolean {
  return unit === "%" || unit === "£";
}

/** Returns an indicator's met and trend words in a short note: "Not met; improving", "No target; steady". */
export function indicatorNote(finding: IndicatorFinding): string {
  const met = finding.metWords ?? "No target";
  return finding.trendWords === undefined ? met : `${met}; ${finding.trendWords.toLowerCase()}`;
}

/**
 * Returns the summary of a review's indicators with a target: how many met it, naming those that did not, and which
 * way they moved from the period before.
 */
export function indicatorSummary(findings: readonly IndicatorFinding[]): string[] {
  const targeted = findings.filter((finding) => finding.met !== undefined);
  if (targeted.length === 0) return ["No indicator has a target to compare with."];
  const missed = targeted.filter((finding) => finding.met === false).map((finding) => finding.indicator.name);
  const count = targeted.length;
  const sentences = [
    missed.length === 0
      ? `${count === 1 ? "The one indicator" : count === 2 ? "Both indicators" : `All ${numberWord(count)} indicators`} with a target met it.`
      : `${capitalise(numberWord(count - missed.length))} of ${numberWord(count)} indicators with a target met it; ${listOrCount(missed, "indicators")} did not.`,
  ];
  const worse = targeted.filter((finding) => finding.trend === "worsening").map((finding) => finding.indicator.name);
  if (worse.length > 0) {
    sentences.push(
      `${capitalise(listOrCount(worse, "indicators"))} ${verb(worse.length, "was", "were")} worse than the period before.`,
    );
  }
  return sentences;
}

/** Returns the indicator chart's data table: each indicator's period, figures, whether it met its target and its trend. */
export function indicatorChartTable(findings: readonly IndicatorFinding[], title: string): ChartTable {
  return {
    caption: title,
    head: ["Indicator", "Period", "Actual", "Target", "Previous", "Met", "Trend"],
    rows: findings.map((finding) => ({
      header: finding.indicator.name,
      row: finding.indicator.id,
      cells: [
        finding.indicator.period,
        finding.actualText,
        finding.targetText ?? "No target",
        finding.previousText ?? "Not given",
        finding.metWords ?? "No target",
        finding.trendWords ?? "Not given",
      ],
    })),
  };
}

/** Returns the indicator chart's input: the review's indicators that have a target, each on a scale of its own. */
export function indicatorChartInput(findings: readonly IndicatorFinding[], title: string): IndicatorChartInput {
  const targeted = findings.filter((finding) => finding.indicator.target !== undefined);
  return {
    indicators: targeted.map((finding) => ({
      id: finding.indicator.id,
      // A short unit ("%", "£") goes on the scale's figures; a longer one ("weeks") is named once, beside the name.
      label: shortUnit(finding.indicator.unit)
        ? finding.indicator.name
        : `${finding.indicator.name} (${finding.indicator.unit})`,
      note: `${finding.indicator.period}: ${indicatorNote(finding)}`,
      unit: shortUnit(finding.indicator.unit) ? unitParts(finding.indicator.unit) : { prefix: "", suffix: "" },
      actual: finding.indicator.actual,
      target: finding.indicator.target,
      previous: finding.indicator.previous,
    })),
    legend: { actual: "Actual", target: "Target", previous: "Period before" },
    marksMeaning:
      "A filled dot marks each indicator's actual figure, an upright line its target and a ring the figure of the period before; each indicator is drawn on a scale of its own, in its own unit.",
    title,
    summary: indicatorSummary(targeted),
    table: indicatorChartTable(targeted, title),
  };
}

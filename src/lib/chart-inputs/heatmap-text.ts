/**
 * The comparison heatmap's words: its summary and its data table, read from each partnership's factor findings
 * (consensus shown as "4.0 (Cooperating)", perception gaps and the findings' notes), counting active partnerships only.
 */
import type { ChartTable, HeatmapChartInput } from "../../charts/index.ts";
import type { Framework } from "../../schema/index.ts";
import type { PublicPartnership } from "../site-model.ts";
import { AGREEMENT_WORDS } from "../triangulation.ts";
import { capitalise, hasHave, listWords, numberWord, plural, verb } from "../words.ts";
import { activeOnly, leftOutSentence, type ActiveOnly } from "../findings/active-partnerships.ts";
import type { FactorFinding } from "../findings/factor-findings.ts";

/** The heatmap's title when the page gives none. */
export const HEATMAP_TITLE = "Consensus level by partnership and factor";

/** One partnership's row: the factor findings of its current review, or none when it has no published review. */
export interface HeatmapRow {
  id: string;
  label: string;
  findings?: readonly FactorFinding[] | undefined;
}

/** A perception gap in the words of the agreement bands: "perception gap". */
const GAP = AGREEMENT_WORDS.gap.toLowerCase();

/** Returns the plain-English summary of the comparison; `left` counts the proposed and ended partnerships not shown. */
export function heatmapSummary(
  framework: Pick<Framework, "factors">,
  rows: readonly HeatmapRow[],
  left: Pick<ActiveOnly, "proposed" | "ended"> = { proposed: 0, ended: 0 },
): string[] {
  const leftOut = leftOutSentence(left);
  const reviewed = rows.filter((row) => row.findings !== undefined);
  const cells = reviewed.flatMap((row) =>
    framework.factors.map((factor) => ({
      row,
      finding: row.findings?.find((finding) => finding.factor === factor.id),
    })),
  );
  const sentences: string[] = [];
  if (cells.length === 0) {
    return ["No active partnership has a published review.", ...(leftOut === undefined ? [] : [leftOut])];
  }
  const gaps = cells.filter((cell) => cell.finding?.gap === true);
  if (gaps.length === 0) {
    sentences.push(`No active partnership has a ${GAP} on any factor.`);
  } else {
    const byPartnership = reviewed
      .map((row) => ({
        row,
        factors: gaps.filter((cell) => cell.row === row).map((cell) => cell.finding?.label ?? ""),
      }))
      .filter((item) => item.factors.length > 0);
    // Six are named rather than five and "1 other partnership".
    const named = byPartnership
      .slice(0, byPartnership.length <= 6 ? 6 : 5)
      .map((item) => `${item.row.label} on ${listWords(item.factors)}`);
    const others = byPartnership.length - named.length;
    sentences.push(
      `${capitalise(numberWord(gaps.length))} of the ${plural(cells.length, "cell")} ${verb(gaps.length, `shows a ${GAP}`, `show ${GAP}s`)}: ` +
        `${named.join("; ")}${others > 0 ? `; and ${plural(others, "other partnership", "other partnerships")}` : ""}.`,
    );
  }
  const valued = cells.flatMap((cell) =>
    cell.finding?.consensus === undefined
      ? []
      : [{ row: cell.row, finding: cell.finding, consensus: cell.finding.consensus }],
  );
  if (valued.length > 0) {
    const highest = valued.reduce((best, cell) => (cell.consensus.value > best.consensus.value ? cell : best));
    const lowest = valued.reduce((best, cell) => (cell.consensus.value < best.consensus.value ? cell : best));
    sentences.push(
      highest.consensus.text === lowest.consensus.text
        ? `Every published consensus is at ${highest.consensus.text}.`
        : `The highest consensus is ${highest.row.label} on ${highest.finding.label}, at ${highest.consensus.text}; ` +
            `the lowest is ${lowest.row.label} on ${lowest.finding.label}, at ${lowest.consensus.text}.`,
    );
  }
  const empty = cells.length - valued.length;
  if (empty > 0) {
    sentences.push(`${capitalise(plural(empty, "cell", "cells", true))} ${hasHave(empty)} no published view.`);
  }
  const unreviewed = rows.filter((row) => row.findings === undefined);
  if (unreviewed.length > 0) {
    sentences.push(
      `${listWords(unreviewed.map((row) => row.label))} ${hasHave(unreviewed.length)} no published review.`,
    );
  }
  if (leftOut !== undefined) sentences.push(leftOut);
  return sentences;
}

/** Returns a cell's words: the consensus as shown, after the finding's notes ("Perception gap: 4.2 (Cooperating)"). */
function cellText(finding: FactorFinding | undefined): string {
  if (finding?.consensus === undefined) return "No published view";
  // Notes first, so no punctuation sticks to the level's name: "(Collaborating);" was the widest word of a column
  // and pushed the table's headers past a desktop's width.
  const notes = finding.notes.map((note) => note.toLowerCase());
  return notes.length === 0 ? finding.consensus.text : `${capitalise(notes.join(", "))}: ${finding.consensus.text}`;
}

/** Returns the table of the comparison: one row per partnership, one column per factor. */
export function heatmapTable(
  framework: Pick<Framework, "factors">,
  rows: readonly HeatmapRow[],
  title: string,
): ChartTable {
  return {
    caption: title,
    head: ["Partnership", ...framework.factors.map((factor) => factor.label)],
    rows: rows.map((row) => ({
      row: row.id,
      header: row.label,
      cells: framework.factors.map((factor) =>
        row.findings === undefined
          ? "No published review"
          : cellText(row.findings.find((finding) => finding.factor === factor.id)),
      ),
    })),
  };
}

/** Returns the heatmap's input for these rows; `left` counts the proposed and ended partnerships not shown. */
export function heatmapInput(
  framework: Pick<Framework, "spectrum" | "factors">,
  rows: readonly HeatmapRow[],
  title = HEATMAP_TITLE,
  left: Pick<ActiveOnly, "proposed" | "ended"> = { proposed: 0, ended: 0 },
): HeatmapChartInput {
  return {
    levels: framework.spectrum,
    factors: framework.factors,
    partnerships: rows.map((row) => ({
      id: row.id,
      label: row.label,
      readings: row.findings?.map((finding) => ({
        factor: finding.factor,
        consensus: finding.consensus?.value,
        marked: finding.gap,
      })),
    })),
    marked: { label: AGREEMENT_WORDS.gap, meaning: `a ${GAP}` },
    title,
    summary: heatmapSummary(framework, rows, left),
    table: heatmapTable(framework, rows, title),
  };
}

/** Returns the heatmap's input for the partnerships: the active ones, each row its current review's findings. */
export function heatmapChartInput(
  framework: Framework,
  partnerships: readonly PublicPartnership[],
  title = HEATMAP_TITLE,
): HeatmapChartInput {
  const { active, ...left } = activeOnly(partnerships);
  const rows = active.map((partnership) => ({
    id: partnership.slug,
    label: partnership.data.name,
    findings: partnership.current?.findings,
  }));
  return heatmapInput(framework, rows, title, left);
}

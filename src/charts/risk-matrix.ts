import type { Chart, ChartTable, Mark } from "./geometry.ts";
import { layoutLegend } from "./legend.ts";
import { rectMark, textMark } from "./marks.ts";
import { INK } from "./palette.ts";
import { round3 } from "./round.ts";
import { textWidth, wrapList, wrapText } from "./text.ts";
import { isNarrow, WIDE_WIDTH } from "./variants.ts";

/** One risk to place on the matrix; a Risk from the schema fits. */
export interface RiskInput {
  id: string;
  title: string;
  /** 1 (rare) to 5 (almost certain). */
  likelihood: number;
  /** 1 (minimal) to 5 (severe). */
  impact: number;
  /**
   * What readers call the risk, in the matrix's key and table: by default its title; across several
   * reviews, such as "Supplier cannot staff the service (Shared Legal Service)". Never the id, a
   * reference for authors.
   */
  label?: string;
}

/** One risk band as the matrix draws it: the scores it covers, its name and colours, from the findings layer. */
export interface RiskBandInput {
  /** The band's name, written in each of its cells when there is room, such as "high". */
  name: string;
  /** The lowest and highest score in the band. */
  min: number;
  max: number;
  /** The band in the legend, such as "Score 15 to 25: high". */
  label: string;
  fill: string;
  /** The text colour that reads on the fill. */
  text: string;
  className: string;
}

/** The data of a risk matrix. */
export interface RiskMatrixInput {
  risks: readonly RiskInput[];
  /** The bands, highest first, covering every score from 1 to 25. */
  bands: readonly RiskBandInput[];
  /** Words for likelihood 1 to 5, such as "Rare", and impact 1 to 5, such as "Minimal". */
  likelihoodWords: readonly string[];
  impactWords: readonly string[];
  title: string;
  /** The chart's summary in words and its data as a table, from the findings layer. */
  summary: readonly string[];
  table: ChartTable;
  /** The viewBox width to lay out for (default 680); below 480 the narrow layout numbers the axes and keys their words. */
  width?: number;
}

/** One risk as the matrix numbers it: highest score first. */
export interface NumberedRisk {
  number: number;
  label: string;
  likelihood: number;
  impact: number;
  score: number;
}

/** One cell of the matrix. */
export interface RiskCell {
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The labels of the risks in the cell, by number. */
  risks: string[];
  /** The numbers of the risks in the cell, keyed to the list under the matrix and the table. */
  numbers: number[];
  /** The numbers as drawn, wrapped to the cell. */
  lines: string[];
}

/** A laid-out risk matrix. */
export interface RiskMatrixChart extends Chart {
  kind: "risk-matrix";
  cells: RiskCell[];
  /** Every risk with its number, as the key under the matrix lists them. */
  key: NumberedRisk[];
}

const GRID_TOP = 10;
const MIN_CELL_HEIGHT = 72;
const NUMBER_SIZE = 14;
const NUMBER_LINE = 17;
const KEY_SIZE = 13;
const KEY_LINE = 16;

/** Returns the word for a likelihood or impact from 1 to 5. */
export function scaleWord(words: readonly string[], value: number): string {
  return words[value - 1] ?? String(value);
}

/** A risk's title longer than this many characters (twice as many when wide) is shortened in the key; the table gives it in full. */
const KEY_MAX_CHARACTERS = 64;

/**
 * Returns a risk's name shortened for the key: a title over the limit is cut at the last word
 * boundary before it, with an ellipsis; a trailing "(partnership)" is kept whole.
 */
export function shorten(label: string, limit = KEY_MAX_CHARACTERS): string {
  const context = /\s(\([^()]*\))$/.exec(label)?.[1] ?? "";
  const body = context === "" ? label : label.slice(0, -context.length - 1);
  if (body.length <= limit) return label;
  // Cut at the limit when a word ends there, else before the word it would split.
  const slice = body.slice(0, limit);
  const cut = (/\s/.test(body.charAt(limit)) ? slice : slice.replace(/\S*$/, "")).replace(/[\s,;:.–-]+$/, "");
  return `${cut}…${context === "" ? "" : ` ${context}`}`;
}

/** Returns the risks numbered from 1, highest score first (ties keep the order given). */
export function numberRisks(risks: readonly RiskInput[]): NumberedRisk[] {
  return risks
    .map((risk, index) => ({ risk, index, score: risk.likelihood * risk.impact }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((item, position) => ({
      number: position + 1,
      label: item.risk.label ?? item.risk.title,
      likelihood: item.risk.likelihood,
      impact: item.risk.impact,
      score: item.score,
    }));
}

/** Returns the text without a full stop at its end or before a closing "(partnership)", to set inside a sentence. */
export function withoutFullStop(text: string): string {
  return text.replace(/\.(\s+\([^()]*\))?\s*$/, "$1");
}

/**
 * Returns a 5 × 5 risk matrix of likelihood (across) by impact (up). Each risk is a number in its
 * cell, keyed to a list of the risks' names under the matrix (highest score first).
 */
export function buildRiskMatrix(input: RiskMatrixInput): RiskMatrixChart {
  const width = input.width ?? WIDE_WIDTH;
  const narrow = isNarrow(width);
  const { title, likelihoodWords, impactWords } = input;
  const bandOf = (score: number) =>
    input.bands.find((band) => score >= band.min && score <= band.max) ?? (input.bands.at(-1) as RiskBandInput);
  // Narrow, the axes give numbers only and a key beneath gives their words.
  const gridLeft = narrow ? 40 : 150;
  const gridRight = width - 10;
  const cellWidth = (gridRight - gridLeft) / 5;
  const key = numberRisks(input.risks);
  const grouped = [1, 2, 3, 4, 5].flatMap((impact) =>
    [1, 2, 3, 4, 5].map((likelihood) => {
      const inCell = key.filter((risk) => risk.likelihood === likelihood && risk.impact === impact);
      return {
        likelihood,
        impact,
        risks: inCell.map((risk) => risk.label),
        numbers: inCell.map((risk) => risk.number),
      };
    }),
  );
  const linesByCell = grouped.map((cell) =>
    cell.numbers.length === 0 ? [] : wrapText(cell.numbers.join(", "), cellWidth - 10, NUMBER_SIZE, true),
  );
  const scoreHeight = 18;
  // Each impact row is as tall as its fullest cell, so one crowded cell does not stretch the others.
  const rowHeight = (impact: number) =>
    round3(
      Math.max(
        narrow ? 52 : MIN_CELL_HEIGHT,
        ...grouped.map((cell, index) =>
          cell.impact === impact ? scoreHeight + (linesByCell[index] as string[]).length * NUMBER_LINE + 12 : 0,
        ),
      ),
    );
  const heights = new Map([1, 2, 3, 4, 5].map((impact) => [impact, rowHeight(impact)]));
  const rowTop = (impact: number) =>
    GRID_TOP +
    [5, 4, 3, 2, 1].filter((above) => above > impact).reduce((sum, above) => sum + (heights.get(above) ?? 0), 0);
  const cells: RiskCell[] = grouped.map((cell, index) => {
    const score = cell.likelihood * cell.impact;
    return {
      ...cell,
      score,
      band: bandOf(score).name,
      x: round3(gridLeft + (cell.likelihood - 1) * cellWidth),
      y: round3(rowTop(cell.impact)),
      width: round3(cellWidth),
      height: heights.get(cell.impact) ?? 0,
      lines: linesByCell[index] as string[],
    };
  });
  const gridBottom = rowTop(0);
  const marks: Mark[] = [];
  for (const cell of cells) {
    const band = bandOf(cell.score);
    // Wide, each cell names its band, so the band is read in words as well as by its shade; narrow cells give the
    // score, which the legend's ranges name.
    const label = narrow ? String(cell.score) : `${cell.score} (${band.name})`;
    marks.push(
      rectMark(cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2, band.className, band.fill, {
        stroke: INK.range,
        strokeWidth: 1,
      }),
      textMark(cell.x + 5, cell.y + 15, [label], {
        size: 12,
        className: "chart-risk-label",
        fill: band.text,
      }),
    );
    if (cell.lines.length > 0) {
      const blockTop = cell.y + scoreHeight + (cell.height - scoreHeight - cell.lines.length * NUMBER_LINE) / 2;
      marks.push(
        textMark(cell.x + cell.width / 2, blockTop + NUMBER_SIZE - 1, cell.lines, {
          size: NUMBER_SIZE,
          lineHeight: NUMBER_LINE,
          bold: true,
          anchor: "middle",
          className: "chart-risk-label",
          fill: band.text,
        }),
      );
    }
  }
  for (let impact = 1; impact <= 5; impact += 1) {
    const lines = narrow
      ? [String(impact)]
      : wrapText(`${impact} ${scaleWord(impactWords, impact)}`, gridLeft - 44, 13);
    const centre = rowTop(impact) + (heights.get(impact) ?? 0) / 2;
    marks.push(
      textMark(gridLeft - 8, centre + 5 - ((lines.length - 1) * 16) / 2, lines, {
        anchor: "end",
        lineHeight: 16,
      }),
    );
  }
  marks.push(
    textMark(narrow ? 14 : 20, (GRID_TOP + gridBottom) / 2, ["Impact"], {
      anchor: "middle",
      bold: true,
      size: 14,
      rotate: -90,
    }),
  );
  const likelihoodLabels = [1, 2, 3, 4, 5].map((likelihood) =>
    narrow
      ? [String(likelihood)]
      : wrapText(`${likelihood} ${scaleWord(likelihoodWords, likelihood)}`, cellWidth - 8, 13),
  );
  likelihoodLabels.forEach((lines, index) => {
    marks.push(
      textMark(gridLeft + (index + 0.5) * cellWidth, gridBottom + 18, lines, { anchor: "middle", lineHeight: 16 }),
    );
  });
  let cursor = gridBottom + 18 + Math.max(...likelihoodLabels.map((lines) => lines.length)) * 16;
  marks.push(
    textMark((gridLeft + gridRight) / 2, cursor + 8, ["Likelihood"], { anchor: "middle", bold: true, size: 14 }),
  );
  cursor += 18;
  if (narrow) {
    const scales = [
      ["Likelihood:", likelihoodWords],
      ["Impact:", impactWords],
    ].flatMap(([name, words]) =>
      wrapList(
        (words as readonly string[]).map(
          (word, index) => `${index === 0 ? `${name as string} ` : ""}${index + 1} ${word}`,
        ),
        width - 20,
        KEY_SIZE,
      ),
    );
    marks.push(textMark(10, cursor + 16, scales, { size: KEY_SIZE, lineHeight: KEY_LINE }));
    cursor += 8 + scales.length * KEY_LINE;
  }
  // The key: each risk's number and name, so no cell has to fit a name.
  const numberWidth = textWidth(`${key.length}.`, KEY_SIZE, true) + 8;
  cursor += 12;
  for (const risk of key) {
    const lines = wrapText(
      `${shorten(withoutFullStop(risk.label), narrow ? KEY_MAX_CHARACTERS : 2 * KEY_MAX_CHARACTERS)} (score ${risk.score})`,
      width - 20 - numberWidth,
      KEY_SIZE,
    );
    marks.push(
      textMark(10 + numberWidth - 8, cursor + KEY_SIZE, [`${risk.number}.`], {
        size: KEY_SIZE,
        bold: true,
        anchor: "end",
      }),
      textMark(10 + numberWidth, cursor + KEY_SIZE, lines, { size: KEY_SIZE, lineHeight: KEY_LINE }),
    );
    cursor += lines.length * KEY_LINE + 4;
  }
  const [highest] = input.bands;
  const lowest = input.bands.at(-1);
  const shading =
    highest === undefined || lowest === undefined || highest === lowest
      ? ""
      : `, darker from ${lowest.name} to ${highest.name}`;
  const legend = layoutLegend(
    input.bands.map((band) => ({
      label: band.label,
      key: { kind: "swatch" as const, className: band.className, fill: band.fill },
    })),
    10,
    cursor + 10,
    width - 20,
  );
  marks.push(...legend.marks);
  return {
    kind: "risk-matrix",
    width,
    height: round3(cursor + 10 + legend.height + 12),
    title,
    desc:
      `Risk matrix: likelihood from 1 (${scaleWord(likelihoodWords, 1)}) to 5 (${scaleWord(likelihoodWords, 5)}) ` +
      `across, impact from 1 (${scaleWord(impactWords, 1)}) to 5 (${scaleWord(impactWords, 5)}) up. Each cell gives ` +
      `its score (likelihood × impact)${narrow ? "" : ", its band"} and the numbers of the risks in it, and is ` +
      `shaded by its band${shading}. Under the matrix, a key names each numbered risk, highest score first.`,
    summary: [...input.summary],
    table: input.table,
    marks,
    cells,
    key,
  };
}

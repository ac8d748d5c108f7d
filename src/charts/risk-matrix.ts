import type { Chart, ChartTable, Mark } from "./geometry.ts";
import { layoutLegend } from "./legend.ts";
import { rectMark, textMark } from "./marks.ts";
import { INK, RISK_BANDS, riskBand, type RiskBand } from "./palette.ts";
import { round3 } from "./round.ts";
import { wrapText } from "./text.ts";
import { capitalise, isAre, listOrCount, listWords, plural } from "./words.ts";

/** One risk to place on the matrix; a Risk from the schema fits. */
export interface RiskInput {
  id: string;
  title: string;
  /** 1 (rare) to 5 (almost certain). */
  likelihood: number;
  /** 1 (minimal) to 5 (severe). */
  impact: number;
  /** What the cell shows for this risk: by default its id; with several reviews, such as "Legal service risk-1". */
  label?: string;
}

/** The data of a risk matrix. */
export interface RiskMatrixInput {
  risks: readonly RiskInput[];
  title?: string;
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
  /** The labels of the risks in the cell, in the order given. */
  risks: string[];
  /** The labels as drawn: wrapped, with "+N more" when they do not all fit. */
  lines: string[];
}

/** A laid-out risk matrix. */
export interface RiskMatrixChart extends Chart {
  kind: "risk-matrix";
  cells: RiskCell[];
}

/** Words for likelihood 1 to 5. */
export const LIKELIHOOD_WORDS = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"] as const;
/** Words for impact 1 to 5. */
export const IMPACT_WORDS = ["Minimal", "Minor", "Moderate", "Major", "Severe"] as const;

const WIDTH = 680;
const GRID_LEFT = 150;
const GRID_RIGHT = 670;
const GRID_TOP = 10;
const CELL_WIDTH = (GRID_RIGHT - GRID_LEFT) / 5;
const MIN_CELL_HEIGHT = 72;
const ID_SIZE = 12;
const ID_LINE = 14;
const MAX_ID_LINES = 4;

/** Returns the word for a likelihood or impact from 1 to 5. */
function scaleWord(words: readonly string[], value: number): string {
  return words[value - 1] ?? String(value);
}

/** Returns the cell's labels wrapped to fit, ending "+N more" when they do not all fit in four lines. */
function cellLines(labels: readonly string[]): string[] {
  for (let shown = labels.length; shown >= 0; shown -= 1) {
    const hidden = labels.length - shown;
    const text = [labels.slice(0, shown).join(", "), hidden > 0 ? `+${hidden} more` : ""].filter(Boolean).join(" ");
    const lines = wrapText(text, CELL_WIDTH - 12, ID_SIZE);
    if (lines.length <= MAX_ID_LINES) return labels.length === 0 ? [] : lines;
  }
  return [`${labels.length} risks`];
}

/** Returns the plain-English summary of the risks. */
export function riskSummary(input: RiskMatrixInput): string[] {
  const { risks } = input;
  if (risks.length === 0) return ["There are no published risks."];
  const label = (risk: RiskInput) => risk.label ?? risk.id;
  const score = (risk: RiskInput) => risk.likelihood * risk.impact;
  const top = Math.max(...risks.map(score));
  const leaders = risks.filter((risk) => score(risk) === top);
  const sentences = [`${capitalise(plural(risks.length, "risk", "risks", true))} ${isAre(risks.length)} plotted.`];
  if (leaders.length === 1) {
    const only = leaders[0] as RiskInput;
    sentences.push(
      `The highest-scoring risk is ${label(only)}, ${only.title}, with a score of ${top}: likelihood ${only.likelihood} ` +
        `(${scaleWord(LIKELIHOOD_WORDS, only.likelihood)}) and impact ${only.impact} (${scaleWord(IMPACT_WORDS, only.impact)}).`,
    );
  } else {
    sentences.push(
      `The highest-scoring risks, each with a score of ${top}, are ${listOrCount(leaders.map(label), "risks")}.`,
    );
  }
  const counts = [...RISK_BANDS]
    .reverse()
    .map((band) => ({ band, count: risks.filter((risk) => riskBand(score(risk)) === band).length }))
    .filter((item) => item.count > 0)
    .map((item) => `${item.count} ${item.band.name}`);
  sentences.push(`By score band: ${listWords(counts)}.`);
  return sentences;
}

/** Returns the matrix as a table: impact rows (highest first) by likelihood columns, each cell the count and labels. */
function riskTable(cells: readonly RiskCell[], title: string): ChartTable {
  return {
    caption: title,
    head: ["Impact", ...LIKELIHOOD_WORDS.map((word, index) => `Likelihood ${index + 1} (${word})`)],
    rows: [5, 4, 3, 2, 1].map((impact) => ({
      header: `${impact} (${scaleWord(IMPACT_WORDS, impact)})`,
      cells: [1, 2, 3, 4, 5].map((likelihood) => {
        const cell = cells.find((item) => item.impact === impact && item.likelihood === likelihood);
        const labels = cell?.risks ?? [];
        return labels.length === 0 ? "None" : `${labels.length}: ${labels.join(", ")}`;
      }),
    })),
  };
}

/** Returns a 5 × 5 risk matrix of likelihood (across) by impact (up), with the count and labels of risks in each cell. */
export function buildRiskMatrix(input: RiskMatrixInput): RiskMatrixChart {
  const title = input.title ?? "Risks by likelihood and impact";
  const grouped = [1, 2, 3, 4, 5].flatMap((impact) =>
    [1, 2, 3, 4, 5].map((likelihood) => ({
      likelihood,
      impact,
      risks: input.risks
        .filter((risk) => risk.likelihood === likelihood && risk.impact === impact)
        .map((risk) => risk.label ?? risk.id),
    })),
  );
  const linesByCell = grouped.map((cell) => cellLines(cell.risks));
  const contentHeight = Math.max(...linesByCell.map((lines) => 16 + 22 + lines.length * ID_LINE + 10));
  const cellHeight = round3(Math.max(MIN_CELL_HEIGHT, contentHeight));
  const cells: RiskCell[] = grouped.map((cell, index) => {
    const score = cell.likelihood * cell.impact;
    return {
      ...cell,
      score,
      band: riskBand(score).name,
      x: round3(GRID_LEFT + (cell.likelihood - 1) * CELL_WIDTH),
      y: round3(GRID_TOP + (5 - cell.impact) * cellHeight),
      width: round3(CELL_WIDTH),
      height: cellHeight,
      lines: linesByCell[index] as string[],
    };
  });
  const gridBottom = GRID_TOP + 5 * cellHeight;
  const marks: Mark[] = [];
  for (const cell of cells) {
    const band = riskBand(cell.score) as RiskBand;
    const bandIndex = RISK_BANDS.indexOf(band) + 1;
    const centre = cell.x + cell.width / 2;
    marks.push(
      rectMark(
        cell.x + 1,
        cell.y + 1,
        cell.width - 2,
        cell.height - 2,
        `chart-risk chart-risk-${bandIndex}`,
        band.fill,
        {
          stroke: INK.range,
          strokeWidth: 1,
        },
      ),
      textMark(cell.x + 6, cell.y + 15, [`Score ${cell.score}`], {
        size: 12,
        className: "chart-risk-label",
        fill: band.text,
      }),
    );
    if (cell.risks.length > 0) {
      const block = 22 + cell.lines.length * ID_LINE;
      const blockTop = cell.y + 16 + (cell.height - 16 - block) / 2;
      marks.push(
        textMark(centre, blockTop + 18, [String(cell.risks.length)], {
          size: 18,
          bold: true,
          anchor: "middle",
          className: "chart-risk-label",
          fill: band.text,
        }),
        textMark(centre, blockTop + 22 + ID_SIZE, cell.lines, {
          size: ID_SIZE,
          lineHeight: ID_LINE,
          anchor: "middle",
          className: "chart-risk-label",
          fill: band.text,
        }),
      );
    }
  }
  for (let impact = 1; impact <= 5; impact += 1) {
    const lines = wrapText(`${impact} ${scaleWord(IMPACT_WORDS, impact)}`, GRID_LEFT - 44, 13);
    const centre = GRID_TOP + (5 - impact) * cellHeight + cellHeight / 2;
    marks.push(
      textMark(GRID_LEFT - 8, centre + 5 - ((lines.length - 1) * 16) / 2, lines, {
        anchor: "end",
        lineHeight: 16,
      }),
    );
  }
  marks.push(
    textMark(20, GRID_TOP + (5 * cellHeight) / 2, ["Impact"], { anchor: "middle", bold: true, size: 14, rotate: -90 }),
  );
  const likelihoodLabels = [1, 2, 3, 4, 5].map((likelihood) =>
    wrapText(`${likelihood} ${scaleWord(LIKELIHOOD_WORDS, likelihood)}`, CELL_WIDTH - 8, 13),
  );
  likelihoodLabels.forEach((lines, index) => {
    marks.push(
      textMark(GRID_LEFT + (index + 0.5) * CELL_WIDTH, gridBottom + 18, lines, { anchor: "middle", lineHeight: 16 }),
    );
  });
  const axisBottom = gridBottom + 18 + Math.max(...likelihoodLabels.map((lines) => lines.length)) * 16;
  marks.push(
    textMark((GRID_LEFT + GRID_RIGHT) / 2, axisBottom + 8, ["Likelihood"], { anchor: "middle", bold: true, size: 14 }),
  );
  const legend = layoutLegend(
    RISK_BANDS.map((band, index) => ({
      label: `Score ${band.min} to ${band.max}: ${band.name}`,
      key: { kind: "swatch" as const, className: `chart-risk chart-risk-${index + 1}`, fill: band.fill },
    })),
    10,
    axisBottom + 26,
    WIDTH - 20,
  );
  marks.push(...legend.marks);
  return {
    kind: "risk-matrix",
    width: WIDTH,
    height: round3(axisBottom + 26 + legend.height + 12),
    title,
    desc:
      "Risk matrix: likelihood from 1 (Rare) to 5 (Almost certain) across, impact from 1 (Minimal) to 5 (Severe) " +
      "up. Each cell gives its score (likelihood × impact), the number of risks in it and their ids, and is shaded " +
      "darker as the score rises.",
    summary: riskSummary(input),
    table: riskTable(cells, title),
    marks,
    cells,
  };
}

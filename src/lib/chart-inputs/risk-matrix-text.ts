/**
 * The risk matrix's words, bands and colours: its summary, its data table and the three risk bands with their fills,
 * all from the one band rule (src/lib/risks.ts), so the matrix, its table, the risks page and the pack name a score's
 * band alike.
 */
import {
  numberRisks,
  riskFill,
  scaleWord,
  withoutFullStop,
  type ChartTable,
  type NumberedRisk,
  type RiskBandInput,
  type RiskMatrixInput,
} from "../../charts/index.ts";
import type { Risk } from "../../schema/index.ts";
import { IMPACT_WORDS, LIKELIHOOD_WORDS, riskBand, riskBandRanges, type RiskThresholds } from "../risks.ts";
import { capitalise, isAre, listWords, numberWord, plural } from "../words.ts";

/** The risk matrix's title when the page gives none. */
export const RISK_MATRIX_TITLE = "Risks by likelihood and impact";

/** What the matrix needs of a risk: a Risk from the schema fits. */
export type MatrixRisk = Pick<Risk, "id" | "title" | "likelihood" | "impact">;

/** A published risk with the partnership it belongs to, for a matrix across several reviews. */
export interface RiskInContext {
  risk: MatrixRisk;
  /** The partnership's name, shown after the risk's title. */
  partnership: string;
}

/** Returns the plain-English summary of the numbered risks, counting them by band. */
export function riskMatrixSummary(key: readonly NumberedRisk[], thresholds: RiskThresholds): string[] {
  const [first] = key;
  if (first === undefined) return ["There are no published risks."];
  const top = first.score;
  const leaders = key.filter((risk) => risk.score === top);
  const sentences = [
    `${capitalise(plural(key.length, "risk", "risks", true))} ${isAre(key.length)} plotted, numbered from the highest score.`,
  ];
  if (leaders.length === 1) {
    sentences.push(
      `Risk 1 scores highest, at ${top} (${riskBand(top, thresholds).band}; likelihood ${first.likelihood}, ` +
        `${scaleWord(LIKELIHOOD_WORDS, first.likelihood)}; impact ${first.impact}, ${scaleWord(IMPACT_WORDS, first.impact)}): ` +
        `${withoutFullStop(first.label)}.`,
    );
  } else {
    const which =
      leaders.length > 6
        ? `${capitalise(numberWord(leaders.length))} risks`
        : `Risks ${listWords(leaders.map((risk) => String(risk.number)))}`;
    sentences.push(`${which} score highest, at ${riskBand(top, thresholds).text} each.`);
  }
  const counts = riskBandRanges(thresholds)
    .map((range) => ({
      range,
      count: key.filter((risk) => riskBand(risk.score, thresholds).band === range.band).length,
    }))
    .filter((item) => item.count > 0)
    .map((item) => `${item.count} ${item.range.band}`);
  sentences.push(`By band: ${listWords(counts)}.`);
  return sentences;
}

/** Returns the risks as a table, by number: the same numbers as the matrix and its key, each score with its band. */
export function riskMatrixTable(key: readonly NumberedRisk[], thresholds: RiskThresholds, title: string): ChartTable {
  return {
    caption: title,
    head: ["Risk", "Number on the matrix", "Likelihood", "Impact", "Score"],
    rows: key.map((risk) => ({
      header: risk.label,
      cells: [
        String(risk.number),
        `${risk.likelihood} (${scaleWord(LIKELIHOOD_WORDS, risk.likelihood)})`,
        `${risk.impact} (${scaleWord(IMPACT_WORDS, risk.impact)})`,
        riskBand(risk.score, thresholds).text,
      ],
    })),
  };
}

/** Returns the risk bands as the matrix draws them, highest first: their scores, words and fills. */
export function riskMatrixBands(thresholds: RiskThresholds): RiskBandInput[] {
  return riskBandRanges(thresholds).map((range) => ({
    name: range.band,
    min: range.min,
    max: range.max,
    label: `Score ${range.text}`,
    ...riskFill(range.band),
  }));
}

/** Returns the risk matrix's input; risks in context are named by their title and their partnership's name. */
export function riskMatrixChartInput(
  framework: { thresholds: RiskThresholds },
  risks: readonly (MatrixRisk | RiskInContext)[],
  title = RISK_MATRIX_TITLE,
): RiskMatrixInput {
  const { thresholds } = framework;
  const inputs = risks.map((item) =>
    "risk" in item
      ? {
          id: item.risk.id,
          title: item.risk.title,
          likelihood: item.risk.likelihood,
          impact: item.risk.impact,
          label: `${item.risk.title} (${item.partnership})`,
        }
      : { id: item.id, title: item.title, likelihood: item.likelihood, impact: item.impact },
  );
  const key = numberRisks(inputs);
  return {
    risks: inputs,
    bands: riskMatrixBands(thresholds),
    likelihoodWords: LIKELIHOOD_WORDS,
    impactWords: IMPACT_WORDS,
    title,
    summary: riskMatrixSummary(key, thresholds),
    table: riskMatrixTable(key, thresholds, title),
  };
}

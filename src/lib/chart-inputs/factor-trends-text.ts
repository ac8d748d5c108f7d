/**
 * The factor-trend chart's words: its summary and its data table, read from each review's factor findings. A factor
 * rose or fell only when its move between its first and latest published consensus is counted by factorMove (at
 * least changeThreshold on the levels as shown); smaller moves are said to be smaller, in the words of "What changed".
 */
import type { ChartTable, FactorTrendsInput } from "../../charts/index.ts";
import type { Framework } from "../../schema/index.ts";
import { levelOrder } from "../levels.ts";
import type { PublicReview } from "../site-model.ts";
import { capitalise, formatNumber, hasHave, listOrCount, listWords, longDate, monthYear } from "../words.ts";
import type { FactorFinding } from "../findings/factor-findings.ts";
import { factorMove, type FactorMove } from "../findings/factor-moves.ts";

/** The factor-trend chart's title when the page gives none. */
export const FACTOR_TRENDS_TITLE = "Consensus on each factor at each published review";

/** One published review's factor findings, with its date. */
export interface TrendReview {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  findings: readonly FactorFinding[];
}

/** Returns the reviews oldest first. */
function inOrder(reviews: readonly TrendReview[]): TrendReview[] {
  return [...reviews].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Returns a factor's finding in a review, if the review has one. */
function findingOf(review: TrendReview, factor: string): FactorFinding | undefined {
  return review.findings.find((finding) => finding.factor === factor);
}

/** Returns each factor's move from its first published consensus to its latest, for factors with two or more. */
export function factorTrendMoves(framework: Framework, reviews: readonly TrendReview[]): FactorMove[] {
  const ordered = inOrder(reviews);
  return framework.factors.flatMap((factor) => {
    const values = ordered.flatMap((review) => {
      const value = findingOf(review, factor.id)?.consensus?.value;
      return value === undefined ? [] : [value];
    });
    return values.length < 2 ? [] : [factorMove(framework, factor.id, values[0], values.at(-1))];
  });
}

/** Returns the plain-English summary of how each factor's consensus moved between the first and latest review. */
export function factorTrendsSummary(framework: Framework, reviews: readonly TrendReview[]): string[] {
  const ordered = inOrder(reviews);
  const first = ordered[0];
  const latest = ordered.at(-1);
  if (first === undefined || latest === undefined) return ["There is no published review yet."];
  if (ordered.length === 1) {
    return [`There is only one published review, from ${monthYear(first.date)}, so there is no trend yet.`];
  }
  const moves = factorTrendMoves(framework, ordered);
  const labels = (keep: (move: FactorMove) => boolean) => moves.filter(keep).map((move) => move.label);
  const rose = labels((move) => move.direction === "up");
  const fell = labels((move) => move.direction === "down");
  const small = labels((move) => !move.counted);
  const threshold = formatNumber(framework.thresholds.changeThreshold);
  const period = `Between ${monthYear(first.date)} and ${monthYear(latest.date)}`;
  const sentences: string[] = [];
  if (rose.length > 0 || fell.length > 0) {
    const parts = [
      ...(rose.length > 0 ? [`rose on ${listOrCount(rose, "factors")}`] : []),
      ...(fell.length > 0 ? [`fell on ${listOrCount(fell, "factors")}`] : []),
    ];
    sentences.push(`${period}, consensus ${listWords(parts)}.`);
    if (small.length > 0) {
      sentences.push(
        `${capitalise(listOrCount(small, "factors"))} moved by less than ${threshold} of a level, which is not counted as a change.`,
      );
    }
    const counted = moves.filter((move) => move.counted);
    const largest = counted.reduce((best, move) =>
      Math.abs(move.change ?? 0) > Math.abs(best.change ?? 0) ? move : best,
    );
    sentences.push(`The largest change is on ${largest.words}.`);
  } else if (small.length > 0) {
    sentences.push(
      `${period}, no factor's consensus moved by ${threshold} of a level or more: ${listOrCount(small, "factors")} moved by less, which is not counted as a change.`,
    );
  }
  const traced = new Set(moves.map((move) => move.factor));
  const sparse = framework.factors.filter((factor) => !traced.has(factor.id)).map((factor) => factor.label);
  if (sparse.length > 0) {
    sentences.push(
      `${capitalise(listOrCount(sparse, "factors"))} ${hasHave(sparse.length)} a published consensus in fewer than two reviews, so no trend is shown.`,
    );
  }
  return sentences;
}

/** Returns the table: one row per factor, one column per review, oldest first, each consensus as shown. */
export function factorTrendsTable(
  framework: Pick<Framework, "factors">,
  reviews: readonly TrendReview[],
  title: string,
): ChartTable {
  const ordered = inOrder(reviews);
  return {
    caption: title,
    head: ["Factor", ...ordered.map((review) => longDate(review.date))],
    rows: framework.factors.map((factor) => ({
      header: factor.label,
      cells: ordered.map((review) => findingOf(review, factor.id)?.consensus?.text ?? "No published view"),
    })),
  };
}

/** Returns the factor-trend chart's input for these reviews; `target` is the order of the target level. */
export function factorTrendsInput(
  framework: Framework,
  reviews: readonly TrendReview[],
  target?: number,
  title = FACTOR_TRENDS_TITLE,
): FactorTrendsInput {
  return {
    levels: framework.spectrum,
    factors: framework.factors,
    reviews: reviews.map((review) => ({
      id: review.id,
      date: review.date,
      readings: review.findings.map((finding) => ({ factor: finding.factor, consensus: finding.consensus?.value })),
    })),
    target,
    title,
    summary: factorTrendsSummary(framework, reviews),
    table: factorTrendsTable(framework, reviews, title),
  };
}

/** Returns the factor-trend chart's input for a partnership's reviews; withdrawn reviews are left out. */
export function factorTrendsChartInput(
  framework: Framework,
  reviews: readonly PublicReview[],
  targetLevel?: string,
  title = FACTOR_TRENDS_TITLE,
): FactorTrendsInput {
  const published = reviews
    .filter((review) => review.published)
    .map((review) => ({ id: review.id, date: review.meta.date, findings: review.findings }));
  return factorTrendsInput(framework, published, levelOrder(framework.spectrum, targetLevel), title);
}

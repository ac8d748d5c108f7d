/**
 * The trajectory chart's words: its summary and its data table. Assessed levels are framework levels, named alone
 * ("Cooperating"); where the latest review leaves the partnership against its target is the one fit rule, in its words.
 */
import { assessedInOrder, type ChartTable, type TrajectoryChartInput } from "../../charts/index.ts";
import type { Framework } from "../../schema/index.ts";
import { levelLabel, levelOrder } from "../levels.ts";
import type { PublicReview } from "../site-model.ts";
import { fitInWords, fitToTarget } from "../target-fit.ts";
import { longDate, monthYear, numberWord } from "../words.ts";

/** The trajectory chart's title when the page gives none. */
export const TRAJECTORY_TITLE = "Assessed level at each published review";

/** One published review's place on the trajectory: its date, title and assessed level as an order. */
export interface TrajectoryReview {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The review's title, for the table. */
  label?: string | undefined;
  /** Undefined when the review's assessed level is not on the spectrum. */
  assessed?: number | undefined;
}

/** Returns the plain-English summary of a partnership's trajectory; `target` is the order of its target level. */
export function trajectorySummary(
  framework: Pick<Framework, "spectrum" | "thresholds">,
  reviews: readonly TrajectoryReview[],
  target?: number,
): string[] {
  const name = (order: number) => levelLabel(framework.spectrum, order);
  const points = assessedInOrder(reviews.map(({ id, date, assessed }) => ({ id, date, assessed })));
  const sentences: string[] = [];
  const first = points[0];
  const latest = points.at(-1);
  if (first === undefined || latest === undefined) {
    sentences.push("There is no published review with an assessed level yet.");
  } else if (points.length === 1) {
    sentences.push(
      `The one published review, in ${monthYear(first.date)}, assessed the partnership at ${name(first.assessed)}.`,
    );
  } else {
    const span = `Across ${numberWord(points.length)} published reviews from ${monthYear(first.date)} to ${monthYear(latest.date)}`;
    const values = points.map((point) => point.assessed);
    const low = Math.min(...values);
    const high = Math.max(...values);
    if (latest.assessed !== first.assessed) {
      const way = latest.assessed > first.assessed ? "rose" : "fell";
      sentences.push(`${span}, the assessed level ${way} from ${name(first.assessed)} to ${name(latest.assessed)}.`);
    } else if (low === high) {
      sentences.push(`${span}, the assessed level stayed at ${name(first.assessed)}.`);
    } else {
      sentences.push(
        `${span}, the assessed level was ${name(first.assessed)} in both the first and the latest review, ` +
          `ranging from ${name(low)} to ${name(high)} in between.`,
      );
    }
  }
  if (target === undefined) {
    sentences.push("No target level is set.");
  } else if (latest !== undefined) {
    const fit = fitInWords(fitToTarget(latest.assessed, target, framework.thresholds.targetTolerance));
    sentences.push(
      `${points.length === 1 ? "That places it" : "The latest review places it"} ${fit}; its target is ${name(target)}.`,
    );
  }
  return sentences;
}

/** Returns the table of the trajectory: one row per review, oldest first, with the target in the caption. */
export function trajectoryTable(
  framework: Pick<Framework, "spectrum">,
  reviews: readonly TrajectoryReview[],
  title: string,
  target?: number,
): ChartTable {
  const ordered = [...reviews].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return {
    caption: target === undefined ? title : `${title}. Target level: ${levelLabel(framework.spectrum, target)}`,
    head: ["Date", "Review", "Assessed level"],
    rows: ordered.map((review) => ({
      header: longDate(review.date),
      cells: [
        review.label ?? review.id,
        review.assessed === undefined ? "Not on the spectrum" : levelLabel(framework.spectrum, review.assessed),
      ],
    })),
  };
}

/** Returns the trajectory chart's input for these reviews; `target` is the order of the target level. */
export function trajectoryInput(
  framework: Pick<Framework, "spectrum" | "thresholds">,
  reviews: readonly TrajectoryReview[],
  target?: number,
  title = TRAJECTORY_TITLE,
): TrajectoryChartInput {
  return {
    levels: framework.spectrum,
    reviews: reviews.map(({ id, date, assessed }) => ({ id, date, assessed })),
    target,
    title,
    summary: trajectorySummary(framework, reviews, target),
    table: trajectoryTable(framework, reviews, title, target),
  };
}

/** Returns the trajectory chart's input for a partnership's reviews; withdrawn reviews are left out. */
export function trajectoryChartInput(
  framework: Framework,
  reviews: readonly PublicReview[],
  targetLevel?: string,
  title = TRAJECTORY_TITLE,
): TrajectoryChartInput {
  const published = reviews
    .filter((review) => review.published)
    .map((review) => ({
      id: review.id,
      date: review.meta.date,
      label: review.meta.title,
      assessed: levelOrder(framework.spectrum, review.meta.assessedLevel),
    }));
  return trajectoryInput(framework, published, levelOrder(framework.spectrum, targetLevel), title);
}

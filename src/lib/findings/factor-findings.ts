/**
 * A factor's findings in one review: its consensus, spread, agreement band, triangulation, the two sides and its
 * fit to target, each worked out once, with its numbers and its words. Pages, chart summaries and tables, the pack,
 * the downloads and search all show these values and never word a finding of their own.
 */
import type { FactorJudgement, Framework, Review } from "../../schema/index.ts";
import { factorLabel, groupLabel } from "../format.ts";
import { AGREEMENT_WORDS, type Agreement, type FactorReading } from "../triangulation.ts";
import { listWords, plural } from "../words.ts";
import {
  factorConfidence,
  isDatedEvidence,
  responseRate,
  weightingCheck,
  type Confidence,
  type ResponseRate,
  type WeightingCheck,
} from "./confidence.ts";
import { performanceCheck, type IndicatorFinding, type PerformanceCheck } from "./indicators.ts";
import { showFit, showLevel, spreadText, type FitShown, type LevelShown } from "./shown.ts";

export { showFit, showLevel, spreadText, type FitShown, type LevelShown } from "./shown.ts";

/** One stakeholder group's published view of the factor. */
export interface GroupView {
  group: string;
  label: string;
  level: LevelShown;
  respondents?: number;
  invited?: number;
  /** With both respondents and invited. */
  responseRate?: ResponseRate;
  /** How many answered and were asked: "9 people; 9 of 20 asked (45%)", or "9 people; response rate not stated". */
  responseText?: string;
}

/** What one review says about one factor. */
export interface FactorFinding {
  factor: string;
  label: string;
  /** The published views, in framework group order; suppressed ones are never here. */
  views: GroupView[];
  /** The median of the published views; none when no view is published. */
  consensus?: LevelShown;
  /** The highest view minus the lowest, with its words; only with two or more views. */
  spread?: { value: number; text: string };
  /** The agreement band of two or more views, with its words ("Groups differ"). */
  agreement?: { band: Agreement; words: string };
  /** True when the spread reaches the framework's gapThreshold. */
  gap: boolean;
  /** True when the council-side and partner-side medians differ by at least gapThreshold. */
  partnersDisagree: boolean;
  triangulated: boolean;
  /** How many views were withheld because too few people gave them. */
  withheld: number;
  /** The consensus against the partnership's target, when both are known. */
  fit?: FitShown;
  /** The findings in words, one line each, for tables: the agreement band, the two sides, triangulation and withheld views. */
  words: string[];
  /** The same, short, for a chart's row label: "Perception gap", "Not triangulated", "1 view withheld". */
  notes: string[];
  /** The respondent-weighted reading beside the consensus, when two or more views give respondents. */
  weighting?: WeightingCheck;
  /** How sure the finding is, with every reason in words. */
  confidence: Confidence;
  /** The factor's reading against its performance indicators, when it has one with a target. */
  performance?: PerformanceCheck;
  /** The reading the finding was worked out from. */
  reading: FactorReading;
}

/** The review and partnership a factor finding belongs to, and the build's day. */
export interface FindingContext {
  /** The order of the partnership's target level, when it has one. */
  target?: number | undefined;
  review: Pick<Review, "reviewType" | "date">;
  /** The build's "now", YYYY-MM-DD: evidence ages against it. */
  today: string;
  /** The reviewer's judgements of how well each factor works. */
  judgements?: readonly FactorJudgement[];
  /** The review's indicators, with what each says. */
  indicators?: readonly IndicatorFinding[];
}

/** Returns the findings of a factor's reading in its review. */
export function factorFinding(framework: Framework, reading: FactorReading, context: FindingContext): FactorFinding {
  const { thresholds } = framework;
  const { target } = context;
  const views: GroupView[] = reading.ratings.map((rating) => {
    const rate = responseRate(rating, thresholds.minResponseRate);
    const people = rating.respondents === undefined ? undefined : plural(rating.respondents, "person", "people");
    return {
      group: rating.group,
      label: groupLabel(framework, rating.group),
      level: showLevel(framework, rating.level),
      ...(rating.respondents === undefined ? {} : { respondents: rating.respondents }),
      ...(rating.invited === undefined ? {} : { invited: rating.invited }),
      ...(rate === undefined ? {} : { responseRate: rate }),
      ...(people === undefined
        ? {}
        : { responseText: `${people}; ${rate === undefined ? "response rate not stated" : rate.text}` }),
    };
  });
  const agreement = reading.agreement;
  const label = factorLabel(framework, reading.factor);
  const words: string[] = [];
  const notes: string[] = [];
  if (agreement !== undefined) words.push(AGREEMENT_WORDS[agreement]);
  if (reading.gap) notes.push(AGREEMENT_WORDS.gap);
  if (reading.partnersDisagree) {
    words.push("Council and partner sides disagree");
    notes.push("Sides disagree");
  }
  if (views.length === 0) words.push("No published view");
  else if (!reading.triangulated) {
    words.push(`Not triangulated: views from ${listWords(views.map((view) => view.label))} only`);
    notes.push("Not triangulated");
  }
  const lowResponse = views.flatMap((view) =>
    view.responseRate?.low === true ? [{ label: view.label, rate: view.responseRate }] : [],
  );
  if (lowResponse.length > 0) {
    words.push(`Low response from ${listWords(lowResponse.map((view) => `${view.label} (${view.rate.text})`))}`);
    notes.push("Low response");
  }
  if (reading.withheld > 0) {
    words.push(`${plural(reading.withheld, "group view")} withheld (too few respondents)`);
    notes.push(`${plural(reading.withheld, "view")} withheld`);
  }
  const consensus = reading.consensus === undefined ? undefined : showLevel(framework, reading.consensus);
  const fit =
    consensus === undefined || target === undefined
      ? undefined
      : showFit(consensus.value, target, thresholds.targetTolerance);
  const weighting = weightingCheck(framework, label, views, consensus, target);
  const confidence = factorConfidence({
    triangulated: reading.triangulated,
    reviewType: context.review.reviewType,
    reviewDate: context.review.date,
    lowResponse,
    dated: isDatedEvidence(context.review.date, context.today, thresholds.evidenceMaxAgeMonths),
    evidenceMaxAgeMonths: thresholds.evidenceMaxAgeMonths,
    sensitive: weighting?.sensitive ?? false,
  });
  const own = (context.indicators ?? []).filter((item) => item.indicator.factor === reading.factor);
  const judgement = context.judgements?.find((item) => item.factor === reading.factor)?.health;
  const performance = own.some((item) => item.met !== undefined)
    ? performanceCheck(label, judgement, fit, own)
    : undefined;
  return {
    factor: reading.factor,
    label,
    views,
    ...(consensus === undefined ? {} : { consensus }),
    ...(reading.spread === undefined || agreement === undefined
      ? {}
      : { spread: { value: reading.spread, text: spreadText(reading.spread) } }),
    ...(agreement === undefined ? {} : { agreement: { band: agreement, words: AGREEMENT_WORDS[agreement] } }),
    gap: reading.gap,
    partnersDisagree: reading.partnersDisagree,
    triangulated: reading.triangulated,
    withheld: reading.withheld,
    ...(fit === undefined ? {} : { fit }),
    words,
    notes,
    ...(weighting === undefined ? {} : { weighting }),
    confidence,
    ...(performance === undefined ? {} : { performance }),
    reading,
  };
}

/** Returns the findings of every factor of a review, in framework order. */
export function factorFindings(
  framework: Framework,
  readings: readonly FactorReading[],
  context: FindingContext,
): FactorFinding[] {
  return readings.map((reading) => factorFinding(framework, reading, context));
}

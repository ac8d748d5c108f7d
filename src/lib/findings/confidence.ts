/**
 * How sure a factor finding is (content model version 3): each group view's response rate, the weighting check,
 * the age of the evidence and who carried out the review, counted into a confidence of high, medium or low, with
 * every reason in words.
 */
import type { Framework, Review } from "../../schema/index.ts";
import { addMonths, formatNumber, listWords, monthYear, plural } from "../words.ts";
import { showFit, showLevel, type FitShown, type LevelShown } from "./shown.ts";

/** The three confidence levels, lowest first: the order a headline takes the lowest in. */
export const CONFIDENCE_LEVELS = ["low", "medium", "high"] as const;

/** A confidence level. */
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** A group view's response rate: respondents over invited, compared unrounded, shown as a whole per cent. */
export interface ResponseRate {
  value: number;
  respondents: number;
  invited: number;
  /** Below the framework's minResponseRate. */
  low: boolean;
  /** "2 of 7 asked (29%)". */
  text: string;
}

/** Returns a view's response rate, or undefined when it does not give both respondents and invited. */
export function responseRate(
  view: { respondents?: number | undefined; invited?: number | undefined },
  minResponseRate: number,
): ResponseRate | undefined {
  const { respondents, invited } = view;
  if (respondents === undefined || invited === undefined) return undefined;
  const value = respondents / invited;
  return {
    value,
    respondents,
    invited,
    low: value < minResponseRate,
    text: `${formatNumber(respondents)} of ${formatNumber(invited)} asked (${Math.round(value * 100)}%)`,
  };
}

/** The weighting check of one factor: its respondent-weighted mean beside its consensus (the median). */
export interface WeightingCheck {
  /** The weighted mean before it is rounded for display (to six decimals), for a reader checking it by hand. */
  mean: number;
  weighted: LevelShown;
  /** True when the two, rounded as shown, have different level names, or (with a target) different fits. */
  sensitive: boolean;
  /** Both readings in one sentence, when sensitive. */
  sentence?: string;
}

/**
 * Returns the weighting check: the mean of the published group levels weighted by respondents (groups without
 * respondents left out), compared with the consensus, both rounded as shown; undefined when fewer than two groups
 * give respondents. `target` is the order of the partnership's target level.
 */
export function weightingCheck(
  framework: Framework,
  factorLabel: string,
  views: readonly { level: LevelShown; respondents?: number | undefined; label?: string }[],
  consensus: LevelShown | undefined,
  target: number | undefined,
): WeightingCheck | undefined {
  const counted = views.filter((view) => view.respondents !== undefined);
  if (consensus === undefined || counted.length < 2) return undefined;
  const people = counted.reduce((sum, view) => sum + (view.respondents ?? 0), 0);
  const mean = counted.reduce((sum, view) => sum + view.level.value * (view.respondents ?? 0), 0) / people;
  const exact = Math.round(mean * 1e6) / 1e6;
  const weighted = showLevel(framework, exact);
  const nameOf = (level: LevelShown) => level.text.slice(level.text.indexOf("(") + 1, -1);
  const fits: [FitShown, FitShown] | undefined =
    target === undefined
      ? undefined
      : [
          showFit(consensus.value, target, framework.thresholds.targetTolerance),
          showFit(weighted.value, target, framework.thresholds.targetTolerance),
        ];
  const fitDiffers = fits !== undefined && fits[0].position !== fits[1].position;
  const sensitive = nameOf(weighted) !== nameOf(consensus) || fitDiffers;
  if (!sensitive) return { mean: exact, weighted, sensitive };
  const fitWords = fitDiffers && fits !== undefined ? `, so ${fits[1].words} rather than ${fits[0].words}` : "";
  // Name the largest group on the side weighting moves towards: the reader sees whose numbers make the difference.
  const down = weighted.value < consensus.value;
  const pulling = counted
    .filter(
      (view) =>
        view.label !== undefined && (down ? view.level.value < consensus.value : view.level.value > consensus.value),
    )
    .reduce<(typeof counted)[number] | undefined>(
      (most, view) => (most === undefined || (view.respondents ?? 0) > (most.respondents ?? 0) ? view : most),
      undefined,
    );
  const why =
    pulling === undefined
      ? ""
      : `: the ${plural(pulling.respondents ?? 0, "response")} from ${pulling.label} ${pulling.respondents === 1 ? "pulls" : "pull"} it ${down ? "down" : "up"}`;
  return {
    mean: exact,
    weighted,
    sensitive,
    sentence: `Weighted by respondents, the groups' views put ${factorLabel} at ${weighted.text}, not ${consensus.text}${fitWords}${why}.`,
  };
}

/** Returns true when a review is dated evidence: its date plus evidenceMaxAgeMonths is before today. */
export function isDatedEvidence(reviewDate: string, today: string, evidenceMaxAgeMonths: number): boolean {
  return addMonths(reviewDate, evidenceMaxAgeMonths) < today;
}

/** A factor finding's confidence, with every reason in words. */
export interface Confidence {
  level: ConfidenceLevel;
  /** Each reason in a phrase, such as "a self-assessment"; empty when high. */
  reasons: string[];
  /** "High confidence", or "Low confidence: not triangulated", with every reason. */
  words: string;
}

/** What a factor's confidence is worked out from. */
export interface ConfidenceInput {
  triangulated: boolean;
  reviewType: Review["reviewType"];
  reviewDate: string;
  /** The labels and response rates of the contributing group views that are low response. */
  lowResponse: readonly { label: string; rate: ResponseRate }[];
  /** True when the review is dated evidence at the build date. */
  dated: boolean;
  evidenceMaxAgeMonths: number;
  /** True when the factor is sensitive to weighting. */
  sensitive: boolean;
}

/** Returns "High confidence", "Medium confidence: a self-assessment", …: the level and its reasons. */
function confidenceWords(level: ConfidenceLevel, reasons: readonly string[]): string {
  const name = `${level.charAt(0).toUpperCase()}${level.slice(1)} confidence`;
  return reasons.length === 0 ? name : `${name}: ${listWords(reasons)}`;
}

/**
 * Returns a factor finding's confidence: low when it is not triangulated; otherwise one concern each for a
 * self-assessment, low response from a contributing group, dated evidence and sensitivity to weighting, counted
 * into high (none), medium (one) or low (two or more).
 */
export function factorConfidence(input: ConfidenceInput): Confidence {
  if (!input.triangulated) {
    const reasons = ["not triangulated"];
    return { level: "low", reasons, words: confidenceWords("low", reasons) };
  }
  const reasons = [
    ...(input.reviewType === "self-assessment" ? ["a self-assessment"] : []),
    ...(input.lowResponse.length === 0
      ? []
      : [`low response from ${listWords(input.lowResponse.map((view) => `${view.label} (${view.rate.text})`))}`]),
    ...(input.dated
      ? [`evidence from ${monthYear(input.reviewDate)}, more than ${input.evidenceMaxAgeMonths} months old`]
      : []),
    ...(input.sensitive ? ["sensitive to weighting"] : []),
  ];
  const level: ConfidenceLevel = reasons.length === 0 ? "high" : reasons.length === 1 ? "medium" : "low";
  return { level, reasons, words: confidenceWords(level, reasons) };
}

/** A partnership's headline confidence: the lowest of its current review's factors with a published view. */
export interface HeadlineConfidence {
  level: ConfidenceLevel | "not-assessed";
  /** "Low confidence", "Not assessed: no published view in the current review". */
  words: string;
}

/** Returns the lowest confidence among the findings that have at least one published view; "not assessed" without one. */
export function headlineConfidence(
  findings: readonly { views: readonly unknown[]; confidence: Confidence }[],
): HeadlineConfidence {
  const rated = findings.filter((finding) => finding.views.length > 0);
  if (rated.length === 0) return { level: "not-assessed", words: "Not assessed: no published view" };
  const lowest = CONFIDENCE_LEVELS.find((level) => rated.some((finding) => finding.confidence.level === level));
  const level = lowest ?? "high";
  return { level, words: `${level.charAt(0).toUpperCase()}${level.slice(1)} confidence` };
}

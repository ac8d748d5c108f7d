// The consistency test's vocabulary and its checker: a statement is what one surface (a page, a chart's table, a
// download, the pack) says about one subject (a factor of a review, a partnership, a recommendation, the portfolio),
// and the checker holds every surface's statement to the findings layer's.

/** What one surface says about one subject, normalised so that surfaces can be compared. */
export interface Statement {
  /**
   * What it is about: "kestrel-waste/2021-independent: strategy", "kestrel-waste/2021-independent: indicator
   * recycling-rate", "kestrel-waste", "kbc-2021-waste-01" (a recommendation or, by its id, a committee resolution),
   * "portfolio".
   */
  subject: string;
  /** Which statement: "consensus", "needs attention", "status", "overdue recommendations". */
  statement: string;
  /** Where it was read: "review page factor table", "factors.csv", "committee pack". */
  surface: string;
  value: string;
}

/** A surface that says something else than the findings layer, or says what the layer does not. */
export interface Mismatch {
  subject: string;
  statement: string;
  surface: string;
  value: string;
  /** The findings layer's value; NO_STATEMENT when the layer says nothing of the kind about the subject. */
  expected: string;
}

/** The surface every other is held to. */
export const LAYER = "findings layer";

/** The expected value of a statement the findings layer does not make. */
export const NO_STATEMENT = "(the findings layer says nothing of this)";

/** The value of a statement that something is not there: no consensus, no fit, no reason, no flag. */
export const NONE = "none";

/** The statements the test reads, by what they are about. */
export const S = {
  // A factor of a review (fit and fit position also a partnership's headline fit).
  consensus: "consensus",
  consensusNumber: "consensus number",
  spread: "spread",
  spreadNumber: "spread number",
  agreement: "agreement",
  agreementBand: "agreement band",
  findings: "findings",
  fit: "fit",
  fitPosition: "fit position",
  confidence: "confidence",
  confidenceLevel: "confidence level",
  confidenceReasons: "confidence reasons",
  performanceGap: "perception and performance gap",
  performanceGapWords: "perception and performance gap, in words",
  // A performance indicator of a review: its figures as shown ("46.8%") and as numbers, met and trend.
  indicatorActual: "indicator actual",
  indicatorActualNumber: "indicator actual number",
  indicatorTarget: "indicator target",
  indicatorTargetNumber: "indicator target number",
  indicatorPrevious: "indicator previous",
  indicatorPreviousNumber: "indicator previous number",
  indicatorMet: "indicator met",
  indicatorMetWords: "indicator met, in words",
  indicatorTrend: "indicator trend",
  indicatorTrendWords: "indicator trend, in words",
  // A factor's move between two reviews.
  moveCounted: "move counted",
  move: "move",
  // A factor's move from its first published consensus to its latest, as the factor-trend chart states it.
  trendCounted: "trend counted",
  // A partnership.
  needsAttention: "needs attention",
  reasonCodes: "needs attention codes",
  reasonCount: "reasons counted",
  headline: "headline confidence",
  headlineLevel: "headline confidence level",
  councilCost: "council annual cost",
  // A recommendation or a committee resolution (ids are unique across both).
  status: "status",
  statusLabel: "status, in words",
  asAt: "status as at",
  asAtWords: "status as at, in words",
  overdue: "overdue",
  overdueWords: "overdue, in words",
  stale: "not updated lately",
  staleWords: "not updated lately, in words",
  // The portfolio.
  active: "active partnerships",
  needing: "needing attention",
  overdueCount: "overdue recommendations",
  staleCount: "recommendations not updated lately",
  recommendations: "recommendations of active partnerships",
  resolutions: "committee resolutions about active partnerships",
  overdueResolutions: "overdue committee resolutions",
  staleResolutions: "committee resolutions not updated lately",
} as const;

/** Returns the statement of one stakeholder group's view of a factor. */
export function viewStatement(group: string): string {
  return `view of ${group}`;
}

/** Returns the statement of one group's view as a bare number, as a download gives it. */
export function viewNumber(group: string): string {
  return `${viewStatement(group)}, number`;
}

/** Returns the statement of how many of the active partnerships' recommendations have a status. */
export function statusCount(status: string): string {
  return `recommendations ${status}`;
}

/** Returns the statement of how many of the committee resolutions about active partnerships have a status. */
export function resolutionStatusCount(status: string): string {
  return `committee resolutions ${status}`;
}

/** Returns the subject of a factor in a review: "slug/review: factor". */
export function factorSubject(slug: string, review: string, factor: string): string {
  return `${slug}/${review}: ${factor}`;
}

/** Returns the subject of a performance indicator of a review: "slug/review: indicator id" (never a factor's id). */
export function indicatorSubject(slug: string, review: string, indicator: string): string {
  return `${slug}/${review}: indicator ${indicator}`;
}

/** Returns the subject of a factor's move between two reviews: "slug/previous → current: factor". */
export function moveSubject(slug: string, previous: string, current: string, factor: string): string {
  return `${slug}/${previous} → ${current}: ${factor}`;
}

/** The subject of the portfolio's figures. */
export const PORTFOLIO = "portfolio";

/** Returns "yes" or "no": how a flag is stated. */
export function yesNo(flag: boolean): string {
  return flag ? "yes" : "no";
}

/** Collects statements of one surface, so that extractors write `say(subject, statement, value)`. */
export class Statements {
  readonly list: Statement[] = [];

  /** Returns a writer for one surface. */
  from(surface: string): (subject: string, statement: string, value: string) => void {
    return (subject, statement, value) => {
      this.list.push({ subject, statement, surface, value });
    };
  }
}

/**
 * Returns every statement that differs from the findings layer's statement about the same subject, or that the
 * layer does not make at all. Surfaces that agree with the layer agree with each other, so one reference is enough.
 */
export function checkStatements(statements: readonly Statement[]): Mismatch[] {
  const reference = new Map<string, string>();
  for (const item of statements) {
    if (item.surface === LAYER) reference.set(`${item.subject}\u0000${item.statement}`, item.value);
  }
  return statements.flatMap((item): Mismatch[] => {
    if (item.surface === LAYER) return [];
    const expected = reference.get(`${item.subject}\u0000${item.statement}`) ?? NO_STATEMENT;
    return expected === item.value ? [] : [{ ...item, expected }];
  });
}

/** Returns the subjects a surface makes a statement about, for a coverage check. */
export function subjectsOf(statements: readonly Statement[], surface: string, statement: string): string[] {
  return [
    ...new Set(
      statements.filter((item) => item.surface === surface && item.statement === statement).map((item) => item.subject),
    ),
  ].sort();
}

/** Returns each mismatch on one line, for a failure message a reader can act on. */
export function describeMismatches(mismatches: readonly Mismatch[]): string[] {
  return mismatches.map(
    (item) =>
      `${item.subject} — ${item.statement}: ${item.surface} says "${item.value}", the findings layer "${item.expected}"`,
  );
}

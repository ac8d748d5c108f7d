// The findings layer's statements: what the site model says about every subject, read from its values (never worked
// out again here). Every surface is held to these.
import { factorTrendMoves } from "../../../src/lib/chart-inputs/factor-trends-text.ts";
import { statusShown } from "../../../src/lib/findings/recommendation-status.ts";
import type { SiteModel } from "../../../src/lib/site-model.ts";
import { RECOMMENDATION_STATUSES } from "../../../src/schema/index.ts";
import {
  factorSubject,
  indicatorSubject,
  LAYER,
  moveSubject,
  NONE,
  PORTFOLIO,
  resolutionStatusCount,
  S,
  Statements,
  statusCount,
  viewNumber,
  viewStatement,
  yesNo,
  type Statement,
} from "./statements.ts";

/** Returns a number as statements give it: its shortest decimal, so 4 and 4.0 read alike and 3.75 stays 3.75. */
export function numberText(value: number | string): string {
  return String(Number(value));
}

/** Returns the number a level or spread text starts with: "3.7 (Cooperating)" and "1.2 levels" give 3.7 and 1.2. */
export function leadingNumber(text: string): string {
  const match = /^-?\d+(\.\d+)?/.exec(text);
  return match === null ? NONE : numberText(match[0]);
}

/**
 * Returns every statement the findings layer makes: factors, moves, partnerships, recommendations, committee
 * resolutions and the portfolio.
 */
export function layerStatements(model: SiteModel): Statement[] {
  const statements = new Statements();
  const say = statements.from(LAYER);
  for (const review of model.reviews) {
    for (const finding of review.findings) {
      const subject = factorSubject(review.partnership, review.id, finding.factor);
      say(subject, S.consensus, finding.consensus?.text ?? NONE);
      say(subject, S.consensusNumber, finding.consensus === undefined ? NONE : numberText(finding.consensus.shown));
      say(subject, S.spread, finding.spread?.text ?? NONE);
      say(subject, S.spreadNumber, finding.spread === undefined ? NONE : leadingNumber(finding.spread.text));
      say(subject, S.agreement, finding.agreement?.words ?? NONE);
      say(subject, S.agreementBand, finding.agreement?.band ?? NONE);
      say(subject, S.findings, finding.words.join("; "));
      say(subject, S.fit, finding.fit?.words ?? NONE);
      say(subject, S.fitPosition, finding.fit?.position ?? NONE);
      say(subject, S.confidence, finding.confidence.words);
      say(subject, S.confidenceLevel, finding.confidence.level);
      say(subject, S.confidenceReasons, finding.confidence.reasons.join("; ") || NONE);
      say(subject, S.performanceGap, finding.performance === undefined ? NONE : yesNo(finding.performance.gap));
      say(subject, S.performanceGapWords, finding.performance?.words ?? NONE);
      for (const view of finding.views) {
        say(subject, viewStatement(view.group), view.level.text);
        say(subject, viewNumber(view.group), numberText(view.level.value));
      }
    }
  }
  for (const review of model.reviews) {
    for (const finding of review.indicators) {
      const { id, actual, target, previous } = finding.indicator;
      const subject = indicatorSubject(review.partnership, review.id, id);
      say(subject, S.indicatorActual, finding.actualText);
      say(subject, S.indicatorActualNumber, numberText(actual));
      say(subject, S.indicatorTarget, finding.targetText ?? NONE);
      say(subject, S.indicatorTargetNumber, target === undefined ? NONE : numberText(target));
      say(subject, S.indicatorPrevious, finding.previousText ?? NONE);
      say(subject, S.indicatorPreviousNumber, previous === undefined ? NONE : numberText(previous));
      say(subject, S.indicatorMet, finding.met === undefined ? NONE : yesNo(finding.met));
      say(subject, S.indicatorMetWords, finding.metWords ?? NONE);
      say(subject, S.indicatorTrend, finding.trend ?? NONE);
      say(subject, S.indicatorTrendWords, finding.trendWords ?? NONE);
    }
  }
  for (const partnership of model.partnerships) {
    const { slug, changes } = partnership;
    say(slug, S.needsAttention, partnership.attention.map((reason) => reason.text).join("; ") || NONE);
    say(slug, S.reasonCodes, partnership.attention.map((reason) => reason.code).join("; ") || NONE);
    say(slug, S.reasonCount, String(partnership.attention.length));
    say(slug, S.headline, partnership.confidence.words);
    say(slug, S.headlineLevel, partnership.confidence.level);
    say(slug, S.fit, partnership.fit?.words ?? NONE);
    say(slug, S.fitPosition, partnership.fit?.position ?? NONE);
    const cost = partnership.councilAnnualCost;
    say(slug, S.councilCost, cost === undefined ? NONE : `${numberText(cost.amount)} ${cost.from}`);
    // The factor-trend chart's moves: each factor from its first published consensus to its latest.
    const published = partnership.reviews
      .filter((review) => review.published)
      .map((review) => ({ id: review.id, date: review.meta.date, findings: review.findings }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const [first, latest] = [published[0], published.at(-1)];
    if (first !== undefined && latest !== undefined && published.length >= 2) {
      for (const move of factorTrendMoves(model.framework, published)) {
        say(moveSubject(slug, first.id, latest.id, move.factor), S.trendCounted, yesNo(move.counted));
      }
    }
    if (changes !== undefined) {
      for (const move of [...changes.moved, ...changes.unchanged]) {
        const subject = moveSubject(slug, changes.previous.id, changes.current.id, move.factor);
        say(subject, S.moveCounted, yesNo(move.counted));
        say(subject, S.move, move.counted ? move.words : NONE);
      }
    }
  }
  const tracked = [
    ...model.recommendations.map((item) => ({ id: item.recommendation.id, item, shown: statusShown(item) })),
    ...model.resolutions.map((item) => ({
      id: item.resolution.id,
      item,
      shown: statusShown({ ...item, recommendation: item.resolution }),
    })),
  ];
  for (const { id: subject, item, shown } of tracked) {
    say(subject, S.status, shown.status);
    say(subject, S.statusLabel, shown.label);
    say(subject, S.asAt, shown.asAtDate);
    say(subject, S.asAtWords, shown.asAt);
    say(subject, S.overdue, yesNo(item.overdue));
    say(subject, S.overdueWords, shown.overdue ?? NONE);
    say(subject, S.stale, yesNo(item.stale));
    say(subject, S.staleWords, shown.stale ?? NONE);
  }
  const figures = model.portfolio;
  say(PORTFOLIO, S.active, String(figures.partnerships));
  say(PORTFOLIO, S.needing, String(figures.needsAttention));
  say(PORTFOLIO, S.overdueCount, String(figures.recommendations.overdue));
  say(PORTFOLIO, S.staleCount, String(figures.recommendations.stale));
  say(PORTFOLIO, S.recommendations, String(figures.recommendations.total));
  for (const status of RECOMMENDATION_STATUSES) {
    say(PORTFOLIO, statusCount(status), String(figures.recommendations.byStatus[status] ?? 0));
  }
  say(PORTFOLIO, S.resolutions, String(figures.resolutions.total));
  say(PORTFOLIO, S.overdueResolutions, String(figures.resolutions.overdue));
  say(PORTFOLIO, S.staleResolutions, String(figures.resolutions.stale));
  for (const status of RECOMMENDATION_STATUSES) {
    say(PORTFOLIO, resolutionStatusCount(status), String(figures.resolutions.byStatus[status] ?? 0));
  }
  return statements.list;
}

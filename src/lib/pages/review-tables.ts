import type { CostBenefit, FactorJudgement, Framework, Risk } from "../../schema/index.ts";
import { cashabilityOf, totalLabel, type CostBenefitTotal, type NetPosition } from "../costs-benefits.ts";
import { factorLabel, formatMoney } from "../format.ts";
import type { FactorFinding } from "../findings/factor-findings.ts";
import type { IndicatorFinding } from "../findings/indicators.ts";
import { inherentScore, byRiskSeverity, riskBand, riskName, riskScore, type RiskThresholds } from "../risks.ts";
import { plural } from "../words.ts";
import { label, RISK_CATEGORY_TEXT } from "../labels.ts";
import type { TableCell, TableColumn, TableRow } from "../tables.ts";
import { riskAnchor } from "../urls.ts";

/** A table's columns and rows, ready for <DataTable>. */
export interface TableData {
  columns: TableColumn[];
  rows: TableRow[];
}

/**
 * Returns a finding's confidence cell: the level with its reasons and, for a factor sensitive to weighting, the
 * sentence giving both readings, each a line.
 */
export function confidenceCell(finding: Pick<FactorFinding, "confidence" | "weighting">): TableCell {
  const sentence = finding.weighting?.sentence;
  if (sentence === undefined) return { text: finding.confidence.words };
  const lines = [finding.confidence.words, sentence];
  return { text: `${finding.confidence.words}. ${sentence}`, lines };
}

/**
 * Returns the factor table: each factor's consensus, spread, findings and confidence, and, when the reviewer
 * judged any factor's health, that judgement and its finding (how well the factor works, which is
 * not how closely the partners work).
 */
export function factorTable(
  findings: readonly FactorFinding[],
  judgements: readonly FactorJudgement[] = [],
): TableData {
  const judged = judgements.length > 0;
  return {
    columns: [
      { label: "Factor" },
      { label: "Consensus" },
      { label: "Spread" },
      { label: "Agreement and findings" },
      { label: "Confidence" },
      ...(judged ? [{ label: "How well it works (reviewer)" }] : []),
    ],
    rows: findings.map((finding) => {
      const judgement = judgements.find((item) => item.factor === finding.factor);
      return {
        cells: [
          { text: finding.label },
          { text: finding.consensus?.text ?? "No published view" },
          // A spread needs two views or more.
          { text: finding.spread?.text ?? "–" },
          { text: finding.words.join("; "), lines: finding.words },
          confidenceCell(finding),
          ...(judged
            ? [
                judgement === undefined
                  ? { text: "Not judged" }
                  : { text: `${label(judgement.health)}: ${judgement.finding}` },
              ]
            : []),
        ],
      };
    }),
  };
}

/**
 * Returns the ratings table: each factor as placed by each stakeholder group, with how many people answered, how
 * many were asked and the response rate ("response rate not stated" without it), and low response said in words.
 */
export function ratingsTable(framework: Framework, findings: readonly FactorFinding[]): TableData {
  return {
    columns: [{ label: "Factor" }, ...framework.stakeholderGroups.map((group) => ({ label: group.label }))],
    rows: findings.map((finding) => ({
      cells: [
        { text: finding.label },
        ...framework.stakeholderGroups.map((group) => {
          const view = finding.views.find((item) => item.group === group.id);
          if (view === undefined) return { text: "No published view" };
          return {
            text: view.level.text,
            ...(view.responseText === undefined
              ? {}
              : { note: `(${view.responseText}${view.responseRate?.low === true ? ", low response" : ""})` }),
          };
        }),
      ],
    })),
  };
}

/**
 * Returns the risk table, most severe first (byRiskSeverity): each risk named by its title (its category beside it), its
 * residual score now and, where given, its inherent score before mitigation, who carries it and
 * its trend. Each score is named by its band (high, medium or low). Columns no risk fills are left out.
 */
export function riskTable(risks: readonly Risk[], thresholds: RiskThresholds): TableData {
  const ranked = [...risks].sort(byRiskSeverity);
  const withInherent = ranked.some((risk) => inherentScore(risk) !== undefined);
  const withCarrier = ranked.some((risk) => risk.carriedBy !== undefined);
  const withTrend = ranked.some((risk) => risk.trend !== undefined);
  return {
    columns: [
      { label: "Risk" },
      { label: "Score now (likelihood × impact)", numeric: true },
      ...(withInherent ? [{ label: "Before mitigation", numeric: true }] : []),
      ...(withCarrier ? [{ label: "Carried by" }] : []),
      ...(withTrend ? [{ label: "Trend" }] : []),
      { label: "Mitigation and owner" },
    ],
    rows: ranked.map((risk) => {
      const inherent = inherentScore(risk);
      return {
        id: riskAnchor(risk.id),
        cells: [
          { text: riskName(risk), note: `(${RISK_CATEGORY_TEXT[risk.category]?.label ?? label(risk.category)})` },
          {
            text: riskBand(riskScore(risk), thresholds).outOf,
            note: `(${risk.likelihood} × ${risk.impact})`,
            sort: riskScore(risk),
          },
          ...(withInherent
            ? [
                inherent === undefined
                  ? { text: "Not given" }
                  : {
                      text: riskBand(inherent, thresholds).outOf,
                      note: `(${risk.inherentLikelihood} × ${risk.inherentImpact})`,
                      sort: inherent,
                    },
              ]
            : []),
          ...(withCarrier ? [{ text: risk.carriedBy === undefined ? "Not stated" : label(risk.carriedBy) }] : []),
          ...(withTrend ? [{ text: risk.trend === undefined ? "Not stated" : label(risk.trend) }] : []),
          {
            text: risk.mitigation ?? "No mitigation recorded.",
            ...(risk.ownerRole ? { note: `Owner: ${risk.ownerRole}.` } : {}),
          },
        ],
      };
    }),
  };
}

/** Returns the kind of a costs-and-benefits line in words: "Cashable saving", "Cost avoidance" (never a saving), "Non-financial benefit". */
export function lineKind(line: Pick<CostBenefit, "kind" | "cashable">): string {
  const names: Record<CostBenefit["kind"], string> = {
    cost: "Cost",
    saving: "Saving",
    income: "Income",
    benefit: "Non-financial benefit",
    "cost-avoidance": "Cost avoidance",
  };
  const cashability = cashabilityOf(line);
  const name = names[line.kind];
  if (cashability === "unstated") return name;
  return `${cashability === "cashable" ? "Cashable" : "Non-cashable"} ${name.toLowerCase()}`;
}

/** Returns the costs and benefits table, in the order the review gives them, with the council's share and the business case's figure where given. */
export function costsBenefitsTable(items: readonly CostBenefit[]): TableData {
  const withExpected = items.some((item) => item.expected !== undefined);
  return {
    columns: [
      { label: "Kind" },
      { label: "Description" },
      { label: WHOLE_PARTNERSHIP, numeric: true },
      ...(withExpected ? [{ label: "Expected", numeric: true }] : []),
      { label: "Period" },
      { label: "Basis" },
    ],
    rows: items.map((item) => ({
      cells: [
        {
          text: lineKind(item),
          ...(item.benefitCategory ? { note: `(${label(item.benefitCategory).toLowerCase()})` } : {}),
        },
        { text: item.description },
        {
          text: item.amount === undefined ? "Not quantified" : formatMoney(item.amount),
          ...(item.councilShare === undefined ? {} : { note: `(council's share ${formatMoney(item.councilShare)})` }),
        },
        ...(withExpected ? [{ text: item.expected === undefined ? "–" : formatMoney(item.expected) }] : []),
        { text: item.period ?? "–" },
        { text: label(item.basis) },
      ],
    })),
  };
}

/**
 * The heading of a money column that holds the lines' amounts: the whole partnership's figures, all partners together
 * (content model version 3). The council's share has a column of its own and is never added to them.
 */
export const WHOLE_PARTNERSHIP = "Whole partnership";

/** Returns the totals table: one row per kind, basis and cashability, never added across them. */
export function costTotalsTable(totals: readonly CostBenefitTotal[]): TableData {
  const withShare = totals.some((total) => total.councilShare !== undefined);
  const withExpected = totals.some((total) => total.expected !== undefined);
  return {
    columns: [
      { label: "Total" },
      { label: WHOLE_PARTNERSHIP, numeric: true },
      ...(withShare ? [{ label: "Council's share", numeric: true }] : []),
      ...(withExpected ? [{ label: "Expected against reported" }] : []),
    ],
    rows: totals.map((total) => ({
      cells: [
        { text: totalLabel(total), note: `(${plural(total.lines, "line")})` },
        {
          text: total.amount === undefined ? "Not quantified" : formatMoney(total.amount),
          ...(total.withoutAmount > 0 && total.amount !== undefined
            ? { note: `(${plural(total.withoutAmount, "line")} not quantified)` }
            : {}),
        },
        ...(withShare ? [{ text: total.councilShare === undefined ? "–" : formatMoney(total.councilShare) }] : []),
        ...(withExpected
          ? [
              {
                text:
                  total.expected === undefined || total.reportedAgainstExpected === undefined
                    ? "–"
                    : `${formatMoney(total.expected)} expected, ${formatMoney(total.reportedAgainstExpected)} reported`,
              },
            ]
          : []),
      ],
    })),
  };
}

/** Returns the net position table: cashable savings and income less costs, per basis. */
export function netPositionTable(positions: readonly NetPosition[]): TableData {
  return {
    columns: [
      { label: "Basis" },
      { label: "Cashable savings and income", numeric: true },
      { label: "Costs", numeric: true },
      { label: "Net position", numeric: true },
    ],
    rows: positions.map((position) => ({
      cells: [
        { text: label(position.basis) },
        { text: formatMoney(position.cashIn) },
        { text: formatMoney(position.costs) },
        {
          text: position.net < 0 ? `${formatMoney(-position.net)} net cost` : `${formatMoney(position.net)} net gain`,
        },
      ],
    })),
  };
}

/**
 * Returns the indicator table: each performance indicator with its period, actual, target and previous figures in
 * its own unit, whether it met its target, its trend and its source; the factor it bears on in small print.
 */
export function indicatorTable(framework: Framework, findings: readonly IndicatorFinding[]): TableData {
  return {
    columns: [
      { label: "Indicator" },
      { label: "Period" },
      { label: "Actual", numeric: true },
      { label: "Target", numeric: true },
      { label: "Previous", numeric: true },
      { label: "Met" },
      { label: "Trend" },
      { label: "Source" },
    ],
    rows: findings.map((finding) => {
      const { indicator } = finding;
      return {
        id: `indicator-${indicator.id}`,
        cells: [
          {
            text: indicator.name,
            ...(indicator.factor === undefined ? {} : { note: `(${factorLabel(framework, indicator.factor)})` }),
          },
          { text: indicator.period },
          { text: finding.actualText, sort: indicator.actual },
          { text: finding.targetText ?? "No target" },
          { text: finding.previousText ?? "Not given" },
          { text: finding.metWords ?? "No target" },
          { text: finding.trendWords ?? "Not given" },
          { text: indicator.source ?? "Not stated" },
        ],
      };
    }),
  };
}

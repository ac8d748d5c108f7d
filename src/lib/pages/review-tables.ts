import type { CostBenefit, FactorJudgement, Framework, Risk } from "../../schema/index.ts";
import { cashabilityOf, totalLabel, type CostBenefitTotal, type NetPosition } from "../costs-benefits.ts";
import { describeLevel, factorLabel, formatMoney, groupLabel } from "../format.ts";
import { levelDistance } from "../levels.ts";
import { inherentScore, byRiskSeverity, riskName, riskScore } from "../risks.ts";
import { listWords, plural } from "../words.ts";
import { label, RISK_CATEGORY_TEXT } from "../labels.ts";
import type { TableColumn, TableRow } from "../tables.ts";
import { AGREEMENT_WORDS, type FactorReading } from "../triangulation.ts";

/** A table's columns and rows, ready for <DataTable>. */
export interface TableData {
  columns: TableColumn[];
  rows: TableRow[];
}

/** Returns a factor's findings in words: how far the groups agree, whether the two sides do, triangulation and withheld views. */
export function factorFindings(framework: Framework, reading: FactorReading): string[] {
  const findings: string[] = [];
  if (reading.agreement !== undefined) findings.push(AGREEMENT_WORDS[reading.agreement]);
  if (reading.partnersDisagree) findings.push("Council and partner sides disagree");
  if (!reading.triangulated) {
    const groups = listWords(reading.ratings.map((rating) => groupLabel(framework, rating.group)));
    findings.push(`Not triangulated: views from ${reading.ratings.length === 0 ? "no group" : groups} only`);
  }
  if (reading.withheld > 0) {
    findings.push(`${plural(reading.withheld, "group view")} withheld (too few respondents)`);
  }
  return findings;
}

/**
 * Returns the factor table: each factor's consensus, spread and findings, and, when the reviewer
 * judged any factor's health, that judgement and its finding (how well the factor works, which is
 * not how closely the partners work).
 */
export function factorTable(
  framework: Framework,
  factors: readonly FactorReading[],
  judgements: readonly FactorJudgement[] = [],
): TableData {
  const judged = judgements.length > 0;
  return {
    columns: [
      { label: "Factor" },
      { label: "Consensus" },
      { label: "Spread" },
      { label: "Agreement and findings" },
      ...(judged ? [{ label: "How well it works (reviewer)" }] : []),
    ],
    rows: factors.map((reading) => {
      const judgement = judgements.find((item) => item.factor === reading.factor);
      return {
        cells: [
          { text: factorLabel(framework, reading.factor) },
          {
            text: reading.consensus === undefined ? "No published view" : describeLevel(framework, reading.consensus),
          },
          // A spread needs two views or more.
          {
            text: reading.spread === undefined || reading.agreement === undefined ? "–" : levelDistance(reading.spread),
          },
          { text: factorFindings(framework, reading).join("; "), lines: factorFindings(framework, reading) },
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

/** Returns the ratings table: each factor as placed by each stakeholder group, with how many people answered. */
export function ratingsTable(framework: Framework, factors: readonly FactorReading[]): TableData {
  return {
    columns: [{ label: "Factor" }, ...framework.stakeholderGroups.map((group) => ({ label: group.label }))],
    rows: factors.map((reading) => ({
      cells: [
        { text: factorLabel(framework, reading.factor) },
        ...framework.stakeholderGroups.map((group) => {
          const rating = reading.ratings.find((item) => item.group === group.id);
          if (rating === undefined) return { text: "No published view" };
          return {
            text: describeLevel(framework, rating.level),
            ...(rating.respondents === undefined
              ? {}
              : { note: `(${plural(rating.respondents, "person", "people")})` }),
          };
        }),
      ],
    })),
  };
}

/**
 * Returns the risk table, most severe first (byRiskSeverity): each risk named by its title (its category beside it), its
 * residual score now and, where given, its inherent score before mitigation, who carries it and
 * its trend. Columns no risk fills are left out.
 */
export function riskTable(risks: readonly Risk[]): TableData {
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
        id: `risk-${risk.id}`,
        cells: [
          { text: riskName(risk), note: `(${RISK_CATEGORY_TEXT[risk.category]?.label ?? label(risk.category)})` },
          {
            text: `${riskScore(risk)} of 25`,
            note: `(${risk.likelihood} × ${risk.impact})`,
            sort: riskScore(risk),
          },
          ...(withInherent
            ? [
                inherent === undefined
                  ? { text: "Not given" }
                  : {
                      text: `${inherent} of 25`,
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
      { label: "Amount", numeric: true },
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

/** Returns the totals table: one row per kind, basis and cashability, never added across them. */
export function costTotalsTable(totals: readonly CostBenefitTotal[]): TableData {
  const withShare = totals.some((total) => total.councilShare !== undefined);
  const withExpected = totals.some((total) => total.expected !== undefined);
  return {
    columns: [
      { label: "Total" },
      { label: "Amount", numeric: true },
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

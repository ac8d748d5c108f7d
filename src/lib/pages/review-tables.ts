import type { CostBenefit, Framework, Risk } from "../../schema/index.ts";
import { describeLevel, factorLabel, formatMoney, groupLabel } from "../format.ts";
import { levelDistance } from "../levels.ts";
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

/** Returns the factor table: each factor's consensus, spread and findings. */
export function factorTable(framework: Framework, factors: readonly FactorReading[]): TableData {
  return {
    columns: [{ label: "Factor" }, { label: "Consensus" }, { label: "Spread" }, { label: "Finding" }],
    rows: factors.map((reading) => ({
      cells: [
        { text: factorLabel(framework, reading.factor) },
        {
          text: reading.consensus === undefined ? "No published view" : describeLevel(framework, reading.consensus),
        },
        // A spread needs two views or more.
        { text: reading.spread === undefined || reading.agreement === undefined ? "–" : levelDistance(reading.spread) },
        { text: factorFindings(framework, reading).join("; "), lines: factorFindings(framework, reading) },
      ],
    })),
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
            ...(rating.respondents === undefined ? {} : { note: `(${rating.respondents} people)` }),
          };
        }),
      ],
    })),
  };
}

/** Returns the risk table, highest score first. */
export function riskTable(risks: readonly Risk[]): TableData {
  const ranked = [...risks].sort(
    (a, b) => b.likelihood * b.impact - a.likelihood * a.impact || a.id.localeCompare(b.id),
  );
  return {
    columns: [
      { label: "Risk" },
      { label: "Category" },
      { label: "Likelihood", numeric: true },
      { label: "Impact", numeric: true },
      { label: "Score", numeric: true },
      { label: "Mitigation and owner" },
    ],
    rows: ranked.map((risk) => ({
      id: `risk-${risk.id}`,
      cells: [
        { text: risk.title },
        { text: RISK_CATEGORY_TEXT[risk.category]?.label ?? risk.category },
        { text: `${risk.likelihood} of 5` },
        { text: `${risk.impact} of 5` },
        { text: `${risk.likelihood * risk.impact} of 25` },
        {
          text: risk.mitigation ?? "No mitigation recorded.",
          ...(risk.ownerRole ? { note: `Owner: ${risk.ownerRole}.` } : {}),
        },
      ],
    })),
  };
}

/** Returns the costs and benefits table, in the order the review gives them. */
export function costsBenefitsTable(items: readonly CostBenefit[]): TableData {
  return {
    columns: [
      { label: "Kind" },
      { label: "Description" },
      { label: "Amount", numeric: true },
      { label: "Period" },
      { label: "Basis" },
    ],
    rows: items.map((item) => ({
      cells: [
        {
          text: label(item.kind),
          ...(item.benefitCategory ? { note: `(${label(item.benefitCategory).toLowerCase()})` } : {}),
        },
        { text: item.description },
        { text: item.amount === undefined ? "Not quantified" : formatMoney(item.amount) },
        { text: item.period ?? "–" },
        { text: label(item.basis) },
      ],
    })),
  };
}

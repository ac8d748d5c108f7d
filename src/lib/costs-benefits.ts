/**
 * Costs and benefits, totalled per review by kind and basis. Cashable savings, non-cashable
 * savings, cost avoidance and non-financial benefits are different things and are never added
 * together; income is kept apart from savings for the same reason.
 */
import type { CostBenefit, CostBenefitBasis, CostBenefitKind } from "../schema/index.ts";
import { ALL_COST_BENEFIT_KINDS, COST_BENEFIT_BASES } from "../schema/index.ts";

/** Whether money in a line can be taken out of a budget or spent: given only for savings and income. */
export type Cashability = "cashable" | "non-cashable" | "unstated";

/** One total: the lines of one kind, basis and (for savings and income) cashability. */
export interface CostBenefitTotal {
  kind: CostBenefitKind;
  basis: CostBenefitBasis;
  /** For savings and income: whether the lines are cashable; "unstated" for other kinds and lines that do not say. */
  cashability: Cashability;
  /** How many lines make up the total. */
  lines: number;
  /** The sum of the lines' amounts; undefined when no line gives an amount. */
  amount: number | undefined;
  /** How many lines give no amount, so are not in `amount`. */
  withoutAmount: number;
  /**
   * The sum of the council's shares, only when every line has one (its own councilShare, or worked out from the
   * partnership's councilSharePercent); otherwise undefined, and the total is the whole partnership's figure alone.
   */
  councilShare: number | undefined;
  /** The sum of the business case's figures, over lines that give one; undefined when none does. */
  expected: number | undefined;
  /** The sum of the reported amounts of the lines that give an expected figure, to set against `expected`. */
  reportedAgainstExpected: number | undefined;
}

/**
 * Returns the line with its council share (content model version 3): its own `councilShare`, else its amount times
 * the partnership's `councilSharePercent` / 100, rounded to the pound; without either, the line as it is.
 */
export function withCouncilShare(line: CostBenefit, councilSharePercent: number | undefined): CostBenefit {
  if (line.councilShare !== undefined || line.amount === undefined || councilSharePercent === undefined) return line;
  return { ...line, councilShare: Math.round((line.amount * councilSharePercent) / 100) };
}

/** Where a council's annual cost comes from: its own stated figure, or its share of the whole partnership's value. */
export const COUNCIL_ANNUAL_COST_SOURCES = ["stated", "share"] as const;

/** What the publishing council pays into a partnership in a year, and where the figure comes from. */
export interface CouncilAnnualCost {
  /** Pounds a year. */
  amount: number;
  /**
   * "stated": the partnership's own `councilAnnualCost`; "share": its `councilSharePercent` of the whole
   * partnership's `annualValue`, rounded to the pound.
   */
  from: (typeof COUNCIL_ANNUAL_COST_SOURCES)[number];
}

/**
 * Returns what the council pays a year (issue 28): `councilAnnualCost` when given, else `annualValue` times
 * `councilSharePercent` / 100 rounded to the pound, as for a cost line; undefined when neither can be worked out.
 * The whole partnership's `annualValue` itself is never the council's cost.
 */
export function councilAnnualCost(
  data: Partial<Record<"councilAnnualCost" | "annualValue" | "councilSharePercent", number>>,
): CouncilAnnualCost | undefined {
  if (data.councilAnnualCost !== undefined) return { amount: data.councilAnnualCost, from: "stated" };
  if (data.annualValue === undefined || data.councilSharePercent === undefined) return undefined;
  return { amount: Math.round((data.annualValue * data.councilSharePercent) / 100), from: "share" };
}

/** Returns a line's cashability. */
export function cashabilityOf(line: Pick<CostBenefit, "kind" | "cashable">): Cashability {
  if ((line.kind !== "saving" && line.kind !== "income") || line.cashable === undefined) return "unstated";
  return line.cashable ? "cashable" : "non-cashable";
}

const CASHABILITY_ORDER: readonly Cashability[] = ["cashable", "non-cashable", "unstated"];

function sumOf(values: readonly (number | undefined)[]): number | undefined {
  const given = values.filter((value): value is number => value !== undefined);
  return given.length === 0 ? undefined : given.reduce((sum, value) => sum + value, 0);
}

/** Returns the totals of the lines by kind, basis and cashability, in the schema's order of kinds and bases; empty groups are left out. */
export function totalCostsBenefits(lines: readonly CostBenefit[]): CostBenefitTotal[] {
  const totals: CostBenefitTotal[] = [];
  for (const kind of ALL_COST_BENEFIT_KINDS) {
    for (const basis of COST_BENEFIT_BASES) {
      for (const cashability of CASHABILITY_ORDER) {
        const group = lines.filter(
          (line) => line.kind === kind && line.basis === basis && cashabilityOf(line) === cashability,
        );
        if (group.length === 0) continue;
        const withExpected = group.filter((line) => line.expected !== undefined);
        totals.push({
          kind,
          basis,
          cashability,
          lines: group.length,
          amount: sumOf(group.map((line) => line.amount)),
          withoutAmount: group.filter((line) => line.amount === undefined).length,
          councilShare: group.every((line) => line.councilShare !== undefined)
            ? sumOf(group.map((line) => line.councilShare))
            : undefined,
          expected: sumOf(withExpected.map((line) => line.expected)),
          reportedAgainstExpected:
            withExpected.length === 0 ? undefined : (sumOf(withExpected.map((line) => line.amount)) ?? 0),
        });
      }
    }
  }
  return totals;
}

/** The net cash position of one basis: cashable savings and cashable income less costs. */
export interface NetPosition {
  basis: CostBenefitBasis;
  cashIn: number;
  costs: number;
  /** cashIn − costs. */
  net: number;
}

/**
 * Returns the net cash position for each basis that has both a cost and a cashable saving or income
 * with amounts. Non-cashable savings, cost avoidance and benefits are never in it.
 */
export function netPositions(lines: readonly CostBenefit[]): NetPosition[] {
  return COST_BENEFIT_BASES.flatMap((basis) => {
    const own = lines.filter((line) => line.basis === basis && line.amount !== undefined);
    const cash = own.filter((line) => cashabilityOf(line) === "cashable");
    const costs = own.filter((line) => line.kind === "cost");
    if (cash.length === 0 || costs.length === 0) return [];
    const cashIn = cash.reduce((sum, line) => sum + (line.amount ?? 0), 0);
    const spent = costs.reduce((sum, line) => sum + (line.amount ?? 0), 0);
    return [{ basis, cashIn, costs: spent, net: cashIn - spent }];
  });
}

/**
 * Returns the words for a total's heading, such as "Cashable savings (actual)", "Savings, cashability not stated
 * (target)" or "Cost avoidance (estimate)"; cost avoidance is never called a saving.
 */
export function totalLabel(total: Pick<CostBenefitTotal, "kind" | "basis" | "cashability">): string {
  const kinds: Record<CostBenefitKind, string> = {
    cost: "Costs",
    saving: "Savings",
    income: "Income",
    benefit: "Non-financial benefits",
    "cost-avoidance": "Cost avoidance",
  };
  const name = kinds[total.kind];
  const prefix =
    total.cashability === "cashable" ? "Cashable " : total.cashability === "non-cashable" ? "Non-cashable " : "";
  // Savings and income say whether they are cashable, and say so when a line does not.
  const unstated = (total.kind === "saving" || total.kind === "income") && total.cashability === "unstated";
  return `${prefix === "" ? name : `${prefix}${name.toLowerCase()}`}${unstated ? ", cashability not stated" : ""} (${total.basis})`;
}

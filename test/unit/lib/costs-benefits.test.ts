import { describe, expect, it } from "vitest";
import {
  cashabilityOf,
  councilAnnualCost,
  netPositions,
  totalCostsBenefits,
  totalLabel,
  withCouncilShare,
} from "../../../src/lib/costs-benefits.ts";
import { costBenefitSchema, type CostBenefit } from "../../../src/schema/index.ts";

const line = (extra: object): CostBenefit =>
  costBenefitSchema.parse({ kind: "saving", description: "Line.", basis: "actual", ...extra });

describe("costs and benefits", () => {
  const lines = [
    line({ kind: "cost", amount: 100000, councilShare: 60000 }),
    line({ amount: 80000, cashable: true, expected: 100000, councilShare: 40000 }),
    line({ amount: 20000, cashable: true }),
    line({ amount: 30000, cashable: false }),
    line({ kind: "cost-avoidance", amount: 50000 }),
    line({ kind: "benefit" }),
    line({ kind: "income", amount: 10000, cashable: true, basis: "estimate" }),
  ];

  it("totalCostsBenefits(lines) never adds cashable savings, non-cashable savings, cost avoidance and benefits together", () => {
    expect(totalCostsBenefits(lines)).toEqual([
      {
        kind: "cost",
        basis: "actual",
        cashability: "unstated",
        lines: 1,
        amount: 100000,
        withoutAmount: 0,
        councilShare: 60000,
        expected: undefined,
        reportedAgainstExpected: undefined,
      },
      {
        kind: "saving",
        basis: "actual",
        cashability: "cashable",
        lines: 2,
        amount: 100000,
        withoutAmount: 0,
        // One of the two lines gives no share: the total is the whole partnership's figure only (version 3).
        councilShare: undefined,
        expected: 100000,
        reportedAgainstExpected: 80000,
      },
      {
        kind: "saving",
        basis: "actual",
        cashability: "non-cashable",
        lines: 1,
        amount: 30000,
        withoutAmount: 0,
        councilShare: undefined,
        expected: undefined,
        reportedAgainstExpected: undefined,
      },
      {
        kind: "income",
        basis: "estimate",
        cashability: "cashable",
        lines: 1,
        amount: 10000,
        withoutAmount: 0,
        councilShare: undefined,
        expected: undefined,
        reportedAgainstExpected: undefined,
      },
      {
        kind: "benefit",
        basis: "actual",
        cashability: "unstated",
        lines: 1,
        amount: undefined,
        withoutAmount: 1,
        councilShare: undefined,
        expected: undefined,
        reportedAgainstExpected: undefined,
      },
      {
        kind: "cost-avoidance",
        basis: "actual",
        cashability: "unstated",
        lines: 1,
        amount: 50000,
        withoutAmount: 0,
        councilShare: undefined,
        expected: undefined,
        reportedAgainstExpected: undefined,
      },
    ]);
  });

  it("netPositions(lines) sets cashable savings and income against costs of the same basis only", () => {
    expect(netPositions(lines)).toEqual([{ basis: "actual", cashIn: 100000, costs: 100000, net: 0 }]);
  });

  it("cashabilityOf(line) is unstated for kinds other than savings and income", () => {
    expect(cashabilityOf({ kind: "saving", cashable: false })).toBe("non-cashable");
    expect(cashabilityOf({ kind: "cost-avoidance" })).toBe("unstated");
  });

  it("totalLabel(total) never calls cost avoidance a saving", () => {
    expect(totalLabel({ kind: "cost-avoidance", basis: "estimate", cashability: "unstated" })).toBe(
      "Cost avoidance (estimate)",
    );
    expect(totalLabel({ kind: "saving", basis: "actual", cashability: "cashable" })).toBe("Cashable savings (actual)");
    expect(totalLabel({ kind: "benefit", basis: "target", cashability: "unstated" })).toBe(
      "Non-financial benefits (target)",
    );
  });

  it("totalLabel(total) says when savings or income do not state whether they are cashable", () => {
    expect(totalLabel({ kind: "saving", basis: "target", cashability: "unstated" })).toBe(
      "Savings, cashability not stated (target)",
    );
    expect(totalLabel({ kind: "income", basis: "actual", cashability: "non-cashable" })).toBe(
      "Non-cashable income (actual)",
    );
    expect(totalLabel({ kind: "cost", basis: "actual", cashability: "unstated" })).toBe("Costs (actual)");
  });

  it("withCouncilShare(line, percent) keeps a line's own share, else works it out from the percentage to the pound", () => {
    expect(withCouncilShare(line({ amount: 80000, councilShare: 40000 }), 25).councilShare).toBe(40000);
    // 12,345 × 33.3 / 100 = 4,110.885: £4,111.
    expect(withCouncilShare(line({ amount: 12345 }), 33.3).councilShare).toBe(4111);
    expect(withCouncilShare(line({ amount: 12345 }), undefined).councilShare).toBeUndefined();
    expect(withCouncilShare(line({}), 50).councilShare).toBeUndefined();
  });

  it("totalCostsBenefits(lines) gives the council's share of a total only when every line in it has one", () => {
    const shared = [line({ amount: 1000, councilShare: 400 }), line({ amount: 3000 })].map((item) =>
      withCouncilShare(item, 50),
    );
    // 400 (its own) + 1,500 (half of 3,000).
    expect(totalCostsBenefits(shared)[0]).toMatchObject({ amount: 4000, councilShare: 1900 });
    expect(totalCostsBenefits([line({ amount: 1000, councilShare: 400 }), line({ amount: 3000 })])[0]).toMatchObject({
      amount: 4000,
      councilShare: undefined,
    });
  });
});

describe("councilAnnualCost(data)", () => {
  it("takes the stated councilAnnualCost, even beside a share", () => {
    expect(
      councilAnnualCost({ councilAnnualCost: 4_725_000, annualValue: 9_450_000, councilSharePercent: 40 }),
    ).toEqual({ amount: 4_725_000, from: "stated" });
  });

  it("else works out the council's share of the whole partnership's annual value, rounded half up to the pound", () => {
    expect(councilAnnualCost({ annualValue: 2_050_000, councilSharePercent: 40 })).toEqual({
      amount: 820_000,
      from: "share",
    });
    // 1,000,001 × 50% = 500,000.5
    expect(councilAnnualCost({ annualValue: 1_000_001, councilSharePercent: 50 })).toEqual({
      amount: 500_001,
      from: "share",
    });
    expect(councilAnnualCost({ annualValue: 310_000, councilSharePercent: 0 })).toEqual({ amount: 0, from: "share" });
  });

  it("never gives the whole partnership's annual value as the council's cost", () => {
    expect(councilAnnualCost({ annualValue: 9_450_000 })).toBeUndefined();
    expect(councilAnnualCost({ councilSharePercent: 50 })).toBeUndefined();
    expect(councilAnnualCost({})).toBeUndefined();
  });
});

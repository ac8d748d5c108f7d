import { describe, expect, it } from "vitest";
import { partnershipSchema } from "../../../src/schema/partnership.ts";
import { reviewSchema } from "../../../src/schema/review.ts";
import { reviewDataSchema } from "../../../src/schema/review-data.ts";
import { updateSchema } from "../../../src/schema/update.ts";
import { issuesOf } from "../helpers/schema.ts";

const PARTNERSHIP = {
  name: "Shared Legal Service",
  summary: "Legal advice for two councils from one team.",
  form: "shared-service",
  basis: "contractual",
  serviceArea: "Legal services",
  partners: [{ name: "Exmoor Borough Council", sector: "public", role: "lead" }],
  leadRole: "Head of Legal Services",
  startDate: "2020-04-01",
};

const REVIEW = {
  title: "Annual review",
  date: "2024-06-30",
  status: "published",
  reviewer: "Internal Audit",
  reviewType: "internal-audit",
  assessedLevel: "cooperating",
  summary: "Summary.",
};

const line = (extra: object) => ({ kind: "saving", description: "Shared procurement.", basis: "actual", ...extra });

describe("partnershipSchema: version 2", () => {
  it("partnershipSchema accepts every version 2 field", () => {
    expect(
      issuesOf(partnershipSchema, {
        ...PARTNERSHIP,
        partners: [{ name: "Exmoor Borough Council", sector: "public", orgId: "GB-LAE-EXM" }],
        lifecycleStage: "staying-together",
        agreement: {
          kind: "inter-authority agreement",
          start: "2020-04-01",
          end: "2026-03-31",
          breakClause: "2025-03-31",
        },
        nextReviewDue: "2026-06-30",
        accountability: { portfolio: "Resources", committee: "Audit Committee", seniorResponsibleOfficer: "Director" },
        exitArrangements: "Twelve months' notice.",
      }),
    ).toEqual([]);
  });

  it("partnershipSchema reports an agreement that ends before it starts", () => {
    expect(
      issuesOf(partnershipSchema, { ...PARTNERSHIP, agreement: { start: "2024-04-01", end: "2024-03-31" } }),
    ).toEqual(["agreement.end: 2024-03-31 is before start (2024-04-01)"]);
  });

  it("partnershipSchema accepts an agreement that ends on the day it starts", () => {
    expect(
      issuesOf(partnershipSchema, { ...PARTNERSHIP, agreement: { start: "2024-04-01", end: "2024-04-01" } }),
    ).toEqual([]);
  });

  it("partnershipSchema accepts org-id.guide identifiers and reports other shapes", () => {
    const withId = (orgId: string) => ({ ...PARTNERSHIP, partners: [{ name: "A", sector: "public", orgId }] });
    for (const orgId of ["GB-COH-01234567", "GB-LAE-KES", "GB-CHC-1234567", "XI-GRID-grid.1234.5"]) {
      expect(issuesOf(partnershipSchema, withId(orgId))).toEqual([]);
    }
    for (const orgId of ["01234567", "gb-coh-01234567", "GB-COH-", "GB COH 123"]) {
      expect(issuesOf(partnershipSchema, withId(orgId))).toEqual([
        "partners[0].orgId: must be an org-id.guide identifier: country code, list code and id joined by hyphens, such as GB-COH-01234567 or GB-LAE-KES",
      ]);
    }
  });
});

describe("reviewSchema: version 2", () => {
  it("reviewSchema accepts an assurance opinion", () => {
    expect(reviewSchema.parse({ ...REVIEW, assurance: "limited" }).assurance).toBe("limited");
  });
});

describe("reviewDataSchema: version 2", () => {
  it("reviewDataSchema accepts cost avoidance, cashable savings, a council share and an expected figure", () => {
    expect(
      issuesOf(reviewDataSchema, {
        costsBenefits: [
          line({ amount: 100, councilShare: 100, cashable: true, expected: 120 }),
          line({ kind: "cost-avoidance", amount: 50 }),
          line({ kind: "income", cashable: false }),
        ],
      }),
    ).toEqual([]);
  });

  it("reviewDataSchema reports cashable on a cost and a council share above the amount", () => {
    expect(
      issuesOf(reviewDataSchema, {
        costsBenefits: [line({ kind: "cost", cashable: true }), line({ amount: 100, councilShare: 100.5 })],
      }),
    ).toEqual([
      "costsBenefits[0].cashable: is for savings and income only, not cost: remove it",
      "costsBenefits[1].councilShare: 100.5 is above the amount (100): the council's share cannot exceed the whole",
    ]);
  });

  it("reviewDataSchema reports a council share without an amount", () => {
    expect(issuesOf(reviewDataSchema, { costsBenefits: [line({ councilShare: 10 })] })).toEqual([
      "costsBenefits[0].councilShare: needs an amount to be a share of: add amount",
    ]);
  });

  it("reviewDataSchema accepts inherent scores, carriedBy and trend on a risk and reports an inherent score of 6", () => {
    const risk = { id: "r1", category: "other", title: "Risk.", likelihood: 2, impact: 3 };
    expect(
      issuesOf(reviewDataSchema, {
        risks: [{ ...risk, inherentLikelihood: 4, inherentImpact: 5, carriedBy: "shared", trend: "falling" }],
      }),
    ).toEqual([]);
    expect(issuesOf(reviewDataSchema, { risks: [{ ...risk, inherentImpact: 6 }] })).toEqual([
      "risks[0].inherentImpact: must be from 1 to 5",
    ]);
  });

  it("reviewDataSchema accepts a management response and a factor judgement", () => {
    const data = reviewDataSchema.parse({
      recommendations: [
        {
          id: "r-1",
          text: "Do it.",
          priority: "low",
          status: "open",
          response: { decision: "partly-accepted", text: "In part.", date: "2024-07-31" },
        },
      ],
      factorJudgements: [{ factor: "delivery", health: "weak", finding: "Late." }],
    });
    expect(data.recommendations[0]?.response).toEqual({
      decision: "partly-accepted",
      text: "In part.",
      date: "2024-07-31",
    });
    expect(data.factorJudgements).toEqual([{ factor: "delivery", health: "weak", finding: "Late." }]);
  });
});

describe("updateSchema", () => {
  const UPDATE = {
    date: "2025-01-15",
    status: "published",
    authorRole: "Head of Legal Services",
    recommendationUpdates: [{ id: "r-1", status: "in-progress" }],
  };

  it("updateSchema accepts a progress update", () => {
    expect(issuesOf(updateSchema, UPDATE)).toEqual([]);
  });

  it("updateSchema reports a publishDate before the date, and a missing authorRole", () => {
    const { authorRole: _omitted, ...rest } = UPDATE;
    expect(issuesOf(updateSchema, { ...rest, publishDate: "2025-01-14" })).toEqual([
      "authorRole: Invalid input: expected string, received undefined",
      "publishDate: 2025-01-14 is before the update's date (2025-01-15)",
    ]);
  });

  it("updateSchema allows only draft and published", () => {
    expect(issuesOf(updateSchema, { ...UPDATE, status: "withdrawn" })).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import {
  compareAll,
  compareFactor,
  compareRow,
  currentRisks,
  goodPracticeByFactor,
  rankByGap,
  similarPartnerships,
} from "../../../src/lib/comparison.ts";
import { buildSiteModel, type PublicPartnership, type SiteModel } from "../../../src/lib/site-model.ts";
import { content, partnership, rec, review } from "../helpers/content.ts";

const TODAY = "2025-06-30";

const rating = (factor: string, group: string, level: number) => ({ factor, group, level, respondents: 5 });

/**
 * Three partnerships on the minimal framework (levels 1 to 3, factors strategy and delivery):
 * legal has three review rounds and a target above its level; waste sits at target; hub has no published review.
 */
const model: SiteModel = buildSiteModel(
  content(
    [
      partnership("legal", "Legal", {
        targetLevel: "joined",
        serviceArea: "Legal",
        partners: [
          { name: "A", sector: "public" },
          { name: "B", sector: "private" },
        ],
      }),
      partnership("waste", "Waste", { targetLevel: "aligned", form: "joint-venture", serviceArea: "Legal" }),
      partnership("hub", "Hub", { form: "joint-venture", serviceArea: "Health" }),
    ],
    [
      review(
        "legal",
        "2021",
        { date: "2021-03-01" },
        {
          recommendations: [
            rec("l-01", { due: "2022-01-01" }),
            rec("l-02", { due: "2025-06-30" }),
            rec("l-03", { due: "2025-06-29" }),
          ],
          goodPractice: [{ title: "Old practice", description: "Kept.", factor: "delivery" }],
        },
      ),
      review(
        "legal",
        "2022",
        { date: "2022-03-01" },
        {
          recommendationUpdates: [{ id: "l-01", status: "in-progress", note: "Started." }],
        },
      ),
      review(
        "legal",
        "2023",
        { date: "2023-03-01", assessedLevel: "aligned" },
        {
          ratings: [
            rating("strategy", "officers", 3),
            rating("strategy", "users", 1),
            rating("delivery", "officers", 2),
            rating("delivery", "users", 2.5),
          ],
          risks: [
            { id: "r1", category: "supplier-failure", title: "Supplier", likelihood: 3, impact: 4 },
            { id: "r2", category: "quick-wins", title: "Quick wins", likelihood: 2, impact: 2 },
          ],
          recommendationUpdates: [{ id: "l-01", status: "implemented", note: "Done." }],
          goodPractice: [{ title: "Shared dashboard", description: "Both councils see one dashboard." }],
        },
      ),
      review(
        "waste",
        "2024",
        { date: "2024-05-01", assessedLevel: "aligned" },
        {
          ratings: [
            rating("strategy", "officers", 2),
            rating("strategy", "users", 2),
            rating("delivery", "officers", 3),
          ],
          risks: [{ id: "r1", category: "supplier-failure", title: "Fleet", likelihood: 4, impact: 4 }],
        },
      ),
      review("hub", "2025", { date: "2025-05-01", status: "draft" }, { recommendations: [rec("h-01")] }),
    ],
  ),
  TODAY,
);

function find(slug: string): PublicPartnership {
  const found = model.partnerships.find((item) => item.slug === slug);
  if (found === undefined) throw new Error(slug);
  return found;
}

describe("compareRow(model, partnership)", () => {
  it("compareRow(model, partnership) measures the distance from target, gaps, recommendations and risks", () => {
    const row = compareRow(model, find("legal"));
    expect(row.assessed).toBe(2);
    expect(row.target).toBe(3);
    expect(row.distance).toBe(-1);
    expect(row.gaps.map((gap) => gap.factor)).toEqual(["strategy"]);
    expect(row.widest?.factor).toBe("strategy");
    expect(row.widest?.spread).toBe(2);
    expect([row.open, row.overdue]).toEqual([2, 1]);
    expect([row.topRiskScore, row.riskCount]).toEqual([12, 2]);
  });

  it("compareRow(model, partnership) gives no level, distance or gaps to a partnership with no published review", () => {
    const row = compareRow(model, find("hub"));
    expect([row.assessed, row.target, row.distance, row.widest]).toEqual([undefined, undefined, undefined, undefined]);
    expect([row.gaps, row.open, row.overdue, row.topRiskScore, row.riskCount]).toEqual([[], 0, 0, 0, 0]);
  });
});

describe("compareAll(model)", () => {
  it("compareAll(model) puts the partnership furthest from target first, then by name", () => {
    expect(compareAll(model).map((row) => [row.partnership.slug, row.distance])).toEqual([
      ["legal", -1],
      // Hub has no agreed target level, a reason of its own (version 3): it needs attention, so it comes before Waste.
      ["hub", undefined],
      ["waste", 0],
    ]);
  });
});

describe("compareFactor(model, factor) and rankByGap(comparisons)", () => {
  it("compareFactor(model, factor) ranks current readings by consensus, leaving out partnerships without one", () => {
    expect(
      compareFactor(model, "delivery").map(({ partnership, reading }) => [partnership.slug, reading.consensus]),
    ).toEqual([
      ["waste", 3],
      ["legal", 2.25],
    ]);
  });

  it("rankByGap(comparisons) ranks them by spread, widest first", () => {
    expect(
      rankByGap(compareFactor(model, "strategy")).map(({ partnership, reading }) => [partnership.slug, reading.spread]),
    ).toEqual([
      ["legal", 2],
      ["waste", 0],
    ]);
  });
});

describe("the recommendations tracker", () => {
  it("follows a recommendation's updates across three review rounds to its current status", () => {
    const tracked = model.recommendationsById.get("l-01");
    expect(tracked?.status).toBe("implemented");
    expect(tracked?.history.map((update) => [update.reviewId, update.status, update.note])).toEqual([
      ["2022", "in-progress", "Started."],
      ["2023", "implemented", "Done."],
    ]);
    expect(tracked?.overdue).toBe(false);
  });

  it("counts a recommendation due yesterday as overdue, and one due today as not", () => {
    expect(model.recommendationsById.get("l-03")?.overdue).toBe(true);
    expect(model.recommendationsById.get("l-02")?.overdue).toBe(false);
  });

  it("model.portfolio counts current statuses, outstanding, overdue, stale and unanswered, leaving out drafts", () => {
    // l-02 and l-03 are still open with no response, long after the 2021 review was published.
    expect(model.portfolio.recommendations).toEqual({
      total: 3,
      byStatus: { implemented: 1, open: 2 },
      outstanding: 2,
      overdue: 1,
      stale: 2,
      noResponse: 2,
    });
  });
});

describe("similarPartnerships(model, limit)", () => {
  it("similarPartnerships(model, limit) lists those sharing service area or form, both first, never the partnership itself", () => {
    const similar = similarPartnerships(model);
    expect(similar.get("legal")?.map((item) => item.slug)).toEqual(["waste"]);
    expect(similar.get("waste")?.map((item) => item.slug)).toEqual(["legal", "hub"]);
    expect(similar.get("hub")?.map((item) => item.slug)).toEqual(["waste"]);
  });

  it("similarPartnerships(model, limit) stops at the limit", () => {
    expect(
      similarPartnerships(model, 1)
        .get("waste")
        ?.map((item) => item.slug),
    ).toEqual(["legal"]);
  });
});

describe("currentRisks(model) and goodPracticeByFactor(model)", () => {
  it("currentRisks(model) ranks the current reviews' risks by score", () => {
    expect(currentRisks(model).map(({ partnership, risk, score }) => [partnership.slug, risk.id, score])).toEqual([
      ["waste", "r1", 16],
      ["legal", "r1", 12],
      ["legal", "r2", 4],
    ]);
  });

  it("goodPracticeByFactor(model) groups good practice from every published review by factor, then the rest", () => {
    const groups = goodPracticeByFactor(model);
    expect([...groups.keys()]).toEqual(["delivery", ""]);
    expect(groups.get("")?.map((item) => item.practice.title)).toEqual(["Shared dashboard"]);
  });
});

describe("version 2: needs attention and the portfolio", () => {
  const v2 = buildSiteModel(
    content(
      [
        partnership("alpha", "Alpha", { targetLevel: "aligned", annualValue: 100 }),
        partnership("beta", "Beta", { targetLevel: "joined", annualValue: 50 }),
        partnership("gamma", "Gamma", { targetLevel: "aligned", status: "ended", annualValue: 1000 }),
        partnership("delta", "Delta", { status: "proposed" }),
      ],
      [
        review("alpha", "2025", { date: "2025-01-01", assessedLevel: "aligned" }),
        review(
          "beta",
          "2025",
          { date: "2025-01-01", assessedLevel: "arms-length", assurance: "limited" },
          { risks: [{ id: "r1", category: "other", title: "Beta risk", likelihood: 2, impact: 2 }] },
        ),
        review(
          "gamma",
          "2022",
          { date: "2022-01-01", assessedLevel: "joined" },
          { risks: [{ id: "r9", category: "other", title: "Old risk", likelihood: 5, impact: 5 }] },
        ),
      ],
    ),
    TODAY,
  );

  it("compareAll(model) puts active partnerships needing attention first, then proposed, then ended", () => {
    expect(compareAll(v2).map((row) => [row.partnership.slug, row.attention.map((reason) => reason.code)])).toEqual([
      ["beta", ["limited-assurance", "off-target", "assurance-basis"]],
      ["alpha", []],
      ["delta", []],
      ["gamma", []],
    ]);
  });

  it("model.portfolio counts active partnerships only, and says how many are listed apart", () => {
    expect(v2.portfolio).toEqual({
      partnerships: 2,
      reviewed: 2,
      atTarget: 1,
      belowTarget: 1,
      aboveTarget: 0,
      needsAttention: 1,
      annualValue: 150,
      withAnnualValue: 2,
      recommendations: { total: 0, byStatus: {}, outstanding: 0, overdue: 0, stale: 0, noResponse: 0 },
      resolutions: { total: 0, byStatus: {}, outstanding: 0, overdue: 0, stale: 0, noResponse: 0 },
      apart: { proposed: 1, ended: 1, recommendations: 0, resolutions: 0 },
    });
  });

  it("currentRisks(model) leaves out an ended partnership's risks, however high", () => {
    expect(currentRisks(v2).map((item) => [item.risk.title, item.band.outOf])).toEqual([
      ["Beta risk", "4 of 25 (low)"],
    ]);
  });

  it("the model lists the needs-attention partnerships apart from proposed and ended ones", () => {
    expect({
      needsAttention: v2.attention.needsAttention.map((item) => item.slug),
      onTrack: v2.attention.onTrack.map((item) => item.slug),
      proposed: v2.attention.proposed.map((item) => item.slug),
      ended: v2.attention.ended.map((item) => item.slug),
    }).toEqual({ needsAttention: ["beta"], onTrack: ["alpha"], proposed: ["delta"], ended: ["gamma"] });
  });
});

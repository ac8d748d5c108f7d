import { describe, expect, it } from "vitest";
import {
  attentionReasons,
  byAttention,
  decisionPoint,
  reasonHeadline,
  reviewDueDate,
  type AttentionInput,
  type AttentionReason,
} from "../../../src/lib/needs-attention.ts";
import { readFactors } from "../../../src/lib/triangulation.ts";
import {
  frameworkSchema,
  partnershipSchema,
  recommendationSchema,
  resolutionSchema,
  riskSchema,
  type Partnership,
  type Rating,
} from "../../../src/schema/index.ts";

const FRAMEWORK = frameworkSchema.parse({
  id: "f",
  version: "1",
  name: "F",
  spectrum: ["One", "Two", "Three", "Four", "Five", "Six"].map((label, index) => ({
    id: label.toLowerCase(),
    order: index + 1,
    label,
    definition: `${label}.`,
  })),
  factors: [
    { id: "strategy", label: "Strategy", description: "S." },
    { id: "delivery", label: "Delivery", description: "D." },
  ],
  stakeholderGroups: [
    { id: "officers", label: "Officers", side: "council" },
    { id: "staff", label: "Partner staff", side: "partner" },
    { id: "users", label: "Users", side: "service-user" },
  ],
});

const PARTNERSHIP = partnershipSchema.parse({
  name: "Legal",
  summary: "S.",
  form: "shared-service",
  basis: "contractual",
  serviceArea: "Legal",
  partners: [{ name: "A", sector: "public" }],
  leadRole: "Head",
  startDate: "2020-01-01",
  targetLevel: "four",
});

const TODAY = "2025-06-30";

/** Returns the input for a partnership whose current review of 2025-01-01 is at target, with nothing wrong. */
function input(extra: Partial<AttentionInput> = {}, current: Partial<NonNullable<AttentionInput["current"]>> = {}) {
  return {
    partnership: PARTNERSHIP,
    current: {
      meta: { date: "2025-01-01", assessedLevel: "four" },
      factors: [],
      risks: [],
      factorJudgements: [],
      ...current,
    },
    overdueRecommendations: [],
    framework: FRAMEWORK,
    today: TODAY,
    ...extra,
  };
}

const kinds = (reasons: AttentionReason[]) => reasons.map((reason) => reason.code);

/** The decision-point reasons alone, by code and in words: the tests of other reasons on the same input are apart. */
const decisionReasons = (reasons: AttentionReason[]) =>
  reasons
    .filter((reason) => reason.code === "decision-point" || reason.code === "notice-passed")
    .map((reason) => [reason.code, reason.text]);

/** Returns a published recommendation with this id. */
const recommendation = (id: string) =>
  recommendationSchema.parse({ id, text: `Do ${id}.`, priority: "high", status: "open" });

describe("attentionReasons(input)", () => {
  it("attentionReasons(...) gives none for a partnership at target with nothing wrong", () => {
    expect(attentionReasons(input())).toEqual([]);
  });

  it("attentionReasons(...) never gives reasons to a proposed or ended partnership", () => {
    for (const status of ["proposed", "ended"] as const) {
      expect(
        attentionReasons(
          input(
            { partnership: { ...PARTNERSHIP, status } },
            { meta: { date: "2020-01-01", assessedLevel: "one", assurance: "none" } },
          ),
        ),
      ).toEqual([]);
    }
  });

  it("attentionReasons(...) names every reason in words, most serious first", () => {
    const ratings: Rating[] = [
      { factor: "strategy", group: "officers", level: 5 },
      { factor: "strategy", group: "staff", level: 3 },
      { factor: "strategy", group: "users", level: 4 },
    ];
    const reasons = attentionReasons(
      input(
        {
          overdueRecommendations: [recommendation("kbc-01"), recommendation("kbc-02")],
          partnership: {
            ...PARTNERSHIP,
            nextReviewDue: "2025-06-29",
            agreement: { end: "2026-06-30", breakClause: "2025-12-31" },
          },
        },
        {
          meta: { date: "2025-01-01", assessedLevel: "two", assurance: "limited" },
          factors: readFactors(FRAMEWORK, ratings),
          risks: [
            riskSchema.parse({ id: "r1", category: "other", title: "Supplier may fail.", likelihood: 3, impact: 5 }),
            riskSchema.parse({ id: "r2", category: "other", title: "Small", likelihood: 2, impact: 2 }),
          ],
          factorJudgements: [
            { factor: "delivery", health: "failing", finding: "F." },
            { factor: "strategy", health: "weak", finding: "W." },
          ],
        },
      ),
    );
    expect(reasons.map((reason) => reason.text)).toEqual([
      "Limited assurance from the 2025 review",
      "Delivery judged failing; Strategy judged weak",
      "A current risk scores 15 out of 25: Supplier may fail",
      "Two overdue recommendations",
      "Assessed two levels below target: Two, where the target is Four",
      "Perception gap on Strategy (the council and partner sides disagree too)",
      "Review overdue since 29 June 2025",
      // The decision point is the next break clause; the end after it is not a reason of its own.
      "The agreement reaches a break clause on 31 December 2025",
      // No exitPlan is "none": the decision falls within renewalWindowMonths.
      "No exit plan, with a decision on the agreement due by 31 December 2025",
      "The 2025 review gives limited assurance without a published basis",
    ]);
    expect(kinds(reasons)).toEqual([
      "limited-assurance",
      "failing-factor",
      "high-risk",
      "overdue-recommendation",
      "off-target",
      "perception-gap",
      "review-overdue",
      "decision-point",
      "no-exit-plan",
      "assurance-basis",
    ]);
    expect(reasons[3]?.items).toEqual([
      { id: "kbc-01", label: "Do kbc-01." },
      { id: "kbc-02", label: "Do kbc-02." },
    ]);
  });

  it("attentionReasons(...) counts a perception gap and the sides disagreeing as one reason, naming each factor once", () => {
    const ratings: Rating[] = [
      { factor: "strategy", group: "officers", level: 5 },
      { factor: "strategy", group: "staff", level: 3 },
      { factor: "delivery", group: "officers", level: 5 },
      { factor: "delivery", group: "users", level: 2 },
      { factor: "delivery", group: "staff", level: 4 },
    ];
    const reasons = attentionReasons(input({}, { factors: readFactors(FRAMEWORK, ratings) }));
    // Strategy: officers 5, staff 3 (a gap, and the sides 2 apart). Delivery: 5, 2 and 4 (a gap; the sides 1 apart).
    expect(reasons.map((reason) => [reason.code, reason.text])).toEqual([
      ["perception-gap", "Perception gap on Strategy (the council and partner sides disagree too) and Delivery"],
    ]);
    expect(reasons[0]?.items.map((item) => item.id)).toEqual(["strategy", "delivery"]);
  });

  it("attentionReasons(...) gives one performance-gap reason naming each factor whose perception and indicators disagree", () => {
    const gap = (factor: string, label: string, words: string) => ({
      factor,
      label,
      performance: { gap: true, indicators: [], words },
    });
    const reasons = attentionReasons(
      input(
        {},
        {
          findings: [
            gap(
              "outcomes",
              "Outcomes",
              "Outcomes: the reviewer judged it adequate, but both its indicators miss their targets",
            ),
            { factor: "delivery", label: "Delivery" },
          ],
        },
      ),
    );
    expect(reasons).toEqual([
      {
        code: "performance-gap",
        text: "Perception and performance disagree on Outcomes: the reviewer judged it adequate, but both its indicators miss their targets",
        items: [{ id: "outcomes", label: "Outcomes" }],
      },
    ]);
  });

  it("attentionReasons(...) is at target exactly at the tolerance and away beyond it", () => {
    const wide = { ...FRAMEWORK, thresholds: { ...FRAMEWORK.thresholds, targetTolerance: 1 } };
    expect(
      kinds(attentionReasons(input({ framework: wide }, { meta: { date: "2025-01-01", assessedLevel: "three" } }))),
    ).toEqual([]);
    expect(kinds(attentionReasons(input({}, { meta: { date: "2025-01-01", assessedLevel: "five" } })))).toEqual([
      "off-target",
    ]);
  });

  it("attentionReasons(...) counts a risk at exactly highRiskScore and not one below", () => {
    const at = riskSchema.parse({ id: "r", category: "other", title: "T", likelihood: 3, impact: 5 });
    const below = riskSchema.parse({ id: "r", category: "other", title: "T", likelihood: 2, impact: 5 });
    expect(kinds(attentionReasons(input({}, { risks: [at] })))).toEqual(["high-risk"]);
    expect(kinds(attentionReasons(input({}, { risks: [below] })))).toEqual([]);
  });

  it("attentionReasons(...) counts a decision point exactly renewalWindowMonths ahead, not a day later", () => {
    const ending = (end: string) => input({ partnership: { ...PARTNERSHIP, agreement: { end } } });
    expect(decisionReasons(attentionReasons(ending("2026-06-30")))).toEqual([
      ["decision-point", "The agreement ends on 30 June 2026"],
    ]);
    expect(decisionReasons(attentionReasons(ending("2026-07-01")))).toEqual([]);
  });

  it("attentionReasons(...) judges the end once the last break clause has passed, and the partnership's end date without an agreement", () => {
    const withDates = (partnership: Partial<Partnership>) => input({ partnership: { ...PARTNERSHIP, ...partnership } });
    expect(
      decisionReasons(attentionReasons(withDates({ agreement: { breakClause: "2025-06-29", end: "2026-01-31" } }))),
    ).toEqual([["decision-point", "The agreement ends on 31 January 2026"]]);
    expect(decisionReasons(attentionReasons(withDates({ endDate: "2025-06-30" })))).toEqual([
      ["decision-point", "The agreement ends on 30 June 2025"],
    ]);
    // An end already passed is no decision within the window ahead.
    expect(decisionReasons(attentionReasons(withDates({ agreement: { end: "2025-06-29" } })))).toEqual([]);
  });

  it("attentionReasons(...) takes the notice period off the decision point, and says when the notice date has passed", () => {
    const notice = (end: string, noticeMonths: number) =>
      input({ partnership: { ...PARTNERSHIP, agreement: { end, noticeMonths } as Partnership["agreement"] } });
    expect(decisionReasons(attentionReasons(notice("2027-06-30", 12)))).toEqual([
      ["decision-point", "Notice must be given by 30 June 2026 for the agreement's end on 30 June 2027"],
    ]);
    expect(decisionReasons(attentionReasons(notice("2027-07-01", 12)))).toEqual([]);
    expect(decisionReasons(attentionReasons(notice("2026-03-31", 12)))).toEqual([
      ["notice-passed", "The notice date for the agreement's end on 31 March 2026 passed on 31 March 2025"],
    ]);
  });

  it("attentionReasons(...) finds a review overdue the day after it was due, from the review cycle when no date is set", () => {
    const reviewed = (date: string) => input({}, { meta: { date, assessedLevel: "four" } });
    expect(kinds(attentionReasons(reviewed("2023-06-30")))).toEqual([]);
    expect(kinds(attentionReasons(reviewed("2023-06-29")))).toEqual(["review-overdue"]);
  });

  it("attentionReasons(...) says a partnership never reviewed is overdue from its start date plus the cycle", () => {
    const { current: _none, ...rest } = input();
    expect(attentionReasons(rest).map((reason) => reason.text)).toEqual([
      "Never reviewed; a review was due by 1 January 2022",
    ]);
  });
});

describe("reviewDueDate(partnership, currentReviewDate, reviewCycleMonths)", () => {
  it("reviewDueDate(...) prefers nextReviewDue, then the current review plus the cycle, then the start date", () => {
    expect(reviewDueDate({ nextReviewDue: "2025-01-01", startDate: "2020-01-01" }, "2024-01-01", 24)).toBe(
      "2025-01-01",
    );
    expect(reviewDueDate({ startDate: "2020-01-01" }, "2024-02-29", 12)).toBe("2025-02-28");
    expect(reviewDueDate({ startDate: "2020-01-01" }, undefined, 24)).toBe("2022-01-01");
  });
});

describe("byAttention(a, b)", () => {
  it("byAttention orders by number of reasons, then the most serious reason, then name", () => {
    const reason = (code: AttentionReason["code"]): AttentionReason => ({ code, text: code, items: [] });
    const items = [
      { name: "Alpha", reasons: [reason("decision-point")] },
      { name: "Beta", reasons: [reason("limited-assurance")] },
      { name: "Gamma", reasons: [reason("review-overdue"), reason("perception-gap")] },
      { name: "Delta", reasons: [reason("limited-assurance")] },
    ];
    expect([...items].sort(byAttention).map((item) => item.name)).toEqual(["Gamma", "Beta", "Delta", "Alpha"]);
  });
  it("attentionReasons(...) finds no agreed exit plan while a decision is within the window or passed, until one is agreed", () => {
    const withPlan = (end: string, exitPlan?: { status: "none" | "outline" | "agreed" | "tested" }) =>
      input({
        partnership: {
          ...PARTNERSHIP,
          agreement: { end, ...(exitPlan === undefined ? {} : { exitPlan }) } as Partnership["agreement"],
        },
      });
    const exit = (reasons: AttentionReason[]) =>
      reasons.filter((reason) => reason.code === "no-exit-plan").map((reason) => reason.text);
    // TODAY is 30 June 2025; renewalWindowMonths 12: the window ends on 30 June 2026.
    expect(exit(attentionReasons(withPlan("2026-06-30")))).toEqual([
      "No exit plan, with a decision on the agreement due by 30 June 2026",
    ]);
    expect(exit(attentionReasons(withPlan("2026-07-01")))).toEqual([]);
    expect(exit(attentionReasons(withPlan("2026-06-30", { status: "outline" })))).toEqual([
      "Only an outline exit plan, with a decision on the agreement due by 30 June 2026",
    ]);
    expect(exit(attentionReasons(withPlan("2026-06-30", { status: "none" })))).toHaveLength(1);
    expect(exit(attentionReasons(withPlan("2026-06-30", { status: "agreed" })))).toEqual([]);
    expect(exit(attentionReasons(withPlan("2026-06-30", { status: "tested" })))).toEqual([]);
    // A decision point already passed still needs a plan.
    expect(exit(attentionReasons(withPlan("2025-06-29")))).toEqual([
      "No exit plan, with a decision on the agreement due since 29 June 2025",
    ]);
  });

  it("attentionReasons(...) finds the next review due after the decision point, and not on the same day", () => {
    const planned = (nextReviewDue: string) =>
      input({
        partnership: {
          ...PARTNERSHIP,
          nextReviewDue,
          agreement: { breakClause: "2027-06-30", end: "2030-01-01", exitPlan: { status: "agreed" } },
        },
      });
    expect(attentionReasons(planned("2027-07-01")).map((reason) => [reason.code, reason.text])).toEqual([
      [
        "review-after-decision",
        "The next review, due by 1 July 2027, falls after the decision on the agreement, due by 30 June 2027",
      ],
    ]);
    expect(attentionReasons(planned("2027-06-30"))).toEqual([]);
    // No break, end or end date: no decision point, so no review can fall after it.
    expect(attentionReasons(input({ partnership: { ...PARTNERSHIP, nextReviewDue: "2030-01-01" } }))).toEqual([]);
  });

  it("attentionReasons(...) names the recommendations without a management response and the overdue resolutions", () => {
    const resolution = resolutionSchema.parse({
      id: "osc-2025-01",
      partnership: "legal",
      text: "Report the savings.",
      status: "open",
    });
    const reasons = attentionReasons(
      input({
        unansweredRecommendations: [recommendation("kbc-03"), recommendation("kbc-04")],
        overdueResolutions: [resolution],
      }),
    );
    expect(reasons).toEqual([
      {
        code: "resolution-overdue",
        text: "One overdue committee resolution",
        items: [{ id: "osc-2025-01", label: "Report the savings." }],
      },
      {
        code: "no-response",
        text: "Two recommendations without a management response 3 months after publication",
        items: [
          { id: "kbc-03", label: "Do kbc-03." },
          { id: "kbc-04", label: "Do kbc-04." },
        ],
      },
    ]);
  });

  it("attentionReasons(...) finds no agreed target and an assurance opinion without a basis", () => {
    const { targetLevel: _target, ...untargeted } = PARTNERSHIP;
    expect(kinds(attentionReasons(input({ partnership: untargeted })))).toEqual(["no-target"]);
    const assured = (meta: Partial<NonNullable<AttentionInput["current"]>["meta"]>) =>
      attentionReasons(input({}, { meta: { date: "2025-01-01", assessedLevel: "four", ...meta } }));
    expect(assured({ assurance: "substantial" }).map((reason) => [reason.code, reason.text])).toEqual([
      ["assurance-basis", "The 2025 review gives substantial assurance without a published basis"],
    ]);
    expect(assured({ assurance: "substantial", assuranceBasis: "Every test of control held." })).toEqual([]);
    expect(assured({})).toEqual([]);
  });
});

describe("decisionPoint(partnership, today): an agreement year ending on 31 March", () => {
  /** Returns the partnership's agreement, typed as the schema gives it. */
  const agreement = (fields: object) => ({ agreement: fields as Partnership["agreement"] });

  it("decisionPoint(...) takes whole months of notice off 31 March, landing on each month's last day", () => {
    const notice = (end: string, noticeMonths: number) =>
      decisionPoint(agreement({ end, noticeMonths }), "2026-01-01")?.date;
    // February has no 31st: 31 March less one month is its last day, 28 February, and 29 February in a leap year.
    expect([1, 2, 3, 6, 12, 13].map((months) => notice("2027-03-31", months))).toEqual([
      "2027-02-28",
      "2027-01-31",
      "2026-12-31",
      "2026-09-30",
      "2026-03-31",
      "2026-02-28",
    ]);
    expect(notice("2028-03-31", 1)).toBe("2028-02-29");
    expect(
      decisionPoint(agreement({ breakClause: ["2028-03-31"], end: "2030-03-31", noticeMonths: 1 }), "2026-01-01"),
    ).toEqual({ date: "2028-02-29", event: { kind: "break-clause", date: "2028-03-31" }, noticeMonths: 1 });
    // The day of the month is kept where the month has it (the content model's rule): 30 April less one month is
    // 30 March, not 31 March.
    expect(notice("2027-04-30", 1)).toBe("2027-03-30");
  });

  it("attentionReasons(...) counts 31 March less a month exactly renewalWindowMonths ahead, not from the day before", () => {
    const at = (today: string, end: string) =>
      input({
        today,
        partnership: { ...PARTNERSHIP, ...agreement({ end, noticeMonths: 1, exitPlan: { status: "agreed" } }) },
      });
    // Notice for 31 March 2027 is due by 28 February 2027; twelve months before it is 28 February 2026.
    expect(decisionReasons(attentionReasons(at("2026-02-28", "2027-03-31")))).toEqual([
      ["decision-point", "Notice must be given by 28 February 2027 for the agreement's end on 31 March 2027"],
    ]);
    expect(decisionReasons(attentionReasons(at("2026-02-27", "2027-03-31")))).toEqual([]);
    // On the notice date itself the decision is still due; the day after, notice has passed.
    expect(decisionReasons(attentionReasons(at("2027-02-28", "2027-03-31")))).toEqual([
      ["decision-point", "Notice must be given by 28 February 2027 for the agreement's end on 31 March 2027"],
    ]);
    expect(decisionReasons(attentionReasons(at("2027-03-01", "2027-03-31")))).toEqual([
      ["notice-passed", "The notice date for the agreement's end on 31 March 2027 passed on 28 February 2027"],
    ]);
    // In a leap year the notice date is 29 February 2028. Twelve months after 28 February 2027 is 28 February 2028,
    // a day short of it, so the window (now to now plus twelve months) first holds it on 1 March 2027.
    expect(decisionReasons(attentionReasons(at("2027-02-28", "2028-03-31")))).toEqual([]);
    expect(decisionReasons(attentionReasons(at("2027-03-01", "2028-03-31")))).toEqual([
      ["decision-point", "Notice must be given by 29 February 2028 for the agreement's end on 31 March 2028"],
    ]);
  });
});

describe("reasonHeadline(reason)", () => {
  it("reasonHeadline(reason) keeps a reason's finding and leaves its detail after the colon", () => {
    expect(
      reasonHeadline({
        text: "A current risk scores 16 out of 25: Duplicate meeting cycles leave the shared team with no capacity",
      }),
    ).toBe("A current risk scores 16 out of 25");
    expect(
      reasonHeadline({ text: "Assessed one level below target: Cooperating, where the target is Collaborating" }),
    ).toBe("Assessed one level below target");
  });

  it("reasonHeadline(reason) gives a reason without a colon as it is", () => {
    expect(reasonHeadline({ text: "Review overdue since 2 October 2025" })).toBe("Review overdue since 2 October 2025");
    // A colon inside a time or a ratio is not followed by a space, so does not cut the reason.
    expect(reasonHeadline({ text: "Decision due by 09:30 on 1 April" })).toBe("Decision due by 09:30 on 1 April");
  });
});

import { describe, expect, it } from "vitest";
import { questionsForMembers } from "../../../src/lib/findings/questions.ts";
import { buildSiteModel } from "../../../src/lib/site-model.ts";
import { content, partnership, rec, review, WITHDRAWN } from "../helpers/content.ts";
import { validateFixture } from "../helpers/fixtures.ts";
import { updateSchema } from "../../../src/schema/index.ts";

const TODAY = "2025-06-30";

describe("buildSiteModel(content, today)", () => {
  it("buildSiteModel(content, today) leaves drafts and embargoed reviews out of every list", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [
          review("legal", "published", { date: "2025-01-01" }, { recommendations: [rec("p-01")] }),
          review("legal", "draft", { date: "2025-02-01", status: "draft" }, { recommendations: [rec("d-01")] }),
          review(
            "legal",
            "embargoed",
            { date: "2025-03-01", publishDate: "2025-07-01" },
            { recommendations: [rec("e-01")] },
          ),
          review("legal", "released-today", { date: "2025-03-01", publishDate: TODAY }),
        ],
      ),
      TODAY,
    );
    expect(model.today).toBe(TODAY);
    expect(model.reviews.map((r) => r.id)).toEqual(["released-today", "published"]);
    expect(model.partnerships[0]?.reviews.map((r) => r.id)).toEqual(["released-today", "published"]);
    expect(model.recommendations.map((r) => r.recommendation.id)).toEqual(["p-01"]);
    expect([...model.recommendationsById.keys()]).toEqual(["p-01"]);
    const json = JSON.stringify(model);
    expect(json).not.toContain("d-01");
    expect(json).not.toContain("e-01");
    expect(json).not.toContain("Review draft");
    expect(json).not.toContain("Review embargoed");
  });

  it("buildSiteModel(content, today) leaves out internal risks and recommendations", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [
          review(
            "legal",
            "2025",
            { date: "2025-01-01" },
            {
              risks: [
                { id: "public-risk", category: "other", title: "Public risk", likelihood: 2, impact: 3 },
                {
                  id: "secret-risk",
                  category: "other",
                  title: "Secret risk",
                  likelihood: 5,
                  impact: 5,
                  internal: true,
                },
              ],
              recommendations: [rec("open-01"), rec("secret-01", { internal: true })],
            },
          ),
        ],
      ),
      TODAY,
    );
    const [only] = model.reviews;
    expect(only?.risks.map((r) => r.id)).toEqual(["public-risk"]);
    expect(only?.recommendations.map((r) => r.id)).toEqual(["open-01"]);
    expect(model.recommendations.map((r) => r.recommendation.id)).toEqual(["open-01"]);
    const json = JSON.stringify(model);
    expect(json).not.toContain("secret");
    expect(json).not.toContain("Secret");
  });

  it("buildSiteModel(content, today) leaves internalNotes out of the review's front matter", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [review("legal", "2025", { date: "2025-01-01", internalNotes: "Chief executive disagrees." })],
      ),
      TODAY,
    );
    const meta = model.reviews[0]?.meta;
    expect(meta).toBeDefined();
    expect(Object.keys(meta ?? {})).not.toContain("internalNotes");
    expect(JSON.stringify(model)).not.toContain("Chief executive");
  });

  it("buildSiteModel(content, today) leaves out suppressed ratings and their comments, and counts them as withheld", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [
          review(
            "legal",
            "2025",
            { date: "2025-01-01" },
            {
              ratings: [
                { factor: "strategy", group: "officers", level: 3, respondents: 3, comment: "Clear plans." },
                { factor: "strategy", group: "users", level: 1, respondents: 2, comment: "Only two of us said this." },
                { factor: "delivery", group: "officers", level: 2, respondents: 1, comment: "Just me." },
                { factor: "delivery", group: "users", level: 2 },
              ],
            },
          ),
        ],
      ),
      TODAY,
    );
    const [only] = model.reviews;
    expect(only?.withheld).toBe(2);
    expect(
      only?.factors.map((f) => [f.factor, f.withheld, f.ratings.map((r) => r.group), f.consensus, f.triangulated]),
    ).toEqual([
      ["strategy", 1, ["officers"], 3, false],
      ["delivery", 1, ["users"], 2, false],
    ]);
    const json = JSON.stringify(model);
    expect(json).toContain("Clear plans.");
    expect(json).not.toContain("Only two of us");
    expect(json).not.toContain("Just me");
  });

  it("buildSiteModel(content, today) makes the latest published review current, not a later withdrawn one", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [
          review("legal", "2023", { date: "2023-01-01" }),
          review("legal", "2024", { date: "2024-01-01" }),
          review("legal", "2025", { date: "2025-01-01", ...WITHDRAWN }),
          review("legal", "2025-draft", { date: "2025-02-01", status: "draft" }),
        ],
      ),
      TODAY,
    );
    const [legal] = model.partnerships;
    expect(legal?.current?.id).toBe("2024");
    expect(legal?.reviews.map((r) => [r.id, r.published])).toEqual([
      ["2025", false],
      ["2024", true],
      ["2023", true],
    ]);
    expect(legal?.reviews[0]?.meta.withdrawnReason).toBe("A figure was wrong.");
  });

  it("buildSiteModel(content, today) orders reviews of the same date by id, newest first, and picks the current one the same way", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [review("legal", "2025-a", { date: "2025-01-01" }), review("legal", "2025-b", { date: "2025-01-01" })],
      ),
      TODAY,
    );
    expect(model.reviews.map((r) => r.id)).toEqual(["2025-b", "2025-a"]);
    expect(model.partnerships[0]?.current?.id).toBe("2025-b");
  });

  it("buildSiteModel(content, today) gives a partnership with no published review no current review", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal"), partnership("waste", "Waste")],
        [
          review("legal", "2025", { date: "2025-01-01" }),
          review("waste", "2024", { date: "2024-01-01", ...WITHDRAWN }),
          review("waste", "2025", { date: "2025-01-01", status: "draft" }),
        ],
      ),
      TODAY,
    );
    const waste = model.partnerships.find((p) => p.slug === "waste");
    expect(waste?.current).toBeUndefined();
    expect(Object.keys(waste ?? {})).not.toContain("current");
    expect(waste?.reviews.map((r) => r.id)).toEqual(["2024"]);
    expect(waste?.recommendations).toEqual([]);
  });

  it("buildSiteModel(content, today) lists partnerships by name", () => {
    const model = buildSiteModel(
      content([partnership("z", "Youth services"), partnership("a", "Waste"), partnership("m", "adult care")], []),
      TODAY,
    );
    expect(model.partnerships.map((p) => p.data.name)).toEqual(["adult care", "Waste", "Youth services"]);
  });

  it("buildSiteModel(content, today) tracks a recommendation's current status from later published reviews, oldest update first", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [
          review("legal", "2023", { date: "2023-01-01" }, { recommendations: [rec("l-01", { due: "2024-01-01" })] }),
          review(
            "legal",
            "2025",
            { date: "2025-01-01" },
            { recommendationUpdates: [{ id: "l-01", status: "implemented", note: "Done." }] },
          ),
          review(
            "legal",
            "2024",
            { date: "2024-01-01" },
            { recommendationUpdates: [{ id: "l-01", status: "in-progress" }] },
          ),
        ],
      ),
      TODAY,
    );
    const tracked = model.recommendationsById.get("l-01");
    expect(tracked?.status).toBe("implemented");
    expect(tracked?.overdue).toBe(false);
    expect(tracked?.reviewId).toBe("2023");
    expect(tracked?.history).toEqual([
      {
        id: "l-01",
        status: "in-progress",
        partnership: "legal",
        reviewId: "2024",
        reviewDate: "2024-01-01",
        source: "review",
      },
      {
        id: "l-01",
        status: "implemented",
        note: "Done.",
        partnership: "legal",
        reviewId: "2025",
        reviewDate: "2025-01-01",
        source: "review",
      },
    ]);
    expect(tracked?.asAt).toBe("2025-01-01");
    expect(model.partnerships[0]?.recommendations).toEqual([tracked]);
  });

  it("buildSiteModel(content, today) ignores updates from withdrawn, draft and embargoed reviews", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [
          review("legal", "2023", { date: "2023-01-01" }, { recommendations: [rec("l-01", { due: "2024-01-01" })] }),
          review(
            "legal",
            "2024",
            { date: "2024-01-01", ...WITHDRAWN },
            { recommendationUpdates: [{ id: "l-01", status: "implemented" }] },
          ),
          review(
            "legal",
            "2025-draft",
            { date: "2025-01-01", status: "draft" },
            { recommendationUpdates: [{ id: "l-01", status: "implemented" }] },
          ),
          review(
            "legal",
            "2025-embargo",
            { date: "2025-01-01", publishDate: "2025-07-01" },
            { recommendationUpdates: [{ id: "l-01", status: "implemented" }] },
          ),
        ],
      ),
      TODAY,
    );
    const tracked = model.recommendationsById.get("l-01");
    expect(tracked?.history).toEqual([]);
    expect(tracked?.status).toBe("open");
    expect(tracked?.overdue).toBe(true);
  });

  it("buildSiteModel(content, today) drops updates about internal recommendations", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [
          review(
            "legal",
            "2023",
            { date: "2023-01-01" },
            { recommendations: [rec("l-01"), rec("secret-01", { internal: true })] },
          ),
          review(
            "legal",
            "2024",
            { date: "2024-01-01" },
            {
              recommendationUpdates: [
                { id: "l-01", status: "in-progress" },
                { id: "secret-01", status: "implemented", note: "Quietly done." },
              ],
            },
          ),
        ],
      ),
      TODAY,
    );
    expect(model.reviews.find((r) => r.id === "2024")?.updates.map((u) => u.id)).toEqual(["l-01"]);
    const json = JSON.stringify(model);
    expect(json).not.toContain("secret-01");
    expect(json).not.toContain("Quietly done.");
  });

  it("buildSiteModel(content, today) marks overdue recommendations due before today, not those due today", () => {
    const model = buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [
          review(
            "legal",
            "2025",
            { date: "2025-01-01" },
            {
              recommendations: [
                rec("yesterday", { due: "2025-06-29" }),
                rec("today", { due: TODAY }),
                rec("done", { due: "2025-01-31", status: "implemented" }),
                rec("undated"),
              ],
            },
          ),
        ],
      ),
      TODAY,
    );
    expect(model.recommendations.map((r) => [r.recommendation.id, r.overdue])).toEqual([
      ["yesterday", true],
      ["today", false],
      ["done", false],
      ["undated", false],
    ]);
  });

  it("buildSiteModel(content, today) builds the minimal fixture with its one current review", async () => {
    const minimal = (await validateFixture("minimal")).content;
    if (minimal === undefined) throw new Error("the minimal fixture must be valid");
    const model = buildSiteModel(minimal, TODAY);
    expect(model.partnerships.map((p) => [p.slug, p.current?.id])).toEqual([["shared-legal", "2024-annual"]]);
    expect(model.reviews[0]?.factors.map((f) => [f.factor, f.consensus, f.spread, f.triangulated, f.gap])).toEqual([
      ["strategy", 2, 2, true, true],
      ["delivery", 2.25, 0.5, true, false],
    ]);
    expect(model.recommendations.map((r) => [r.recommendation.id, r.status, r.overdue])).toEqual([
      ["min-2024-01", "open", true],
    ]);
  });
});

describe("buildSiteModel(content, today): progress update files", () => {
  const update = (date: string, status: "draft" | "published", items: object[], publishDate?: string) => ({
    partnership: "legal",
    file: `updates/legal/${date}.json`,
    data: updateSchema.parse({
      date,
      status,
      ...(publishDate === undefined ? {} : { publishDate }),
      authorRole: "Head of Legal",
      recommendationUpdates: items,
    }),
  });
  const base = content(
    [partnership("legal", "Legal")],
    [
      review(
        "legal",
        "2024",
        { date: "2024-01-01" },
        { recommendations: [rec("u-01"), rec("u-02"), rec("u-03"), rec("u-04", { internal: true })] },
      ),
    ],
  );
  const model = buildSiteModel(
    {
      ...base,
      updates: [
        update("2024-09-01", "published", [
          { id: "u-01", status: "implemented", note: "Done." },
          { id: "u-04", status: "implemented" },
        ]),
        update("2025-02-01", "draft", [{ id: "u-02", status: "implemented" }]),
        update("2025-03-01", "published", [{ id: "u-03", status: "implemented" }], "2025-07-01"),
      ],
    },
    "2025-06-30",
  );

  it("a published update file gives the current status, as at its date", () => {
    expect(model.recommendationsById.get("u-01")).toMatchObject({
      status: "implemented",
      asAt: "2024-09-01",
      stale: false,
    });
  });

  it("draft and embargoed update files appear nowhere: not in statuses, histories or the list of updates", () => {
    expect(model.recommendationsById.get("u-02")).toMatchObject({ status: "open", asAt: "2024-01-01", history: [] });
    expect(model.recommendationsById.get("u-03")).toMatchObject({ status: "open", asAt: "2024-01-01", history: [] });
    expect(model.updates.map((item) => item.date)).toEqual(["2024-09-01"]);
    expect(JSON.stringify(model)).not.toContain("2025-02-01");
    expect(JSON.stringify(model)).not.toContain("2025-03-01");
  });

  it("an update file's word on an internal recommendation is left out", () => {
    expect(model.updates[0]?.updates.map((item) => item.id)).toEqual(["u-01"]);
  });

  it("an open recommendation with no published word for staleAfterMonths is stale, as at its review's date", () => {
    expect(model.recommendationsById.get("u-02")?.stale).toBe(true);
  });

  it("the preview shows draft updates as previews, without letting them set a status", () => {
    const preview = buildSiteModel(
      { ...base, updates: [update("2025-02-01", "draft", [{ id: "u-02", status: "implemented" }])] },
      "2025-06-30",
      { preview: true },
    );
    expect(preview.updates.map((item) => [item.date, item.preview])).toEqual([["2025-02-01", true]]);
    expect(preview.recommendationsById.get("u-02")?.status).toBe("open");
  });
});

describe("buildSiteModel(content, today): the v2-full fixture", async () => {
  const result = await validateFixture("v2-full");
  const model = buildSiteModel(result.content ?? (undefined as never), "2025-06-30");
  const legal = model.partnerships.find((item) => item.slug === "shared-legal");

  it("the v2-full fixture validates with no error, warned only of what version 3 asks of its assurance opinions", () => {
    const warning = (file: string, line: number) => ({
      severity: "warning",
      file,
      line,
      column: 1,
      field: "assurance",
      message:
        'is given without assuranceBasis: say why the reviewer gave this opinion, or the site will show "basis not published"',
    });
    expect(result.problems).toEqual([
      warning("reviews/shared-legal/2023-self.md", 8),
      warning("reviews/shared-legal/2024-annual.md", 9),
    ]);
  });

  it("gives the active partnership every reason for attention it has, and none to the proposed and ended ones", () => {
    expect(legal?.attention.map((reason) => reason.text)).toEqual([
      "Limited assurance from the 2024 review",
      "Strategy judged weak",
      "A current risk scores 16 out of 25: The councils cannot agree what the service is for after 2026",
      "One overdue recommendation",
      "Assessed one level below target: Aligned, where the target is Joined",
      // One reason for the gap and the sides on Strategy; the decision point is the break clause, not the end after it.
      "Perception gap on Strategy (the council and partner sides disagree too)",
      "The agreement reaches a break clause on 30 September 2025",
      // Version 3: the fixture gives no exit plan, and no basis for the limited assurance.
      "No exit plan, with a decision on the agreement due by 30 September 2025",
      "The 2024 review gives limited assurance without a published basis",
    ]);
    expect(model.attention.needsAttention.map((item) => item.slug)).toEqual(["shared-legal"]);
    expect(model.attention.proposed.map((item) => item.slug)).toEqual(["hub"]);
    expect(model.attention.ended.map((item) => item.slug)).toEqual(["waste"]);
    expect(model.active.map((item) => item.slug)).toEqual(["shared-legal"]);
  });

  it("says what changed is not like for like, and names the differences", () => {
    expect(legal?.changes?.comparability.differences).toEqual([
      "The earlier review was self-assessment and the later one independent",
      "Only the later review has published views from Partner staff",
      "Only the earlier review has published views from External auditors",
    ]);
    expect(
      legal?.changes?.moved.map((move) => [move.factor, move.before?.shown, move.after?.shown, move.change]),
    ).toEqual([["strategy", 2.9, 2, -0.9]]);
    expect(legal?.changes?.unchanged.map((move) => move.factor)).toEqual(["delivery"]);
  });

  it("tracks each recommendation's status as at its latest published word, leaving the draft update out", () => {
    expect(
      model.recommendations.map((item) => [item.recommendation.id, item.status, item.asAt, item.overdue, item.stale]),
    ).toEqual([
      ["v2-2024-01", "in-progress", "2024-12-01", true, true],
      ["v2-2024-02", "open", "2024-06-30", false, true],
      ["v2-2023-01", "implemented", "2024-12-01", false, false],
      ["v2-2023-02", "open", "2023-06-30", false, true],
    ]);
    expect(model.updates.map((item) => item.date)).toEqual(["2024-12-01"]);
  });

  it("publishes the assurance opinion, factor judgements and cost totals of the current review", () => {
    expect(legal?.current?.meta.assurance).toBe("limited");
    expect(legal?.current?.factorJudgements.map((item) => [item.factor, item.health])).toEqual([
      ["strategy", "weak"],
      ["delivery", "adequate"],
    ]);
    expect(legal?.current?.netPositions).toEqual([{ basis: "actual", cashIn: 105000, costs: 60000, net: 45000 }]);
    expect(legal?.currentRisks.map((risk) => risk.id)).toEqual(["risk-1", "risk-2"]);
    expect(legal?.current?.findings.map((item) => [item.factor, item.consensus?.shown, item.fit?.position])).toEqual([
      ["strategy", 2, "below"],
      ["delivery", 2, "below"],
    ]);
    expect([legal?.stakeholderLevel, legal?.reviewerAndStakeholdersDiffer]).toEqual([2, false]);
  });
});

describe("buildSiteModel(content, today): a management response due exactly responseDueMonths after publication", () => {
  // Reviewed on 15 October 2025 but published on 30 November 2025: the minimal framework's responseDueMonths is 3,
  // so a response is due by 28 February 2026, the last day of February (30 November plus three months).
  const folder = content(
    [partnership("legal", "Legal", { targetLevel: "aligned" })],
    [
      review(
        "legal",
        "2025-annual",
        { date: "2025-10-15", publishDate: "2025-11-30", assessedLevel: "aligned" },
        {
          recommendations: [
            rec("l-01"),
            rec("l-02", { response: { decision: "accepted", date: "2025-12-10" } }),
            rec("l-03", { status: "implemented" }),
          ],
        },
      ),
    ],
  );
  const unanswered = (today: string) => {
    const legal = buildSiteModel(folder, today).partnerships[0];
    return {
      flagged: legal?.recommendations.filter((item) => item.noResponse).map((item) => item.recommendation.id),
      reasons: legal?.attention.filter((reason) => reason.code === "no-response").map((reason) => reason.text),
    };
  };

  it("buildSiteModel(content, today) finds no management response on the day it falls due, not the day before", () => {
    expect(unanswered("2026-02-28")).toEqual({
      flagged: ["l-01"],
      reasons: ["One recommendation without a management response 3 months after publication"],
    });
    expect(unanswered("2026-02-27")).toEqual({ flagged: [], reasons: [] });
  });

  it("questionsForMembers(partnership, responseDueMonths) asks for the response from the month it fell due", () => {
    const legal = buildSiteModel(folder, "2026-02-28").partnerships[0];
    expect(questionsForMembers(legal ?? (undefined as never), 3).map((question) => question.text)).toEqual([
      "One recommendation from the 2025 review has had no management response since February 2026: when will the Director respond?",
    ]);
  });
});

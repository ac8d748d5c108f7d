import { describe, expect, it } from "vitest";
import {
  attentionReasons,
  attentionWords,
  buildPack,
  changesSince,
  choosePartnerships,
  financeTable,
  recommendationTable,
  standing,
  type PackOptions,
} from "../../../../src/lib/pack/pack-model.ts";
import { buildSiteModel, type PublicPartnership, type SiteModel } from "../../../../src/lib/site-model.ts";
import { ROOT, SAMPLE_CONTENT, sampleModel } from "../open-data/sample-model.ts";
import { v2Model } from "../pages/v2-model.ts";

function partnership(model: SiteModel, slug: string): PublicPartnership {
  const found = model.partnerships.find((item) => item.slug === slug);
  if (found === undefined) throw new Error(`no ${slug}`);
  return found;
}

function options(model: SiteModel, extra: Partial<PackOptions> = {}): PackOptions {
  return {
    title: "Partnership reviews: report to the Scrutiny Committee",
    reasons: (item) => item.attention.map((reason) => reason.text),
    ruleText: "The rule.",
    siteRoot: ROOT,
    highRiskScore: 15,
    ...extra,
  };
}

/** Returns every numbered paragraph's text in a section, by title. */
function paragraphs(model: SiteModel, title: string, extra: Partial<PackOptions> = {}): string[] {
  const pack = buildPack(model, model.partnerships, options(model, extra));
  const section = pack.sections.find((item) => item.title === title);
  return (section?.blocks ?? []).flatMap((block) =>
    block.kind === "paragraph" ? [`${block.text}${block.link ? block.link.href : ""}`] : [],
  );
}

describe("choosePartnerships(model, choice, reasons)", () => {
  const model = sampleModel();
  const reasons = (item: PublicPartnership) => item.attention.map((reason) => reason.text);

  it("choosePartnerships(model, choice, reasons) keeps the order of the slugs given, once each", () => {
    const chosen = choosePartnerships(model, { slugs: ["shared-legal", "community-safety", "shared-legal"] }, reasons);
    expect("partnerships" in chosen && chosen.partnerships.map((item) => item.slug)).toEqual([
      "shared-legal",
      "community-safety",
    ]);
  });

  it("choosePartnerships(model, choice, reasons) returns the first slug that names no partnership", () => {
    expect(choosePartnerships(model, { slugs: ["shared-legal", "shared-legl", "nope"] }, reasons)).toEqual({
      unknown: "shared-legl",
    });
  });

  it("choosePartnerships(model, choice, reasons) takes only those needing attention, or every one by name", () => {
    const attention = choosePartnerships(model, { needsAttention: true }, reasons);
    // Community safety has never been reviewed, so its first review is long overdue.
    expect("partnerships" in attention && attention.partnerships.map((item) => item.slug)).toEqual([
      "community-safety",
      "shared-legal",
    ]);
    const all = choosePartnerships(model, { all: true }, reasons);
    expect("partnerships" in all && all.partnerships.map((item) => item.slug)).toEqual([
      "community-safety",
      "shared-legal",
    ]);
  });

  it("attentionWords(subject, reasons) gives each reason a sentence of its own, capitals and semicolons kept", () => {
    expect(
      attentionWords("It", ["Limited assurance from the 2023 review", "A current risk scores 20 out of 25: Fleet."]),
    ).toBe(
      "It needs attention for two reasons. Limited assurance from the 2023 review. A current risk scores 20 out of 25: Fleet.",
    );
  });

  it("attentionReasons(partnership, reasons) ignores the rule for proposed and ended partnerships", () => {
    const content = structuredClone(SAMPLE_CONTENT);
    const entry = content.partnerships.find((item) => item.slug === "shared-legal");
    if (entry) entry.data.status = "proposed";
    const proposed = partnership(buildSiteModel(content, "2026-01-15"), "shared-legal");
    expect(attentionReasons(proposed, () => ["Always"])).toEqual([]);
    expect(attentionReasons(partnership(model, "shared-legal"), () => ["Always"])).toEqual(["Always"]);
  });
});

describe("buildPack(model, partnerships, options)", () => {
  const model = sampleModel();

  it("buildPack(model, partnerships, options) gives the covering report's sections, then one per partnership", () => {
    const pack = buildPack(model, model.partnerships, options(model, { since: "2025-07-01" }));
    expect(pack.sections.map((section) => section.title)).toEqual([
      "Purpose of the report",
      "Recommendations",
      "Summary of findings",
      "Partnerships needing attention",
      "Financial implications",
      "Risks",
      "What has changed since 1 July 2025",
      "Background papers",
      "Community Safety Partnership",
      "Shared Legal Service",
    ]);
    expect(pack.sections.map((section) => section.newPage === true)).toEqual([
      ...Array<boolean>(8).fill(false),
      true,
      true,
    ]);
    expect([pack.lang, pack.asAt, pack.organisation]).toEqual(["en-GB", "2026-01-15", "Example Borough Council"]);
  });

  it("buildPack(model, partnerships, options) recommends noting the findings, the partnerships needing attention and the overdue recommendations", () => {
    expect(paragraphs(model, "Recommendations")).toEqual([
      "That the committee notes the findings of the reviews of the partnerships in this report, as at 15 January 2026.",
      "That the committee considers the 2 partnerships listed in section 4 as needing attention, and decides whether to ask for a further report on any of them.",
      "That the committee asks the lead officers for an explanation of the overdue recommendation set out in sections 8 and 9, and a date by which it will be done.",
    ]);
  });

  it("buildPack(model, partnerships, options) summarises each partnership with its section number", () => {
    expect(paragraphs(model, "Summary of findings")).toEqual([
      "Community Safety Partnership (section 8): no review had been published by 15 January 2026.",
      "Shared Legal Service (section 9): assessed as Joined against a target of Joined, at target, in Shared Legal Service: annual review 2025 of 30 June 2025; 2 open recommendations, 1 overdue; no current risks.",
    ]);
  });

  it("buildPack(model, partnerships, options) lists the partnerships needing attention with the rule's reasons", () => {
    expect(paragraphs(model, "Partnerships needing attention")).toEqual([
      "2 of the 2 partnerships in this report need attention as at 15 January 2026, for the reasons given.",
      "The rule.",
      "Community Safety Partnership needs attention for one reason. Never reviewed; a review was due by 1 April 2001.",
      "Shared Legal Service needs attention for one reason. One overdue recommendation.",
    ]);
  });

  it("buildPack(model, partnerships, options) links the background papers with absolute addresses under the base path", () => {
    expect(paragraphs(model, "Background papers")).toEqual([
      "The published reviews and the partnerships' pages on Example partnership reviews:",
      "Community Safety Partnership, partnership page: https://reviews.example.gov.uk/partnership-reviews/partnerships/community-safety/",
      "Shared Legal Service, partnership page: https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/",
      "Shared Legal Service: annual review 2025, the current review: https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2025-annual/",
      "Every recommendation and its current status: https://reviews.example.gov.uk/partnership-reviews/recommendations/",
    ]);
  });

  it("buildPack(model, partnerships, options) gives a partnership's section its standing, chart, risks and recommendations", () => {
    const pack = buildPack(model, [partnership(model, "shared-legal")], options(model));
    const section = pack.sections.at(-1);
    expect(section?.blocks.map((block) => (block.kind === "paragraph" ? block.text : `[${block.kind}]`))).toEqual([
      "Legal advice for two councils from one team.",
      "[subheading]",
      "The current review, Shared Legal Service: annual review 2025 (internal audit by Internal Audit, dated 30 June 2025), assesses the partnership as Joined. Its target is Joined: it is at target.",
      "It needs attention for one reason. One overdue recommendation.",
      "The review's summary: Summary of 2025-annual.",
      "[figure]",
      "[subheading]",
      "The current review records no risks.",
      "[subheading]",
      "As at 15 January 2026, 2 recommendations are open or in progress, 1 of them overdue. Each status is the latest published word on it, as at the date shown.",
      "[table]",
    ]);
    const figure = section?.blocks.find((block) => block.kind === "figure");
    expect(figure?.kind === "figure" && [figure.id, figure.chart.summary]).toEqual([
      "chart-shared-legal",
      [
        "No factor has published views from more than one group, so none can be compared.",
        "Strategy is not triangulated: only Council officers gave a published view.",
        "Delivery has no published view.",
        "Consensus is at the target level, Joined, on the one factor.",
      ],
    ]);
  });

  it("buildPack(model, partnerships, options) names each risk score's band in the site's words", async () => {
    // v2-full sets highRiskScore 12, so medium runs from 8 to 11: shared-legal's risks score 16 (20 before
    // mitigation) and 6.
    const v2 = await v2Model();
    const pack = buildPack(v2, [partnership(v2, "shared-legal")], options(v2, { highRiskScore: 12 }));
    const tables = pack.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === "table" ? [block] : [])),
    );
    const scores = (caption: string) =>
      tables
        .find((table) => table.caption.startsWith(caption))
        ?.rows.map((row) => row.cells.filter((cell) => / of 25/.test(cell)));
    expect(paragraphs(v2, "Summary of findings", { highRiskScore: 12 }).at(-1)).toMatch(
      /; 2 current risks \(highest score 16 of 25, a high risk\)\.$/,
    );
    expect(scores("Current risks scoring 12 or more")).toEqual([["16 of 25 (high)"]]);
    expect(scores("Current risks: ")).toEqual([
      ["16 of 25 (high) (4 × 4)", "20 of 25 (high) (5 × 4)"],
      ["6 of 25 (low) (2 × 3)"],
    ]);
  });

  it("buildPack(model, partnerships, options) holds nothing draft, embargoed, internal, suppressed or withdrawn", () => {
    const early = buildSiteModel(SAMPLE_CONTENT, "2024-07-01");
    for (const at of [model, early]) {
      const text = JSON.stringify(buildPack(at, at.partnerships, options(at, { since: "2020-01-01" })));
      expect(text.match(/LEAK-[A-Z-]+|WITHDRAWN-[A-Z]+/g)).toBeNull();
    }
  });
});

describe("the pack's pieces", () => {
  const model = sampleModel();
  const early = buildSiteModel(SAMPLE_CONTENT, "2024-07-01");

  it("standing(model, partnership) says where it stands against its target, or that it has no review", () => {
    expect(standing(early, partnership(early, "shared-legal"))).toBe(
      "The current review, Shared Legal Service: annual review 2024 (internal audit by Internal Audit, dated 30 June 2024), assesses the partnership as Aligned. Its target is Joined: it is one level below target.",
    );
    expect(standing(model, partnership(model, "community-safety"))).toBe(
      "No review of Community Safety Partnership had been published by 15 January 2026.",
    );
  });

  it("recommendationTable(partnership) lists open recommendations, overdue first, with the date of their status", () => {
    expect(recommendationTable(partnership(model, "shared-legal"))).toEqual({
      kind: "table",
      caption: "Open and overdue recommendations: Shared Legal Service",
      head: ["Recommendation", "Reference", "Priority", "Due", "Status", "Status as at"],
      rows: [
        {
          header: "Agree shared measures.",
          cells: ["ex-2024-01", "High", "31 March 2025", "In progress, overdue", "30 June 2025"],
        },
        { header: "+Publish costs", cells: ["ex-2024-02", "Low", "No due date", "Open", "30 June 2024"] },
      ],
    });
    expect(recommendationTable(partnership(model, "community-safety"))).toBeUndefined();
  });

  it("financeTable(partnerships) totals each kind by basis and never adds kinds together", () => {
    expect(financeTable(early.partnerships)).toEqual({
      kind: "table",
      caption: "Costs and benefits reported in the current reviews, totalled by kind and basis",
      head: ["Kind", "Actual", "Estimate", "Target", "Items without an amount"],
      rows: [
        { header: "Saving", cells: ["£250,000", "–", "–", "0"] },
        { header: "Benefit", cells: ["–", "–", "–", "1"] },
      ],
    });
    expect(financeTable(model.partnerships)).toBeUndefined();
  });

  it("changesSince(model, partnerships, since) finds reviews released since the day and the status changes they made", () => {
    const legal = partnership(model, "shared-legal");
    const changes = changesSince(model, [legal], "2025-07-01");
    expect(changes.reviews.map((item) => item.review.id)).toEqual(["2025-annual"]);
    expect(changes.changes.map((item) => [item.item.recommendation.id, item.was, item.now, item.date])).toEqual([
      ["ex-2024-01", "open", "in-progress", "2025-06-30"],
    ]);
    // Released on 15 July 2025, so a day later it is no longer news.
    expect(changesSince(model, [legal], "2025-07-16")).toEqual({ reviews: [], changes: [] });
  });
});

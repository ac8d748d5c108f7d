import { describe, expect, it } from "vitest";
import type { Block, PackDocument } from "../../../../src/lib/pack/document.ts";
import {
  attentionWords,
  buildPack,
  changesSince,
  choosePartnerships,
  openSentence,
  standing,
  type PackOptions,
} from "../../../../src/lib/pack/pack-model.ts";
import { buildSiteModel, type PublicPartnership, type SiteModel } from "../../../../src/lib/site-model.ts";
import { reviewDataSchema } from "../../../../src/schema/index.ts";
import { ROOT, SAMPLE_CONTENT, sampleModel } from "../open-data/sample-model.ts";
import { v2Model } from "../pages/v2-model.ts";

function partnership(model: SiteModel, slug: string): PublicPartnership {
  const found = model.partnerships.find((item) => item.slug === slug);
  if (found === undefined) throw new Error(`no ${slug}`);
  return found;
}

function options(extra: Partial<PackOptions> = {}): PackOptions {
  return {
    title: "Partnership reviews: report to the Scrutiny Committee",
    ruleText: "The rule.",
    siteRoot: ROOT,
    ...extra,
  };
}

/** Returns a section's blocks by id, each paragraph as its text (and link), each other block by kind and its words. */
function blocks(pack: PackDocument, id: string): unknown[] {
  const section = pack.sections.find((item) => item.id === id);
  if (section === undefined) throw new Error(`no section ${id}`);
  return section.blocks.map((block: Block) => {
    switch (block.kind) {
      case "paragraph":
        return `${block.text}${block.link ? block.link.href : ""}`;
      case "subheading":
        return `## ${block.text}`;
      case "reasons":
        return block.reasons;
      default:
        return `[${block.kind}]`;
    }
  });
}

/** Returns the sample content with the current review of Shared Legal Service given more data, and the model of it. */
function sampleWith(data: Record<string, unknown>, change?: (content: typeof SAMPLE_CONTENT) => void): SiteModel {
  const content = structuredClone(SAMPLE_CONTENT);
  const review = content.reviews.find((item) => item.partnership === "shared-legal" && item.id === "2025-annual");
  if (review === undefined) throw new Error("no 2025-annual review");
  review.data = reviewDataSchema.parse({ ...review.data, ...data });
  change?.(content);
  return buildSiteModel(content, "2026-01-15");
}

/** Returns the model with Community Safety Partnership ended: counted in no figure, so it needs no attention. */
function withSafetyEnded(): SiteModel {
  return sampleWith({}, (content) => {
    const entry = content.partnerships.find((item) => item.slug === "community-safety");
    if (entry === undefined) throw new Error("no community-safety");
    entry.data.status = "ended";
    entry.data.endDate = "2025-03-31";
  });
}

describe("choosePartnerships(model, choice)", () => {
  const model = sampleModel();

  it("choosePartnerships(model, choice) keeps the order of the slugs given, once each", () => {
    const chosen = choosePartnerships(model, { slugs: ["shared-legal", "community-safety", "shared-legal"] });
    expect("partnerships" in chosen && chosen.partnerships.map((item) => item.slug)).toEqual([
      "shared-legal",
      "community-safety",
    ]);
  });

  it("choosePartnerships(model, choice) returns the first slug that names no partnership", () => {
    expect(choosePartnerships(model, { slugs: ["shared-legal", "shared-legl", "nope"] })).toEqual({
      unknown: "shared-legl",
    });
  });

  it("choosePartnerships(model, choice) takes those needing attention in the home page's order, every one by name", () => {
    // An overdue recommendation is more serious than a review that is overdue, so Shared Legal Service comes first.
    const attention = choosePartnerships(model, { needsAttention: true });
    expect("partnerships" in attention && attention.partnerships.map((item) => item.slug)).toEqual([
      "shared-legal",
      "community-safety",
    ]);
  });

  it("choosePartnerships(model, choice) takes every partnership in the needs-attention order, not by name", () => {
    const all = choosePartnerships(model, { all: true });
    expect("partnerships" in all && all.partnerships.map((item) => item.slug)).toEqual([
      "shared-legal",
      "community-safety",
    ]);
  });
});

describe("buildPack(model, partnerships, options): the covering report", () => {
  const model = sampleModel();
  const pack = buildPack(model, model.partnerships, options({ since: "2025-07-01" }));

  it("buildPack(model, partnerships, options) gives the covering report's sections, then one per partnership", () => {
    expect(pack.sections.map((section) => section.title)).toEqual([
      "Purpose of the report",
      "Recommendations",
      "Summary of findings",
      "Partnerships needing attention",
      "Recommendations without a response or not updated",
      "Financial implications",
      "Legal implications",
      "Equality implications",
      "Risks",
      "What has changed since 1 July 2025",
      "Background papers",
      "Community Safety Partnership",
      "Shared Legal Service",
    ]);
    expect(pack.sections.map((section) => section.newPage === true)).toEqual([
      ...Array<boolean>(11).fill(false),
      true,
      true,
    ]);
    expect([pack.lang, pack.asAt, pack.organisation]).toEqual(["en-GB", "2026-01-15", "Example Borough Council"]);
  });

  it("buildPack(model, partnerships, options) recommends noting the findings, the partnerships needing attention and the overdue recommendations", () => {
    expect(blocks(pack, "recommendations")).toEqual([
      "That the committee notes the findings of the reviews of the partnerships in this report, as at 15 January 2026.",
      "That the committee considers the two partnerships listed in section 4 as needing attention, and decides whether to ask for a further report on any of them.",
      "That the committee asks the lead officers for an explanation of the overdue recommendation set out in sections 12 and 13, and a date by which it will be done.",
      "That the committee asks the lead officers for a management response to the two recommendations without one and for progress on the two recommendations not updated, listed in section 5.",
    ]);
  });

  it("buildPack(model, partnerships, options) summarises each partnership with its section number, counts in words", () => {
    expect(blocks(pack, "summary")).toEqual([
      "Community Safety Partnership (section 12): no review had been published by 15 January 2026.",
      "Shared Legal Service (section 13): assessed as Joined against a target of Joined, at target, in Shared Legal Service: annual review 2025 of 30 June 2025; two open recommendations, one overdue; no current risks.",
    ]);
  });

  it("buildPack(model, partnerships, options) says both need attention and lists each one's reasons in the site's words", () => {
    expect(blocks(pack, "needs-attention")).toEqual([
      "Both partnerships in this report need attention as at 15 January 2026, for the reasons given.",
      "The rule.",
      "Community Safety Partnership needs attention for two reasons:",
      ["No agreed target level", "Never reviewed; a review was due by 1 April 2001"],
      "Shared Legal Service needs attention for two reasons:",
      ["One overdue recommendation", "Two recommendations without a management response 3 months after publication"],
    ]);
  });

  it("buildPack(model, partnerships, options) says so when one of two, the one, or none of them needs attention", () => {
    const ended = withSafetyEnded();
    const both = buildPack(ended, ended.partnerships, options());
    expect(blocks(both, "needs-attention").slice(0, 1)).toEqual([
      "One of two partnerships in this report needs attention as at 15 January 2026, for the reasons given.",
    ]);
    expect(blocks(both, "recommendations")[1]).toBe(
      "That the committee considers the partnership listed in section 4 as needing attention, and decides whether to ask for a further report on any of them.",
    );
    const one = buildPack(ended, [partnership(ended, "shared-legal")], options());
    expect(blocks(one, "needs-attention")[0]).toBe(
      "The one partnership in this report needs attention as at 15 January 2026, for the reasons given.",
    );
    const none = buildPack(ended, [partnership(ended, "community-safety")], options());
    expect(blocks(none, "needs-attention")).toEqual([
      "None of the partnerships in this report needs attention as at 15 January 2026.",
      "The rule.",
    ]);
    expect(blocks(none, "recommendations")).toEqual([
      "That the committee notes the findings of the reviews of the partnerships in this report, as at 15 January 2026.",
    ]);
  });

  it("buildPack(model, partnerships, options) links the background papers with absolute addresses under the base path", () => {
    expect(blocks(pack, "background-papers")).toEqual([
      "The published reviews and the partnerships' pages on Example partnership reviews:",
      "Community Safety Partnership, partnership page: https://reviews.example.gov.uk/partnership-reviews/partnerships/community-safety/",
      "Shared Legal Service, partnership page: https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/",
      "Shared Legal Service: annual review 2025, the current review: https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2025-annual/",
      "Every recommendation and its current status: https://reviews.example.gov.uk/partnership-reviews/recommendations/",
    ]);
  });

  it("buildPack(model, partnerships, options) says when no current review reports a cost or benefit, or a high risk", () => {
    expect(blocks(pack, "financial-implications")).toEqual([
      "None of the current reviews reports costs or benefits. This report has no financial implications of its own.",
    ]);
    expect(blocks(pack, "risks")).toEqual(["None of the current reviews records a risk scoring 15 or more out of 25."]);
  });

  it("buildPack(model, partnerships, options) names each risk score's band in the site's words", async () => {
    // v2-full sets highRiskScore 12 and no mediumRiskScore, so medium runs from 8 to 11: shared-legal's risks score
    // 16 (high) and 6 (low).
    const v2 = await v2Model();
    const pack = buildPack(v2, [partnership(v2, "shared-legal")], options());
    expect(String(blocks(pack, "summary").at(-1))).toMatch(
      /; two current risks \(highest score 16 of 25, a high risk\)\.$/,
    );
    const table = pack.sections
      .find((section) => section.id === "risks")
      ?.blocks.find((block) => block.kind === "table");
    expect(
      table?.kind === "table"
        ? table.rows.map((row) => row.cells.map((cell) => cell.text).filter((text) => / of 25/.test(text)))
        : [],
      // The score now, and before mitigation (5 × 4).
    ).toEqual([["16 of 25 (high)", "20 of 25 (high)"]]);
  });

  it("buildPack(model, partnerships, options) holds nothing draft, embargoed, internal, suppressed or withdrawn", () => {
    const early = buildSiteModel(SAMPLE_CONTENT, "2024-07-01");
    for (const at of [model, early]) {
      const text = JSON.stringify(buildPack(at, at.partnerships, options({ since: "2020-01-01" })));
      expect(text.match(/LEAK-[A-Z-]+|WITHDRAWN-[A-Z]+/g)).toBeNull();
    }
  });
});

describe("buildPack(model, partnerships, options): financial implications", () => {
  // The current review of Shared Legal Service reports these; its earlier review's £250,000 saving is not current.
  const model = sampleWith({
    costsBenefits: [
      { kind: "cost", description: "Case system", amount: 60000, basis: "actual" },
      { kind: "saving", description: "Shared procurement", amount: 90000, basis: "actual", cashable: true },
      { kind: "saving", description: "Staff time", amount: 20000, basis: "actual", cashable: false },
      { kind: "saving", description: "Fewer external counsel", amount: 30000, basis: "target" },
      { kind: "income", description: "Fees from schools", amount: 15000, basis: "estimate", cashable: true },
      { kind: "cost-avoidance", description: "No second system", amount: 40000, basis: "estimate" },
    ],
  });
  const pack = buildPack(model, model.partnerships, options());

  it("buildPack(model, partnerships, options) totals the current reviews by kind, basis and cashability, cost avoidance apart", () => {
    const section = pack.sections.find((item) => item.id === "financial-implications");
    expect(section?.blocks.map((block) => (block.kind === "paragraph" ? block.text : block))).toEqual([
      "The figures are those reported in the partnerships' current reviews, in pounds; they are not audited accounts. This report has no financial implications of its own.",
      "Each kind is totalled separately for each basis, and savings and income also by whether they are cashable: costs, savings, income, cost avoidance and non-financial benefits are never added together, and actual figures are never added to estimates or targets. Cost avoidance is money that did not have to be spent; it is not a saving.",
      "Each figure is labelled as the council's share, given only where every line in the total has one, or as the whole partnership's figure, all partners together. The two are never added together. For each partnership:",
      // No line gives a council's share, and the partnership no councilSharePercent: whole partnership figures only.
      "Shared Legal Service, current review of 30 June 2025: costs (actual): whole partnership £60,000; cashable savings (actual): whole partnership £90,000; non-cashable savings (actual): whole partnership £20,000; savings, cashability not stated (target): whole partnership £30,000; cashable income (estimate): whole partnership £15,000; cost avoidance (estimate): whole partnership £40,000.",
      "Across these partnerships, each total gives the council's share only where every line in it, in every partnership, has one:",
      {
        kind: "cost-totals",
        caption: "Costs and benefits in the current reviews, totalled by kind and basis",
        totals: [
          { kind: "cost", basis: "actual", cashability: "unstated", lines: 1, amount: 60000 },
          { kind: "saving", basis: "actual", cashability: "cashable", lines: 1, amount: 90000 },
          { kind: "saving", basis: "actual", cashability: "non-cashable", lines: 1, amount: 20000 },
          { kind: "saving", basis: "target", cashability: "unstated", lines: 1, amount: 30000 },
          { kind: "income", basis: "estimate", cashability: "cashable", lines: 1, amount: 15000 },
          { kind: "cost-avoidance", basis: "estimate", cashability: "unstated", lines: 1, amount: 40000 },
        ].map((total) => ({
          ...total,
          withoutAmount: 0,
          councilShare: undefined,
          expected: undefined,
          reportedAgainstExpected: undefined,
        })),
      },
    ]);
  });
});

describe("buildPack(model, partnerships, options): risks", () => {
  const model = sampleWith({
    risks: [
      { id: "risk-h", category: "resource-disconnect", title: "Fees fall short", likelihood: 4, impact: 4 },
      { id: "risk-l", category: "other", title: "Staff leave", likelihood: 2, impact: 3 },
    ],
  });
  const pack = buildPack(model, model.partnerships, options());

  it("buildPack(model, partnerships, options) lists the current risks at the high-risk score as the risk register does", () => {
    const section = pack.sections.find((item) => item.id === "risks");
    expect(section?.blocks).toEqual([
      {
        kind: "paragraph",
        text: "The current reviews record one risk scoring 15 or more out of 25 (likelihood × impact). Each partnership's section lists all its current risks.",
      },
      {
        kind: "table",
        caption: "Current risks scoring 15 or more, highest first",
        columns: [
          { label: "Risk" },
          { label: "Partnership" },
          { label: "Residual score", numeric: true },
          { label: "Inherent score", numeric: true },
          { label: "Carried by" },
          { label: "Trend" },
          { label: "As at" },
        ],
        rows: [
          {
            cells: [
              {
                text: "Fees fall short",
                href: "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2025-annual/#risk-risk-h",
              },
              {
                text: "Shared Legal Service",
                href: "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/",
              },
              { text: "16 of 25 (high)", sort: 16 },
              { text: "Not given", sort: -1 },
              { text: "Not given" },
              { text: "Not given" },
              { text: "30 June 2025", datetime: "2025-06-30" },
            ],
          },
        ],
      },
    ]);
  });

  it("buildPack(model, partnerships, options) counts a partnership's current risks in words, with the highest score", () => {
    expect(blocks(pack, "summary")[1]).toBe(
      "Shared Legal Service (section 12): assessed as Joined against a target of Joined, at target, in Shared Legal Service: annual review 2025 of 30 June 2025; two open recommendations, one overdue; two current risks (highest score 16 of 25, a high risk).",
    );
    const section = pack.sections.find((item) => item.id === "partnership-shared-legal");
    const at = section?.blocks.findIndex((block) => block.kind === "risks") ?? -1;
    expect(section?.blocks.slice(at - 1, at + 1)).toEqual([
      { kind: "paragraph", text: "The current review records two risks, scored likelihood × impact out of 25." },
      {
        kind: "risks",
        framework: model.framework,
        caption: "Shared Legal Service: current risks, from the latest review, most severe first",
        risks: partnership(model, "shared-legal").currentRisks,
        idPrefix: "shared-legal-",
      },
    ]);
    expect(partnership(model, "shared-legal").currentRisks.map((risk) => risk.title)).toEqual([
      "Fees fall short",
      "Staff leave",
    ]);
  });
});

describe("buildPack(model, partnerships, options): a partnership's section", () => {
  const model = sampleModel();
  const legal = partnership(model, "shared-legal");
  const pack = buildPack(model, [legal], options());
  const section = pack.sections.at(-1);

  it("buildPack(model, partnerships, options) gives its standing, reasons, chart, factors, risks and recommendations", () => {
    expect(blocks(pack, "partnership-shared-legal")).toEqual([
      "Legal advice for two councils from one team.",
      "## Where it stands",
      "The current review, Shared Legal Service: annual review 2025 (internal audit by Internal Audit, dated 30 June 2025), places the partnership at Joined. The target is Joined: the reviewer's level is at target. Low confidence: the lowest of the factors' confidence in this review (each factor's reasons are in the table below).",
      "It needs attention for two reasons:",
      ["One overdue recommendation", "Two recommendations without a management response 3 months after publication"],
      "## Questions for members",
      "One question for each reason, with who should answer it and the evidence behind it.",
      "[questions]",
      "The review's summary: Summary of 2025-annual.",
      "[spectrum]",
      "[factors]",
      "## Current risks",
      "The current review records no risks.",
      "## Open and overdue recommendations",
      "As at 15 January 2026, two recommendations are open or in progress; one is overdue.",
      "Each status is the latest published word on the recommendation, as at the date shown.",
      "[recommendations]",
      // No contact and no senior responsible officer: the lead role, at the site's contact address.
      "Contact officer: Head of Legal Services (reviews@example.gov.uk).",
    ]);
  });

  it("buildPack(model, partnerships, options) hands the chart and the factor table the review's own factor findings", () => {
    const spectrum = section?.blocks.find((block) => block.kind === "spectrum");
    expect(spectrum?.kind === "spectrum" && [spectrum.id, spectrum.title, spectrum.targetLevel]).toEqual([
      "chart-shared-legal",
      "Shared Legal Service: stakeholder groups' views on the collaboration spectrum, Shared Legal Service: annual review 2025",
      "joined",
    ]);
    expect(spectrum?.kind === "spectrum" && spectrum.findings).toBe(legal.current?.findings);
    const factors = section?.blocks.find((block) => block.kind === "factors");
    expect(factors?.kind === "factors" && [factors.caption, factors.findings, factors.judgements]).toEqual([
      "Shared Legal Service: stakeholder views by factor in the latest review",
      legal.current?.findings,
      [],
    ]);
    expect(factors?.kind === "factors" && factors.findings).toBe(legal.current?.findings);
  });

  it("buildPack(model, partnerships, options) lists the open recommendations with the tracker's status words and absolute links", () => {
    const list = section?.blocks.find((block) => block.kind === "recommendations");
    expect(
      list?.kind === "recommendations" && list.items.map((item) => [item.id, item.href, item.status.text]),
    ).toEqual([
      [
        "ex-2024-01",
        "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2024-annual/#rec-ex-2024-01",
        "In progress, as at 30 June 2025. Overdue: was due by 31 March 2025. Not updated since 30 June 2025.",
      ],
      [
        "ex-2024-02",
        "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2024-annual/#rec-ex-2024-02",
        "Open, as at 30 June 2024. Not updated since 30 June 2024.",
      ],
    ]);
  });
});

describe("the pack's pieces", () => {
  const model = sampleModel();
  const early = buildSiteModel(SAMPLE_CONTENT, "2024-07-01");

  it("standing(model, partnership) says where it stands in its page's words, or that it has no review", () => {
    expect(standing(early, partnership(early, "shared-legal"))).toBe(
      "The current review, Shared Legal Service: annual review 2024 (internal audit by Internal Audit, dated 30 June 2024), places the partnership at Aligned. The target is Joined: the reviewer's level is one level below target. Low confidence: the lowest of the factors' confidence in this review (each factor's reasons are in the table below).",
    );
    expect(standing(model, partnership(model, "community-safety"))).toBe(
      "No review of Community Safety Partnership had been published by 15 January 2026.",
    );
  });

  it("openSentence(asAt, outstanding, overdue) counts in words: none, it, both, all or how many are overdue", () => {
    expect(
      [
        [1, 0],
        [1, 1],
        [2, 2],
        [3, 3],
        [5, 4],
        [0, 0],
      ].map(([outstanding, overdue]) => openSentence("1 December 2026", outstanding as number, overdue as number)),
    ).toEqual([
      "As at 1 December 2026, one recommendation is open or in progress; none is overdue.",
      "As at 1 December 2026, one recommendation is open or in progress; it is overdue.",
      "As at 1 December 2026, two recommendations are open or in progress; both are overdue.",
      "As at 1 December 2026, three recommendations are open or in progress; all three are overdue.",
      "As at 1 December 2026, five recommendations are open or in progress; four are overdue.",
      "No recommendation was open or in progress as at 1 December 2026.",
    ]);
  });

  it("attentionWords(subject, reasons) introduces the list of reasons, counted in words", () => {
    expect([attentionWords("It", 1), attentionWords("Kestrel Environmental Services Ltd", 6)]).toEqual([
      "It needs attention for one reason:",
      "Kestrel Environmental Services Ltd needs attention for six reasons:",
    ]);
  });

  it("changesSince(model, partnerships, since) finds reviews released since the day and the status changes they made", () => {
    const legal = partnership(model, "shared-legal");
    const changes = changesSince(model, [legal], "2025-07-01");
    expect(changes.reviews.map((item) => item.review.id)).toEqual(["2025-annual"]);
    expect(changes.changes.map((item) => [item.item.recommendation.id, item.was, item.now, item.date])).toEqual([
      ["ex-2024-01", "open", "in-progress", "2025-06-30"],
    ]);
    // Released on 15 July 2025, so a day later it is no longer news.
    expect(changesSince(model, [legal], "2025-07-16")).toEqual({
      reviews: [],
      changes: [],
      resolutions: [],
      responses: [],
    });
  });
});

describe("buildPack(model, partnerships, options): the scrutiny report's front sheet and implications", async () => {
  const { validateFixture } = await import("../../helpers/fixtures.ts");
  const { buildSiteModel } = await import("../../../../src/lib/site-model.ts");
  const v3 = buildSiteModel((await validateFixture("v3-full")).content ?? (undefined as never), "2025-06-30");
  const legal = v3.partnerships.filter((item) => item.slug === "shared-legal");
  const pack = buildPack(v3, legal, {
    title: "Shared services",
    ruleText: "The rule.",
    siteRoot: "https://reviews.minimal.example/",
    committee: "Audit and Governance Committee",
    meetingDate: "2025-07-10",
  });

  it("opens with the committee, the meeting's date, the contact officer, wards and key decision", () => {
    expect(pack.frontSheet).toEqual([
      { key: "Committee", value: "Audit and Governance Committee" },
      { key: "Meeting date", value: "10 July 2025" },
      { key: "Contact officer", value: "Partnership reviews team (reviews@minimal.example)" },
      { key: "Wards affected", value: "All wards" },
      {
        key: "Key decision",
        value: "No: the report is for scrutiny and asks for no decision on spending or services",
      },
    ]);
  });

  it("gives legal and equality implications from the agreement and the review's equality impact", () => {
    expect(blocks(pack, "legal-implications")[1]).toBe(
      "Shared Legal Service rests on an inter-authority agreement; the last day to decide on its agreement was 30 March 2025.",
    );
    expect(blocks(pack, "equality-implications")[1]).toBe(
      "Shared Legal Service: no equality impact assessment covered the partnership.",
    );
  });

  it("gives the assurance opinion with its basis in the partnership's section", () => {
    expect(blocks(pack, "partnership-shared-legal")).toContain(
      "Assurance: limited assurance. The basis of the opinion: Controls over case allocation were untested and the councils have no agreed plan beyond 2026.",
    );
  });
});

/** Returns the cells' words of the section's table with the caption, row by row. */
function tableRows(pack: PackDocument, id: string, caption: string): string[][] {
  const table = pack.sections
    .find((section) => section.id === id)
    ?.blocks.find((block) => block.kind === "table" && block.caption === caption);
  if (table?.kind !== "table") throw new Error(`no table "${caption}" in ${id}`);
  return table.rows.map((row) => row.cells.map((cell) => `${cell.text}${cell.href ? ` <${cell.href}>` : ""}`));
}

describe("buildPack(model, partnerships, options): recommendations without a response or not updated", () => {
  it("buildPack(model, partnerships, options) counts and lists them with the tracker's flags, and asks for both", () => {
    // As at 15 January 2026 both of Shared Legal Service's open recommendations have no response, 3 months after the
    // 2024 review was published, and no word for 6 months: ex-2024-01 since the 2025 review of 30 June 2025.
    const model = sampleModel();
    const pack = buildPack(model, model.partnerships, options());
    expect(blocks(pack, "recommendation-flags")).toEqual([
      "As at 15 January 2026, two recommendations are open or in progress: both have no management response 3 months after their review was published, and both have not been updated for 6 months or more.",
      "Each is listed with its flags, as its partnership's section shows them.",
      "[table]",
    ]);
    const review = "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2024-annual/";
    expect(
      tableRows(
        pack,
        "recommendation-flags",
        "Open recommendations without a management response or not updated, by partnership",
      ),
    ).toEqual([
      [
        `Agree shared measures. <${review}#rec-ex-2024-01>`,
        "ex-2024-01",
        "Shared Legal Service",
        "In progress, as at 30 June 2025",
        "No management response; Not updated since 30 June 2025",
      ],
      [
        `+Publish costs <${review}#rec-ex-2024-02>`,
        "ex-2024-02",
        "Shared Legal Service",
        "Open, as at 30 June 2024",
        "No management response; Not updated since 30 June 2024",
      ],
    ]);
  });

  it("buildPack(model, partnerships, options) says when one is only not updated, or none is open", () => {
    // A response to ex-2024-02 leaves it flagged only as not updated; ex-2024-01 keeps both flags.
    const answered = sampleWith({}, (content) => {
      const review = content.reviews.find((item) => item.id === "2024-annual");
      const rec = review?.data.recommendations.find((item) => item.id === "ex-2024-02");
      if (rec === undefined) throw new Error("no ex-2024-02");
      rec.response = { decision: "accepted", date: "2024-09-30" };
    });
    const pack = buildPack(answered, answered.partnerships, options());
    expect(blocks(pack, "recommendation-flags")[0]).toBe(
      "As at 15 January 2026, two recommendations are open or in progress: one has no management response 3 months after its review was published, and both have not been updated for 6 months or more.",
    );
    expect(blocks(pack, "recommendations").at(-1)).toBe(
      "That the committee asks the lead officers for a management response to the recommendation without one and for progress on the two recommendations not updated, listed in section 5.",
    );
    expect(
      tableRows(
        pack,
        "recommendation-flags",
        "Open recommendations without a management response or not updated, by partnership",
      ).map((row) => row.at(-1)),
    ).toEqual(["No management response; Not updated since 30 June 2025", "Not updated since 30 June 2024"]);

    const ended = withSafetyEnded();
    const none = buildPack(ended, [partnership(ended, "community-safety")], options());
    expect(blocks(none, "recommendation-flags")).toEqual([
      "No recommendation of the partnerships in this report is open or in progress as at 15 January 2026, so none awaits a management response or an update.",
    ]);
  });
});

describe("buildPack(model, partnerships, options): what changed since, with resolutions and partners' replies", async () => {
  const { validateFixture } = await import("../../helpers/fixtures.ts");
  const content = (await validateFixture("v3-full")).content ?? (undefined as never);
  const root = "https://reviews.minimal.example/";
  const packOf = (model: SiteModel, since: string) =>
    buildPack(
      model,
      model.partnerships.filter((item) => item.slug === "shared-legal"),
      options({ siteRoot: root, since }),
    );

  it("buildPack(model, partnerships, options) lists resolutions made and replies published since the day", () => {
    // The Audit and Governance Committee met on 10 October 2024; Nearby District Council replied to the 2024 review on
    // 15 August 2024. The update of 1 December 2024 moved two recommendations on; the draft one of 15 January 2025
    // and the draft meeting of 1 July 2025 are not published.
    const pack = packOf(buildSiteModel(content, "2025-06-30"), "2024-08-01");
    expect(blocks(pack, "changes")).toEqual([
      "No review of these partnerships was published between 1 August 2024 and 30 June 2025.",
      "Two recommendation status changes were published between 1 August 2024 and 30 June 2025.",
      "[table]",
      "Between 1 August 2024 and 30 June 2025, two committee resolutions were made.",
      "[table]",
      "One partner's reply to reviews of these partnerships was published between 1 August 2024 and 30 June 2025, printed as written:",
      'On 15 August 2024, Nearby District Council replied to Shared Legal Service independent review 2024: "We accept the findings and will agree a strategy for the service by December."',
    ]);
    expect(tableRows(pack, "changes", "Committee resolutions made or changed since 1 August 2024")).toEqual([
      [
        `Ask the Director of Resources to report the joint strategy by March 2025. <${root}partnerships/shared-legal/#res-agc-2024-10-01>`,
        "agc-2024-10-01",
        "Shared Legal Service",
        "New: resolved by the Audit and Governance Committee",
        "Open",
        "10 October 2024",
      ],
      [
        `Note the partner's reply to the 2024 review. <${root}partnerships/shared-legal/#res-agc-2024-10-02>`,
        "agc-2024-10-02",
        "Shared Legal Service",
        "New: resolved by the Audit and Governance Committee",
        "Implemented",
        "10 October 2024",
      ],
    ]);
  });

  it("buildPack(model, partnerships, options) lists a resolution whose status an update changed since the day", () => {
    // Made open on 10 October 2024, reported implemented by the update of 1 December 2024.
    const changed = structuredClone(content);
    const meeting = changed.meetings?.find((item) => item.data.date === "2024-10-10");
    const resolution = meeting?.data.resolutions.find((item) => item.id === "agc-2024-10-02");
    if (resolution === undefined) throw new Error("no agc-2024-10-02");
    resolution.status = "open";
    const pack = packOf(buildSiteModel(changed, "2025-06-30"), "2024-11-01");
    expect(blocks(pack, "changes").slice(3)).toEqual([
      "Between 1 November 2024 and 30 June 2025, one resolution status change was published.",
      "[table]",
      "No partner's reply to a review of these partnerships was published between 1 November 2024 and 30 June 2025.",
    ]);
    expect(tableRows(pack, "changes", "Committee resolutions made or changed since 1 November 2024")).toEqual([
      [
        `Note the partner's reply to the 2024 review. <${root}partnerships/shared-legal/#res-agc-2024-10-02>`,
        "agc-2024-10-02",
        "Shared Legal Service",
        "Open",
        "Implemented",
        "1 December 2024",
      ],
    ]);
    // Nothing since the day after the update.
    const quiet = packOf(buildSiteModel(changed, "2025-06-30"), "2024-12-02");
    expect(blocks(quiet, "changes").slice(1)).toEqual([
      "No recommendation's status changed between 2 December 2024 and 30 June 2025.",
      "No committee resolution about these partnerships was made or changed status between 2 December 2024 and 30 June 2025.",
      "No partner's reply to a review of these partnerships was published between 2 December 2024 and 30 June 2025.",
    ]);
  });
});

describe("buildPack(model, partnerships, options): financial implications from the council's share", async () => {
  const { resolve } = await import("node:path");
  const { validateFolder } = await import("../../../../src/loaders/content-folder.ts");
  const { ROOT: REPOSITORY } = await import("../../helpers/fixtures.ts");
  const { content } = await validateFolder(resolve(REPOSITORY, "content"), "2026-11-27");
  const model = buildSiteModel(content ?? (undefined as never), "2026-11-27");
  const chosen = choosePartnerships(model, { slugs: ["kestrel-waste", "shared-legal", "shared-management"] });
  const pack = buildPack(model, "partnerships" in chosen ? chosen.partnerships : [], options());

  it("buildPack(model, partnerships, options) labels each partnership's figures as the council's share or the whole partnership's", () => {
    // Kestrel: councilSharePercent 50, so income of £41,200 is £20,600 and costs of £9,400,000 are £4,700,000; its
    // saving gives its own share, £447,000 of £745,000. Shared Legal: its saving and cost give their own shares, its
    // income none. Shared Management: no share anywhere; its benefit gives no amount, so is not stated.
    expect(blocks(pack, "financial-implications").slice(3, 7)).toEqual([
      "Kestrel Environmental Services Ltd, current review of 2 October 2023: costs (estimate): council's share £4,700,000, whole partnership £9,400,000; cashable savings (actual): council's share £447,000, whole partnership £745,000; cashable income (actual): council's share £20,600, whole partnership £41,200.",
      "Kestrelford and Harrowby Shared Legal Service, current review of 12 September 2025: costs (actual): council's share £11,200, whole partnership £18,000; cashable savings (actual): council's share £167,000, whole partnership £238,000; cashable income (actual): whole partnership £146,000.",
      "Kestrelford and Harrowby Shared Management Team, current review of 9 March 2023: costs (estimate): whole partnership £96,000; savings, cashability not stated (actual): whole partnership £688,000.",
      "Across these partnerships, each total gives the council's share only where every line in it, in every partnership, has one:",
    ]);
  });

  it("buildPack(model, partnerships, options) totals across partnerships with a council's share only where every line has one", () => {
    const table = pack.sections
      .find((section) => section.id === "financial-implications")
      ?.blocks.find((block) => block.kind === "cost-totals");
    expect(
      table?.kind === "cost-totals" &&
        table.totals.map((total) => [total.kind, total.basis, total.cashability, total.amount, total.councilShare]),
    ).toEqual([
      // Shared Legal's cost alone.
      ["cost", "actual", "unstated", 18000, 11200],
      // Shared Management's £96,000 has no share, so the £9,496,000 is the whole partnerships' figure only.
      ["cost", "estimate", "unstated", 9496000, undefined],
      // £745,000 + £238,000, and their shares £447,000 + £167,000.
      ["saving", "actual", "cashable", 983000, 614000],
      ["saving", "actual", "unstated", 688000, undefined],
      // Shared Legal's £146,000 of income has no share.
      ["income", "actual", "cashable", 187200, undefined],
      ["benefit", "actual", "unstated", undefined, undefined],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { aboutRows, partnershipPage } from "../../../../src/lib/pages/partnership-page.ts";
import { sampleModel } from "../open-data/sample-model.ts";
import { partnershipOf, v2Model } from "./v2-model.ts";

const model = sampleModel();
const legal = model.partnerships.find((partnership) => partnership.slug === "shared-legal");
const safety = model.partnerships.find((partnership) => partnership.slug === "community-safety");
if (legal === undefined || safety === undefined) throw new Error("the sample model lacks a partnership");
const page = partnershipPage(model, legal, [safety], "/reviews/");

describe("partnershipPage(model, partnership, similar, base)", () => {
  it("lists the register entry in reading order, leaving out fields not given", () => {
    expect(page.about).toEqual([
      { key: "Form", value: "Shared service" },
      { key: "Basis", value: "Contractual" },
      { key: "Service area", value: "Legal services" },
      {
        key: "Partners",
        value: ["Example Borough Council (public sector, lead)", "Nearby District Council (public sector)"],
      },
      { key: "Lead officer", value: "Head of Legal Services" },
      { key: "Started", value: "1 April 2020" },
      // annualValue is the whole partnership's, all partners together (content model version 3 labels it so).
      { key: "Annual value of the whole partnership", value: "£1,250,000, all partners together" },
      { key: "Target level", value: "Joined" },
      { key: "Status", value: "Active" },
      { key: "Next review due", value: "30 June 2027" },
      { key: "Tags", value: "legal, shared services" },
    ]);
  });

  it("lists every review with a public page, newest first, marking the withdrawn one", () => {
    expect(page.history.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["Shared Legal Service: interim review", "30 September 2025", "Internal audit", "Aligned"],
      ["Shared Legal Service: annual review 2025", "30 June 2025", "Internal audit", "Joined"],
      ["Shared Legal Service: annual review 2024", "30 June 2024", "Internal audit", "Aligned"],
    ]);
    expect(page.history[0]?.cells[0]).toEqual({
      text: "Shared Legal Service: interim review",
      href: "/reviews/partnerships/shared-legal/reviews/2025-interim/",
      status: "withdrawn",
    });
    expect(page.history[1]?.cells[1]).toEqual({ text: "30 June 2025", datetime: "2025-06-30" });
  });

  it("compares the current review with the published one before it, never the withdrawn one", () => {
    expect(page.published.map((review) => review.id)).toEqual(["2025-annual", "2024-annual"]);
    expect(page.changes?.previous.id).toBe("2024-annual");
    expect(page.changes?.current.id).toBe("2025-annual");
  });

  it("keeps the open recommendations and puts the partnership first among the similar ones", () => {
    expect(page.open.map((item) => item.id)).toEqual(["ex-2024-01", "ex-2024-02"]);
    expect(page.similar.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["Shared Legal Service (this partnership)", "Joined", "Joined", "2"],
      ["Community Safety Partnership", "Not yet reviewed", "No target", "0"],
    ]);
    expect(page.similar[1]?.cells[0]?.href).toBe("/reviews/partnerships/community-safety/");
  });

  it("has no similar rows when there is no similar partnership", () => {
    expect(partnershipPage(model, safety, [], "/").similar).toEqual([]);
  });
});

describe("partnershipPage(model, partnership, similar, base): the v2-full fixture", async () => {
  const v2 = await v2Model();
  const legalV2 = partnershipOf(v2, "shared-legal");
  const v2Page = partnershipPage(v2, legalV2, [], "/");

  it("aboutRows(model, partnership) shows every v2 field of the register entry", () => {
    expect(v2Page.about).toEqual([
      { key: "Form", value: "Shared service" },
      { key: "Basis", value: "Contractual" },
      { key: "Service area", value: "Legal services" },
      {
        key: "Partners",
        value: [
          "Minimal Borough Council (public sector, lead, organisation id GB-LAE-MIN)",
          "Nearby District Council (public sector, member, organisation id GB-LAE-NEA)",
        ],
        unbroken: ["GB-LAE-MIN", "GB-LAE-NEA"],
      },
      { key: "Lead officer", value: "Head of Legal Services" },
      { key: "Portfolio", value: "Resources" },
      { key: "Committee", value: "Audit and Governance Committee" },
      { key: "Senior responsible officer", value: "Director of Resources" },
      { key: "Started", value: "1 April 2020" },
      {
        key: "Agreement",
        value: [
          "Inter-authority agreement",
          "Started 1 April 2020",
          "Ends 31 March 2026",
          "Break clause 30 September 2025",
        ],
      },
      // No notice period: the decision falls on the break clause itself.
      { key: "Decision on the agreement due", value: "30 September 2025: the break clause itself" },
      {
        key: "Exit arrangements",
        value: "Either council may leave on twelve months' notice; staff return to their employing council.",
      },
      { key: "Target level", value: "Joined" },
      { key: "Status", value: "Active" },
      { key: "Lifecycle stage", value: "Staying together" },
      { key: "Next review due", value: "30 June 2025" },
    ]);
  });

  it("aboutRows(model, partnership) says a proposed partnership starts, and when its first review is due", () => {
    const hub = aboutRows(v2, partnershipOf(v2, "hub"));
    expect(hub.filter((row) => /Start|review due/.test(row.key))).toEqual([
      { key: "Starts", value: "1 April 2026" },
      { key: "First review due", value: "1 April 2027" },
    ]);
  });

  it("aboutRows(model, partnership) marks a next review date that has passed as overdue", () => {
    const later = { ...v2, today: "2025-07-01" };
    expect(aboutRows(later, legalV2).find((row) => row.key === "Next review due")).toEqual({
      key: "Next review due",
      value: "30 June 2025 (overdue)",
    });
  });

  it("gives the headline from the reviewer's level and the shared target fit", () => {
    expect(v2Page.standing).toEqual({
      assessed: "Aligned",
      fit: "The target is Joined: the reviewer's level is one level below target.",
      confidence: "High confidence",
      confidenceWords:
        "High confidence: the lowest of the factors' confidence in this review (each factor's reasons are in the table below).",
    });
  });

  it("says when the reviewer and the stakeholders differ", () => {
    const differing = { ...legalV2, reviewerAndStakeholdersDiffer: true, stakeholderLevel: 3.04 };
    expect(partnershipPage(v2, differing, [], "/").standing?.differ).toBe(
      "Reviewer and stakeholders differ: the stakeholder groups' views, taken across the factors, put it at 3.0 (Joined).",
    );
  });

  it("lists the reasons it needs attention in words, most serious first", () => {
    expect(v2Page.attention).toEqual([
      "Limited assurance from the 2024 review",
      "Strategy judged weak",
      "A current risk scores 16 out of 25: The councils cannot agree what the service is for after 2026",
      "One overdue recommendation",
      "Assessed one level below target: Aligned, where the target is Joined",
      // One reason for the gap and the sides on Strategy; the decision point is the break clause, not the end after it.
      "Perception gap on Strategy (the council and partner sides disagree too)",
      "The agreement reaches a break clause on 30 September 2025",
      "No exit plan, with a decision on the agreement due by 30 September 2025",
      "The 2024 review gives limited assurance without a published basis",
    ]);
  });

  it("says what changed: movements past the threshold, the reviews' differences, and counts with their plurals", () => {
    expect(v2Page.changesInWords).toEqual({
      differences: [
        "The earlier review was self-assessment and the later one independent",
        "Only the later review has published views from Partner staff",
        "Only the earlier review has published views from External auditors",
      ],
      moved: ["Strategy: from 2.9 (Joined) to 2.0 (Aligned), down 0.9 levels"],
      unchanged: "Delivery moved by less than 0.5 of a level, which is not counted as a change.",
      recommendations: [
        // As at the 2024 review, v2-2023-01 was in progress (implemented only by the update of 1 December 2024).
        "Of 2 earlier recommendations, as at this review (30 June 2024): none implemented and 2 still open or in progress",
        "2 new recommendations made in this review",
      ],
    });
  });

  it("lists the open recommendations text first, with status as at, overdue, stale, response and where each word came from", () => {
    expect(v2Page.open[0]).toEqual({
      id: "v2-2024-01",
      text: "Agree a joint strategy for the service beyond 2026.",
      href: "/partnerships/shared-legal/reviews/2024-annual/#rec-v2-2024-01",
      status: {
        status: "in-progress",
        label: "In progress",
        asAt: "as at 1 December 2024",
        asAtDate: "2024-12-01",
        overdue: "Overdue: was due by 31 December 2024",
        stale: "Not updated since 1 December 2024",
        text: "In progress, as at 1 December 2024. Overdue: was due by 31 December 2024. Not updated since 1 December 2024.",
        filterKeys: ["in-progress", "overdue", "stale"],
      },
      madeStatus: "open",
      facts: [
        { key: "Priority", value: "High" },
        { key: "Factor", value: "Strategy" },
        { key: "Owner", value: "Director of Resources" },
        { key: "Due", value: "31 December 2024" },
      ],
      response: "Accepted on 31 July 2024.",
      history: [
        {
          date: "2024-12-01",
          dateText: "1 December 2024",
          status: "in-progress",
          note: "Member workshop held.",
          source: "Progress update from the Head of Legal Services",
        },
      ],
    });
    expect(v2Page.open.map((item) => [item.id, item.response])).toEqual([
      ["v2-2024-01", "Accepted on 31 July 2024."],
      ["v2-2024-02", "Rejected on 31 July 2024. Quarterly figures are enough."],
      ["v2-2023-02", "Partly accepted. A summary will be published."],
    ]);
  });

  it("puts the description's own second-level headings into the contents, after the register entry", () => {
    const headings = [
      { depth: 2, slug: "how-it-works", text: "How it works" },
      { depth: 3, slug: "staff", text: "Staff" },
    ];
    expect(partnershipPage(v2, legalV2, [], "/", headings).contents.slice(4, 7)).toEqual([
      { id: "section-about", label: "About the partnership" },
      { id: "how-it-works", label: "How it works" },
      { id: "section-history", label: "Review history" },
    ]);
  });

  it("lists the sections it has for the contents list", () => {
    expect(v2Page.contents.map((entry) => entry.id)).toEqual([
      "section-attention",
      "section-questions",
      "section-standing",
      "section-changes",
      "section-about",
      "section-history",
      "section-recommendations",
      "section-risks",
      "section-costs-benefits",
      "section-downloads",
    ]);
  });
});

describe("partnershipPage(model, partnership, similar, base): the version 3 fixture", async () => {
  const { validateFixture } = await import("../../helpers/fixtures.ts");
  const { buildSiteModel } = await import("../../../../src/lib/site-model.ts");
  const v3 = buildSiteModel((await validateFixture("v3-full")).content ?? (undefined as never), "2025-06-30");
  const legal = v3.partnerships.find((item) => item.slug === "shared-legal");
  const v3Page = partnershipPage(v3, legal ?? (undefined as never), [], "/");

  it("gives the agreement's notice, decision point, exit plan, the council's cost and share, and the contact", () => {
    const rows = Object.fromEntries(v3Page.about.map((row) => [row.key, row.value]));
    expect(rows["Agreement"]).toEqual([
      "Inter-authority agreement",
      "Started 1 April 2020",
      "Ends 31 March 2026",
      "Break clause 30 September 2024",
      "Break clause 30 September 2025",
      "6 months' notice to leave",
    ]);
    // 30 September 2025 less six months, already passed on 30 June 2025.
    expect(rows["Decision on the agreement due"]).toBe(
      "30 March 2025 (passed): the last day to give notice for the break clause on 30 September 2025",
    );
    expect(rows["Exit plan"]).toBe("Outline only, not agreed, as at 1 November 2024");
    expect(rows["What the council pays a year"]).toBe("£410,000");
    expect(rows["The council's share"]).toBe("50%");
    expect(rows["Contact"]).toBe("Head of Legal Services (reviews@minimal.example)");
  });

  it("lists the committee's resolutions with their anchors and the meeting that made them", () => {
    expect(v3Page.resolutions.map((item) => [item.anchor, item.idLabel, item.status.text])).toEqual([
      [
        "res-agc-2024-10-01",
        "Committee resolution",
        "Open, as at 10 October 2024. Overdue: was due by 31 March 2025. Not updated since 10 October 2024.",
      ],
      ["res-agc-2024-10-02", "Committee resolution", "Implemented, as at 1 December 2024."],
    ]);
    expect(v3Page.resolutions[0]?.facts[0]).toEqual({
      key: "Resolved by",
      value: "Audit and Governance Committee, 10 October 2024",
      href: "https://minimal.example/committees/2024-10-10",
    });
    expect(v3Page.questions.map((question) => question.code)).toEqual(legal?.attention.map((reason) => reason.code));
  });
});

/** Counts the words of a text as a reader would: runs of letters, figures and signs between spaces. */
const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word !== "").length;

describe("partnershipPage(model, partnership, similar, base).glance: the answers at the top (issue 28)", async () => {
  // The sample site itself, as the e2e tests build it (SOURCE_DATE_EPOCH 1795737600 is 27 November 2026).
  const { resolve } = await import("node:path");
  const { validateFolder } = await import("../../../../src/loaders/content-folder.ts");
  const { buildSiteModel } = await import("../../../../src/lib/site-model.ts");
  const { ROOT } = await import("../../helpers/fixtures.ts");
  const { content } = await validateFolder(resolve(ROOT, "content"), "2026-11-27");
  if (content === undefined) throw new Error("the sample content must be valid");
  const sample = buildSiteModel(content, "2026-11-27");
  const pageOf = (slug: string) => {
    const partnership = sample.partnerships.find((item) => item.slug === slug);
    if (partnership === undefined) throw new Error(`the sample has no ${slug}`);
    return partnershipPage(sample, partnership, [], "/");
  };

  it("says whether Kestrel is working, what the council pays, that it needs attention and what to ask first", () => {
    const { glance } = pageOf("kestrel-waste");
    expect(glance.working).toBe(
      "Cooperating, where the target is Collaborating: one level below target. Medium confidence.",
    );
    expect(glance.cost).toBe(
      "£4,725,000 a year, what the council pays. The whole partnership: £9,450,000 a year, all partners together.",
    );
    expect(glance.attention).toBe("Yes, for eleven reasons.");
    expect(glance.firstQuestion?.text).toBe(
      "Limited assurance from the 2023 review. What will the Director of Place and Environment do to strengthen control, and when will it be tested again?",
    );
    expect(glance.questionsLink).toBe("All eleven questions, with the evidence");
  });

  it("labels the whole partnership's value as such when the council's own cost is not published", () => {
    const { glance } = pageOf("leisure-trust");
    expect(glance.cost).toBe("Not published. The whole partnership: £1,150,000 a year, all partners together.");
    expect(glance.attention).toBe("No: none of the needs-attention rule's reasons applies.");
    expect(glance.firstQuestion).toBeUndefined();
  });

  it("works out the council's cost as its share of the whole partnership's value when only the share is given", () => {
    // Wenmoor Building Control: annualValue 2,050,000, councilSharePercent 30, no councilAnnualCost.
    expect(pageOf("building-control").glance.cost).toBe(
      "£615,000 a year: the council's 30% share of the whole partnership's £2,050,000.",
    );
  });

  it("says the rule is for active partnerships on an ended one", () => {
    expect(pageOf("shared-cctv").glance.attention).toBe(
      "No: the rule applies to active partnerships, and this one is ended.",
    );
  });

  it("names both questions when there are two", () => {
    expect(pageOf("shared-legal").glance.questionsLink).toBe("Both questions, with the evidence");
  });

  it("answers in under 120 words on every partnership of the sample", () => {
    expect(sample.partnerships.length).toBe(12);
    for (const partnership of sample.partnerships) {
      const { glance } = partnershipPage(sample, partnership, [], "/");
      const words = wordCount(
        [
          glance.working,
          glance.cost,
          glance.attention,
          glance.firstQuestion?.text ?? "",
          glance.questionsLink ?? "",
        ].join(" "),
      );
      expect(words, partnership.slug).toBeLessThan(120);
    }
  });
});

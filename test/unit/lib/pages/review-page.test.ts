import { describe, expect, it } from "vitest";
import {
  assuranceWords,
  chartReuse,
  performanceGaps,
  reviewContents,
  reviewPage,
} from "../../../../src/lib/pages/review-page.ts";
import { indicatorTable } from "../../../../src/lib/pages/review-tables.ts";
import { factorFindings } from "../../../../src/lib/findings/factor-findings.ts";
import { indicatorFinding } from "../../../../src/lib/findings/indicators.ts";
import {
  EXAMPLE_REVIEW,
  FIVE_GROUPS,
  frameworkOf,
  rating,
  readingsOf,
  SIX_FACTORS,
  SIX_LEVELS,
} from "../../charts/examples.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";
import { SAMPLE_CONTENT, TODAY } from "../open-data/sample-model.ts";
import { sampleModel } from "../open-data/sample-model.ts";
import { partnershipOf, v2Model } from "./v2-model.ts";
import { validateFixture } from "../../helpers/fixtures.ts";

const model = sampleModel();
const legal = model.partnerships.find((partnership) => partnership.slug === "shared-legal");
if (legal === undefined) throw new Error("the sample model lacks shared-legal");
const byId = (id: string) => {
  const review = legal.reviews.find((item) => item.id === id);
  if (review === undefined) throw new Error(`the sample model lacks review ${id}`);
  return review;
};

describe("reviewPage(model, partnership, review, base)", () => {
  it("summarises the review and knows whether it is the current one", () => {
    const page = reviewPage(model, legal, byId("2025-annual"), "/");
    expect(page.about).toEqual([
      { key: "Date", value: "30 June 2025" },
      { key: "Reviewer", value: "Internal Audit" },
      { key: "Type of review", value: "Internal audit" },
      { key: "Assessed level", value: "Joined" },
      { key: "Target level", value: "Joined" },
      { key: "Against target", value: "At target" },
      { key: "Status", value: "Published" },
    ]);
    expect(page.isCurrent).toBe(true);
    expect(reviewPage(model, legal, byId("2024-annual"), "/").isCurrent).toBe(false);
  });

  it("says what each earlier recommendation asked for, not only its id, and never an internal one", () => {
    expect(reviewPage(model, legal, byId("2025-annual"), "/reviews/").progress).toEqual([
      {
        id: "ex-2024-01",
        status: "in-progress",
        note: "Measures drafted.",
        text: "Agree shared measures.",
        href: "/reviews/partnerships/shared-legal/reviews/2024-annual/#rec-ex-2024-01",
      },
    ]);
  });

  it("lists a published review's recommendations with their current status, a withdrawn one's as made", () => {
    const published = reviewPage(model, legal, byId("2024-annual"), "/").recommendations;
    expect(published.map((item) => [item.id, item.status.status, item.status.overdue])).toEqual([
      ["ex-2024-01", "in-progress", "Overdue: was due by 31 March 2025"],
      ["ex-2024-02", "open", undefined],
    ]);
    const withdrawn = reviewPage(model, legal, byId("2025-interim"), "/").recommendations;
    expect(withdrawn.every((item) => item.history.length === 0 && item.status.overdue === undefined)).toBe(true);
  });
});

describe("chartReuse(partnership, review, base)", () => {
  it("links each chart with an embed to its page and SVG, and the current review's spectrum to its PNG, under the base path", () => {
    expect(reviewPage(model, legal, byId("2025-annual"), "/reviews/").charts).toEqual([
      {
        chart: "spectrum",
        name: "chart of each group's view by factor",
        title: "Where each stakeholder group places Shared Legal Service, factor by factor",
        pageHref: "/reviews/partnerships/shared-legal/reviews/2025-annual/charts/spectrum/",
        svgHref: "/reviews/partnerships/shared-legal/reviews/2025-annual/charts/spectrum.svg",
        pngHref: "/reviews/partnerships/shared-legal/reviews/2025-annual/charts/spectrum.png",
      },
      {
        chart: "trajectory",
        name: "chart of the assessed level at each review",
        title: "Shared Legal Service: assessed level at each review to 30 June 2025",
        pageHref: "/reviews/partnerships/shared-legal/reviews/2025-annual/charts/trajectory/",
        svgHref: "/reviews/partnerships/shared-legal/reviews/2025-annual/charts/trajectory.svg",
      },
      {
        chart: "factor-trends",
        name: "chart of each factor at each review",
        title: "Shared Legal Service: consensus on each factor at each review to 30 June 2025",
        pageHref: "/reviews/partnerships/shared-legal/reviews/2025-annual/charts/factor-trends/",
        svgHref: "/reviews/partnerships/shared-legal/reviews/2025-annual/charts/factor-trends.svg",
      },
    ]);
    expect(chartReuse(legal, byId("2024-annual"), "/").map((item) => [item.chart, item.pngHref])).toEqual([
      ["spectrum", undefined],
      ["risk-matrix", undefined],
    ]);
  });

  it("gives a draft or embargoed review in the authors' preview no chart links: it has no embed", () => {
    const preview = buildSiteModel(SAMPLE_CONTENT, TODAY, { preview: true });
    const hidden = preview.partnerships.flatMap((partnership) =>
      partnership.reviews.filter((review) => review.preview).map((review) => chartReuse(partnership, review, "/")),
    );
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.flat()).toEqual([]);
  });
});

describe("reviewPage(model, partnership, review, base): the v2-full fixture", async () => {
  const v2 = await v2Model();
  const legalV2 = partnershipOf(v2, "shared-legal");
  const reviewOf = (id: string) => {
    const found = legalV2.reviews.find((item) => item.id === id);
    if (found === undefined) throw new Error(`the v2-full fixture lacks review ${id}`);
    return found;
  };

  it("gives the fit to target and the assurance opinion in the summary", () => {
    expect(reviewPage(v2, legalV2, reviewOf("2024-annual"), "/").about.slice(4)).toEqual([
      { key: "Assessed level", value: "Aligned" },
      { key: "Target level", value: "Joined" },
      { key: "Against target", value: "One level below target" },
      { key: "Assurance opinion", value: "Limited assurance" },
      // A version 2 review gives no basis: the page says so (content model version 3).
      { key: "Basis of the opinion", value: "Basis not published" },
      { key: "Status", value: "Published" },
    ]);
  });

  it("gives the version 3 review's basis of its opinion and its equality impact assessment", async () => {
    const content = (await validateFixture("v3-full")).content;
    const v3 = buildSiteModel(content ?? (undefined as never), "2025-06-30");
    const legal = v3.partnerships.find((item) => item.slug === "shared-legal");
    const review = legal?.reviews.find((item) => item.id === "2024-annual");
    const about = reviewPage(v3, legal ?? (undefined as never), review ?? (undefined as never), "/").about;
    expect(about.filter((row) => ["Basis of the opinion", "Equality impact assessment"].includes(row.key))).toEqual([
      {
        key: "Basis of the opinion",
        value: "Controls over case allocation were untested and the councils have no agreed plan beyond 2026.",
      },
      {
        key: "Equality impact assessment",
        value: "Not assessed: no equality impact assessment covered the partnership.",
      },
    ]);
  });

  it("says when the reviewer and the stakeholders differ by a level or more", () => {
    const review = reviewOf("2024-annual");
    const higher = { ...review, meta: { ...review.meta, assessedLevel: "joined" } };
    expect(reviewPage(v2, legalV2, higher, "/").about.find((row) => row.key === "Stakeholders' view")).toEqual({
      key: "Stakeholders' view",
      value:
        "Reviewer and stakeholders differ: the stakeholder groups' views, taken across the factors, put it at 2.0 (Aligned).",
    });
  });

  it('assuranceWords(opinion) never says "none assurance"', () => {
    expect(["substantial", "reasonable", "limited", "none"].map(assuranceWords)).toEqual([
      "Substantial assurance",
      "Reasonable assurance",
      "Limited assurance",
      "No assurance",
    ]);
  });

  it("says where each word on an earlier recommendation came from: a later review, linked, or an update file", () => {
    const earlier = reviewPage(v2, legalV2, reviewOf("2023-self"), "/").recommendations;
    expect(earlier.map((item) => [item.id, item.status.status, item.status.asAt, item.status.stale])).toEqual([
      ["v2-2023-01", "implemented", "as at 1 December 2024", undefined],
      ["v2-2023-02", "open", "as at 30 June 2023", "Not updated since 30 June 2023"],
    ]);
    expect(earlier[0]?.anchor).toBe("rec-v2-2023-01");
    expect(earlier[0]?.history).toEqual([
      {
        date: "2024-06-30",
        dateText: "30 June 2024",
        status: "in-progress",
        note: "Measures drafted.",
        source: "Reported in Shared Legal Service independent review 2024",
        href: "/partnerships/shared-legal/reviews/2024-annual/",
      },
      {
        date: "2024-12-01",
        dateText: "1 December 2024",
        status: "implemented",
        note: "Measures agreed by both councils.",
        source: "Progress update from the Head of Legal Services",
      },
    ]);
  });

  it("ranks the risks most severe first, so the matrix's numbers follow the table", () => {
    expect(reviewPage(v2, legalV2, reviewOf("2024-annual"), "/").risks.map((risk) => risk.id)).toEqual([
      "risk-1",
      "risk-2",
    ]);
  });

  it("reviewContents(review, headings) lists the narrative's own sections, then the page's", () => {
    const headings = [
      { depth: 2, slug: "findings", text: "Findings" },
      { depth: 3, slug: "detail", text: "Detail" },
    ];
    expect(reviewContents(reviewOf("2024-annual"), headings)).toEqual([
      { id: "findings", label: "Findings" },
      { id: "section-ratings", label: "Ratings by factor and stakeholder group" },
      { id: "section-risks", label: "Risk register" },
      { id: "section-recommendations", label: "Recommendations" },
      { id: "section-updates", label: "Progress on earlier recommendations" },
      { id: "section-costs-benefits", label: "Costs and benefits" },
    ]);
  });
});

describe("reviewPage(...).replacement", async () => {
  const { content, partnership, review } = await import("../../helpers/content.ts");
  const withdrawnMeta = {
    date: "2023-05-18",
    status: "withdrawn",
    withdrawnDate: "2023-08-04",
    withdrawnReason: "Errors.",
    replacedBy: "2023-revised",
  };
  const modelWith = (revised: Record<string, unknown>) =>
    buildSiteModel(
      content(
        [partnership("legal", "Legal")],
        [
          review("legal", "2023-audit", withdrawnMeta),
          review("legal", "2023-revised", { date: "2023-09-01", ...revised }),
        ],
      ),
      "2025-01-01",
    );
  const replacementIn = (built: ReturnType<typeof modelWith>) => {
    const owner = built.partnerships[0];
    const withdrawn = owner?.reviews.find((item) => item.id === "2023-audit");
    if (owner === undefined || withdrawn === undefined) throw new Error("the withdrawn review has a page");
    return reviewPage(built, owner, withdrawn, "/r/").replacement;
  };

  it("links the published review that replaces a withdrawn one", () => {
    expect(replacementIn(modelWith({ title: "Corrected audit" }))).toEqual({
      title: "Corrected audit",
      href: "/r/partnerships/legal/reviews/2023-revised/",
    });
  });

  it("never names a replacement that is a draft or under embargo", () => {
    expect(replacementIn(modelWith({ title: "DRAFT-TITLE", status: "draft" }))).toBeUndefined();
    expect(replacementIn(modelWith({ title: "EMBARGOED", publishDate: "2025-02-01" }))).toBeUndefined();
  });
});

describe("performanceGaps(findings)", () => {
  // Delivery is judged adequate while two of its three indicators with a target miss them: a gap. Strategy has an
  // indicator that meets its target and is judged strong: no gap.
  const framework = frameworkOf(SIX_LEVELS, SIX_FACTORS.slice(0, 3), FIVE_GROUPS);
  const indicators = [
    { id: "missed", name: "Missed collections", unit: "per 100,000", factor: "delivery", actual: 38, target: 60 },
    { id: "recycling", name: "Recycling", unit: "%", factor: "delivery", actual: 48.1, target: 48.5 },
    { id: "contamination", name: "Contamination", unit: "%", factor: "delivery", actual: 11.6, target: 10 },
    { id: "plan", name: "Plan published", unit: "%", factor: "strategy", actual: 100, target: 100 },
  ].map((item) =>
    indicatorFinding({
      ...item,
      polarity: item.id === "recycling" || item.id === "plan" ? "higher-is-better" : "lower-is-better",
      period: "2022/23",
    }),
  );
  const ratings = ["strategy", "delivery"].flatMap((factor) => [
    rating(factor, "council-officers", 3),
    rating(factor, "service-users", 3),
  ]);
  const findings = factorFindings(framework, readingsOf(SIX_FACTORS.slice(0, 3), ratings), {
    ...EXAMPLE_REVIEW,
    judgements: [
      { factor: "strategy", health: "strong", finding: "Clear." },
      { factor: "delivery", health: "adequate", finding: "Mostly." },
    ],
    indicators,
  });

  it("performanceGaps gives each gap in the findings layer's words, with each indicator behind it as evidence", () => {
    expect(performanceGaps(findings)).toEqual([
      {
        factor: "delivery",
        words: "Delivery: the reviewer judged it adequate, but 2 of its 3 indicators miss their targets",
        evidence: [
          "Missed collections, 2022/23: 38 per 100,000 against a target of 60 per 100,000 (met)",
          "Recycling, 2022/23: 48.1% against a target of 48.5% (not met)",
          "Contamination, 2022/23: 11.6% against a target of 10% (not met)",
        ],
      },
    ]);
  });

  it("indicatorTable(framework, findings) lists every indicator with its factor, figures, met, trend and source", () => {
    const table = indicatorTable(framework, indicators.slice(1, 2));
    expect(table.columns.map((column) => column.label)).toEqual([
      "Indicator",
      "Period",
      "Actual",
      "Target",
      "Previous",
      "Met",
      "Trend",
      "Source",
    ]);
    expect(table.rows).toEqual([
      {
        id: "indicator-recycling",
        cells: [
          { text: "Recycling", note: "(Delivery)" },
          { text: "2022/23" },
          { text: "48.1%", sort: 48.1 },
          { text: "48.5%" },
          { text: "Not given" },
          { text: "Not met" },
          { text: "Not given" },
          { text: "Not stated" },
        ],
      },
    ]);
  });
});

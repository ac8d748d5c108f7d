import { describe, expect, it } from "vitest";
import Breadcrumbs from "../../../src/components/Breadcrumbs.astro";
import DataTable from "../../../src/components/DataTable.astro";
import NotificationBanner from "../../../src/components/NotificationBanner.astro";
import RiskTable from "../../../src/components/RiskTable.astro";
import SearchTags from "../../../src/components/SearchTags.astro";
import StatusTag from "../../../src/components/StatusTag.astro";
import ChartFigure from "../../../src/components/charts/ChartFigure.astro";
import { factorFindings } from "../../../src/lib/findings/factor-findings.ts";
import { spectrumChartInput } from "../../../src/lib/chart-inputs/spectrum-text.ts";
import { readFactors } from "../../../src/lib/triangulation.ts";
import { framework } from "../helpers/content.ts";
import { render, tableRows, visibleText } from "./render.ts";

describe("Breadcrumbs", () => {
  it("Breadcrumbs shows each page above this one as a link, top first", async () => {
    const html = await render(Breadcrumbs, {
      items: [
        { href: "/", label: "Home" },
        { href: "/partnerships/", label: "Partnerships" },
      ],
    });
    expect(visibleText(html)).toBe("Home Partnerships");
    expect(html.querySelectorAll("a").map((link) => link.getAttribute("href"))).toEqual(["/", "/partnerships/"]);
    expect(html.querySelector("nav")?.getAttribute("aria-label")).toBe("Breadcrumb");
  });
});

describe("NotificationBanner", () => {
  it("NotificationBanner shows its title as a heading and its content, labelled by the title", async () => {
    const html = await render(
      NotificationBanner,
      { id: "withdrawn", title: "Important", important: true },
      "<p>This review was withdrawn on 1 June 2025.</p>",
    );
    expect(visibleText(html)).toBe("Important This review was withdrawn on 1 June 2025.");
    expect(html.querySelector("h2")?.id).toBe("withdrawn");
    expect(html.querySelector("section")?.getAttribute("aria-labelledby")).toBe("withdrawn");
    // Its colours are checked in a browser, against the built style sheet: test/e2e/pages.test.ts.
  });
});

describe("StatusTag", () => {
  it("StatusTag says the status in words", async () => {
    expect(visibleText(await render(StatusTag, { status: "in-progress" }))).toBe("In progress");
  });

  it("StatusTag adds the word Overdue in a tag of its own", async () => {
    const html = await render(StatusTag, { status: "open", overdue: true });
    expect(html.querySelectorAll("strong").map(visibleText)).toEqual(["Open", "Overdue"]);
  });
});

describe("DataTable", () => {
  it("DataTable shows its caption, column headers and rows, each cell labelled with its column", async () => {
    const html = await render(DataTable, {
      caption: "Recommendations",
      columns: [{ label: "Recommendation" }, { label: "Status" }, { label: "Cost", numeric: true }],
      rows: [
        {
          id: "rec-a",
          cells: [
            { text: "Agree measures", href: "/a/" },
            { text: "", status: "implemented" },
            { text: "£1,200", note: "a year" },
          ],
        },
        { cells: [{ text: "Publish a plan" }, { text: "Due", datetime: "2026-03-31" }, { text: "£0" }] },
      ],
    });
    const table = html.querySelector("table");
    if (table === null) throw new Error("DataTable rendered no table");
    expect(visibleText(table.querySelector("caption") as never)).toBe("Recommendations");
    expect(tableRows(table)).toEqual([
      ["Recommendation", "Status", "Cost"],
      ["Agree measures", "Implemented", "£1,200 a year"],
      ["Publish a plan", "Due", "£0"],
    ]);
    expect(table.querySelectorAll("tbody th, tbody td").map((cell) => cell.getAttribute("data-label"))).toEqual([
      "Recommendation",
      "Status",
      "Cost",
      "Recommendation",
      "Status",
      "Cost",
    ]);
    expect(table.querySelectorAll("thead th").map((cell) => cell.getAttribute("scope"))).toEqual(["col", "col", "col"]);
    expect(table.querySelector("tbody th")?.getAttribute("scope")).toBe("row");
    expect(table.querySelector("tbody tr")?.id).toBe("rec-a");
    expect(table.querySelector("time")?.getAttribute("datetime")).toBe("2026-03-31");
  });
});

describe("RiskTable", () => {
  it("RiskTable gives each row its risk's anchor, after idPrefix when given, most severe first", async () => {
    const risks = [
      { id: "risk-1", category: "other", title: "Staff leave", likelihood: 2, impact: 3, internal: false },
      { id: "risk-2", category: "other", title: "Fees fall short", likelihood: 4, impact: 4, internal: false },
    ];
    const ids = async (props: Record<string, unknown>) =>
      (await render(RiskTable, { framework, risks, caption: "Risks", ...props }))
        .querySelectorAll("tbody tr")
        .map((row) => row.id);
    expect(await ids({})).toEqual(["risk-risk-2", "risk-risk-1"]);
    expect(await ids({ idPrefix: "shared-legal-" })).toEqual(["shared-legal-risk-risk-2", "shared-legal-risk-risk-1"]);
  });
});

describe("SearchTags", () => {
  it("SearchTags shows nothing, and gives the indexer one element per filter value and meta field", async () => {
    const html = await render(SearchTags, {
      filters: { type: ["review"], service: ["Legal, and democratic"] },
      meta: { type: "Review", date: "2024-06-30" },
      sortDate: "2024-06-30",
    });
    expect(visibleText(html)).toBe("");
    const tags = html.querySelector("[data-pagefind-ignore]");
    expect(tags?.getAttribute("data-pagefind-sort")).toBe("date:2024-06-30");
    expect(
      html
        .querySelectorAll("[data-pagefind-filter]")
        .map((tag) => [tag.getAttribute("data-pagefind-filter"), tag.text]),
    ).toEqual([
      ["type", "review"],
      ["service", "Legal, and democratic"],
    ]);
    expect(
      html.querySelectorAll("[data-pagefind-meta]").map((tag) => [tag.getAttribute("data-pagefind-meta"), tag.text]),
    ).toEqual([
      ["type", "Review"],
      ["date", "2024-06-30"],
    ]);
  });
});

describe("ChartFigure", () => {
  it("ChartFigure of a spectrum spec shows a captioned figure, a one-sentence summary and the same numbers in a table", async () => {
    const factors = readFactors(framework, [
      { factor: "strategy", group: "officers", level: 3, respondents: 8 },
      { factor: "strategy", group: "users", level: 1, respondents: 6 },
      { factor: "delivery", group: "officers", level: 2, respondents: 8 },
      { factor: "delivery", group: "users", level: 2, respondents: 6 },
    ]);
    const findings = factorFindings(framework, factors, {
      review: { reviewType: "peer", date: "2025-01-01" },
      today: "2025-06-30",
    });
    const html = await render(ChartFigure, {
      spec: {
        kind: "spectrum",
        input: spectrumChartInput(framework, findings, undefined, "Where each group places it"),
      },
      id: "spectrum",
    });
    const figure = html.querySelector("figure");
    if (figure === null) throw new Error("ChartFigure rendered no figure");
    expect(figure.id).toBe("spectrum");
    expect(visibleText(figure.querySelector("figcaption") as never)).toBe("Where each group places it");
    expect(visibleText(figure.querySelector(".app-chart__summary") as never)).toBe(
      "Strategy has the widest spread of views in this review (perception gap): Council officers put it at 3.0 (Joined), 2.0 levels above Service users at 1.0 (Arm's length). No target level is set. Confidence is high on every factor.",
    );
    expect(figure.querySelectorAll("svg[role=img]").length).toBe(2);
    expect(tableRows(figure.querySelector("table") as never)).toEqual([
      ["Factor", "Council officers", "Service users", "Consensus", "Spread", "Finding", "Confidence"],
      [
        "Strategy",
        "3.0 (Joined)",
        "1.0 (Arm's length)",
        "2.0 (Aligned)",
        "2.0 levels",
        "Perception gap",
        "High confidence",
      ],
      ["Delivery", "2.0 (Aligned)", "2.0 (Aligned)", "2.0 (Aligned)", "0.0 levels", "Groups agree", "High confidence"],
    ]);
    expect(visibleText(figure.querySelector("summary") as never)).toBe("Show the chart's data as a table");
  });
});

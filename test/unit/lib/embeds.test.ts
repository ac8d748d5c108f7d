import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import {
  buildEmbedChart,
  chartEmbedPath,
  chartFilePath,
  chartSource,
  embedChartTitle,
  embedCharts,
  embedModeFrom,
  embedPage,
  embedRoutes,
  hasPng,
  sourceNote,
  standaloneSvg,
  withSourceNote,
  type EmbedRoute,
} from "../../../src/lib/embeds.ts";
import { buildSiteModel } from "../../../src/lib/site-model.ts";
import { ROOT, SAMPLE_CONTENT, sampleModel, TODAY } from "./open-data/sample-model.ts";

const model = sampleModel();

/** Returns the route of one chart of the sample, by review id and chart. */
function route(reviewId: string, chart: EmbedRoute["chart"]): EmbedRoute {
  const found = embedRoutes(model).find((item) => item.review.id === reviewId && item.chart === chart);
  if (found === undefined) throw new Error(`no ${chart} for ${reviewId}`);
  return found;
}

describe("chartEmbedPath(slug, reviewId, chart) and chartFilePath(…)", () => {
  it("chartEmbedPath(slug, reviewId, chart) is the review's path, then charts/<chart>/", () => {
    expect(chartEmbedPath("shared-legal", "2025-annual", "spectrum")).toBe(
      "partnerships/shared-legal/reviews/2025-annual/charts/spectrum/",
    );
  });

  it("chartFilePath(slug, reviewId, chart, format) is charts/<chart>.svg or .png beside the page", () => {
    expect(chartFilePath("shared-legal", "2024-annual", "risk-matrix", "svg")).toBe(
      "partnerships/shared-legal/reviews/2024-annual/charts/risk-matrix.svg",
    );
    expect(chartFilePath("shared-legal", "2024-annual", "spectrum", "png")).toBe(
      "partnerships/shared-legal/reviews/2024-annual/charts/spectrum.png",
    );
  });
});

describe("embedCharts(partnership, review) and embedRoutes(model)", () => {
  it("embedRoutes(model) gives every review with a public page its spectrum, a risk matrix when it has risks, a trajectory from its second published review", () => {
    expect(embedRoutes(model).map((item) => `${item.partnership.slug}/${item.review.id}/${item.chart}`)).toEqual([
      "shared-legal/2025-interim/spectrum",
      "shared-legal/2025-interim/risk-matrix",
      "shared-legal/2025-annual/spectrum",
      "shared-legal/2025-annual/trajectory",
      "shared-legal/2025-annual/factor-trends",
      "shared-legal/2024-annual/spectrum",
      "shared-legal/2024-annual/risk-matrix",
    ]);
  });

  it("embedRoutes(model) has nothing for a draft or embargoed review, even in the authors' preview model", () => {
    const preview = buildSiteModel(SAMPLE_CONTENT, TODAY, { preview: true });
    expect(preview.reviews.map((review) => review.id)).toContain("2025-draft");
    const ids = new Set(embedRoutes(preview).map((item) => item.review.id));
    expect(ids.has("2025-draft")).toBe(false);
    expect(ids.has("2026-embargoed")).toBe(false);
  });

  it("embedCharts(partnership, review) gives a withdrawn review no trajectory: withdrawn reviews leave charts over time", () => {
    const partnership = model.partnerships.find((item) => item.slug === "shared-legal");
    const withdrawn = partnership?.reviews.find((review) => review.id === "2025-interim");
    expect(partnership && withdrawn && embedCharts(partnership, withdrawn)).toEqual(["spectrum", "risk-matrix"]);
  });

  it('embedRoutes(model, "current") keeps the current review\'s charts only, and "none" keeps nothing', () => {
    expect(embedRoutes(model, "current").map((item) => `${item.review.id}/${item.chart}`)).toEqual([
      "2025-annual/spectrum",
      "2025-annual/trajectory",
      "2025-annual/factor-trends",
    ]);
    expect(embedRoutes(model, "none")).toEqual([]);
  });

  it("embedModeFrom(value) is all when unset or empty, the named mode, and an error naming CHART_EMBEDS otherwise", () => {
    expect([undefined, "", "all", "current", "none"].map(embedModeFrom)).toEqual([
      "all",
      "all",
      "all",
      "current",
      "none",
    ]);
    expect(() => embedModeFrom("some")).toThrow('CHART_EMBEDS must be one of all, current, none, not "some"');
  });

  it("hasPng(route) is true for the spectrum chart of the partnership's current review only", () => {
    expect(embedRoutes(model).map((item) => `${item.review.id}/${item.chart}: ${hasPng(item)}`)).toEqual([
      "2025-interim/spectrum: false",
      "2025-interim/risk-matrix: false",
      "2025-annual/spectrum: true",
      "2025-annual/trajectory: false",
      "2025-annual/factor-trends: false",
      "2024-annual/spectrum: false",
      "2024-annual/risk-matrix: false",
    ]);
  });
});

describe("embedChartTitle(route)", () => {
  it("embedChartTitle(route) names the partnership, and the review's date for a chart over time", () => {
    expect(
      (["spectrum", "trajectory", "factor-trends"] as const).map((chart) =>
        embedChartTitle(route("2025-annual", chart)),
      ),
    ).toEqual([
      "Where each stakeholder group places Shared Legal Service, factor by factor",
      "Shared Legal Service: assessed level at each review to 30 June 2025",
      "Shared Legal Service: consensus on each factor at each review to 30 June 2025",
    ]);
    expect(embedChartTitle(route("2024-annual", "risk-matrix"))).toBe(
      "Risks to Shared Legal Service by likelihood and impact",
    );
  });
});

describe("buildEmbedChart(model, route, width)", () => {
  it("buildEmbedChart(model, route) names the partnership in the title and lays the chart out wide", () => {
    const chart = buildEmbedChart(model, route("2025-annual", "spectrum"));
    expect([chart.kind, chart.width, chart.title]).toEqual([
      "spectrum",
      680,
      "Where each stakeholder group places Shared Legal Service, factor by factor",
    ]);
    expect(buildEmbedChart(model, route("2024-annual", "risk-matrix")).title).toBe(
      "Risks to Shared Legal Service by likelihood and impact",
    );
  });

  it("buildEmbedChart(model, route) draws the published risks only", () => {
    const chart = buildEmbedChart(model, route("2024-annual", "risk-matrix"));
    expect(chart.table.rows.map((row) => row.cells.join(" ")).join(" ")).not.toContain("LEAK");
    expect(chart.table.rows).toHaveLength(1);
  });

  it("buildEmbedChart(model, route) draws the trajectory as at the review: its published reviews to that date", () => {
    const chart = buildEmbedChart(model, route("2025-annual", "trajectory"));
    expect(chart.title).toBe("Shared Legal Service: assessed level at each review to 30 June 2025");
    expect(chart.table.rows.map((row) => row.header)).toEqual(["30 June 2024", "30 June 2025"]);
  });

  it("buildEmbedChart(model, route) draws the factor trends as at the review", () => {
    const chart = buildEmbedChart(model, route("2025-annual", "factor-trends"));
    expect([chart.kind, chart.title]).toEqual([
      "factor-trends",
      "Shared Legal Service: consensus on each factor at each review to 30 June 2025",
    ]);
  });
});

describe("sourceNote(source), withSourceNote(chart, source) and standaloneSvg(chart, source)", () => {
  const source = chartSource(model, route("2025-annual", "spectrum"), ROOT);

  it("chartSource(model, route, root) links to the review page absolutely and carries the licence's attribution", () => {
    expect(source).toEqual({
      organisation: "Example Borough Council",
      reviewTitle: "Shared Legal Service: annual review 2025",
      reviewDate: "2025-06-30",
      reviewUrl: "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2025-annual/",
      attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
    });
  });

  it("sourceNote(source) starts with the withdrawal for a withdrawn review", () => {
    expect(sourceNote(chartSource(model, route("2025-interim", "spectrum"), ROOT))).toEqual([
      "This review was withdrawn on 10 October 2025: it no longer stands.",
      "Source: Example Borough Council, Shared Legal Service: interim review (30 September 2025).",
      "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2025-interim/",
      "Contains public sector information licensed under the Open Government Licence v3.0.",
    ]);
  });

  it("withSourceNote(chart, source) adds one text mark of three lines below the chart, 12 + 12 + 32 + 12 units taller", () => {
    const chart = buildEmbedChart(model, route("2025-annual", "spectrum"));
    const noted = withSourceNote(chart, source);
    expect(noted.height).toBe(chart.height + 68);
    expect(noted.marks.at(-1)).toMatchObject({ type: "text", x: 12, y: chart.height + 24, fill: "#505a5f" });
  });

  it("standaloneSvg(chart, source) is one SVG document with its namespace, size, title and desc, and no CSS variables", () => {
    const chart = buildEmbedChart(model, route("2025-annual", "spectrum"));
    const svg = standaloneSvg(chart, source);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(svg).not.toMatch(/var\(|<style|<script/);
    const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
    expect(root?.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(root?.getAttribute("width")).toBe("680");
    expect(root?.getAttribute("height")).toBe(String(chart.height + 68));
    expect(root?.getAttribute("viewBox")).toBe(`0 0 680 ${chart.height + 68}`);
    expect(root?.getElementsByTagName("title")[0]?.textContent).toBe(chart.title);
    expect(root?.getElementsByTagName("desc")[0]?.textContent).toBe(chart.desc);
    expect(root?.getElementsByTagName("rect")[0]?.getAttribute("fill")).toBe("#ffffff");
  });
});

describe("embedPage(model, route, root, png)", () => {
  it("embedPage(model, route, root, true) gives absolute addresses, the review's date and the build's day", () => {
    const page = embedPage(model, route("2025-annual", "spectrum"), ROOT, true);
    expect({ ...page, chart: undefined, narrow: undefined, description: undefined }).toEqual({
      title: "Where each stakeholder group places Shared Legal Service, factor by factor",
      partnershipName: "Shared Legal Service",
      reviewTitle: "Shared Legal Service: annual review 2025",
      reviewDate: "2025-06-30",
      asAt: "2026-01-15",
      url: "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2025-annual/charts/spectrum/",
      reviewUrl: "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2025-annual/",
      svgUrl:
        "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2025-annual/charts/spectrum.svg",
      pngUrl:
        "https://reviews.example.gov.uk/partnership-reviews/partnerships/shared-legal/reviews/2025-annual/charts/spectrum.png",
      chart: undefined,
      narrow: undefined,
      description: undefined,
    });
    expect(page.narrow.width).toBe(280);
  });

  it("embedPage(model, route, root, false) has no PNG address; a withdrawn review's page carries its withdrawal", () => {
    const page = embedPage(model, route("2025-interim", "risk-matrix"), ROOT, false);
    expect(page.pngUrl).toBeUndefined();
    expect(page.withdrawn).toEqual({ date: "2025-10-10", reason: "Figures were wrong." });
  });
});

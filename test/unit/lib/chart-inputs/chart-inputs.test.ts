import { describe, expect, it } from "vitest";
import type { ContentSet, PartnershipEntry, ReviewEntry } from "../../../../src/lib/content.ts";
import { factorTrendsChartInput } from "../../../../src/lib/chart-inputs/factor-trends-text.ts";
import { spectrumChartInput } from "../../../../src/lib/chart-inputs/spectrum-text.ts";
import { trajectoryChartInput } from "../../../../src/lib/chart-inputs/trajectory-text.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";
import { partnershipSchema, reviewDataSchema, reviewSchema } from "../../../../src/schema/index.ts";
import { validateFixture } from "../../helpers/fixtures.ts";

/** The minimal fixture: levels Arm's length, Aligned and Joined; factors strategy and delivery. */
const { site, framework } = await (async () => {
  const content = (await validateFixture("minimal")).content;
  if (content === undefined) throw new Error("the minimal fixture must be valid");
  return content;
})();

/** Returns a partnership entry with an optional target level. */
function partnership(slug: string, name: string, targetLevel?: string): PartnershipEntry {
  return {
    slug,
    file: `partnerships/${slug}.md`,
    body: "",
    data: partnershipSchema.parse({
      name,
      summary: "Summary.",
      form: "shared-service",
      basis: "contractual",
      serviceArea: "Area",
      partners: [{ name: "Council", sector: "public" }],
      leadRole: "Director",
      startDate: "2020-01-01",
      ...(targetLevel === undefined ? {} : { targetLevel }),
    }),
  };
}

/** Returns a review entry of the partnership; `meta` overrides a published review. */
function review(slug: string, id: string, meta: Record<string, unknown>, data: object = {}): ReviewEntry {
  return {
    partnership: slug,
    id,
    file: `reviews/${slug}/${id}.md`,
    dataFile: `reviews/${slug}/${id}.json`,
    body: "",
    meta: reviewSchema.parse({
      title: `Review ${id}`,
      status: "published",
      reviewer: "Audit",
      reviewType: "peer",
      summary: "Summary.",
      ...meta,
    }),
    data: reviewDataSchema.parse(data),
  };
}

const RATINGS = {
  ratings: [
    { factor: "strategy", group: "officers", level: 3 },
    { factor: "strategy", group: "users", level: 1 },
    { factor: "delivery", group: "users", level: 2, respondents: 1 },
  ],
};

const content: ContentSet = {
  site,
  framework,
  partnerships: [partnership("legal", "Shared Legal Service", "joined"), partnership("waste", "Joint Waste")],
  reviews: [
    review("legal", "2022", { date: "2022-01-10", assessedLevel: "arms-length" }),
    review("legal", "2024", { date: "2024-01-10", assessedLevel: "aligned" }, RATINGS),
    review("legal", "2025", {
      date: "2025-01-10",
      assessedLevel: "joined",
      status: "withdrawn",
      withdrawnDate: "2025-02-01",
      withdrawnReason: "Wrong figures.",
    }),
  ],
};
const model = buildSiteModel(content, "2025-06-30");
const legal = model.partnerships.find((item) => item.slug === "legal");
if (legal === undefined) throw new Error("the model must have the legal partnership");

describe("chart inputs from the site model", () => {
  it("spectrumChartInput(framework, findings, targetLevel) passes the views and notes and turns the target id into its order", () => {
    const input = spectrumChartInput(framework, legal.current?.findings ?? [], "joined");
    expect(input.target).toBe(3);
    expect(input.levels.map((level) => level.label)).toEqual(["Arm's length", "Aligned", "Joined"]);
    expect(input.readings.map((reading) => [reading.factor, reading.ratings.length, reading.notes])).toEqual([
      ["strategy", 2, ["Perception gap"]],
      ["delivery", 0, ["1 view withheld"]],
    ]);
    expect(spectrumChartInput(framework, [], undefined).target).toBeUndefined();
  });

  it("trajectoryChartInput(framework, reviews, targetLevel) leaves withdrawn reviews out", () => {
    const input = trajectoryChartInput(framework, legal.reviews, legal.data.targetLevel);
    expect(input.reviews).toEqual([
      { id: "2024", date: "2024-01-10", assessed: 2 },
      { id: "2022", date: "2022-01-10", assessed: 1 },
    ]);
    expect(input.target).toBe(3);
    expect(input.table.rows.map((row) => [row.header, ...row.cells])).toEqual([
      ["10 January 2022", "Review 2022", "Arm's length"],
      ["10 January 2024", "Review 2024", "Aligned"],
    ]);
  });

  it("factorTrendsChartInput(framework, reviews, targetLevel) gives each published review's consensus", () => {
    const input = factorTrendsChartInput(framework, legal.reviews, undefined);
    expect(input.reviews.map((item) => [item.id, item.readings.map((reading) => reading.consensus)])).toEqual([
      ["2024", [2, undefined]],
      ["2022", [undefined, undefined]],
    ]);
    expect(input.target).toBeUndefined();
    expect(input.summary).toEqual([
      "Strategy and Delivery have a published consensus in fewer than two reviews, so no trend is shown.",
    ]);
  });
});

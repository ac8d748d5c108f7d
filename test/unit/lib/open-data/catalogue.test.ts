import { describe, expect, it } from "vitest";
import { dataCatalogue } from "../../../../src/lib/open-data/catalogue.ts";
import { ROOT, sampleModel } from "./sample-model.ts";

describe("dataCatalogue(model, root)", () => {
  const catalogue = dataCatalogue(sampleModel(), ROOT);

  it("lists each CSV with its path and row count", () => {
    expect(catalogue.csv.map((entry) => [entry.path, entry.rows])).toEqual([
      ["data/partnerships.csv", 2],
      ["data/reviews.csv", 3],
      ["data/ratings.csv", 4],
      // Two published reviews, two factors each.
      ["data/factors.csv", 4],
      ["data/indicators.csv", 0],
      ["data/recommendations.csv", 2],
      // No committee meeting in the fixture.
      ["data/resolutions.csv", 0],
      ["data/risks.csv", 1],
      ["data/costs-benefits.csv", 2],
      ["data/good-practice.csv", 1],
    ]);
  });

  it("lists the JSON files with their schemas, the feeds and each partnership's downloads, by name", () => {
    expect(catalogue.json.map((download) => [download.path, download.schemaPath])).toEqual([
      ["data/all.json", "data/all.schema.json"],
      ["data/framework.json", "data/framework.schema.json"],
      ["partnerships/<slug>/data.json", "data/partnership.schema.json"],
      ["data/calendar.json", "data/calendar.schema.json"],
    ]);
    expect([catalogue.built, catalogue.dataPackagePath, catalogue.feedPath]).toEqual([
      "2026-01-15",
      "data/datapackage.json",
      "feed.xml",
    ]);
    expect(catalogue.partnerships).toEqual([
      {
        slug: "community-safety",
        name: "Community Safety Partnership",
        dataPath: "partnerships/community-safety/data.json",
        feedPath: "partnerships/community-safety/feed.xml",
      },
      {
        slug: "shared-legal",
        name: "Shared Legal Service",
        dataPath: "partnerships/shared-legal/data.json",
        feedPath: "partnerships/shared-legal/feed.xml",
      },
    ]);
  });
});

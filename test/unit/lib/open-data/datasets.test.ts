import { describe, expect, it } from "vitest";
import { csvDatasets, type Dataset } from "../../../../src/lib/open-data/datasets.ts";
import { ROOT, sampleModel } from "./sample-model.ts";

const model = sampleModel();
const datasets = csvDatasets(model.framework);
const byName = new Map(datasets.map((dataset) => [dataset.name, dataset]));

function dataset(name: string): Dataset {
  const found = byName.get(name);
  if (found === undefined) throw new Error(`no dataset ${name}`);
  return found;
}

/** Returns the rows of a dataset as objects keyed by column name. */
function rows(name: string): Record<string, unknown>[] {
  const { columns, records } = dataset(name);
  return records(model, ROOT).map((cells) =>
    Object.fromEntries(columns.map((column, index) => [column.name, cells[index]])),
  );
}

const REVIEW_URL = `${ROOT}partnerships/shared-legal/reviews/`;

describe("csvDatasets(framework)", () => {
  it("describes the ten CSV downloads, each in its own file", () => {
    expect(datasets.map((item) => item.file)).toEqual([
      "partnerships.csv",
      "reviews.csv",
      "ratings.csv",
      "factors.csv",
      "indicators.csv",
      "recommendations.csv",
      "resolutions.csv",
      "risks.csv",
      "costs-benefits.csv",
      "good-practice.csv",
    ]);
  });

  it("names every column once, in snake_case, with a description", () => {
    for (const { name, columns } of datasets) {
      const names = columns.map((column) => column.name);
      expect(new Set(names).size, name).toBe(names.length);
      expect(
        names.filter((column) => !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(column)),
        name,
      ).toEqual([]);
      expect(
        columns.filter((column) => column.description.length < 10).map((column) => column.name),
        name,
      ).toEqual([]);
    }
  });

  it("keys every row uniquely, with required key columns", () => {
    for (const { name, primaryKey, columns, records } of datasets) {
      const required = new Set(columns.filter((column) => column.required).map((column) => column.name));
      expect(
        primaryKey.filter((key) => !required.has(key)),
        name,
      ).toEqual([]);
      const indexes = primaryKey.map((key) => columns.findIndex((column) => column.name === key));
      const keys = records(model, ROOT).map((cells) => JSON.stringify(indexes.map((index) => cells[index])));
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });

  it("fills every required column and keeps fixed-list columns to their values", () => {
    for (const { name, columns, records } of datasets) {
      for (const cells of records(model, ROOT)) {
        columns.forEach((column, index) => {
          const value = cells[index];
          if (column.required) expect(value, `${name}.${column.name}`).not.toBeUndefined();
          if (column.values && value !== undefined) expect(column.values, `${name}.${column.name}`).toContain(value);
        });
      }
    }
  });

  it("points every foreign key at a row that exists", () => {
    for (const { name, foreignKeys, columns, records } of datasets) {
      for (const key of foreignKeys) {
        const target = dataset(key.resource);
        const targetIndexes = key.resourceFields.map((field) =>
          target.columns.findIndex((column) => column.name === field),
        );
        const targets = new Set(
          target.records(model, ROOT).map((cells) => JSON.stringify(targetIndexes.map((i) => cells[i]))),
        );
        const indexes = key.fields.map((field) => columns.findIndex((column) => column.name === field));
        const missing = records(model, ROOT)
          .map((cells) => JSON.stringify(indexes.map((i) => cells[i])))
          .filter((value) => !targets.has(value));
        expect(missing, name).toEqual([]);
      }
    }
  });

  it("describes levels on the framework's own scale", () => {
    const level = dataset("ratings").columns.find((column) => column.name === "level");
    expect(level?.description).toBe(
      "The group's level on the spectrum, 1 (Arm's length) to 3 (Joined); may be fractional, as a mean of respondents' levels.",
    );
    expect(dataset("ratings").columns.find((column) => column.name === "factor_id")?.values).toEqual([
      "strategy",
      "delivery",
    ]);
  });
});

describe("the ratings dataset", () => {
  it("lists each published rating of each published review, in framework order, leaving out withheld, withdrawn and unpublished ones", () => {
    expect(rows("ratings")).toEqual([
      {
        partnership_slug: "shared-legal",
        partnership_name: "Shared Legal Service",
        review_id: "2024-annual",
        review_date: "2024-06-30",
        factor_id: "strategy",
        factor_label: "Strategy",
        group_id: "officers",
        group_label: "Council officers",
        level: 3,
        level_label: "Joined",
        respondents: 5,
        method: undefined,
        comment: 'Slow, "but" improving\nnow',
      },
      {
        partnership_slug: "shared-legal",
        partnership_name: "Shared Legal Service",
        review_id: "2024-annual",
        review_date: "2024-06-30",
        factor_id: "strategy",
        factor_label: "Strategy",
        group_id: "users",
        group_label: "Service users",
        level: 1,
        level_label: "Arm's length",
        respondents: 8,
        method: "survey",
        comment: "=SUM(A1)",
      },
      {
        partnership_slug: "shared-legal",
        partnership_name: "Shared Legal Service",
        review_id: "2024-annual",
        review_date: "2024-06-30",
        factor_id: "delivery",
        factor_label: "Delivery",
        group_id: "officers",
        group_label: "Council officers",
        level: 2.5,
        level_label: "Joined",
        respondents: 5,
        method: undefined,
        comment: undefined,
      },
      {
        partnership_slug: "shared-legal",
        partnership_name: "Shared Legal Service",
        review_id: "2025-annual",
        review_date: "2025-06-30",
        factor_id: "strategy",
        factor_label: "Strategy",
        group_id: "officers",
        group_label: "Council officers",
        level: 3,
        level_label: "Joined",
        respondents: undefined,
        method: undefined,
        comment: undefined,
      },
    ]);
  });
});

describe("the recommendations dataset", () => {
  it("gives each public recommendation of a published review its status as made, current status, overdue flag and last update", () => {
    expect(rows("recommendations")).toEqual([
      {
        recommendation_id: "ex-2024-01",
        partnership_slug: "shared-legal",
        partnership_name: "Shared Legal Service",
        review_id: "2024-annual",
        review_date: "2024-06-30",
        text: "Agree shared measures.",
        priority: "high",
        factor_id: "delivery",
        factor_label: "Delivery",
        owner_role: undefined,
        due_date: "2025-03-31",
        status_as_made: "open",
        current_status: "in-progress",
        overdue: true,
        status_updated_by_review_id: "2025-annual",
        status_updated_date: "2025-06-30",
        status_note: "Measures drafted.",
        status_updated_by: "review",
        status_as_at_date: "2025-06-30",
        status_updated_by_role: undefined,
        stale: true,
        // In progress with no management response, more than three months after the review of 30 June 2024.
        no_response: true,
        response_decision: undefined,
        response_date: undefined,
        page_url: `${REVIEW_URL}2024-annual/#rec-ex-2024-01`,
      },
      {
        // The withdrawn review's update to this recommendation no longer counts.
        recommendation_id: "ex-2024-02",
        partnership_slug: "shared-legal",
        partnership_name: "Shared Legal Service",
        review_id: "2024-annual",
        review_date: "2024-06-30",
        text: "+Publish costs",
        priority: "low",
        factor_id: undefined,
        factor_label: undefined,
        owner_role: undefined,
        due_date: undefined,
        status_as_made: "open",
        current_status: "open",
        overdue: false,
        status_updated_by_review_id: undefined,
        status_updated_date: undefined,
        status_note: undefined,
        status_updated_by: undefined,
        status_as_at_date: "2024-06-30",
        status_updated_by_role: undefined,
        stale: true,
        no_response: true,
        response_decision: undefined,
        response_date: undefined,
        page_url: `${REVIEW_URL}2024-annual/#rec-ex-2024-02`,
      },
    ]);
  });
});

describe("the reviews dataset", () => {
  it("lists published and withdrawn reviews with their status, and no draft or embargoed one", () => {
    expect(
      rows("reviews").map((row) => [
        row["review_id"],
        row["status"],
        row["publish_date"],
        row["withdrawn_date"],
        row["withdrawn_reason"],
        row["is_current"],
        row["ratings_published"],
        row["ratings_withheld"],
        row["page_url"],
      ]),
    ).toEqual([
      ["2024-annual", "published", "2024-06-30", undefined, undefined, false, 3, 1, `${REVIEW_URL}2024-annual/`],
      ["2025-annual", "published", "2025-07-15", undefined, undefined, true, 1, 0, `${REVIEW_URL}2025-annual/`],
      [
        "2025-interim",
        "withdrawn",
        "2025-09-30",
        "2025-10-10",
        "Figures were wrong.",
        false,
        undefined,
        undefined,
        `${REVIEW_URL}2025-interim/`,
      ],
    ]);
  });
});

describe("the partnerships dataset", () => {
  it("gives one row per partnership, by slug, with its current review and outstanding recommendations", () => {
    expect(rows("partnerships")).toEqual([
      {
        partnership_slug: "community-safety",
        name: "Community Safety Partnership",
        summary: "A statutory partnership: police, council, health.",
        form: "strategic-partnership",
        basis: "statutory",
        statutory_ref: "Crime and Disorder Act 1998, section 5",
        service_area: "Community safety",
        partners: "Example Police (police)",
        partner_count: 1,
        lead_role: "Community Safety Manager",
        governance_body: undefined,
        start_date: "1999-04-01",
        end_date: undefined,
        annual_value: undefined,
        target_level: undefined,
        target_level_label: undefined,
        target_level_order: undefined,
        status: "active",
        tags: undefined,
        current_review_id: undefined,
        current_review_date: undefined,
        assessed_level: undefined,
        assessed_level_label: undefined,
        assessed_level_order: undefined,
        published_reviews: 0,
        outstanding_recommendations: 0,
        overdue_recommendations: 0,
        lifecycle_stage: undefined,
        agreement_end_date: undefined,
        break_clause_date: undefined,
        review_due_date: "2001-04-01",
        // Version 3: no agreed target level is a reason of its own.
        needs_attention: "No agreed target level; Never reviewed; a review was due by 1 April 2001",
        confidence: "not-assessed",
        needs_attention_codes: "no-target; review-overdue",
        page_url: `${ROOT}partnerships/community-safety/`,
      },
      {
        partnership_slug: "shared-legal",
        name: "Shared Legal Service",
        summary: "Legal advice for two councils from one team.",
        form: "shared-service",
        basis: "contractual",
        statutory_ref: undefined,
        service_area: "Legal services",
        partners: "Example Borough Council (public, lead); Nearby District Council (public)",
        partner_count: 2,
        lead_role: "Head of Legal Services",
        governance_body: undefined,
        start_date: "2020-04-01",
        end_date: undefined,
        annual_value: 1250000,
        target_level: "joined",
        target_level_label: "Joined",
        target_level_order: 3,
        status: "active",
        tags: "legal; shared services",
        current_review_id: "2025-annual",
        current_review_date: "2025-06-30",
        assessed_level: "joined",
        assessed_level_label: "Joined",
        assessed_level_order: 3,
        published_reviews: 2,
        outstanding_recommendations: 2,
        overdue_recommendations: 1,
        lifecycle_stage: undefined,
        agreement_end_date: undefined,
        break_clause_date: undefined,
        review_due_date: "2027-06-30",
        // Neither outstanding recommendation of the 2024 review has a management response.
        needs_attention:
          "One overdue recommendation; Two recommendations without a management response 3 months after publication",
        // The 2025 review's one view (strategy, Council officers) is not triangulated.
        confidence: "low",
        needs_attention_codes: "overdue-recommendation; no-response",
        page_url: `${ROOT}partnerships/shared-legal/`,
      },
    ]);
  });
});

describe("the risks, costs-benefits and good-practice datasets", () => {
  it("list the public items of published reviews only, numbered within their review", () => {
    expect(dataset("risks").records(model, ROOT)).toEqual([
      [
        "shared-legal",
        "Shared Legal Service",
        "2024-annual",
        "2024-06-30",
        "risk-1",
        "supplier-failure",
        "Supplier failure",
        "Supplier fails",
        3,
        4,
        12,
        undefined,
        "Head of Legal",
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ],
    ]);
    expect(dataset("costs-benefits").records(model, ROOT)).toEqual([
      [
        "shared-legal",
        "Shared Legal Service",
        "2024-annual",
        "2024-06-30",
        1,
        "saving",
        "Shared procurement",
        250000,
        "2024/25",
        "actual",
        "economies-of-scale",
        undefined,
        undefined,
        undefined,
      ],
      [
        "shared-legal",
        "Shared Legal Service",
        "2024-annual",
        "2024-06-30",
        2,
        "benefit",
        "@Culture change",
        undefined,
        undefined,
        "estimate",
        undefined,
        undefined,
        undefined,
        undefined,
      ],
    ]);
    expect(dataset("good-practice").records(model, ROOT)).toEqual([
      [
        "shared-legal",
        "Shared Legal Service",
        "2024-annual",
        "2024-06-30",
        1,
        "Shared triage",
        "One front door, one queue.",
        "delivery",
        "Delivery",
      ],
    ]);
  });

  it("leave out everything unpublished, internal, withheld or withdrawn", () => {
    const text = JSON.stringify(datasets.map((item) => item.records(model, ROOT)));
    expect(text.match(/(LEAK|WITHDRAWN)-[A-Z-]+/g)).toBeNull();
  });
});

describe("the recommendations dataset of the v2-full fixture", async () => {
  const { v2Model } = await import("../pages/v2-model.ts");
  const v2 = await v2Model();
  const recommendations = csvDatasets(v2.framework).find((item) => item.name === "recommendations");
  if (recommendations === undefined) throw new Error("no recommendations dataset");
  const columns = recommendations.columns.map((column) => column.name);
  const row = (id: string) => {
    const cells = recommendations.records(v2, ROOT).find((record) => record[0] === id);
    if (cells === undefined) throw new Error(`no row for ${id}`);
    return Object.fromEntries(columns.map((name, index) => [name, cells[index]]));
  };

  it("names a progress update as the source of the latest word in its own columns, never as a review id", () => {
    expect(row("v2-2023-01")).toMatchObject({
      current_status: "implemented",
      status_updated_by: "update",
      status_updated_by_review_id: undefined,
      status_updated_date: "2024-12-01",
      status_updated_by_role: "Head of Legal Services",
      status_note: "Measures agreed by both councils.",
    });
  });
});

describe("the factors dataset", () => {
  it("gives each published review's factor findings as the pages state them", () => {
    expect(rows("factors").filter((row) => row.review_id === "2024-annual")).toEqual([
      {
        partnership_slug: "shared-legal",
        partnership_name: "Shared Legal Service",
        review_id: "2024-annual",
        review_date: "2024-06-30",
        factor_id: "strategy",
        factor_label: "Strategy",
        // Council officers 3, Service users 1: a spread of 2, exactly gapThreshold.
        consensus: 2,
        consensus_label: "2.0 (Aligned)",
        spread: 2,
        agreement: "gap",
        agreement_label: "Perception gap",
        triangulated: false,
        partners_disagree: false,
        fit_to_target: "below",
        fit_label: "one level below target",
        withheld: 0,
        findings: "Perception gap; Not triangulated: views from Council officers and Service users only",
        confidence: "low",
        confidence_reasons: "not triangulated",
        // (1 × 8 + 3 × 5) / 13 = 1.77, shown 1.8 (Aligned): the same name and fit as the consensus.
        weighted_level: 1.8,
        sensitive_to_weighting: false,
        performance_gap: undefined,
      },
      {
        partnership_slug: "shared-legal",
        partnership_name: "Shared Legal Service",
        review_id: "2024-annual",
        review_date: "2024-06-30",
        factor_id: "delivery",
        factor_label: "Delivery",
        consensus: 2.5,
        consensus_label: "2.5 (Joined)",
        spread: undefined,
        agreement: undefined,
        agreement_label: undefined,
        triangulated: false,
        partners_disagree: false,
        fit_to_target: "at",
        fit_label: "at target",
        withheld: 1,
        findings: "Not triangulated: views from Council officers only; 1 group view withheld (too few respondents)",
        confidence: "low",
        confidence_reasons: "not triangulated",
        weighted_level: undefined,
        sensitive_to_weighting: undefined,
        performance_gap: undefined,
      },
    ]);
  });
});

describe("version 3 columns: response rates and indicators", async () => {
  const { buildSiteModel } = await import("../../../../src/lib/site-model.ts");
  const { content, partnership, review } = await import("../../helpers/content.ts");
  const v3 = buildSiteModel(
    content(
      [partnership("waste", "Waste")],
      [
        review(
          "waste",
          "2025",
          { date: "2025-06-30" },
          {
            ratings: [
              { factor: "strategy", group: "officers", level: 3, respondents: 3, invited: 10 },
              { factor: "strategy", group: "users", level: 2, respondents: 3, invited: 11 },
              { factor: "delivery", group: "officers", level: 2, respondents: 4 },
            ],
            indicators: [
              {
                id: "recycling",
                name: "Household waste recycled",
                unit: "%",
                polarity: "higher-is-better",
                period: "2024/25",
                actual: 46.8,
                target: 50,
                previous: 49.2,
                factor: "delivery",
              },
              {
                id: "waits",
                name: "Weeks to fit a stair-lift",
                unit: "weeks",
                polarity: "lower-is-better",
                period: "2024/25",
                actual: 11,
                target: 11,
              },
            ],
          },
        ),
      ],
    ),
    "2025-09-01",
  );
  const rowsOf = (name: string) => {
    const found = csvDatasets(v3.framework).find((item) => item.name === name);
    if (found === undefined) throw new Error(`no dataset ${name}`);
    return found.records(v3, ROOT).map((cells) => Object.fromEntries(found.columns.map((c, i) => [c.name, cells[i]])));
  };

  it("ratings.csv gives invited and the response rate, low below minResponseRate (0.3) and not at it", () => {
    expect(rowsOf("ratings").map((row) => [row.group_id, row.invited, row.response_rate, row.low_response])).toEqual([
      // Strategy: 3 of 10 is exactly 0.3; 3 of 11 is 0.273. Delivery gives no invited.
      ["officers", 10, 0.3, false],
      ["users", 11, 0.273, true],
      ["officers", undefined, undefined, undefined],
    ]);
  });

  it("indicators.csv gives each indicator with met and trend by its polarity", () => {
    expect(rowsOf("indicators").map((row) => [row.indicator_id, row.actual, row.target, row.met, row.trend])).toEqual([
      ["recycling", 46.8, 50, false, "worsening"],
      ["waits", 11, 11, true, undefined],
    ]);
  });
});

describe("the resolutions dataset", () => {
  it("gives each published resolution of the version 3 fixture its meeting, status now, overdue and stale flags", async () => {
    const { validateFixture } = await import("../../helpers/fixtures.ts");
    const { buildSiteModel } = await import("../../../../src/lib/site-model.ts");
    const content = (await validateFixture("v3-full")).content;
    const v3 = buildSiteModel(content ?? (undefined as never), "2025-06-30");
    const found = csvDatasets(v3.framework).find((item) => item.name === "resolutions");
    const named = (found?.records(v3, ROOT) ?? []).map((cells) =>
      Object.fromEntries((found?.columns ?? []).map((c, i) => [c.name, cells[i]])),
    );
    const pick = ["resolution_id", "meeting_date", "current_status", "status_as_at_date", "overdue", "stale"];
    expect(named.map((row) => pick.map((key) => row[key]))).toEqual([
      // Due 31 March 2025, still open, no word since the meeting of 10 October 2024.
      ["agc-2024-10-01", "2024-10-10", "open", "2024-10-10", true, true],
      // The update file of 1 December 2024 reports it implemented; the draft meeting's resolution is not here.
      ["agc-2024-10-02", "2024-10-10", "implemented", "2024-12-01", false, false],
    ]);
    expect(named[0]?.["page_url"]).toBe(`${ROOT}partnerships/shared-legal/#res-agc-2024-10-01`);
  });
});

describe("partnerships.csv: what the council pays a year", async () => {
  const { buildSiteModel } = await import("../../../../src/lib/site-model.ts");
  const { content, partnership } = await import("../../helpers/content.ts");
  const model = buildSiteModel(
    content(
      [
        partnership("stated", "Stated", { councilAnnualCost: 410_000, annualValue: 820_000, councilSharePercent: 40 }),
        partnership("share", "Share", { annualValue: 2_050_000, councilSharePercent: 30 }),
        partnership("whole", "Whole", { annualValue: 9_450_000 }),
      ],
      [],
    ),
    "2025-09-01",
  );
  const found = csvDatasets(model.framework).find((item) => item.name === "partnerships");
  const rows = (found?.records(model, ROOT) ?? []).map((cells) =>
    Object.fromEntries((found?.columns ?? []).map((c, i) => [c.name, cells[i]])),
  );

  it("gives the stated cost, else the share of the whole partnership's value, saying which, and never the whole", () => {
    expect(
      rows.map((row) => [
        row.partnership_slug,
        row.annual_value,
        row.council_annual_cost,
        row.council_annual_cost_from,
      ]),
    ).toEqual([
      ["share", 2_050_000, 615_000, "share"],
      ["stated", 820_000, 410_000, "stated"],
      ["whole", 9_450_000, undefined, undefined],
    ]);
  });
});

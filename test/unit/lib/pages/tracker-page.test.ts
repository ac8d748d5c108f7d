import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";
import { RESOLUTION_RESPONSE, trackerPage } from "../../../../src/lib/pages/tracker-page.ts";
import { validateFixture } from "../../helpers/fixtures.ts";
import { sampleModel } from "../open-data/sample-model.ts";

const model = sampleModel();

describe("trackerPage(model, base)", () => {
  const page = trackerPage(model, "/reviews/");
  it("trackerPage counts overdue and not updated lately apart", () => {
    expect(page.counts.slice(-2)).toEqual([
      { key: "Overdue", value: "1", id: "overdue" },
      { key: "Open or in progress, not updated for 6 months or more", value: "2", id: "stale" },
    ]);
  });
  it("trackerPage groups by partnership in the needs-attention order, each with its counts in words", () => {
    // Shared legal's two recommendations: ex-2024-01 in progress, overdue since 31 March 2025, and ex-2024-02
    // open; neither has had a word since 30 June 2025, over six months before the sample's 15 January 2026.
    expect(page.groups.map((group) => [group.slug, group.summary])).toEqual([
      ["shared-legal", "2 recommendations: 1 in progress, 1 open, 1 overdue and 2 not updated lately."],
    ]);
  });
  it("trackerPage gives each item its status as at a date, with the filters' values", () => {
    const item = page.groups[0]?.items[0];
    expect(item?.status.status).toBe("in-progress");
    expect(item?.status.asAt).toBe("as at 30 June 2025");
    expect(item?.filters).toEqual({
      kind: "recommendation",
      status: "in-progress|overdue|stale",
      priority: "high",
      partnership: "shared-legal",
      factor: "delivery",
    });
  });
});

describe("trackerPage(model, base): committee resolutions, the v3-full fixture as at 30 June 2025", async () => {
  const v3 = buildSiteModel((await validateFixture("v3-full")).content ?? (undefined as never), "2025-06-30");
  const page = trackerPage(v3, "/");
  const items = page.groups.flatMap((group) => group.items);

  it("counts the resolutions apart from the recommendations, from the findings layer", () => {
    // agc-2024-10-01: open, due 31 March 2025 and no word since the meeting of 10 October 2024, so overdue and not
    // updated lately; agc-2024-10-02: implemented. The draft meeting of 1 July 2025 counts nowhere.
    expect(page.hasResolutions).toBe(true);
    expect(page.resolutionCounts).toEqual([
      { key: "Committee resolutions about active partnerships", value: "2" },
      { key: "Open", value: "1" },
      { key: "In progress", value: "0" },
      { key: "Implemented", value: "1" },
      { key: "Not accepted", value: "0" },
      { key: "Superseded", value: "0" },
      { key: "Overdue", value: "1", id: "resolutions-overdue" },
      { key: "Open or in progress, not updated for 6 months or more", value: "1", id: "resolutions-stale" },
    ]);
    const figures = v3.portfolio.resolutions;
    expect([figures.total, figures.overdue, figures.stale]).toEqual([2, 1, 1]);
    expect(page.counts[0]).toEqual({ key: "Recommendations of active partnerships", value: "4" });
    expect(page.resolutionApartNote).toBe("");
  });

  it("lists each resolution beside its partnership's recommendations, overdue and not updated lately first", () => {
    expect(page.groups.map((group) => [group.slug, group.summary])).toEqual([
      [
        "shared-legal",
        "4 recommendations: 1 in progress, 2 open, 1 implemented, 1 overdue and 3 not updated lately. 2 committee resolutions: 1 open, 1 implemented, 1 overdue and 1 not updated lately.",
      ],
    ]);
    expect(items.map((item) => [item.kind, item.anchor, item.filters.status])).toEqual([
      ["resolution", "res-agc-2024-10-01", "open|overdue|stale"],
      ["recommendation", "rec-v2-2024-01", "in-progress|overdue|stale"],
      ["recommendation", "rec-v2-2023-02", "open|stale"],
      ["recommendation", "rec-v2-2024-02", "open|stale"],
      ["resolution", "res-agc-2024-10-02", "implemented"],
      ["recommendation", "rec-v2-2023-01", "implemented"],
    ]);
  });

  it("gives a resolution its status as at a date, its flags, its anchor on the partnership page and its history", () => {
    const item = items.find((entry) => entry.id === "agc-2024-10-01");
    expect(item).toMatchObject({
      kind: "resolution",
      href: "/partnerships/shared-legal/#res-agc-2024-10-01",
      detail:
        "Committee resolution. Resolved by the Audit and Governance Committee on 10 October 2024; owner: Director of Resources.",
      due: "31 March 2025",
      dueIso: "2025-03-31",
      response: RESOLUTION_RESPONSE,
      history: ["10 October 2024, resolved by the committee: open"],
      filters: {
        kind: "resolution",
        status: "open|overdue|stale",
        priority: "",
        partnership: "shared-legal",
        factor: "",
      },
    });
    expect(item?.status.text).toBe(
      "Open, as at 10 October 2024. Overdue: was due by 31 March 2025. Not updated since 10 October 2024.",
    );
    expect(items.find((entry) => entry.id === "agc-2024-10-02")?.history).toEqual([
      "10 October 2024, resolved by the committee: implemented",
      "1 December 2024, progress update by the Head of Legal Services: implemented. Reply noted at the November meeting",
    ]);
  });

  it("counts no resolution and offers no kind filter on a site without one", () => {
    const plain = trackerPage(model, "/");
    expect([plain.hasResolutions, plain.resolutionCounts, plain.resolutionApartNote]).toEqual([false, [], ""]);
    expect(plain.groups.flatMap((group) => group.items).every((item) => item.kind === "recommendation")).toBe(true);
  });
});

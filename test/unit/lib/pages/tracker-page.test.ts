import { describe, expect, it } from "vitest";
import { trackerPage } from "../../../../src/lib/pages/tracker-page.ts";
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
      status: "in-progress|overdue|stale",
      priority: "high",
      partnership: "shared-legal",
      factor: "delivery",
    });
  });
});

import { describe, expect, it } from "vitest";
import { groupSummary, trackerPage } from "../../../../src/lib/pages/tracker-page.ts";
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
    expect(page.groups.map((group) => [group.slug, group.summary])).toEqual(
      model.attention.needsAttention
        .filter((partnership) => partnership.recommendations.length > 0)
        .map((partnership) => [partnership.slug, groupSummary(partnership.recommendations)]),
    );
  });
  it("trackerPage gives each item its status as at a date, with the filters' values", () => {
    const item = page.groups[0]?.items[0];
    expect(item?.status.asAt).toMatch(/^as at \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(item?.filters.status.split("|")).toContain(item?.status.status);
  });
});

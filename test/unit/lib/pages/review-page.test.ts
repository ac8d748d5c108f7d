import { describe, expect, it } from "vitest";
import { reviewPage } from "../../../../src/lib/pages/review-page.ts";
import { sampleModel } from "../open-data/sample-model.ts";

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
    expect(published.map((item) => [item.recommendation.id, item.status, item.overdue])).toEqual([
      ["ex-2024-01", "in-progress", true],
      ["ex-2024-02", "open", false],
    ]);
    const withdrawn = reviewPage(model, legal, byId("2025-interim"), "/").recommendations;
    expect(withdrawn.every((item) => item.history.length === 0 && !item.overdue)).toBe(true);
  });
});

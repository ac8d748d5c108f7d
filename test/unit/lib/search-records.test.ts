import { describe, expect, it } from "vitest";
import { recommendationRecords, searchLabels } from "../../../src/lib/search-records.ts";
import { buildSiteModel } from "../../../src/lib/site-model.ts";
import { content, partnership, rec, review } from "../helpers/content.ts";

const model = buildSiteModel(
  content(
    [partnership("legal", "Shared Legal Service")],
    [
      review(
        "legal",
        "2023",
        { date: "2023-05-01" },
        {
          recommendations: [
            rec("l-01", { factor: "delivery", ownerRole: "Head of Legal" }),
            rec("l-02", { internal: true }),
          ],
        },
      ),
      review(
        "legal",
        "2024",
        { date: "2024-05-01" },
        {
          recommendationUpdates: [{ id: "l-01", status: "in-progress", note: "Drafted." }],
        },
      ),
    ],
  ),
  "2025-01-01",
);

describe("recommendationRecords(model)", () => {
  it("recommendationRecords(model) gives one record per published recommendation, landing on its anchor", () => {
    expect(recommendationRecords(model)).toEqual([
      {
        url: "/partnerships/legal/reviews/2023/#rec-l-01",
        content: "Do l-01.\nDelivery\nHead of Legal\nDrafted.",
        language: "en",
        meta: {
          title: "Recommendation l-01: Shared Legal Service",
          type: "Recommendation",
          partnership: "Shared Legal Service",
          date: "2023-05-01",
          status: "In progress, not updated since 1 May 2024",
          review: "Review 2023",
        },
        filters: {
          type: ["recommendation"],
          status: ["in-progress"],
          year: ["2023"],
          form: ["shared-service"],
          basis: ["contractual"],
          service: ["Area"],
        },
        sort: { date: "2023-05-01" },
      },
    ]);
  });

  it("searchLabels(model) names the filter values readers see", () => {
    const labels = searchLabels(model);
    expect(labels["type"]).toEqual({ partnership: "Partnership", review: "Review", recommendation: "Recommendation" });
    expect(labels["level"]).toEqual({ "arms-length": "Arm's length", aligned: "Aligned", joined: "Joined" });
    expect(labels["form"]?.["joint-venture"]).toBe("Joint venture");
  });
});

import { describe, expect, it } from "vitest";
import { recommendationResultTitle, searchLabels, shorten } from "../../../src/lib/search-records.ts";
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

describe("recommendationResultTitle(text, id, status, kind)", () => {
  const status = { label: "In progress", asAt: "as at 2 October 2023" };

  it("recommendationResultTitle(text, id, status) leads with what was recommended, its id and status after", () => {
    expect(recommendationResultTitle("Do l-01.", "l-01", status)).toBe(
      "Do l-01. (recommendation l-01): In progress, as at 2 October 2023",
    );
  });

  it("recommendationResultTitle(text, id, status, kind) names a committee resolution as one", () => {
    expect(
      recommendationResultTitle(
        "Report back.",
        "osc-1",
        { label: "Open", asAt: "as at 18 June 2026" },
        "Committee resolution",
      ),
    ).toBe("Report back. (committee resolution osc-1): Open, as at 18 June 2026");
  });

  it("recommendationResultTitle(text, id, status) shortens a long recommendation before a part-word", () => {
    const text = "Agree a shared set of outcome measures with every partner and report them to the board each quarter.";
    expect(recommendationResultTitle(text, "l-02", status)).toBe(
      "Agree a shared set of outcome measures with every partner and report them to the board… (recommendation l-02): In progress, as at 2 October 2023",
    );
  });
});

describe("searchLabels(model)", () => {
  it("searchLabels(model) names the filter values readers see", () => {
    const labels = searchLabels(model);
    expect(labels["type"]).toEqual({
      partnership: "Partnership",
      review: "Review",
      comparison: "Comparison",
      "good-practice": "Good practice",
      risks: "Risks",
      methodology: "Methodology",
    });
    expect(labels["level"]).toEqual({ "arms-length": "Arm's length", aligned: "Aligned", joined: "Joined" });
    expect(labels["form"]?.["joint-venture"]).toBe("Joint venture");
  });
});

describe("shorten(text, length)", () => {
  it("shorten(text, length) keeps a short text whole, with its spaces made single", () => {
    expect(shorten("Agree  a shared\nset of measures.", 40)).toBe("Agree a shared set of measures.");
  });

  it("shorten(text, length) cuts a long text at a word, without trailing punctuation, and adds an ellipsis", () => {
    expect(shorten("Agree a shared set of measures, and report them to the board.", 32)).toBe(
      "Agree a shared set of measures…",
    );
  });

  it("shorten(text, length) cuts one long word at the length", () => {
    expect(shorten("Supercalifragilistic", 10)).toBe("Supercali…");
  });
});

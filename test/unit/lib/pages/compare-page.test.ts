import { describe, expect, it } from "vitest";
import {
  attentionCell,
  compareTable,
  compareTableRows,
  confidenceCell,
  confidenceFilter,
  confidenceFindings,
  confidenceLinks,
  confidencePath,
  fitCell,
} from "../../../../src/lib/pages/compare-page.ts";
import { sampleModel } from "../open-data/sample-model.ts";

const model = sampleModel();

describe("attentionCell(row)", () => {
  it("attentionCell counts an active partnership's reasons in words", () => {
    const reason = { code: "high-risk" as const, text: "A risk", items: [] };
    expect(attentionCell({ status: "active", attention: [reason, reason] })).toEqual({ text: "2 reasons", sort: 2 });
    expect(attentionCell({ status: "active", attention: [reason] })).toEqual({ text: "1 reason", sort: 1 });
  });
  it("attentionCell says on track, and why proposed and ended partnerships are not counted", () => {
    expect(attentionCell({ status: "active", attention: [] })).toEqual({ text: "On track", sort: 0 });
    expect(attentionCell({ status: "ended", attention: [] })).toEqual({ text: "Ended: not counted", sort: -1 });
    expect(attentionCell({ status: "proposed", attention: [] })).toEqual({ text: "Proposed: not counted", sort: -1 });
  });
});

describe("fitCell(row)", () => {
  it("fitCell gives the fit in fitInWords' words, sorted by distance", () => {
    expect(fitCell({ fit: { position: "below", distance: -1.5 }, assessed: 2, target: 3.5 })).toEqual({
      text: "1.5 levels below target",
      sort: 1.5,
    });
    expect(fitCell({ fit: { position: "at", distance: 0.5 }, assessed: 4, target: 3.5 })).toEqual({
      text: "At target",
      sort: 0.5,
    });
  });
  it("fitCell says why there is no fit", () => {
    expect(fitCell({ fit: undefined, assessed: undefined, target: 3 })).toEqual({ text: "Not yet reviewed", sort: -1 });
    expect(fitCell({ fit: undefined, assessed: 3, target: undefined })).toEqual({ text: "No target set", sort: -1 });
  });
});

describe("compareTableRows(model, base)", () => {
  it("compareTableRows lists every partnership needing attention first, with the columns a councillor needs", () => {
    const rows = compareTableRows(model, "/reviews/").map(({ row: _row, ...rest }) => rest);
    expect(rows).toEqual([
      {
        name: "Shared Legal Service",
        href: "/reviews/partnerships/shared-legal/",
        form: "Shared service",
        attention: { text: "2 reasons", sort: 2 },
        firstReason: "One overdue recommendation",
        fit: { text: "At target", sort: 0 },
        confidence: { text: "Low confidence", sort: 1 },
        overdue: { text: "1", sort: 1 },
        risk: { text: "No risks recorded", sort: 0 },
        lastReview: { text: "30 June 2025", sort: "2025-06-30", datetime: "2025-06-30" },
      },
      {
        name: "Community Safety Partnership",
        href: "/reviews/partnerships/community-safety/",
        form: "Strategic partnership",
        attention: { text: "2 reasons", sort: 2 },
        firstReason: "No agreed target level",
        fit: { text: "Not yet reviewed", sort: -1 },
        confidence: { text: "Not assessed: no published view", sort: 0 },
        overdue: { text: "None", sort: 0 },
        risk: { text: "No risks recorded", sort: 0 },
        lastReview: { text: "Not yet reviewed", sort: "" },
      },
    ]);
  });
});

describe("confidenceCell(confidence) and confidenceFilter(model)", () => {
  it("confidenceCell gives the headline's words, sorted least sure first", () => {
    expect(confidenceCell({ level: "not-assessed", words: "Not assessed: no published view" })).toEqual({
      text: "Not assessed: no published view",
      sort: 0,
    });
    expect(confidenceCell({ level: "low", words: "Low confidence" })).toEqual({ text: "Low confidence", sort: 1 });
    expect(confidenceCell({ level: "medium", words: "Medium confidence" })).toEqual({
      text: "Medium confidence",
      sort: 2,
    });
    expect(confidenceCell({ level: "high", words: "High confidence" })).toEqual({ text: "High confidence", sort: 3 });
  });

  it("confidenceFilter offers only the levels some partnership has, least sure first, named for the URL", () => {
    // The sample: Community Safety has no published view, Shared Legal's headline is low.
    expect(confidenceFilter(model)).toEqual({
      name: "confidence",
      label: "Headline confidence",
      options: [
        { value: "not-assessed", label: "Not assessed" },
        { value: "low", label: "Low" },
      ],
    });
  });
});

describe("confidenceLinks(model, base), confidenceFindings(model, level) and confidencePath(level)", () => {
  it("confidencePath gives each level a page of its own under /compare/", () => {
    expect(confidencePath("low")).toBe("compare/confidence/low/");
    expect(confidencePath("not-assessed")).toBe("compare/confidence/not-assessed/");
  });

  it("confidenceLinks links the filter's levels, least sure first, saying how many partnerships and findings each page holds", () => {
    // Community Safety has no published review; Shared Legal's current review has one rated factor, low.
    expect(confidenceLinks(model, "/reviews/")).toEqual([
      {
        level: "not-assessed",
        text: "Not assessed",
        href: "/reviews/compare/confidence/not-assessed/",
        note: "1 partnership",
      },
      {
        level: "low",
        text: "Low confidence",
        href: "/reviews/compare/confidence/low/",
        note: "1 partnership; 1 finding",
      },
    ]);
  });

  it("confidenceFindings gives the current reviews' findings at the level, leaving out a factor with no published view", () => {
    // Shared Legal's 2025 annual review: Strategy has one view (the officers'), so it is low, not triangulated;
    // Delivery's views are all withheld, so it is not judged. The withdrawn 2025 interim review is not current.
    expect(
      confidenceFindings(model, "low").map(({ partnership, review, finding }) => [
        partnership.slug,
        review.id,
        finding.factor,
        finding.confidence.words,
      ]),
    ).toEqual([["shared-legal", "2025-annual", "strategy", "Low confidence: not triangulated"]]);
    expect(confidenceFindings(model, "medium")).toEqual([]);
    expect(confidenceFindings(model, "not-assessed")).toEqual([]);
  });

  it("compareTable marks each row with its partnership and headline confidence for the filter form", () => {
    const [legal] = compareTable(
      compareTableRows(model, "/").filter((item) => item.row.partnership.slug === "shared-legal"),
    );
    expect(legal?.id).toBe("compare-shared-legal");
    expect(legal?.attributes).toMatchObject({ "data-row": "shared-legal", "data-filter-confidence": "low" });
    expect(legal?.cells[2]?.parts?.at(-1)).toEqual({
      span: ["Low confidence"],
      className: "app-small-print app-block app-confidence",
    });
  });
});

import { describe, expect, it } from "vitest";
import {
  attentionCell,
  compareTableRows,
  confidenceCell,
  confidenceFilter,
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

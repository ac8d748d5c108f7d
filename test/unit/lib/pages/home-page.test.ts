import { describe, expect, it } from "vitest";
import type { ComparisonRow } from "../../../../src/lib/comparison.ts";
import { attentionSummary, attentionView, homeFigures, positionsView } from "../../../../src/lib/pages/home-page.ts";
import { sampleModel } from "../open-data/sample-model.ts";

const model = sampleModel();

describe("attentionSummary(needing, active)", () => {
  it("attentionSummary(2, 3) agrees the verb with two", () => {
    expect(attentionSummary(2, 3)).toBe("Two of three active partnerships need attention.");
  });
  it("attentionSummary(1, 3) agrees the verb with one", () => {
    expect(attentionSummary(1, 3)).toBe("One of three active partnerships needs attention.");
  });
  it("attentionSummary(0, 4) says none", () => {
    expect(attentionSummary(0, 4)).toBe("None of the four active partnerships needs attention.");
  });
  it("attentionSummary(1, 1) names the one", () => {
    expect(attentionSummary(1, 1)).toBe("The one active partnership needs attention.");
  });
  it("attentionSummary(0, 0) says there are none", () => {
    expect(attentionSummary(0, 0)).toBe("There are no active partnerships.");
  });
});

describe("attentionView(model, base)", () => {
  const view = attentionView(model, "/reviews/");
  it("lists the partnerships needing attention in the rule's order, linked, with their reasons", () => {
    expect(view.needsAttention).toEqual([
      {
        name: "Shared Legal Service",
        href: "/reviews/partnerships/shared-legal/",
        reasons: [
          "One overdue recommendation",
          "Two recommendations without a management response 3 months after publication",
        ],
        headline: "One overdue recommendation",
        count: "2 reasons",
      },
      {
        name: "Community Safety Partnership",
        href: "/reviews/partnerships/community-safety/",
        reasons: ["No agreed target level", "Never reviewed; a review was due by 1 April 2001"],
        headline: "No agreed target level",
        count: "2 reasons",
      },
    ]);
    expect(view.summary).toBe("Both active partnerships need attention.");
  });
  it("shows every partnership with no limit, and with a limit the first ones and how many more, linking to /compare/", () => {
    expect(view.more).toEqual({});
    const cut = attentionView(model, "/reviews/", 1);
    expect(cut.needsAttention.map((item) => item.name)).toEqual(["Shared Legal Service"]);
    expect(cut.more).toEqual({
      needsAttention: {
        text: "1 more partnership needs attention: see every one on the comparison page",
        href: "/reviews/compare/#needs-attention",
      },
    });
    const [first, second] = model.attention.needsAttention;
    if (first === undefined || second === undefined)
      throw new Error("the sample needs two partnerships needing attention");
    const calm = { ...model, attention: { ...model.attention, needsAttention: [], onTrack: [first, second, first] } };
    expect(attentionView(calm, "/", 1).more).toEqual({
      onTrack: {
        text: "2 more partnerships are on track: see every one on the comparison page",
        href: "/compare/#needs-attention",
      },
    });
  });
  it("leaves the on-track and apart lists empty when every active partnership needs attention", () => {
    expect(view.onTrack).toEqual([]);
    expect(view.apart).toEqual([]);
    expect(view.apartNote).toBe("");
  });
  it("offers the site's committee pack of the partnerships needing attention", () => {
    expect(view.pack).toEqual({
      href: "/reviews/committee-pack.html",
      text: "Committee pack of the 2 partnerships needing attention",
      format: "(HTML web page, as at 15 January 2026)",
      about:
        "a covering report in the usual committee shape, then a section on each partnership with its chart, risks and open recommendations, every paragraph numbered, all in one file to read, print or send to a committee.",
    });
  });
  it("offers no committee pack when no partnership needs attention: it would cover none", () => {
    const calm = { ...model, attention: { ...model.attention, needsAttention: [] } };
    expect(attentionView(calm, "/").pack).toBeUndefined();
  });
});

describe("homeFigures(model, base)", () => {
  it("counts active partnerships only, with the words agreeing with each number", () => {
    expect(homeFigures(model, "/reviews/").map((figure) => `${figure.value} ${figure.label}`)).toEqual([
      "2 active partnerships",
      "2 need attention",
      "1 overdue recommendation",
      "2 recommendations not updated lately",
    ]);
  });
});

describe("positionsView(rows, base, limit)", () => {
  // Comparison rows as the chart reads them: the partnership, its status, and its assessed level when reviewed.
  const row = (slug: string, assessed?: number, status = "active") =>
    ({ partnership: { slug }, assessed, status }) as unknown as ComparisonRow;
  const rows = [row("a", 2), row("never-reviewed"), row("b", 3), row("ended", 4, "ended"), row("c", 1)];
  const slugs = (view: ReturnType<typeof positionsView>) => view.partnerships.map((partnership) => partnership.slug);

  it("draws every reviewed active partnership, in the comparison order, when there is no limit", () => {
    const view = positionsView(rows, "/reviews/");
    expect(slugs(view)).toEqual(["a", "b", "c"]);
    expect(view.more).toBeUndefined();
  });

  it("draws the first ones and links to the comparison page's chart of all, saying how many more", () => {
    const view = positionsView(rows, "/reviews/", 1);
    expect(slugs(view)).toEqual(["a"]);
    expect(view.more).toEqual({
      text: "2 more reviewed partnerships: see every one against its target on the comparison page",
      href: "/reviews/compare/#section-positions",
    });
    expect(positionsView(rows, "/", 2).more?.text).toBe(
      "1 more reviewed partnership: see every one against its target on the comparison page",
    );
  });

  it("adds no link when the limit is exactly the number reviewed, counting active partnerships only", () => {
    expect(positionsView(rows, "/", 3).more).toBeUndefined();
  });
});

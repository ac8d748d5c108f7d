// The version 3 fixture (test/fixtures/v3-full): the v2-full folder with every version 3 field of part 2 (agreement
// notice and exit plan, a list of break clauses, groupSides, council share, contact, assurance basis, equality impact,
// partner responses, a committee meeting's resolutions and an update reporting on one), built as at 30 June 2025.
import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../../src/lib/site-model.ts";
import type { ContentSet } from "../../../src/lib/content.ts";
import { validateFixture } from "../helpers/fixtures.ts";

describe("the version 3 fixture", async () => {
  const result = await validateFixture("v3-full");
  const model = buildSiteModel(result.content as ContentSet, "2025-06-30");
  const legal = model.partnerships.find((item) => item.slug === "shared-legal");

  it("validates with no problem at all", () => {
    expect(result.problems).toEqual([]);
  });

  it("judges the decision point from the next break clause of the list, less six months' notice", () => {
    // Break clauses 30 September 2025 and 30 September 2024: the next on or after 30 June 2025 is 30 September 2025;
    // six months before it is 30 March 2025 (the day of the month kept), already passed.
    expect(legal?.decisionPoint).toEqual({
      date: "2025-03-30",
      event: { kind: "break-clause", date: "2025-09-30" },
      noticeMonths: 6,
    });
    expect(legal?.nextBreakClause).toBe("2025-09-30");
  });

  it("gives the version 3 reasons: the resolution overdue, notice passed, an outline exit plan, the review too late", () => {
    expect(legal?.attention.map((reason) => [reason.code, reason.text])).toEqual([
      ["limited-assurance", "Limited assurance from the 2024 review"],
      ["failing-factor", "Strategy judged weak"],
      ["high-risk", "A current risk scores 16 out of 25: The councils cannot agree what the service is for after 2026"],
      ["overdue-recommendation", "One overdue recommendation"],
      ["resolution-overdue", "One overdue committee resolution"],
      ["off-target", "Assessed one level below target: Aligned, where the target is Joined"],
      // Officers are on the partner side for this partnership: the council side has no view, so the sides cannot
      // disagree, and the gap is named alone.
      ["perception-gap", "Perception gap on Strategy"],
      ["notice-passed", "The notice date for the break clause on 30 September 2025 passed on 30 March 2025"],
      ["no-exit-plan", "Only an outline exit plan, with a decision on the agreement due since 30 March 2025"],
      [
        "review-after-decision",
        "The next review, due by 30 June 2025, falls after the decision on the agreement, due by 30 March 2025",
      ],
    ]);
  });

  it("tracks resolutions like recommendations, from the meeting and the update file, and never the draft meeting", () => {
    expect(
      model.resolutions.map((item) => [item.resolution.id, item.status, item.asAt, item.overdue, item.stale]),
    ).toEqual([
      // Due 31 March 2025 and still open; no word since the meeting of 10 October 2024, more than six months ago.
      ["agc-2024-10-01", "open", "2024-10-10", true, true],
      ["agc-2024-10-02", "implemented", "2024-12-01", false, false],
    ]);
    expect(model.meetings.map((meeting) => meeting.date)).toEqual(["2024-10-10"]);
    expect(JSON.stringify(model)).not.toContain("DRAFT-RESOLUTION-CANARY");
  });

  it("works out each money line's council share from councilSharePercent where the line gives none", () => {
    // Cost 30,000 and saving 45,000 are the lines' own; income 15,000 × 50% = 7,500; cost avoidance 40,000 × 50%.
    expect(legal?.current?.costsBenefits.map((line) => line.councilShare)).toEqual([
      30000,
      45000,
      7500,
      20000,
      undefined,
    ]);
  });

  it("publishes the review's assurance basis, equality impact and the partner's reply", () => {
    expect(legal?.current?.meta).toMatchObject({
      assuranceBasis: "Controls over case allocation were untested and the councils have no agreed plan beyond 2026.",
      equalityImpact: { assessed: false },
      partnerResponses: [
        {
          organisation: "Nearby District Council",
          text: "We accept the findings and will agree a strategy for the service by December.",
          date: "2024-08-15",
        },
      ],
    });
  });
});

import { describe, expect, it } from "vitest";
import { changesSince, comparability, statusOn } from "../../../src/lib/review-changes.ts";
import type { PublicReview } from "../../../src/lib/site-model.ts";
import { buildSiteModel } from "../../../src/lib/site-model.ts";
import { content, framework, partnership, rec, review } from "../helpers/content.ts";

const rating = (factor: string, group: string, level: number) => ({ factor, group, level, respondents: 5 });

const model = buildSiteModel(
  content(
    [partnership("legal", "Legal")],
    [
      review(
        "legal",
        "2022",
        { date: "2022-03-01" },
        {
          ratings: [
            rating("strategy", "officers", 2),
            rating("strategy", "users", 2),
            rating("delivery", "officers", 1),
          ],
          recommendations: [rec("a"), rec("b"), rec("c")],
        },
      ),
      review(
        "legal",
        "2024",
        { date: "2024-03-01" },
        {
          ratings: [
            rating("strategy", "officers", 3),
            rating("strategy", "users", 2),
            rating("delivery", "officers", 1),
          ],
          recommendations: [rec("d")],
          recommendationUpdates: [
            { id: "a", status: "implemented" },
            { id: "b", status: "in-progress" },
            { id: "c", status: "not-accepted" },
          ],
        },
      ),
    ],
  ),
  "2025-01-01",
);

describe("changesSince(previous, current, tracked)", () => {
  const [current, previous] = model.partnerships[0]?.reviews ?? [];
  if (current === undefined || previous === undefined) throw new Error("two reviews expected");
  const changes = changesSince(previous, current, model.recommendations, framework);

  it("changesSince(...) lists factors whose consensus moved, in words, and those that stayed", () => {
    expect(changes.moved.map((move) => [move.factor, move.change, move.words])).toEqual([
      ["strategy", 0.5, "Strategy: from 2.0 (Aligned) to 2.5 (Joined), up 0.5 levels"],
    ]);
    expect(changes.unchanged.map((move) => [move.factor, move.change])).toEqual([["delivery", 0]]);
  });

  it("changesSince(...) counts every earlier recommendation once, as at the current review's date", () => {
    const { asAt, earlier, implemented, outstanding, closed } = changes.recommendations;
    expect(asAt).toBe("2024-03-01");
    expect(earlier.map((entry) => entry.item.recommendation.id)).toEqual(["a", "b", "c"]);
    expect(implemented.map((item) => item.recommendation.id)).toEqual(["a"]);
    expect(outstanding.map((item) => item.recommendation.id)).toEqual(["b"]);
    expect(closed.map((item) => item.recommendation.id)).toEqual(["c"]);
    expect(changes.opened.map((item) => item.id)).toEqual(["d"]);
  });
});

describe("statusOn(item, day)", () => {
  const item = {
    recommendation: rec("x"),
    history: [
      { status: "in-progress" as const, reviewDate: "2023-01-31", reviewId: "2023-01-31", source: "update" as const },
      { status: "implemented" as const, reviewDate: "2025-09-30", reviewId: "2025-09-30", source: "update" as const },
    ],
  } as unknown as Parameters<typeof statusOn>[0];

  it("statusOn gives the latest word dated on or before the day, never a later one", () => {
    expect(statusOn(item, "2023-01-30")).toBe("open");
    expect(statusOn(item, "2023-01-31")).toBe("in-progress");
    expect(statusOn(item, "2025-09-29")).toBe("in-progress");
    expect(statusOn(item, "2025-09-30")).toBe("implemented");
  });
});

describe("changesSince(previous, current, tracked, framework): the change threshold", () => {
  const reading = (factor: string, consensus: number | undefined) =>
    ({ factor, consensus, ratings: [] }) as unknown as PublicReview["factors"][number];
  const at = (factors: PublicReview["factors"]) =>
    ({
      factors,
      meta: { reviewType: "peer", date: "2024-01-01" },
      updates: [],
      recommendations: [],
    }) as unknown as PublicReview;

  it("changesSince reports a movement of exactly changeThreshold and leaves 0.2 and 0.4 out as unchanged", () => {
    const before = at([reading("strategy", 2), reading("delivery", 2), reading("outcomes", 3)]);
    const after = at([reading("strategy", 2.5), reading("delivery", 2.2), reading("outcomes", 2.56)]);
    const changes = changesSince(before, after, [], framework);
    expect(changes.moved.map((move) => [move.factor, move.change, move.direction])).toEqual([["strategy", 0.5, "up"]]);
    expect(changes.unchanged.map((move) => [move.factor, move.change])).toEqual([
      ["delivery", 0.2],
      ["outcomes", -0.4],
    ]);
  });

  it("changesSince measures the levels as shown: 3 to 2.54 reads 3.0 to 2.5, down 0.5, so it counts", () => {
    const changes = changesSince(at([reading("delivery", 3)]), at([reading("delivery", 2.54)]), [], framework);
    expect(changes.moved.map((move) => [move.change, move.words])).toEqual([
      [-0.5, "Delivery: from 3.0 (Joined) to 2.5 (Joined), down 0.5 levels"],
    ]);
  });

  it("changesSince uses the framework's changeThreshold", () => {
    const strict = { ...framework, thresholds: { ...framework.thresholds, changeThreshold: 0.2 } };
    const changes = changesSince(at([reading("delivery", 2)]), at([reading("delivery", 2.2)]), [], strict);
    expect(changes.moved.map((move) => [move.factor, move.change])).toEqual([["delivery", 0.2]]);
  });
});

describe("comparability(previous, current, framework)", () => {
  const withGroups = (reviewType: string, groups: string[]) =>
    ({
      meta: { reviewType },
      factors: [{ factor: "strategy", ratings: groups.map((group) => ({ group })) }],
    }) as unknown as PublicReview;

  it("comparability(...) is like for like for the same type and groups", () => {
    expect(
      comparability(withGroups("peer", ["officers", "users"]), withGroups("peer", ["users", "officers"]), framework),
    ).toEqual({ likeForLike: true, reviewTypes: undefined, groupsAdded: [], groupsDropped: [], differences: [] });
  });

  it("comparability(...) names a different review type and the groups that differ", () => {
    expect(
      comparability(withGroups("self-assessment", ["officers"]), withGroups("independent", ["users"]), framework),
    ).toEqual({
      likeForLike: false,
      reviewTypes: { before: "self-assessment", after: "independent" },
      groupsAdded: ["users"],
      groupsDropped: ["officers"],
      differences: [
        "The earlier review was self-assessment and the later one independent",
        "Only the later review has published views from Service users",
        "Only the earlier review has published views from Council officers",
      ],
    });
  });
});

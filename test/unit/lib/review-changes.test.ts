import { describe, expect, it } from "vitest";
import { changesSince } from "../../../src/lib/review-changes.ts";
import { buildSiteModel } from "../../../src/lib/site-model.ts";
import { content, partnership, rec, review } from "../helpers/content.ts";

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
  const changes = changesSince(previous, current, model.recommendations);

  it("changesSince(...) lists factors whose consensus moved, with the change, and those that stayed", () => {
    expect(changes.moved).toEqual([{ factor: "strategy", before: 2, after: 2.5, change: 0.5 }]);
    expect(changes.unchanged).toEqual(["delivery"]);
  });

  it("changesSince(...) sorts the earlier recommendations into implemented and still outstanding", () => {
    expect(changes.implemented.map((item) => item.recommendation.id)).toEqual(["a"]);
    expect(changes.outstanding.map((item) => [item.recommendation.id, item.status])).toEqual([["b", "in-progress"]]);
    expect(changes.opened.map((item) => item.id)).toEqual(["d"]);
  });
});

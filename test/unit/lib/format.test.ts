import { describe, expect, it } from "vitest";
import {
  describeLevel,
  distanceInWords,
  formatDate,
  formatLevel,
  formatMoney,
  nearestLevel,
} from "../../../src/lib/format.ts";
import { label } from "../../../src/lib/labels.ts";
import { recommendationPath } from "../../../src/lib/urls.ts";
import { framework } from "../helpers/content.ts";

describe("format", () => {
  it("formatDate(iso) writes dates as readers do", () => {
    expect(formatDate("2025-03-31")).toBe("31 March 2025");
  });

  it("formatMoney(amount) writes whole pounds with separators", () => {
    expect(formatMoney(1250000)).toBe("£1,250,000");
  });

  it("formatLevel(level) keeps at most one decimal place", () => {
    expect([formatLevel(4), formatLevel(3.45), formatLevel(2.25)]).toEqual(["4.0", "3.5", "2.3"]);
  });

  it("nearestLevel(framework, order) rounds halves up and stays within the spectrum", () => {
    // 1.45 is shown as 1.5, so it takes the name of the level nearest 1.5: ties go up.
    expect([1.44, 1.45, 2.5, 0.2, 9].map((order) => nearestLevel(framework, order).id)).toEqual([
      "arms-length",
      "aligned",
      "joined",
      "arms-length",
      "joined",
    ]);
  });

  it("describeLevel(framework, order) gives the number and the nearest level's name", () => {
    expect(describeLevel(framework, 2.4)).toBe("2.4 (Aligned)");
  });

  it("label(value) calls cost avoidance by its name, never a saving", () => {
    expect([label("cost-avoidance"), label("partly-accepted"), label("value-creation")]).toEqual([
      "Cost avoidance",
      "Partly accepted",
      "Value creation",
    ]);
  });

  it("label(value) names enum values in sentence case", () => {
    expect([label("shared-service"), label("in-progress"), label("not-accepted"), label("statutory")]).toEqual([
      "Shared service",
      "In progress",
      "Not accepted",
      "Statutory",
    ]);
  });

  it("distanceInWords(distance) says how far an assessed level is from target", () => {
    expect([0, -1, 2, -0.5].map(distanceInWords)).toEqual([
      "at target",
      "one level below target",
      "two levels above target",
      "0.5 levels below target",
    ]);
  });
});

describe("recommendationPath(slug, reviewId, id)", () => {
  it("recommendationPath(slug, reviewId, id) is the review's path with the permanent anchor", () => {
    expect(recommendationPath("shared-legal", "2024-annual", "kbc-01")).toBe(
      "partnerships/shared-legal/reviews/2024-annual/#rec-kbc-01",
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  formatLevelNumber,
  levelDistance,
  levelLabel,
  levelOrder,
  levelRange,
  levelText,
  nearestLevel,
} from "../../../src/charts/index.ts";
import { SIX_LEVELS, THREE_LEVELS } from "./examples.ts";

describe("levels", () => {
  it("levelText(levels, value) always gives the number with one decimal and the nearest name", () => {
    expect(levelText(SIX_LEVELS, 4)).toBe("4.0 (Cooperating)");
    expect(levelText(SIX_LEVELS, 3.96)).toBe("4.0 (Cooperating)");
    expect(levelText(SIX_LEVELS, 3.4)).toBe("3.4 (Coordinating)");
    expect(levelText(SIX_LEVELS, 5.05)).toBe("5.1 (Collaborating)");
    expect(levelText(THREE_LEVELS, 0)).toBe("0.0 (Arm's length)");
  });

  it("levelLabel(levels, order) names a framework level (a target or an assessed level) alone", () => {
    expect(levelLabel(SIX_LEVELS, 4)).toBe("Cooperating");
  });

  it("nearestLevel(levels, value) rounds halves up and stays on the spectrum", () => {
    expect(nearestLevel(SIX_LEVELS, 2.5).label).toBe("Coordinating");
    expect(nearestLevel(SIX_LEVELS, 9).label).toBe("Integrated");
    expect(nearestLevel(SIX_LEVELS, -1).label).toBe("Transactional");
  });

  it("formatLevelNumber(value) shows exactly one decimal place", () => {
    expect([4, 4.25, 3.04, 0].map(formatLevelNumber)).toEqual(["4.0", "4.3", "3.0", "0.0"]);
  });

  it("levelDistance(distance) says a distance in words", () => {
    expect([1, 2, -3, 1.5, 0.25].map(levelDistance)).toEqual([
      "one level",
      "two levels",
      "three levels",
      "1.5 levels",
      "0.3 levels",
    ]);
  });

  it("levelOrder(levels, id) and levelRange(levels) read the spectrum", () => {
    expect(levelOrder(SIX_LEVELS, "cooperating")).toBe(4);
    expect(levelOrder(SIX_LEVELS, "unknown")).toBeUndefined();
    expect(levelOrder(SIX_LEVELS, undefined)).toBeUndefined();
    expect(levelRange(THREE_LEVELS)).toEqual({ min: 0, max: 2 });
  });
});

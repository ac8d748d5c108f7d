import { describe, expect, it } from "vitest";
import {
  formatLevelNumber,
  levelDistance,
  levelName,
  levelOrder,
  levelRange,
  levelWithNumber,
  nearestLevel,
} from "../../../src/charts/index.ts";
import { SIX_LEVELS, THREE_LEVELS } from "./examples.ts";

describe("levels", () => {
  it("levelName(levels, value) gives a whole level's name, and a fractional level's number and nearest name", () => {
    expect(levelName(SIX_LEVELS, 4)).toBe("Cooperating");
    expect(levelName(SIX_LEVELS, 3.4)).toBe("3.4 (Coordinating)");
    expect(levelName(SIX_LEVELS, 3.5)).toBe("3.5 (Cooperating)");
    expect(levelName(SIX_LEVELS, 3.96)).toBe("Cooperating");
  });

  it("levelWithNumber(levels, value) always gives the number and name", () => {
    expect(levelWithNumber(SIX_LEVELS, 4)).toBe("4 (Cooperating)");
    expect(levelWithNumber(SIX_LEVELS, 5.05)).toBe("5.1 (Collaborating)");
    expect(levelWithNumber(THREE_LEVELS, 0)).toBe("0 (Arm's length)");
  });

  it("nearestLevel(levels, value) rounds halves up and stays on the spectrum", () => {
    expect(nearestLevel(SIX_LEVELS, 2.5).label).toBe("Coordinating");
    expect(nearestLevel(SIX_LEVELS, 9).label).toBe("Integrated");
    expect(nearestLevel(SIX_LEVELS, -1).label).toBe("Transactional");
  });

  it("formatLevelNumber(value) shows at most one decimal place", () => {
    expect([4, 4.25, 3.04, 0].map(formatLevelNumber)).toEqual(["4", "4.3", "3", "0"]);
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

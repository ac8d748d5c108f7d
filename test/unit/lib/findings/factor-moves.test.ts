import { describe, expect, it } from "vitest";
import { factorMove } from "../../../../src/lib/findings/factor-moves.ts";
import { FIVE_GROUPS, frameworkOf, SIX_FACTORS, SIX_LEVELS } from "../../charts/examples.ts";

// changeThreshold 0.5, the default.
const framework = frameworkOf(SIX_LEVELS, SIX_FACTORS, FIVE_GROUPS);

/** Returns what a move says: whether it counts, its change and its words. */
function said(before: number | undefined, after: number | undefined) {
  const move = factorMove(framework, "objectives", before, after);
  return { counted: move.counted, change: move.change, direction: move.direction, words: move.words };
}

describe("factorMove(framework, factor, before, after)", () => {
  it("factorMove(...) states the change as the difference of the two levels shown, not of the raw values", () => {
    // 4.04 and 4.66 are shown as 4.0 and 4.7: the change is 0.7, never 0.6 (the raw difference, 0.62, rounded).
    expect(said(4.04, 4.66)).toEqual({
      counted: true,
      change: 0.7,
      direction: "up",
      words: "Objectives: from 4.0 (Cooperating) to 4.7 (Collaborating), up 0.7 levels",
    });
  });

  it("factorMove(...) counts a move of exactly changeThreshold, and not one a tenth below it", () => {
    expect(said(3.3, 3.8)).toEqual({
      counted: true,
      change: 0.5,
      direction: "up",
      words: "Objectives: from 3.3 (Coordinating) to 3.8 (Cooperating), up 0.5 levels",
    });
    expect(said(3.8, 3.4)).toEqual({
      counted: false,
      change: -0.4,
      direction: "unchanged",
      words: "Objectives: from 3.8 (Cooperating) to 3.4 (Coordinating), down 0.4 levels",
    });
    // 3.25 and 3.74 are shown as 3.3 and 3.7: 0.4 apart as shown, though 0.49 apart unrounded.
    expect(said(3.25, 3.74).counted).toBe(false);
    // 3.26 and 3.75 are shown as 3.3 and 3.8: 0.5 apart as shown, though 0.49 apart unrounded.
    expect(said(3.26, 3.75).counted).toBe(true);
  });

  it("factorMove(...) counts a view gained or lost, with no change", () => {
    expect(said(undefined, 4)).toEqual({
      counted: true,
      change: undefined,
      direction: "new",
      words: "Objectives: from no published view to 4.0 (Cooperating)",
    });
    expect(said(2, undefined).direction).toBe("gone");
  });
});

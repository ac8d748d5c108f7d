import { describe, expect, it } from "vitest";
import {
  fitInWords,
  fitToTarget,
  reviewerAndStakeholdersDiffer,
  stakeholderLevel,
} from "../../../src/lib/target-fit.ts";

describe("fitToTarget(value, target, tolerance)", () => {
  it("fitToTarget(...) is at target exactly at the tolerance either side, and not beyond it", () => {
    expect(fitToTarget(4.5, 4, 0.5)).toEqual({ position: "at", distance: 0.5 });
    expect(fitToTarget(3.5, 4, 0.5)).toEqual({ position: "at", distance: -0.5 });
    expect(fitToTarget(4.51, 4, 0.5)).toEqual({ position: "above", distance: 0.5 });
    expect(fitToTarget(3.49, 4, 0.5)).toEqual({ position: "below", distance: -0.5 });
  });

  it("fitToTarget(...) rounds the floating-point gap so 3.3 against 2.8 is exactly at the tolerance", () => {
    expect(fitToTarget(3.3, 2.8, 0.5).position).toBe("at");
  });

  it("fitToTarget(...) with tolerance 0 needs the exact level", () => {
    expect(fitToTarget(4, 4, 0)).toEqual({ position: "at", distance: 0 });
    expect(fitToTarget(5, 4, 0)).toEqual({ position: "above", distance: 1 });
  });
});

describe("fitInWords(fit)", () => {
  it("fitInWords(fit) says above target is more joint working than needed, never success", () => {
    expect(fitInWords({ position: "at", distance: 0.5 })).toBe("at target");
    expect(fitInWords({ position: "below", distance: -2 })).toBe("two levels below target");
    expect(fitInWords({ position: "above", distance: 1.5 })).toBe(
      "1.5 levels above target (more joint working than its purpose needs)",
    );
  });
});

describe("stakeholderLevel(consensusLevels) and reviewerAndStakeholdersDiffer(assessed, stakeholders)", () => {
  it("stakeholderLevel(...) is the median of the factors' consensus levels, ignoring factors without one", () => {
    expect(stakeholderLevel([3, undefined, 4, 5.5])).toBe(4);
    expect(stakeholderLevel([3, 4])).toBe(3.5);
    expect(stakeholderLevel([undefined])).toBeUndefined();
  });

  it("reviewerAndStakeholdersDiffer(...) at exactly one level, not at 0.9", () => {
    expect(reviewerAndStakeholdersDiffer(4, 3)).toBe(true);
    expect(reviewerAndStakeholdersDiffer(4, 5)).toBe(true);
    expect(reviewerAndStakeholdersDiffer(4, 3.1)).toBe(false);
    expect(reviewerAndStakeholdersDiffer(3.3, 2.3)).toBe(true);
    expect(reviewerAndStakeholdersDiffer(4, undefined)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import {
  positionChartInput,
  positionNote,
  positionSummary,
  positionTable,
  type PartnershipPosition,
} from "../../../../src/lib/chart-inputs/position-text.ts";
import { fitToTarget } from "../../../../src/lib/target-fit.ts";
import { FIVE_GROUPS, frameworkOf, POSITIONS, SIX_FACTORS, SIX_LEVELS } from "../../charts/examples.ts";
import { v2Model } from "../pages/v2-model.ts";

const framework = frameworkOf(SIX_LEVELS, SIX_FACTORS, FIVE_GROUPS);

/** Returns the example positions, each fitted to its target with this tolerance. */
function positions(tolerance = 0.5, items = POSITIONS): PartnershipPosition[] {
  return items.map((item) => ({
    ...item,
    fit:
      item.assessed === undefined || item.target === undefined
        ? undefined
        : fitToTarget(item.assessed, item.target, tolerance),
  }));
}

describe("positionSummary(framework, positions, left)", () => {
  it("positionSummary counts active partnerships at, below and above target and names the furthest by the fit rule", () => {
    expect(positionSummary(framework, positions())).toEqual([
      "Of the three active partnerships with a published review and a target level, one is at target, one below and one above (more joint working than its purpose needs).",
      "Joint Waste Partnership is furthest from its target: assessed at Networking against a target of Cooperating, two levels below target.",
      "One active partnership with a published review has no target level.",
      "One active partnership has no published review yet.",
    ]);
  });

  it("positionSummary counts a partnership exactly targetTolerance away as at target", () => {
    // Community Safety is one level above its target: at target with a tolerance of exactly 1.
    expect(positionSummary(framework, positions(1)).slice(0, 2)).toEqual([
      "Of the three active partnerships with a published review and a target level, two are at target and one below.",
      "Joint Waste Partnership is furthest from its target: assessed at Networking against a target of Cooperating, two levels below target.",
    ]);
  });

  it("positionSummary names every partnership tied furthest, and speaks of one partnership on its own", () => {
    const tied = positions(0.5, [
      { id: "a", label: "Alpha", assessed: 2, target: 4 },
      { id: "b", label: "Beta", assessed: 6, target: 4 },
    ]);
    expect(positionSummary(framework, tied)).toEqual([
      "Of the two active partnerships with a published review and a target level, one is below target and one above (more joint working than its purpose needs).",
      "Alpha and Beta are furthest from their targets, two levels away.",
    ]);
    expect(positionSummary(framework, tied.slice(1))).toEqual([
      "Beta is two levels above target (more joint working than its purpose needs): assessed at Integrated against a target of Cooperating.",
    ]);
    const at = positions(0.5, [
      { id: "a", label: "Alpha", assessed: 4, target: 4 },
      { id: "b", label: "Beta", assessed: 3, target: 3 },
    ]);
    expect(positionSummary(framework, at)).toEqual([
      "Both active partnerships with a published review and a target level are at their target.",
    ]);
  });

  it("positionSummary says which partnerships it leaves out, and when none can be compared", () => {
    expect(
      positionSummary(framework, positions(0.5, [{ id: "a", label: "Alpha", assessed: 4 }]), { proposed: 0, ended: 1 }),
    ).toEqual([
      "No active partnership has both a published review and a target level, so none can be compared with its target.",
      "One active partnership with a published review has no target level.",
      "One ended partnership is not shown: like every figure on this site, the chart counts active partnerships only.",
    ]);
    expect(positionSummary(framework, [], { proposed: 2, ended: 1 })).toEqual([
      "There are no active partnerships to show.",
      "Two proposed and one ended partnership are not shown: like every figure on this site, the chart counts active partnerships only.",
    ]);
  });
});

describe("positionTable(framework, positions, title) and positionNote(position)", () => {
  it("positionTable names each level and the fit in the one fit rule's words", () => {
    expect(positionTable(framework, positions(), "Where they sit")).toEqual({
      caption: "Where they sit",
      head: ["Partnership", "Assessed level", "Target level", "Against target"],
      rows: [
        { row: "shared-legal", header: "Shared Legal Service", cells: ["Cooperating", "Cooperating", "At target"] },
        {
          row: "waste",
          header: "Joint Waste Partnership",
          cells: ["Networking", "Cooperating", "Two levels below target"],
        },
        {
          row: "community-safety",
          header: "Community Safety Partnership",
          cells: ["Collaborating", "Cooperating", "One level above target (more joint working than its purpose needs)"],
        },
        {
          row: "revenues",
          header: "Revenues and Benefits Shared Service",
          cells: ["Coordinating", "No target level set", "Not applicable"],
        },
        { row: "leisure", header: "Leisure Trust", cells: ["No published review", "Coordinating", "Not applicable"] },
      ],
    });
  });

  it("positionNote gives the row's note: the fit, or what is missing", () => {
    expect(positions().map(positionNote)).toEqual([
      "At target",
      "Two levels below target",
      "One level above target (more joint working than its purpose needs)",
      "No target level set",
      "No published review",
    ]);
  });
});

describe("positionChartInput(framework, partnerships, title)", () => {
  it("positionChartInput draws and counts active partnerships only, with each one's headline fit", async () => {
    const v2 = await v2Model();
    const input = positionChartInput(v2.framework, v2.partnerships);
    expect(input.partnerships).toEqual([
      { id: "shared-legal", label: "Shared Legal Service", assessed: 2, target: 3, note: "One level below target" },
    ]);
    expect(input.summary).toEqual([
      "Shared Legal Service is one level below target: assessed at Aligned against a target of Joined.",
      "One proposed and one ended partnership are not shown: like every figure on this site, the chart counts active partnerships only.",
    ]);
    expect(input.title).toBe("Where partnerships sit against their target level");
  });
});

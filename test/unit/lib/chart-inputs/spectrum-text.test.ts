import { describe, expect, it } from "vitest";
import { factorFindings } from "../../../../src/lib/findings/factor-findings.ts";
import { spectrumSummary, spectrumTable, targetSentence } from "../../../../src/lib/chart-inputs/spectrum-text.ts";
import type { Rating } from "../../../../src/schema/index.ts";
import {
  EXAMPLE_REVIEW,
  FIVE_GROUPS,
  frameworkOf,
  rating,
  readingsOf,
  SIX_FACTORS,
  SIX_LEVELS,
  TYPICAL_RATINGS,
} from "../../charts/examples.ts";

/** Returns the findings of the ratings over the default levels and groups; `target` is an order, `tolerance` the framework's. */
function findingsOf(ratings: readonly Rating[], target?: number, factors = SIX_FACTORS, tolerance = 0.5) {
  const framework = frameworkOf(SIX_LEVELS, factors, FIVE_GROUPS);
  framework.thresholds.targetTolerance = tolerance;
  return factorFindings(framework, readingsOf(factors, ratings), { target, ...EXAMPLE_REVIEW });
}

describe("targetSentence(targetName, positions)", () => {
  it("targetSentence counts each position and names above target as more joint working than needed", () => {
    expect(targetSentence("Cooperating", ["at", "at", "at", "below", "above", "at"])).toBe(
      "Consensus is at the target level, Cooperating, on four of six factors; below target on one and above target on one (more joint working than its purpose needs).",
    );
  });
  it("targetSentence says a partnership above target on every factor is at target on none", () => {
    expect(targetSentence("Coordinating", ["above", "above", "above"])).toBe(
      "Consensus is at the target level, Coordinating, on none of the three factors; above target on all three (more joint working than its purpose needs).",
    );
  });
  it("targetSentence speaks of the one factor on its own", () => {
    expect(targetSentence("Cooperating", ["above"])).toBe(
      "Consensus is above the target level, Cooperating, on the one factor (more joint working than its purpose needs).",
    );
    expect(targetSentence("Cooperating", ["at"])).toBe(
      "Consensus is at the target level, Cooperating, on the one factor.",
    );
  });
  it("targetSentence says so when every factor is at target", () => {
    expect(targetSentence("Cooperating", ["at", "at", "at"])).toBe(
      "Consensus is at the target level, Cooperating, on all three factors.",
    );
  });
});

describe("spectrumSummary(findings, targetName)", () => {
  it("spectrumSummary uses the framework's target tolerance: 4.3 is above a target of 4 at 0.25, at target at 0.3", () => {
    const ratings = [rating("strategy", "council-members", 4.3), rating("strategy", "service-users", 4.3)];
    const strategy = SIX_FACTORS.slice(0, 1);
    expect(spectrumSummary(findingsOf(ratings, 4, strategy, 0.25), "Cooperating").at(-2)).toBe(
      "Consensus is above the target level, Cooperating, on the one factor (more joint working than its purpose needs).",
    );
    expect(spectrumSummary(findingsOf(ratings, 4, strategy, 0.3), "Cooperating").at(-2)).toBe(
      "Consensus is at the target level, Cooperating, on the one factor.",
    );
  });

  it("spectrumSummary names the widest spread with its band, groups and levels shown with one decimal", () => {
    expect(spectrumSummary(findingsOf(TYPICAL_RATINGS, 4), "Cooperating")).toEqual([
      "Delivery has the widest spread of views in this review (perception gap): Council officers put it at 5.0 (Collaborating), 2.0 levels above Service users at 3.0 (Coordinating).",
      "Measurement is not triangulated: only Council officers gave a published view.",
      "One group view was withheld because too few people gave it.",
      "Consensus is at the target level, Cooperating, on four of six factors; below target on two.",
      "Confidence is high on Strategy, Objectives, Delivery, Outcomes and Governance; low on Measurement (the table gives the reasons).",
    ]);
  });

  it("spectrumSummary names every group tied at either end of the widest spread", () => {
    const ratings = [
      rating("delivery", "council-members", 5),
      rating("delivery", "council-officers", 5),
      rating("delivery", "service-users", 2),
    ];
    expect(spectrumSummary(findingsOf(ratings, 4, SIX_FACTORS.slice(2, 3)), "Cooperating")[0]).toBe(
      "Delivery has the widest spread of views in this review (perception gap): Council members and Council officers put it at 5.0 (Collaborating), 3.0 levels above Service users at 2.0 (Networking).",
    );
  });

  it("spectrumSummary calls a spread between agreeBelow and gapThreshold 'groups differ'", () => {
    const ratings = [rating("strategy", "council-members", 3.4), rating("strategy", "service-users", 4.9)];
    expect(spectrumSummary(findingsOf(ratings, undefined, SIX_FACTORS.slice(0, 1)))).toEqual([
      "Strategy has the widest spread of views in this review (groups differ): Service users put it at 4.9 (Collaborating), 1.5 levels above Council members at 3.4 (Coordinating).",
      "No factor has a perception gap.",
      "No target level is set.",
      "Confidence is high on the one factor.",
    ]);
  });

  it("spectrumSummary says so when only one group gave views", () => {
    const ratings = SIX_FACTORS.slice(0, 2).map((factor) => rating(factor.id, "council-officers", 3));
    expect(spectrumSummary(findingsOf(ratings, 4, SIX_FACTORS.slice(0, 2)), "Cooperating")).toEqual([
      "No factor has published views from more than one group, so none can be compared.",
      "Strategy and Objectives are not triangulated: too few groups gave a published view.",
      "Consensus is at the target level, Cooperating, on none of the two factors; below target on both.",
      "Confidence is low on every factor (the table gives the reasons).",
    ]);
  });

  it("spectrumSummary says so when every group agrees", () => {
    const ratings = FIVE_GROUPS.map((group) => rating("strategy", group.id, 4));
    expect(spectrumSummary(findingsOf(ratings, 4, SIX_FACTORS.slice(0, 1)), "Cooperating")).toEqual([
      "The groups agree on every factor: each group that gave a view placed it at the same level.",
      "No factor has a perception gap.",
      "Consensus is at the target level, Cooperating, on the one factor.",
      "Confidence is high on the one factor.",
    ]);
  });

  it("spectrumSummary names factors without a published view and counts every withheld view", () => {
    const ratings = [
      rating("strategy", "council-members", 2),
      rating("strategy", "council-officers", 2),
      rating("objectives", "council-members", 3, 1),
      rating("objectives", "service-users", 3, 2),
    ];
    expect(spectrumSummary(findingsOf(ratings, undefined, SIX_FACTORS.slice(0, 3)))).toEqual([
      "The groups agree on every factor: each group that gave a view placed it at the same level.",
      "No factor has a perception gap.",
      "Objectives and Delivery have no published view.",
      "Two group views were withheld because too few people gave them.",
      "No target level is set.",
      "Confidence is high on the one factor.",
    ]);
  });

  it("spectrumSummary counts rather than lists more than six other gaps", () => {
    const factors = Array.from({ length: 9 }, (_, index) => ({ id: `f${index}`, label: `Factor ${index}` }));
    const ratings = factors.flatMap((factor, index) => [
      rating(factor.id, "council-members", 1),
      rating(factor.id, "service-users", index === 0 ? 6 : 4),
    ]);
    expect(spectrumSummary(findingsOf(ratings, 6, factors), "Integrated").slice(0, 2)).toEqual([
      "Factor 0 has the widest spread of views in this review (perception gap): Service users put it at 6.0 (Integrated), 5.0 levels above Council members at 1.0 (Transactional).",
      "There are also perception gaps on eight other factors.",
    ]);
  });

  it("spectrumSummary says when no group's view is published at all", () => {
    expect(spectrumSummary(findingsOf([], 4, SIX_FACTORS.slice(0, 2)), "Cooperating")).toEqual([
      "No stakeholder group's view is published for any factor.",
    ]);
  });
});

describe("spectrumTable(framework, findings, title)", () => {
  const framework = frameworkOf(SIX_LEVELS, SIX_FACTORS, FIVE_GROUPS);
  const table = spectrumTable(framework, findingsOf(TYPICAL_RATINGS, 4), "Views");

  it("spectrumTable has a column per group, then the consensus, spread and finding", () => {
    expect(table.head).toEqual([
      "Factor",
      "Council members",
      "Council officers",
      "Partner leadership",
      "Partner staff",
      "Service users",
      "Consensus",
      "Spread",
      "Finding",
      "Confidence",
    ]);
  });

  it("spectrumTable shows every level with one decimal and its name, and a spread of exactly gapThreshold as a gap", () => {
    expect(table.rows[2]).toEqual({
      header: "Delivery",
      cells: [
        "4.0 (Cooperating)",
        "5.0 (Collaborating)",
        "No published view",
        "4.4 (Cooperating)",
        "3.0 (Coordinating)",
        "4.2 (Cooperating)",
        "2.0 levels",
        "Perception gap; 1 group view withheld (too few respondents)",
        "High confidence",
      ],
    });
  });

  it("spectrumTable uses the three agreement bands: 1.2 and exactly agreeBelow (1.0) differ, 0.5 agrees", () => {
    expect(table.rows.map((row) => [row.header, row.cells.at(-3), row.cells.at(-2)])).toEqual([
      ["Strategy", "1.2 levels", "Groups differ"],
      ["Objectives", "1.0 level", "Groups differ"],
      ["Delivery", "2.0 levels", "Perception gap; 1 group view withheld (too few respondents)"],
      ["Measurement", "Only one view", "Not triangulated: views from Council officers only"],
      ["Outcomes", "1.2 levels", "Groups differ"],
      ["Governance", "0.5 levels", "Groups agree"],
    ]);
    expect(table.rows[5]?.cells.at(-4)).toBe("4.3 (Cooperating)");
  });
});

describe("low response and confidence in the spectrum chart's words", () => {
  // Council members: 4 of 20 asked (20%), below the default minResponseRate of 0.3; Service users: 30 of 60 (50%).
  const framework = frameworkOf(SIX_LEVELS, SIX_FACTORS.slice(0, 1), FIVE_GROUPS);
  const ratings: Rating[] = [
    { factor: "strategy", group: "council-members", level: 5, respondents: 4, invited: 20 },
    { factor: "strategy", group: "service-users", level: 3, respondents: 30, invited: 60 },
  ];
  const findings = factorFindings(framework, readingsOf(SIX_FACTORS.slice(0, 1), ratings), EXAMPLE_REVIEW);

  it("spectrumTable marks a low-response view in words in its cell and gives confidence with the weighting sentence", () => {
    const table = spectrumTable(framework, findings, "Views");
    expect(table.rows[0]?.cells[0]).toBe("5.0 (Collaborating), low response: 4 of 20 asked (20%)");
    expect(table.rows[0]?.cells[4]).toBe("3.0 (Coordinating)");
    // Median 4.0 (Cooperating); weighted (5 × 4 + 3 × 30) / 34 = 3.24, shown 3.2 (Coordinating): sensitive.
    expect(table.rows[0]?.cells.at(-1)).toBe(
      "Low confidence: low response from Council members (4 of 20 asked (20%)) and sensitive to weighting. Weighted by respondents, the groups' views put Strategy at 3.2 (Coordinating), not 4.0 (Cooperating): the 30 responses from Service users pull it down.",
    );
  });

  it("spectrumSummary names each low-response group once, with its rate, and the confidence of each factor", () => {
    expect(spectrumSummary(findings).slice(-2)).toEqual([
      'Low response from Council members (4 of 20 asked (20%)): its views are marked "low response" in the table.',
      "Confidence is low on the one factor (the table gives the reasons).",
    ]);
  });
});

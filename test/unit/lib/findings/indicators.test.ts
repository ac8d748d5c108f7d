import { describe, expect, it } from "vitest";
import { indicatorFinding, performanceCheck, withUnit } from "../../../../src/lib/findings/indicators.ts";
import { indicatorSchema } from "../../../../src/schema/review-data.ts";

const indicator = (extra: object) =>
  indicatorSchema.parse({
    id: "recycling",
    name: "Household waste recycled",
    unit: "%",
    polarity: "higher-is-better",
    period: "2025/26",
    actual: 46.8,
    ...extra,
  });

describe("indicatorFinding(indicator)", () => {
  it("indicatorFinding meets a target it equals, whichever way is better", () => {
    expect(indicatorFinding(indicator({ actual: 50, target: 50 })).met).toBe(true);
    expect(
      indicatorFinding(indicator({ unit: "weeks", polarity: "lower-is-better", actual: 11, target: 11 })).met,
    ).toBe(true);
  });

  it("indicatorFinding misses a target just the wrong side of it, by polarity", () => {
    expect(indicatorFinding(indicator({ actual: 49.9, target: 50 }))).toMatchObject({
      met: false,
      metWords: "Not met",
    });
    expect(
      indicatorFinding(indicator({ unit: "weeks", polarity: "lower-is-better", actual: 11.1, target: 11 })),
    ).toMatchObject({ met: false });
    expect(
      indicatorFinding(indicator({ unit: "weeks", polarity: "lower-is-better", actual: 10.9, target: 11 })),
    ).toMatchObject({ met: true, metWords: "Met" });
  });

  it("indicatorFinding says improving, steady or worsening by polarity, and nothing without a previous figure", () => {
    expect(indicatorFinding(indicator({ previous: 49.2 })).trendWords).toBe("Worsening");
    expect(indicatorFinding(indicator({ previous: 46.8 })).trend).toBe("steady");
    expect(
      indicatorFinding(indicator({ unit: "weeks", polarity: "lower-is-better", actual: 11, previous: 23 })).trend,
    ).toBe("improving");
    expect(indicatorFinding(indicator({})).trend).toBeUndefined();
  });

  it("indicatorFinding writes each figure with its unit", () => {
    expect(indicatorFinding(indicator({ target: 50, previous: 49.2 }))).toMatchObject({
      actualText: "46.8%",
      targetText: "50%",
      previousText: "49.2%",
    });
    expect([withUnit(11, "weeks"), withUnit(1250, "£"), withUnit(3.5, "days")]).toEqual([
      "11 weeks",
      "£1,250",
      "3.5 days",
    ]);
  });
});

describe("performanceCheck(factorLabel, judgement, fit, indicators)", () => {
  const met = indicatorFinding(indicator({ actual: 60, target: 50 }));
  const missed = indicatorFinding(indicator({ actual: 40, target: 50 }));
  const untargeted = indicatorFinding(indicator({}));

  it("performanceCheck finds a gap when a good reading has more than half its indicators missing their targets", () => {
    expect(performanceCheck("Outcomes", "adequate", undefined, [missed, missed, met])).toMatchObject({
      reading: "good",
      gap: true,
      words: "Outcomes: the reviewer judged it adequate, but 2 of its 3 indicators miss their targets",
    });
    expect(performanceCheck("Outcomes", "adequate", undefined, [missed, missed, missed]).words).toBe(
      "Outcomes: the reviewer judged it adequate, but all three of its indicators miss their targets",
    );
    // Exactly half is not more than half.
    expect(performanceCheck("Outcomes", "strong", undefined, [missed, met]).gap).toBe(false);
  });

  it("performanceCheck reads a factor without a judgement by its consensus's fit: at target good, below poor, above neither", () => {
    expect(performanceCheck("Outcomes", undefined, { position: "at" }, [missed])).toMatchObject({
      reading: "good",
      gap: true,
      words: "Outcomes: stakeholders put it at target, but its indicator misses its target",
    });
    expect(performanceCheck("Outcomes", undefined, { position: "below" }, [met, met])).toMatchObject({
      reading: "poor",
      gap: true,
      words: "Outcomes: stakeholders put it below target, but both its indicators meet their targets",
    });
    expect(performanceCheck("Outcomes", undefined, { position: "above" }, [missed])).toMatchObject({ gap: false });
    expect(performanceCheck("Outcomes", undefined, { position: "above" }, [missed]).reading).toBeUndefined();
  });

  it("performanceCheck finds no gap when a poor reading has one indicator missing, or without an indicator with a target", () => {
    expect(performanceCheck("Outcomes", "weak", undefined, [met, missed]).gap).toBe(false);
    expect(performanceCheck("Outcomes", "weak", undefined, [untargeted]).gap).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import {
  indicatorChartInput,
  indicatorChartTable,
  indicatorNote,
  indicatorSummary,
} from "../../../../src/lib/chart-inputs/indicators-text.ts";
import { indicatorFinding } from "../../../../src/lib/findings/indicators.ts";
import type { Indicator } from "../../../../src/schema/index.ts";

const indicator = (fields: Partial<Indicator> & Pick<Indicator, "id" | "name" | "unit" | "actual">): Indicator => ({
  polarity: "higher-is-better",
  period: "2025/26",
  ...fields,
});

// Recycling fell from 49.2% to 46.8% against 48.5%; stair-lift waits fell from 23 to 11 weeks against 12; the
// satisfaction survey has no target.
const RECYCLING = indicatorFinding(
  indicator({ id: "recycling", name: "Recycling", unit: "%", actual: 46.8, target: 48.5, previous: 49.2 }),
);
const WAITS = indicatorFinding(
  indicator({
    id: "waits",
    name: "Stair-lift waits",
    unit: "weeks",
    polarity: "lower-is-better",
    actual: 11,
    target: 12,
    previous: 23,
  }),
);
const SATISFACTION = indicatorFinding(indicator({ id: "satisfaction", name: "Satisfaction", unit: "%", actual: 80 }));

describe("indicatorNote(finding)", () => {
  it("indicatorNote gives met or not met and the trend, or says there is no target", () => {
    expect(indicatorNote(RECYCLING)).toBe("Not met; worsening");
    expect(indicatorNote(WAITS)).toBe("Met; improving");
    expect(indicatorNote(SATISFACTION)).toBe("No target");
  });
});

describe("indicatorSummary(findings)", () => {
  it("indicatorSummary counts the indicators that met their target, names those that did not and those that worsened", () => {
    expect(indicatorSummary([RECYCLING, WAITS])).toEqual([
      "One of two indicators with a target met it; Recycling did not.",
      "Recycling was worse than the period before.",
    ]);
  });
  it("indicatorSummary says when every indicator met its target, and when none has one", () => {
    expect(indicatorSummary([WAITS])).toEqual(["The one indicator with a target met it."]);
    expect(indicatorSummary([SATISFACTION])).toEqual(["No indicator has a target to compare with."]);
  });
});

describe("indicatorChartTable(findings, title) and indicatorChartInput(findings, title)", () => {
  it("indicatorChartTable gives each indicator's figures in its unit, and says what is not given", () => {
    expect(indicatorChartTable([WAITS, SATISFACTION], "Indicators")).toEqual({
      caption: "Indicators",
      head: ["Indicator", "Period", "Actual", "Target", "Previous", "Met", "Trend"],
      rows: [
        {
          header: "Stair-lift waits",
          row: "waits",
          cells: ["2025/26", "11 weeks", "12 weeks", "23 weeks", "Met", "Improving"],
        },
        {
          header: "Satisfaction",
          row: "satisfaction",
          cells: ["2025/26", "80%", "No target", "Not given", "No target", "Not given"],
        },
      ],
    });
  });

  it("indicatorChartInput draws only indicators with a target, each with its unit on its own scale or by its name", () => {
    const input = indicatorChartInput([RECYCLING, WAITS, SATISFACTION], "Indicators");
    expect(
      input.indicators.map((item) => [
        item.id,
        item.label,
        item.note,
        item.unit,
        item.actual,
        item.target,
        item.previous,
      ]),
    ).toEqual([
      ["recycling", "Recycling", "2025/26: Not met; worsening", { prefix: "", suffix: "%" }, 46.8, 48.5, 49.2],
      ["waits", "Stair-lift waits (weeks)", "2025/26: Met; improving", { prefix: "", suffix: "" }, 11, 12, 23],
    ]);
    expect(input.table.rows.map((row) => row.header)).toEqual(["Recycling", "Stair-lift waits"]);
  });
});

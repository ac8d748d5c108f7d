import { describe, expect, it } from "vitest";
import { levelText as chartLevelText } from "../../../src/charts/index.ts";
import { describeLevel } from "../../../src/lib/format.ts";
import { formatLevelNumber, levelLabel, levelText, nearestLevel, roundLevel } from "../../../src/lib/levels.ts";
import { frameworkSchema } from "../../../src/schema/index.ts";

const SIX = frameworkSchema.parse({
  id: "six",
  version: "1",
  name: "Six levels",
  spectrum: ["Transactional", "Networking", "Coordinating", "Cooperating", "Collaborating", "Integrated"].map(
    (label, index) => ({ id: label.toLowerCase(), order: index + 1, label, definition: `${label}.` }),
  ),
  factors: [{ id: "strategy", label: "Strategy", description: "Strategy." }],
  stakeholderGroups: [
    { id: "officers", label: "Officers" },
    { id: "users", label: "Users" },
  ],
});
const LEVELS = SIX.spectrum;

describe("roundLevel(value) and formatLevelNumber(value)", () => {
  it("roundLevel(value) rounds half up to one decimal, despite floating point", () => {
    expect([3.45, 5.05, 1.15, 2.25, 4.35, 3.44, 3.96, 1, -0.05].map(roundLevel)).toEqual([
      3.5, 5.1, 1.2, 2.3, 4.4, 3.4, 4, 1, 0,
    ]);
  });

  it("formatLevelNumber(value) writes the rounded number with one decimal, whole numbers too", () => {
    expect([3.45, 4, 3.96, 0.04].map(formatLevelNumber)).toEqual(["3.5", "4.0", "4.0", "0.0"]);
  });
});

describe("levelText(levels, value)", () => {
  it("levelText(...) names the level nearest the rounded value: 3.45 is 3.5, and 3.5 ties up to order 4", () => {
    expect(levelText(LEVELS, 3.45)).toBe("3.5 (Cooperating)");
    expect(levelText(LEVELS, 3.44)).toBe("3.4 (Coordinating)");
    expect(levelText(LEVELS, 5.05)).toBe("5.1 (Collaborating)");
    expect(levelText(LEVELS, 4)).toBe("4.0 (Cooperating)");
  });

  it("nearestLevel(...) stays on the spectrum", () => {
    expect(nearestLevel(LEVELS, 0.2).id).toBe("transactional");
    expect(nearestLevel(LEVELS, 9).id).toBe("integrated");
  });
});

describe("every display path shows a level the same way", () => {
  // The table (describeLevel), the chart tables and labels (charts' levelText), the CSV and
  // JSON files (the rounded number and levelLabel) and the search text (levelText).
  const paths = (value: number): string[] => [
    describeLevel(SIX, value),
    chartLevelText(LEVELS, value),
    `${formatLevelNumber(value)} (${levelLabel(LEVELS, value)})`,
    levelText(LEVELS, value),
  ];

  it("gives one text for every value from 1.00 to 6.00 in steps of 0.01", () => {
    for (let hundredths = 100; hundredths <= 600; hundredths += 1) {
      const value = hundredths / 100;
      const texts = paths(value);
      expect(new Set(texts).size, `${value}: ${texts.join(" | ")}`).toBe(1);
      // The name is the level nearest the number shown, ties up.
      const shown = Number(formatLevelNumber(value));
      expect(texts[0]).toBe(`${formatLevelNumber(value)} (${LEVELS[Math.floor(shown + 0.5) - 1]?.label})`);
    }
  });

  it("gives one text for fractional means such as 10/3, 3.45 and 4.05, and values from a fixed pseudo-random sequence", () => {
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values = [10 / 3, 3.45, 4.05, 5.05, 2.45, 1.05, ...Array.from({ length: 2000 }, () => 1 + next() * 5)];
    for (const value of values) {
      expect(new Set(paths(value)).size, String(value)).toBe(1);
    }
  });
});

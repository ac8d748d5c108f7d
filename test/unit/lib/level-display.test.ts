import { describe, expect, it } from "vitest";
import { levelText as chartLevelText } from "../../../src/charts/index.ts";
import { describeLevel } from "../../../src/lib/format.ts";
import { formatLevelNumber, levelLabel, levelText, levelValue } from "../../../src/lib/levels.ts";
import { frameworkSchema } from "../../../src/schema/index.ts";

const FOUR = frameworkSchema.parse({
  id: "four",
  version: "1",
  name: "Four levels",
  spectrum: ["Apart", "Beside", "Close", "Joined"].map((label, index) => ({
    id: label.toLowerCase(),
    order: index + 1,
    label,
    definition: `${label}.`,
  })),
  factors: [{ id: "strategy", label: "Strategy", description: "Strategy." }],
  stakeholderGroups: [
    { id: "officers", label: "Officers" },
    { id: "users", label: "Users" },
  ],
});

// Tables (describeLevel), chart labels (charts' levelText), CSV and JSON (levelValue and levelLabel) and search (levelText).
const paths = (value: number): string[] => [
  describeLevel(FOUR, value),
  chartLevelText(FOUR.spectrum, value),
  `${levelValue(value).toFixed(1)} (${levelLabel(FOUR.spectrum, value)})`,
  levelText(FOUR.spectrum, value),
];

describe("every display path on a four-level framework", () => {
  it("levelText and the other paths give one text for every value from 1.00 to 6.00 in steps of 0.01", () => {
    for (let hundredths = 100; hundredths <= 600; hundredths += 1) {
      const value = hundredths / 100;
      const texts = paths(value);
      expect(new Set(texts).size, `${value}: ${texts.join(" | ")}`).toBe(1);
      const shown = Number(formatLevelNumber(value));
      const order = Math.min(4, Math.floor(shown + 0.5));
      expect(texts[0]).toBe(`${formatLevelNumber(value)} (${FOUR.spectrum[order - 1]?.label})`);
    }
  });

  it("levelText and the other paths agree on random fractions and means such as 10/3 and 3.45", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values = [10 / 3, 3.45, 2.45, 3.44, ...Array.from({ length: 2000 }, () => 1 + next() * 3)];
    for (const value of values) expect(new Set(paths(value)).size, String(value)).toBe(1);
    expect(levelText(FOUR.spectrum, 3.45)).toBe("3.5 (Joined)");
  });
});

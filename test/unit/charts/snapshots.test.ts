import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { NARROW_WIDTH, renderSvg, smallestShownTextPx, WIDE_WIDTH } from "../../../src/charts/index.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { CHART_CASES } from "./cases.ts";
import { layoutProblems } from "./layout.ts";

const SNAPSHOTS = resolve(ROOT, "test/snapshots/charts");

/** Every case twice: as the wide variant (named as it is) and as the narrow one (named with -narrow). */
const VARIANTS = [
  { suffix: "", width: WIDE_WIDTH },
  { suffix: "-narrow", width: NARROW_WIDTH },
] as const;

// Vitest compares each SVG with test/snapshots/charts/<name>.svg and prints the difference. It writes a
// missing snapshot only outside CI (in CI, CI=true, a missing one fails), and never overwrites one
// unless asked: npx vitest run --project unit --update test/unit/charts/snapshots.test.ts accepts a change.
describe("chart snapshots", () => {
  for (const [name, build] of Object.entries(CHART_CASES)) {
    for (const { suffix, width } of VARIANTS) {
      it(`renderSvg(${name}${suffix}) matches test/snapshots/charts/${name}${suffix}.svg`, async () => {
        await expect(`${renderSvg(build(width), "chart")}\n`).toMatchFileSnapshot(
          resolve(SNAPSHOTS, `${name}${suffix}.svg`),
        );
      });
    }
  }

  it("test/snapshots/charts holds a snapshot for chart cases only, so none is left behind when a case goes", () => {
    const names = Object.keys(CHART_CASES).flatMap((name) => VARIANTS.map(({ suffix }) => `${name}${suffix}.svg`));
    expect(readdirSync(SNAPSHOTS).filter((file) => !names.includes(file))).toEqual([]);
  });
});

describe("chart layout", () => {
  for (const [name, build] of Object.entries(CHART_CASES)) {
    for (const { suffix, width } of VARIANTS) {
      it(`${name}${suffix} sets every label at 12px or more, inside the viewBox, overlapping no other label or marker`, () => {
        expect(layoutProblems(build(width))).toEqual([]);
      });
    }
    it(`${name} shows text of at least 12 CSS px in any container from 290 px (a 320 px screen) up`, () => {
      const variants = { wide: build(WIDE_WIDTH), narrow: build(NARROW_WIDTH) };
      for (const containerWidth of [290, 345, 440, 600, 679, 680, 900]) {
        expect(smallestShownTextPx(variants, containerWidth), `at ${containerWidth} px`).toBeGreaterThanOrEqual(12);
      }
    });
  }
});

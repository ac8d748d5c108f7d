import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { NARROW_WIDTH, renderSvg, smallestShownTextPx, WIDE_WIDTH } from "../../../src/charts/index.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { CHART_CASES } from "./cases.ts";
import { layoutProblems } from "./layout.ts";

const SNAPSHOTS = resolve(ROOT, "test/snapshots/charts");

/**
 * Compares the SVG with test/snapshots/charts/<name>.svg. A missing snapshot is written (except
 * in CI, where it fails); a different one is written beside it as <name>-changed.svg for a diff,
 * and the test fails. Snapshots are never regenerated automatically: delete one to accept a change.
 */
function expectSnapshot(name: string, svg: string): void {
  const expectedPath = resolve(SNAPSHOTS, `${name}.svg`);
  const changedPath = resolve(SNAPSHOTS, `${name}-changed.svg`);
  const actual = `${svg}\n`;
  if (!existsSync(expectedPath)) {
    if (process.env["CI"] === "true")
      throw new Error(`missing snapshot ${expectedPath}: run the tests locally and commit it`);
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(expectedPath, actual);
    return;
  }
  const expected = readFileSync(expectedPath, "utf8");
  if (expected === actual) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  expect.fail(`${name}.svg differs from its snapshot: compare it with ${name}-changed.svg`);
}

/** Every case twice: as the wide variant (named as it is) and as the narrow one (named with -narrow). */
const VARIANTS = [
  { suffix: "", width: WIDE_WIDTH },
  { suffix: "-narrow", width: NARROW_WIDTH },
] as const;

describe("chart snapshots", () => {
  for (const [name, build] of Object.entries(CHART_CASES)) {
    for (const { suffix, width } of VARIANTS) {
      it(`renderSvg(${name}${suffix}) matches test/snapshots/charts/${name}${suffix}.svg`, () => {
        expectSnapshot(`${name}${suffix}`, renderSvg(build(width), "chart"));
      });
    }
  }
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

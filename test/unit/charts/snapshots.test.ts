import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../src/charts/index.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { CHART_CASES } from "./cases.ts";
import { layoutProblems } from "./layout.ts";

const SNAPSHOTS = resolve(ROOT, "test/snapshots/charts");

// Vitest compares each SVG with test/snapshots/charts/<name>.svg and prints the difference. It writes a
// missing snapshot only outside CI (in CI, CI=true, a missing one fails), and never overwrites one
// unless asked: npx vitest run --project unit --update test/unit/charts/snapshots.test.ts accepts a change.
describe("chart snapshots", () => {
  for (const [name, build] of Object.entries(CHART_CASES)) {
    it(`renderSvg(${name}) matches test/snapshots/charts/${name}.svg`, async () => {
      await expect(`${renderSvg(build(), "chart")}\n`).toMatchFileSnapshot(resolve(SNAPSHOTS, `${name}.svg`));
    });
  }

  it("test/snapshots/charts holds a snapshot for chart cases only, so none is left behind when a case goes", () => {
    const names = Object.keys(CHART_CASES).map((name) => `${name}.svg`);
    expect(readdirSync(SNAPSHOTS).filter((file) => !names.includes(file))).toEqual([]);
  });
});

describe("chart layout", () => {
  for (const [name, build] of Object.entries(CHART_CASES)) {
    it(`${name} sets every label at 12px or more, inside the viewBox, overlapping no other label`, () => {
      expect(layoutProblems(build())).toEqual([]);
    });
  }
});

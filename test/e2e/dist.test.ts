import { describe, expect, it } from "vitest";
import { checkDist } from "../../scripts/check-dist.ts";
import { BASE_PATH, SITE, SITE_UNDER_BASE } from "./sites.ts";

describe("checkDist(dir, base)", () => {
  it("finds no invalid HTML, broken link or anchor, skipped heading or missing text alternative in the sample site", async () => {
    expect(await checkDist(SITE, "/")).toEqual([]);
  });

  it("finds no broken link when the site is served under a base path", async () => {
    expect(await checkDist(SITE_UNDER_BASE, BASE_PATH)).toEqual([]);
  });
});

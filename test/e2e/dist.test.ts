import { describe, expect, it } from "vitest";
import { checkDist } from "../../scripts/check-dist.ts";
import { BASE_PATH, SITE, SITE_UNDER_BASE } from "./sites.ts";

describe("checkDist(dir, base)", () => {
  it("finds no invalid HTML (html-validate and the Nu Html Checker), broken link or anchor, skipped heading or missing text alternative in the sample site", async () => {
    // Two checkers over every page: about 8 s on a quiet 2-core machine, more beside the other browser tests.
    expect(await checkDist(SITE, "/")).toEqual([]);
  }, 240_000);

  it("finds no broken link when the site is served under a base path", async () => {
    // The same pages as the site at the root but for their addresses: both HTML validators have just read them there.
    expect(await checkDist(SITE_UNDER_BASE, BASE_PATH, { html: false })).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { pageDates, robotsTxt } from "../../../../src/lib/open-data/sitemap.ts";
import { ROOT, sampleModel } from "./sample-model.ts";

describe("pageDates(model)", () => {
  it("dates every partnership with a public review and every review with a public page (withdrawn ones included)", () => {
    expect([...pageDates(sampleModel())].sort()).toEqual([
      ["partnerships/shared-legal/", "2025-10-10"],
      ["partnerships/shared-legal/reviews/2024-annual/", "2024-06-30"],
      ["partnerships/shared-legal/reviews/2025-annual/", "2025-07-15"],
      ["partnerships/shared-legal/reviews/2025-interim/", "2025-10-10"],
    ]);
  });
});

describe("robotsTxt(root)", () => {
  it("allows everything and gives the sitemap index's absolute address", () => {
    expect(robotsTxt(ROOT)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ROOT}sitemap-index.xml\n`);
  });
});

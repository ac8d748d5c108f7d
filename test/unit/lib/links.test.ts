import { describe, expect, it } from "vitest";
import { absoluteUrl, partnershipDataPath, partnershipFeedPath, siteRoot } from "../../../src/lib/links.ts";

describe("siteRoot(site, basePath)", () => {
  it("joins the origin and the base path, ending in /", () => {
    expect(siteRoot(new URL("https://reviews.example.gov.uk"), "/")).toBe("https://reviews.example.gov.uk/");
    expect(siteRoot("https://reviews.example.gov.uk/", "/partnership-reviews/")).toBe(
      "https://reviews.example.gov.uk/partnership-reviews/",
    );
    expect(siteRoot("https://reviews.example.gov.uk", "partnership-reviews")).toBe(
      "https://reviews.example.gov.uk/partnership-reviews/",
    );
  });

  it("refuses to guess when the site has no address", () => {
    expect(() => siteRoot(undefined, "/")).toThrow("the site's url is not set");
  });
});

describe("absoluteUrl(root, path)", () => {
  it("resolves a site-relative path under the base path, with or without a leading slash", () => {
    const root = "https://x.example/reviews/";
    expect([absoluteUrl(root, ""), absoluteUrl(root, "data/all.json"), absoluteUrl(root, "/feed.xml")]).toEqual([
      "https://x.example/reviews/",
      "https://x.example/reviews/data/all.json",
      "https://x.example/reviews/feed.xml",
    ]);
  });
});

describe("partnershipDataPath(slug) and partnershipFeedPath(slug)", () => {
  it("sit beside the partnership's page", () => {
    expect([partnershipDataPath("shared-legal"), partnershipFeedPath("shared-legal")]).toEqual([
      "partnerships/shared-legal/data.json",
      "partnerships/shared-legal/feed.xml",
    ]);
  });
});

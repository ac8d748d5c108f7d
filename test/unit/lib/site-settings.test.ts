import { describe, expect, it } from "vitest";
import { normaliseBasePath, resolveSiteLocation } from "../../../src/lib/site-settings.ts";

describe("normaliseBasePath(basePath)", () => {
  it.each([
    ["/", "/"],
    ["", "/"],
    ["  ", "/"],
    ["///", "/"],
    ["partnership-reviews", "/partnership-reviews/"],
    ["/partnership-reviews", "/partnership-reviews/"],
    ["partnership-reviews/", "/partnership-reviews/"],
    ["//partnership-reviews//", "/partnership-reviews/"],
    [" /council/reviews/ ", "/council/reviews/"],
  ])("normaliseBasePath(%j) is %j", (input, expected) => {
    expect(normaliseBasePath(input)).toBe(expected);
  });
});

describe("resolveSiteLocation(site, env)", () => {
  const site = { url: "https://reviews.example.gov.uk", basePath: "/reviews/" };

  it("resolveSiteLocation(site, env) uses site.json without overrides", () => {
    expect(resolveSiteLocation(site, {})).toEqual({ url: "https://reviews.example.gov.uk", basePath: "/reviews/" });
  });

  it("resolveSiteLocation(site, env) lets SITE_URL override url, without its trailing slashes", () => {
    expect(resolveSiteLocation(site, { SITE_URL: "https://staging.example.gov.uk//" })).toEqual({
      url: "https://staging.example.gov.uk",
      basePath: "/reviews/",
    });
  });

  it("resolveSiteLocation(site, env) lets BASE_PATH override basePath, normalised", () => {
    expect(resolveSiteLocation(site, { BASE_PATH: "partnership-reviews" })).toEqual({
      url: "https://reviews.example.gov.uk",
      basePath: "/partnership-reviews/",
    });
    expect(resolveSiteLocation(site, { BASE_PATH: "/" }).basePath).toBe("/");
  });

  it("resolveSiteLocation(site, env) strips a trailing slash from site.json's url", () => {
    expect(resolveSiteLocation({ url: "https://a.example/", basePath: "a" }, {})).toEqual({
      url: "https://a.example",
      basePath: "/a/",
    });
  });
});

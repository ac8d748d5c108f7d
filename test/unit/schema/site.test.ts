import { describe, expect, it } from "vitest";
import { siteSchema } from "../../../src/schema/site.ts";
import { issuesOf } from "../helpers/schema.ts";

const SITE = {
  title: "Partnership reviews",
  organisation: { name: "Exmoor Borough Council" },
  url: "https://reviews.example.gov.uk",
  licence: {
    name: "OGL v3.0",
    url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    attribution: "Contains public sector information.",
  },
  contact: { email: "reviews@example.gov.uk" },
  accessibility: { lastReviewed: "2026-01-15" },
};

describe("siteSchema", () => {
  it("siteSchema applies the defaults: basePath / and language en-GB", () => {
    const site = siteSchema.parse(SITE);
    expect(site.basePath).toBe("/");
    expect(site.language).toBe("en-GB");
    expect(site.contact.accessibilityEmail).toBeUndefined();
  });

  it("siteSchema requires title, organisation, url, licence, contact and accessibility", () => {
    expect(issuesOf(siteSchema, {})).toEqual([
      "title: Invalid input: expected string, received undefined",
      "organisation: Invalid input: expected object, received undefined",
      "url: must be a full web address starting with https://",
      "licence: Invalid input: expected object, received undefined",
      "contact: Invalid input: expected object, received undefined",
      "accessibility: Invalid input: expected object, received undefined",
    ]);
  });

  it.each([
    ["/", []],
    ["/partnership-reviews/", []],
    ["/council/reviews/", []],
    ["partnership-reviews", ['basePath: must start and end with "/", such as /partnership-reviews/']],
    ["/partnership-reviews", ['basePath: must start and end with "/", such as /partnership-reviews/']],
  ])("siteSchema checks basePath %j", (basePath, expected) => {
    expect(issuesOf(siteSchema, { ...SITE, basePath })).toEqual(expected);
  });

  it.each([
    ["cy-GB", []],
    ["en", []],
    ["english", ["language: must be a BCP 47 language tag, such as en-GB or cy-GB"]],
  ])("siteSchema checks language %j", (language, expected) => {
    expect(issuesOf(siteSchema, { ...SITE, language })).toEqual(expected);
  });

  it("siteSchema checks the theme colour is #rrggbb", () => {
    expect(issuesOf(siteSchema, { ...SITE, theme: { colour: "#1d4f91" } })).toEqual([]);
    expect(issuesOf(siteSchema, { ...SITE, theme: { colour: "navy" } })).toEqual([
      "theme.colour: must be a colour written as #rrggbb, such as #1d4f91",
    ]);
  });

  it("siteSchema checks the accessibility date and the emails", () => {
    expect(
      issuesOf(siteSchema, {
        ...SITE,
        contact: { email: "reviews@example.gov.uk", accessibilityEmail: "access" },
        accessibility: { lastReviewed: "2026-02-30" },
      }),
    ).toEqual([
      "contact.accessibilityEmail: must be an email address, such as reviews@example.gov.uk",
      "accessibility.lastReviewed: 2026-02-30 is not a real calendar date",
    ]);
  });
});

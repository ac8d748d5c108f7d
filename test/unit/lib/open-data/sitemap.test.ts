import { describe, expect, it } from "vitest";
import { pagePath, publicPages, robotsTxt, sitemapXml } from "../../../../src/lib/open-data/sitemap.ts";
import { ROOT, sampleModel } from "./sample-model.ts";

describe("pagePath(file, params)", () => {
  it("turns a static page file into its site path", () => {
    expect(
      ["./index.astro", "./methodology.astro", "./partnerships/index.astro", "./data/index.astro", "./a/b.md"].map(
        (file) => pagePath(file),
      ),
    ).toEqual(["", "methodology/", "partnerships/", "data/", "a/b/"]);
  });

  it("fills in a dynamic route's parameters, a rest parameter included", () => {
    expect(pagePath("./partnerships/[slug]/reviews/[review]/index.astro", { slug: "legal", review: "2024" })).toBe(
      "partnerships/legal/reviews/2024/",
    );
    expect(pagePath("./compare/[factor].astro", { factor: "delivery" })).toBe("compare/delivery/");
    expect(pagePath("./docs/[...path].astro", { path: "a/b" })).toBe("docs/a/b/");
    expect(pagePath("./docs/[...path].astro", { path: undefined })).toBe("docs/");
  });

  it("leaves out the error pages, files Astro ignores and a route missing a parameter", () => {
    expect(
      ["./404.astro", "./500.astro", "./_draft.astro", "./_parts/x.astro", "./partnerships/[slug]/index.astro"].map(
        (file) => pagePath(file),
      ),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("publicPages(model, staticPaths)", () => {
  it("lists the pages given, every partnership and every review with a public page (withdrawn ones included), once each, by path", () => {
    expect(publicPages(sampleModel(), ["", "partnerships/", "data/", "data/", "partnerships/shared-legal/"])).toEqual([
      { path: "" },
      { path: "data/" },
      { path: "partnerships/" },
      { path: "partnerships/community-safety/" },
      { path: "partnerships/shared-legal/", lastmod: "2025-10-10" },
      { path: "partnerships/shared-legal/reviews/2024-annual/", lastmod: "2024-06-30" },
      { path: "partnerships/shared-legal/reviews/2025-annual/", lastmod: "2025-07-15" },
      { path: "partnerships/shared-legal/reviews/2025-interim/", lastmod: "2025-10-10" },
    ]);
  });
});

describe("sitemapXml(pages, root)", () => {
  it("writes absolute addresses under the base path", () => {
    expect(sitemapXml([{ path: "" }, { path: "partnerships/a&b/", lastmod: "2025-01-02" }], ROOT)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        `  <url><loc>${ROOT}</loc></url>`,
        `  <url><loc>${ROOT}partnerships/a&amp;b/</loc><lastmod>2025-01-02</lastmod></url>`,
        "</urlset>",
        "",
      ].join("\n"),
    );
  });
});

describe("robotsTxt(root)", () => {
  it("allows everything and gives the sitemap's absolute address", () => {
    expect(robotsTxt(ROOT)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ROOT}sitemap.xml\n`);
  });
});

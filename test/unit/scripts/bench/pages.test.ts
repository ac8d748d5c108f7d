import { describe, expect, it } from "vitest";
import { pageResources, pageType, sitePath, staticImports } from "../../../../scripts/bench/pages.ts";

describe("pageType(path)", () => {
  it("pageType(path) tells each kind of page from its path", () => {
    expect(
      [
        "index.html",
        "partnerships/index.html",
        "partnerships/shared-legal/index.html",
        "partnerships/shared-legal/reviews/2024-annual/index.html",
        "compare/index.html",
        "compare/strategy/index.html",
        "404.html",
      ].map(pageType),
    ).toEqual(["home", "register", "partnership", "review", "compare", "compare-factor", "other"]);
  });
});

describe("pageResources(html)", () => {
  it("pageResources(html) lists script files, module preloads, inline code and stylesheets, leaving out JSON and icons", () => {
    const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/site.css"><link rel="modulepreload" href="/_astro/chunk.js">
<link rel="icon" href="/favicon.svg"><link rel="preload stylesheet" href='/_astro/print.css'>
<script type="module" src="/_astro/search.js"></script>
<script type="application/ld+json">{"@type":"Dataset"}</script>
</head><body><script type="module">import "./x.js"; if (a < b) go();</script><script> </script></body></html>`;
    expect(pageResources(html)).toEqual({
      scripts: ["/_astro/search.js", "/_astro/chunk.js"],
      inlineScripts: ['import "./x.js"; if (a < b) go();'],
      styles: ["/_astro/site.css", "/_astro/print.css"],
    });
  });

  it("pageResources(html) finds nothing on a page without scripts or stylesheets", () => {
    expect(pageResources("<p>Text</p>")).toEqual({ scripts: [], inlineScripts: [], styles: [] });
  });
});

describe("staticImports(code)", () => {
  it("staticImports(code) lists static imports and re-exports, not dynamic imports", () => {
    const code = `import{a as b}from"./a.js";import "./side.js";export*from"/_astro/c.js";const d=import("./lazy.js");`;
    expect(staticImports(code)).toEqual(["./a.js", "./side.js", "/_astro/c.js"]);
  });
});

describe("sitePath(url, fromPage)", () => {
  it("sitePath(url, fromPage) resolves root-relative and relative URLs inside the site, dropping query and hash", () => {
    expect(sitePath("/_astro/a.js?v=1", "compare/index.html")).toBe("_astro/a.js");
    expect(sitePath("../_astro/b.js#x", "compare/index.html")).toBe("_astro/b.js");
    expect(sitePath("./c.js", "_astro/a.js")).toBe("_astro/c.js");
  });

  it("sitePath(url, fromPage) is undefined for another site", () => {
    expect(sitePath("https://example.org/a.js", "index.html")).toBeUndefined();
    expect(sitePath("//cdn.example.org/a.js", "index.html")).toBeUndefined();
  });
});

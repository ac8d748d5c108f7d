import { describe, expect, it } from "vitest";
import { partOf } from "../../../../scripts/bench/search-transfer.ts";

describe("partOf(pathname)", () => {
  it("partOf(pathname) names each part of Pagefind's bundle, and the page's own files as the page", () => {
    expect(
      [
        "/pagefind/index/en_1a2b.pf_index",
        "/base/pagefind/fragment/en_3c.pf_fragment",
        "/pagefind/filter/en_4d.pf_filter",
        "/pagefind/pagefind.en_ffa87b31ab.pf_meta",
        "/pagefind/wasm.en.pagefind",
        "/pagefind/pagefind.js",
        "/pagefind/pagefind-worker.js",
        "/search/",
        "/_astro/search.js",
      ].map(partOf),
    ).toEqual([
      "index chunks",
      "result fragments",
      "filters",
      "page list",
      "WebAssembly",
      "Pagefind's scripts",
      "Pagefind's scripts",
      "page",
      "page",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { fetchedForFirstResults, partOf } from "../../../../scripts/bench/search-transfer.ts";

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

describe("fetchedForFirstResults(fetched, shownAt)", () => {
  it("fetchedForFirstResults(fetched, shownAt) counts what was asked for by the time the first result showed", () => {
    const shownAt = 1_795_737_600_500;
    expect(
      fetchedForFirstResults(
        [
          { pathname: "/search/", requestedAt: shownAt - 400, bytes: 3000 },
          { pathname: "/pagefind/pagefind.js", requestedAt: shownAt - 300, bytes: 13_000 },
          { pathname: "/pagefind/index/en_1a2b.pf_index", requestedAt: shownAt - 200, bytes: 150_000 },
          { pathname: "/pagefind/fragment/en_3c.pf_fragment", requestedAt: shownAt - 100, bytes: 2500 },
          { pathname: "/pagefind/fragment/en_4d.pf_fragment", requestedAt: shownAt, bytes: 2700 },
          // The filters' counts, asked for once the results show.
          { pathname: "/pagefind/filter/en_5e.pf_filter", requestedAt: shownAt + 16, bytes: 10_000 },
          { pathname: "/pagefind/filter/en_6f.pf_filter", requestedAt: shownAt + 17, bytes: 18_000 },
        ],
        shownAt,
      ),
    ).toEqual({
      searchBytes: 168_200,
      pageBytes: 3000,
      requests: 5,
      parts: {
        page: 3000,
        "Pagefind's scripts": 13_000,
        "index chunks": 150_000,
        "result fragments": 5200,
      },
    });
  });
});

import { describe, expect, it } from "vitest";
import { astroEnvironment } from "../../../scripts/build.ts";

describe("astroEnvironment(env)", () => {
  it("astroEnvironment(env) keeps the caller's variables, leaves the index to npm run build and sets mimalloc's purge delay to 1 s", () => {
    expect(astroEnvironment({ CONTENT_DIR: "/content", SOURCE_DATE_EPOCH: "1795737600" })).toEqual({
      CONTENT_DIR: "/content",
      SOURCE_DATE_EPOCH: "1795737600",
      PARTNERSHIP_REVIEWS_INDEX_AFTER_ASTRO: "1",
      MIMALLOC_PURGE_DELAY: "1000",
    });
  });

  it("astroEnvironment(env) keeps a purge delay the caller chose", () => {
    expect(astroEnvironment({ MIMALLOC_PURGE_DELAY: "10" })).toEqual({
      PARTNERSHIP_REVIEWS_INDEX_AFTER_ASTRO: "1",
      MIMALLOC_PURGE_DELAY: "10",
    });
  });
});

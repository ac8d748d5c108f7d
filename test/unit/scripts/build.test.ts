import { describe, expect, it } from "vitest";
import { astroEnvironment } from "../../../scripts/build.ts";

describe("astroEnvironment(env, compileCache)", () => {
  it("astroEnvironment(env, undefined) keeps the caller's variables, leaves the index to npm run build and sets mimalloc's purge delay to 1 s", () => {
    expect(astroEnvironment({ CONTENT_DIR: "/content", SOURCE_DATE_EPOCH: "1795737600" }, undefined)).toEqual({
      CONTENT_DIR: "/content",
      SOURCE_DATE_EPOCH: "1795737600",
      PARTNERSHIP_REVIEWS_INDEX_AFTER_ASTRO: "1",
      MIMALLOC_PURGE_DELAY: "1000",
    });
  });

  it("astroEnvironment(env, undefined) keeps a purge delay the caller chose", () => {
    expect(astroEnvironment({ MIMALLOC_PURGE_DELAY: "10" }, undefined)).toEqual({
      PARTNERSHIP_REVIEWS_INDEX_AFTER_ASTRO: "1",
      MIMALLOC_PURGE_DELAY: "10",
    });
  });

  it("astroEnvironment(env, folder) gives Astro's process this process's compile cache from its start", () => {
    expect(astroEnvironment({ CONTENT_DIR: "/content" }, "/tmp/node-compile-cache")).toEqual({
      CONTENT_DIR: "/content",
      PARTNERSHIP_REVIEWS_INDEX_AFTER_ASTRO: "1",
      MIMALLOC_PURGE_DELAY: "1000",
      NODE_COMPILE_CACHE: "/tmp/node-compile-cache",
    });
  });

  it("astroEnvironment(env, folder) keeps a NODE_COMPILE_CACHE the caller chose", () => {
    expect(astroEnvironment({ NODE_COMPILE_CACHE: "/srv/cache" }, "/tmp/node-compile-cache")).toEqual({
      NODE_COMPILE_CACHE: "/srv/cache",
      PARTNERSHIP_REVIEWS_INDEX_AFTER_ASTRO: "1",
      MIMALLOC_PURGE_DELAY: "1000",
    });
  });
});

import { describe, expect, it } from "vitest";
import { resolveContentDir } from "../../../src/loaders/content-dir.ts";

describe("resolveContentDir(explicit, env, cwd)", () => {
  it("resolveContentDir takes the folder given, against cwd, before CONTENT_DIR", () => {
    expect(resolveContentDir("site", { CONTENT_DIR: "/srv/other" }, "/home/council")).toBe("/home/council/site");
  });

  it("resolveContentDir takes CONTENT_DIR when no folder is given", () => {
    expect(resolveContentDir(undefined, { CONTENT_DIR: "/srv/content" }, "/home/council")).toBe("/srv/content");
  });

  it("resolveContentDir falls back to ./content", () => {
    expect(resolveContentDir(undefined, {}, "/home/council")).toBe("/home/council/content");
  });
});

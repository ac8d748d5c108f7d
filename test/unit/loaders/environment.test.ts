import { afterEach, describe, expect, it, vi } from "vitest";
import { processNow, resolveContentDir } from "../../../src/loaders/environment.ts";

afterEach(() => {
  vi.unstubAllEnvs();
});

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

describe("processNow()", () => {
  it("processNow() is SOURCE_DATE_EPOCH when it is set", () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", "1795737600");
    expect(processNow().toISOString()).toBe("2026-11-27T00:00:00.000Z");
  });

  it("processNow() refuses milliseconds with the message alone, no stack trace", () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", "1795737600000");
    let thrown: unknown;
    try {
      processNow();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    expect((thrown as Error).message).toBe(
      "SOURCE_DATE_EPOCH 1795737600000 is not a time between 2000 and 2100 in seconds: it looks like milliseconds: use 1795737600",
    );
    expect((thrown as Error).stack).toBe("");
  });
});

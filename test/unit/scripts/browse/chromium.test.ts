import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { PLAYWRIGHT_DISABLED_FEATURES } from "../../../../scripts/browse/chromium.ts";

describe("launchChromium(env)", () => {
  it("repeats in its --disable-features exactly the features playwright-core disables in its own", () => {
    // launchChromium drops playwright-core's switch by its exact text and passes one of its own in its place; were
    // playwright-core's list to change, its switch would stay beside ours and Chromium would read only the last.
    const bundle = readFileSync(createRequire(import.meta.url).resolve("playwright-core/lib/coreBundle"), "utf8");
    const list = /\bdisabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
    expect(list, "playwright-core's disabledFeatures list").toBeDefined();
    const names = [...(list ?? "").replace(/\/\/.*$/gm, "").matchAll(/"([^"]+)"/g)].map((match) => match[1]);
    expect(names).toEqual(PLAYWRIGHT_DISABLED_FEATURES);
  });
});

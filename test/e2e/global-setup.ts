import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { buildSite, OUTPUT, ROOT } from "../support/built-site.ts";
import { extendedLeaksSite } from "../support/leaks-site.ts";

/**
 * Builds the sample site twice, at the root and under a base path, once for every end-to-end test; and the extended
 * leaks site, which publishing-safety.test.ts and open-data.test.ts both read, so that it is built once whichever
 * workers run them.
 */
export default function setup(): void {
  rmSync(OUTPUT, { recursive: true, force: true });
  const started = performance.now();
  buildSite("site", resolve(ROOT, "content"));
  buildSite("site-base", resolve(ROOT, "content"), { BASE_PATH: "/partnership-reviews/" });
  extendedLeaksSite();
  process.stdout.write(
    `Built the sample site twice and the extended leaks site in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

// What a federation reads of a member's site is exactly what its build published: scripts/generate/published-data.ts,
// which the benchmark federation's generator and the example's tests use in place of a build, makes in process the
// same bytes of data/all.json, data/datapackage.json and data/all.schema.json as the sample site the global setup
// built at the root.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLISHED_DATA_FILES, publishedData } from "../../scripts/generate/published-data.ts";
import { readContentFolder } from "../../src/loaders/content-folder.ts";
import { ROOT } from "../support/built-site.ts";
import { SITE } from "./sites.ts";

describe("publishedData(files, today) against a build", () => {
  it("publishedData(files, today) gives the sample's built data files byte for byte", async () => {
    const { files } = await readContentFolder(resolve(ROOT, "content"));
    // The builds' SOURCE_DATE_EPOCH (1795737600, test/support/built-site.ts) as a day.
    const made = publishedData(files, "2026-11-27");
    expect(made.map((file) => file.path)).toEqual([...PUBLISHED_DATA_FILES]);
    for (const file of made) {
      const built = readFileSync(join(SITE, file.path), "utf8");
      expect(built === file.text, `${file.path} differs from the build's`).toBe(true);
    }
  });
});

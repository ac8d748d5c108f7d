// Every finding stated once, on generated sites built for real: five seeds in each of two frameworks, with spreads on
// the agreement band edges and moves on changeThreshold (npm run generate -- --edges), each built with the project's
// build command and read back from every surface as test/e2e/consistency.test.ts reads the sample. Ten builds take
// minutes, more than npm test may grow by, so this is a project of its own that npm test leaves out:
//   npm run test:generated
// npm test holds generated sites to the layer in process instead (test/unit/components/consistency.test.ts).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FRAMEWORK_KINDS, generateSyntheticContent } from "../../scripts/generate/synthetic-content.ts";
import { buildSiteModel } from "../../src/lib/site-model.ts";
import { validateFolder } from "../../src/loaders/content-folder.ts";
import { buildSite, OUTPUT } from "../support/built-site.ts";
import { layerStatements } from "../support/consistency/layer.ts";
import { checkStatements, describeMismatches, LAYER, S, subjectsOf } from "../support/consistency/statements.ts";
import { siteStatements, SURFACES } from "../support/consistency/surfaces.ts";

const SEEDS = [1, 2, 3, 4, 5];

describe("built generated sites state every finding once", () => {
  for (const framework of FRAMEWORK_KINDS) {
    for (const seed of SEEDS) {
      it(`${framework} framework, seed ${seed}: every surface agrees with the findings layer`, async () => {
        const { files, summary } = generateSyntheticContent({
          partnerships: 6,
          reviews: 3,
          seed,
          framework,
          edges: true,
        });
        const name = `consistency-${framework}-${seed}`;
        const contentDir = resolve(OUTPUT, "content", name);
        rmSync(contentDir, { recursive: true, force: true });
        for (const file of files) {
          mkdirSync(dirname(join(contentDir, file.path)), { recursive: true });
          writeFileSync(join(contentDir, file.path), file.text);
        }
        const site = buildSite(name, contentDir, { SOURCE_DATE_EPOCH: String(summary.sourceDateEpoch) });
        const { content } = await validateFolder(contentDir, summary.now);
        if (content === undefined) throw new Error("the generated content must be valid");
        const model = buildSiteModel(content, summary.now);
        const layer = layerStatements(model);
        const surfaces = siteStatements(
          (path) => (existsSync(join(site, path)) ? readFileSync(join(site, path), "utf8") : undefined),
          model,
        );
        expect(describeMismatches(checkStatements([...layer, ...surfaces]))).toEqual([]);
        // Every surface that has something to say was read; the pack and the home page's list only when a
        // partnership needs attention, indicators.csv only when a published review has indicators, resolutions.csv
        // only when a committee meeting resolved something (generated content has neither).
        const read = new Set(surfaces.map((item) => item.surface));
        const silent = new Set([
          ...(model.attention.needsAttention.length > 0 ? [] : ["committee pack", "committee pack summary"]),
          ...(model.reviews.some((review) => review.published && review.indicators.length > 0)
            ? []
            : ["indicators.csv"]),
          ...(model.resolutions.length > 0 ? [] : ["resolutions.csv"]),
        ]);
        expect(SURFACES.filter((surface) => !read.has(surface))).toEqual(
          SURFACES.filter((surface) => silent.has(surface)),
        );
        expect(subjectsOf(surfaces, "review page", S.consensus)).toEqual(subjectsOf(layer, LAYER, S.consensus));
      });
    }
  }
});

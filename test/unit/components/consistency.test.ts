// Every finding stated once, on generated sites: five seeds in each of two frameworks (the default six levels, and
// four levels with thresholds of their own), with spreads exactly on the agreement band edges and moves exactly on
// changeThreshold. Each site's surfaces are made in process by the code the build's routes run (the CSV and JSON
// downloads, the committee pack through Astro's container, and the review page's factor tables drawn by its own
// components with the props the page passes), then read back and held to the findings layer, as
// test/e2e/consistency.test.ts does for the built sample site.
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import FactorTable from "../../../src/components/FactorTable.astro";
import RatingsTable from "../../../src/components/RatingsTable.astro";
import ChartFigure from "../../../src/components/charts/ChartFigure.astro";
import { spectrumChartInput } from "../../../src/lib/chart-inputs/spectrum-text.ts";
import { renderPack } from "../../../src/components/pack/render-pack.ts";
import { allDownload, csvDatasets, jsonFile, toCsv } from "../../../src/lib/open-data/index.ts";
import { sitePack } from "../../../src/lib/pack/site-pack.ts";
import { buildSiteModel, type SiteModel } from "../../../src/lib/site-model.ts";
import { validateSources } from "../../../src/lib/validation.ts";
import { FRAMEWORK_KINDS, generateSyntheticContent } from "../../../scripts/generate/synthetic-content.ts";
import { layerStatements } from "../../support/consistency/layer.ts";
import { checkStatements, describeMismatches, LAYER, S, subjectsOf } from "../../support/consistency/statements.ts";
import { siteStatements } from "../../support/consistency/surfaces.ts";

const container = await AstroContainer.create();
const ROOT = "https://partnerships.example.gov.uk/";
const SEEDS = [1, 2, 3, 4, 5];

/** Returns the files the build would publish for these surfaces, made by the routes' own code, by path. */
async function publishedFiles(model: SiteModel): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const dataset of csvDatasets(model.framework)) {
    files.set(
      `data/${dataset.name}.csv`,
      toCsv(
        dataset.columns.map((column) => column.name),
        dataset.records(model, ROOT),
      ),
    );
  }
  files.set("data/all.json", jsonFile(allDownload(model, ROOT)));
  files.set("committee-pack.html", await renderPack(sitePack(model, ROOT)));
  for (const partnership of model.partnerships) {
    for (const review of partnership.reviews) {
      // The review page's three factor tables, with the props src/pages/…/[review]/index.astro passes.
      const { framework } = model;
      const html = [
        await container.renderToString(ChartFigure, {
          props: {
            spec: {
              kind: "spectrum",
              input: spectrumChartInput(
                framework,
                review.findings,
                partnership.data.targetLevel,
                `Where each stakeholder group places ${partnership.data.name}, factor by factor`,
              ),
            },
            id: "spectrum",
          },
        }),
        await container.renderToString(FactorTable, {
          props: {
            findings: review.findings,
            judgements: review.factorJudgements,
            caption: "Consensus, agreement and the reviewer's judgement, by factor",
            captionSize: "s",
          },
        }),
        await container.renderToString(RatingsTable, {
          props: { framework, findings: review.findings, caption: "Each stakeholder group's level by factor" },
        }),
      ].join("");
      files.set(`partnerships/${partnership.slug}/reviews/${review.id}/index.html`, html);
    }
  }
  return files;
}

describe("generated sites state every finding once", () => {
  for (const framework of FRAMEWORK_KINDS) {
    for (const seed of SEEDS) {
      it(`${framework} framework, seed ${seed}: every surface agrees with the findings layer, edges included`, async () => {
        const { files, summary } = generateSyntheticContent({
          partnerships: 5,
          reviews: 3,
          seed,
          framework,
          edges: true,
        });
        const { content } = validateSources(files);
        if (content === undefined) throw new Error("the generated content must be valid");
        const model = buildSiteModel(content, summary.now);
        const published = await publishedFiles(model);
        const layer = layerStatements(model);
        const surfaces = siteStatements((path) => published.get(path), model);
        expect(describeMismatches(checkStatements([...layer, ...surfaces]))).toEqual([]);

        // Every surface was read, about every factor, partnership and recommendation it states.
        const read = (surface: string, statement: string) => subjectsOf(surfaces, surface, statement);
        const factors = subjectsOf(layer, LAYER, S.consensus);
        expect(read("review page", S.consensus)).toEqual(factors);
        expect(read("review page", S.findings)).toEqual(factors);
        expect(read("all.json", S.agreementBand).length).toBeGreaterThan(0);
        expect(read("factors.csv", S.agreementBand)).toEqual(read("all.json", S.agreementBand));
        const slugs = model.partnerships.map((partnership) => partnership.slug).sort();
        expect(read("partnerships.csv", S.needsAttention)).toEqual(slugs);
        expect(read("all.json", S.councilCost)).toEqual(slugs);
        expect(read("partnerships.csv", S.councilCost)).toEqual(slugs);
        expect(read("recommendations.csv", S.status)).toEqual(
          model.recommendations.map((item) => item.recommendation.id).sort(),
        );
        const needing = model.attention.needsAttention.map((partnership) => partnership.slug).sort();
        expect(read("committee pack", S.needsAttention)).toEqual(needing);

        // The edges were there to be read: spreads exactly on agreeBelow and gapThreshold, a move exactly on
        // changeThreshold (counted) and one a tenth below it (not counted).
        const { agreeBelow, gapThreshold } = model.framework.triangulation;
        const { changeThreshold } = model.framework.thresholds;
        const said = (statement: string, value: string) =>
          layer.filter((item) => item.statement === statement && item.value === value).map((item) => item.subject);
        const bands = new Map(
          layer.filter((item) => item.statement === S.agreementBand).map((item) => [item.subject, item.value]),
        );
        expect(new Set(said(S.spreadNumber, String(agreeBelow)).map((subject) => bands.get(subject)))).toEqual(
          new Set(["differ"]),
        );
        expect(new Set(said(S.spreadNumber, String(gapThreshold)).map((subject) => bands.get(subject)))).toEqual(
          new Set(["gap"]),
        );
        const moves = model.partnerships.flatMap((partnership) =>
          partnership.changes === undefined ? [] : [...partnership.changes.moved, ...partnership.changes.unchanged],
        );
        expect(moves.some((move) => Math.abs(move.change ?? 0) === changeThreshold && move.counted)).toBe(true);
        expect(
          moves.every(
            (move) => Math.abs(move.change ?? 0) < changeThreshold === !move.counted || move.change === undefined,
          ),
        ).toBe(true);
      });
    }
  }
});

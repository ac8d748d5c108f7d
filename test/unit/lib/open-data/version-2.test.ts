// A version 2 content folder builds unchanged under content model version 3: the open data of the version 2 sample
// content (test/fixtures/version-2-sample) carries, in every column and field version 2 had, exactly the values the
// last build before version 3 wrote (test/fixtures/golden/version-2, built by commit 106eca4; see its README), except
// for the changes listed in CHANGES below, each a version 3 rule that corrects or adds to a reading. Columns, fields,
// files and thresholds that version 3 adds are new and have nothing to keep. The files are made in process by the code
// the build's routes run (the same bytes, checked once against a full build of this folder).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { validateFolder } from "../../../../src/loaders/content-folder.ts";
import {
  allDownload,
  csvDatasets,
  dataPackage,
  frameworkDownload,
  jsonFile,
  toCsv,
} from "../../../../src/lib/open-data/index.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";

const ROOT_DIR = resolve(import.meta.dirname, "../../../..");
const FIXTURE = resolve(ROOT_DIR, "test/fixtures/version-2-sample/content");
const GOLDEN = resolve(ROOT_DIR, "test/fixtures/golden/version-2");
/** The day the golden files were built on (SOURCE_DATE_EPOCH=1795737600), and the address they were built for. */
const BUILT_ON = "2026-11-27";
const SITE_ROOT = "https://partnerships.kestrelford.example.gov.uk/";

/**
 * Every intended change to a value version 2 published, with why. Anything else that differs fails the test.
 *
 * - Needs-attention reasons: version 3 adds reasons that a version 2 folder can already have, as they judge fields
 *   version 2 had (content model, "Needs attention, added reasons"): an assurance opinion without a basis
 *   (`assurance-basis`; version 2 had no `assuranceBasis`), a recommendation with no management response
 *   (`no-response`), a decision point within the renewal window without an agreed exit plan (`no-exit-plan`; version 2
 *   had no `exitPlan`), and the next review due after the decision point (`review-after-decision`). In
 *   partnerships.csv (`needs_attention`, `needs_attention_codes`) and all.json (`needsAttention`,
 *   `needsAttentionCodes`) each partnership keeps every version 2 reason, in its order and words, and gains only
 *   these, listed below by hand.
 * - all.json `spread`: version 2 gave a spread of 0 for a factor with a single published view, while the pages and
 *   factors.csv gave none; the findings layer has no spread below two views, and all.json now leaves it out there.
 * - datapackage.json descriptions: `annual_value` now says it is the whole partnership's value, all partners
 *   together (version 3 adds `councilAnnualCost` beside it); `break_clause_date` says which break clause it gives
 *   (version 3 allows several); `needs_attention_codes` lists the codes version 3 adds. Names, types and constraints
 *   are unchanged.
 */
const ADDED_REASONS: Record<string, string[]> = {
  // Break clause 31 March 2027, within 12 months, no exit plan; next review due 10 April 2027; opinion, no basis.
  "building-control": ["no-exit-plan", "review-after-decision", "assurance-basis"],
  "climate-compact": ["no-response", "assurance-basis"],
  "community-safety": ["assurance-basis"],
  "health-wellbeing-board": ["no-response"],
  "kestrel-waste": ["no-response", "assurance-basis"],
  "leisure-trust": ["no-response", "assurance-basis"],
  "revenues-benefits": ["no-exit-plan", "review-after-decision", "assurance-basis"],
  "shared-management": ["no-response"],
  "vcs-partnership": ["no-response"],
};
/** The version 3 reason codes: the only codes a version 2 partnership may gain. */
const VERSION_3_REASONS = new Set([
  "no-target",
  "performance-gap",
  "no-exit-plan",
  "review-after-decision",
  "no-response",
  "assurance-basis",
  "resolution-overdue",
]);
/** The datapackage.json field descriptions version 3 rewords, by resource and field. */
const REWORDED = ["partnerships.annual_value", "partnerships.break_clause_date", "partnerships.needs_attention_codes"];

/** Returns a CSV file's rows as objects keyed by column name, in order. */
function rows(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}

function golden(file: string): string {
  return readFileSync(resolve(GOLDEN, file), "utf8");
}

/** Returns a "; "-separated list as items, none for an empty cell. */
function items(text: string | undefined): string[] {
  return text === undefined || text === "" ? [] : text.split("; ");
}

/** A partnership's reasons as version 2 would give them: without those version 3 added, and the codes it added. */
function withoutAdded(words: readonly string[], codes: readonly string[]) {
  const kept = codes.flatMap((code, index) => (VERSION_3_REASONS.has(code) ? [] : [index]));
  return {
    words: kept.map((index) => words[index] ?? ""),
    codes: kept.map((index) => codes[index] ?? ""),
    added: codes.filter((code) => VERSION_3_REASONS.has(code)),
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * Returns every place where `after` differs from `before` in a value `before` has, by path ("partnerships[2].slug");
 * fields only `after` has are new and not reported.
 */
function jsonDifferences(before: Json, after: Json | undefined, path = ""): string[] {
  if (Array.isArray(before)) {
    if (!Array.isArray(after)) return [`${path}: no longer a list`];
    if (after.length !== before.length) return [`${path}: ${before.length} items became ${after.length}`];
    return before.flatMap((item, index) => jsonDifferences(item, after[index], `${path}[${index}]`));
  }
  if (before !== null && typeof before === "object") {
    if (after === null || after === undefined || typeof after !== "object" || Array.isArray(after)) {
      return [`${path}: no longer an object`];
    }
    return Object.entries(before).flatMap(([key, value]) =>
      key in after ? jsonDifferences(value, after[key], `${path}.${key}`) : [`${path}.${key}: left out`],
    );
  }
  return before === after ? [] : [`${path}: ${JSON.stringify(before)} became ${JSON.stringify(after)}`];
}

describe("a version 2 content folder under content model version 3", async () => {
  const { content, problems } = await validateFolder(FIXTURE, BUILT_ON);
  if (content === undefined) throw new Error(problems.map((problem) => problem.message).join("\n"));
  const model = buildSiteModel(content, BUILT_ON);
  const datasets = csvDatasets(model.framework);
  const versionTwoFiles = [
    "partnerships.csv",
    "reviews.csv",
    "ratings.csv",
    "factors.csv",
    "recommendations.csv",
    "risks.csv",
    "costs-benefits.csv",
    "good-practice.csv",
  ];

  it("validates without an error", () => {
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("publishes every CSV file version 2 did, and adds only indicators.csv and resolutions.csv", () => {
    const files = datasets.map((dataset) => dataset.file);
    expect(versionTwoFiles.filter((file) => !files.includes(file))).toEqual([]);
    expect(files.filter((file) => !versionTwoFiles.includes(file))).toEqual(["indicators.csv", "resolutions.csv"]);
  });

  it.each(versionTwoFiles)("%s keeps every version 2 column, in order, and its value in every row", (file) => {
    const dataset = datasets.find((item) => item.file === file);
    if (dataset === undefined) throw new Error(`no dataset writes ${file}`);
    const before = rows(golden(file));
    const after = rows(
      toCsv(
        dataset.columns.map((column) => column.name),
        dataset.records(model, SITE_ROOT),
      ),
    );
    expect(before.length).toBeGreaterThan(0);
    const versionTwoColumns = Object.keys(before[0] ?? {});
    expect(Object.keys(after[0] ?? {}).filter((column) => versionTwoColumns.includes(column))).toEqual(
      versionTwoColumns,
    );
    const added: Record<string, string[]> = {};
    const kept = after.map((row) => {
      const old = Object.fromEntries(versionTwoColumns.map((column) => [column, row[column]]));
      if (file !== "partnerships.csv") return old;
      // The one allowed change: the reasons version 3 adds, taken out here and checked against ADDED_REASONS.
      const reasons = withoutAdded(items(row.needs_attention), items(row.needs_attention_codes));
      if (reasons.added.length > 0) added[row.partnership_slug ?? ""] = reasons.added;
      return { ...old, needs_attention: reasons.words.join("; "), needs_attention_codes: reasons.codes.join("; ") };
    });
    expect(kept).toEqual(before);
    expect(added).toEqual(file === "partnerships.csv" ? ADDED_REASONS : {});
  });

  it("all.json keeps every version 2 field and its value, but for version 3's reasons and a lone view's spread", () => {
    const before = JSON.parse(golden("all.json")) as { partnerships: JsonObject[] };
    const after = JSON.parse(jsonFile(allDownload(model, SITE_ROOT))) as { partnerships: JsonObject[] };
    const added: Record<string, string[]> = {};
    for (const partnership of after.partnerships) {
      const reasons = withoutAdded(
        (partnership.needsAttention ?? []) as string[],
        (partnership.needsAttentionCodes ?? []) as string[],
      );
      if (reasons.added.length > 0) added[String(partnership.slug)] = reasons.added;
      partnership.needsAttention = reasons.words;
      partnership.needsAttentionCodes = reasons.codes;
    }
    expect(added).toEqual(ADDED_REASONS);
    // Version 2's spread of 0 for a factor with a single published view, which version 3 leaves out.
    const lone: string[] = [];
    for (const partnership of before.partnerships) {
      for (const review of partnership.reviews as JsonObject[]) {
        for (const factor of (review.factors ?? []) as JsonObject[]) {
          if ((factor.ratings as Json[]).length >= 2) continue;
          lone.push(`${String(partnership.slug)}/${String(review.id)}: ${String(factor.factor)} ${factor.spread}`);
          delete factor.spread;
        }
      }
    }
    expect(lone).toEqual(["health-wellbeing-board/2022-self-assessment: outcomes 0"]);
    const hwb = after.partnerships.find((item) => item.slug === "health-wellbeing-board");
    const review = (hwb?.reviews as JsonObject[] | undefined)?.find((item) => item.id === "2022-self-assessment");
    const outcomes = (review?.factors as JsonObject[] | undefined)?.find((item) => item.factor === "outcomes");
    expect(outcomes).toBeDefined();
    expect(outcomes).not.toHaveProperty("spread");
    expect(jsonDifferences(before as unknown as Json, after as unknown as Json)).toEqual([]);
  });

  it("framework.json keeps every version 2 field and its value", () => {
    const before = JSON.parse(golden("framework.json")) as Json;
    const after = JSON.parse(jsonFile(frameworkDownload(model, SITE_ROOT))) as Json;
    expect(jsonDifferences(before, after)).toEqual([]);
  });

  it("datapackage.json describes every version 2 column as before, but for three descriptions reworded", () => {
    type Field = { name: string; description: string } & JsonObject;
    type Resource = { name: string; schema: { fields: Field[] } & JsonObject } & JsonObject;
    const before = JSON.parse(golden("datapackage.json")) as { resources: Resource[] } & JsonObject;
    const after = JSON.parse(jsonFile(dataPackage(model, datasets, SITE_ROOT))) as {
      resources: Resource[];
    } & JsonObject;
    const { resources: oldResources, ...oldPackage } = before;
    const { resources: newResources, ...newPackage } = after;
    expect(jsonDifferences(oldPackage, newPackage)).toEqual([]);
    // Version 3's resources (indicators, resolutions) sit among version 2's, which keep their order.
    const names = oldResources.map((resource) => resource.name);
    expect(newResources.map((resource) => resource.name).filter((name) => names.includes(name))).toEqual(names);
    const differences: string[] = [];
    const reworded: string[] = [];
    for (const old of oldResources) {
      const now = newResources.find((resource) => resource.name === old.name) as Resource;
      const { schema: oldSchema, ...oldRest } = old;
      const { schema: newSchema, ...newRest } = now;
      const { fields: oldFields, ...oldKeys } = oldSchema;
      const { fields: newFields, ...newKeys } = newSchema;
      differences.push(...jsonDifferences(oldRest, newRest, old.name), ...jsonDifferences(oldKeys, newKeys, old.name));
      const columns = oldFields.map((field) => field.name);
      expect(
        newFields.map((field) => field.name).filter((name) => columns.includes(name)),
        old.name,
      ).toEqual(columns);
      for (const { description, ...field } of oldFields) {
        const { description: newDescription, ...current } = newFields.find((item) => item.name === field.name) as Field;
        if (newDescription !== description) reworded.push(`${old.name}.${field.name}`);
        differences.push(...jsonDifferences(field, current, `${old.name}.${field.name}`));
      }
    }
    expect(differences).toEqual([]);
    expect(reworded).toEqual(REWORDED);
  });
});

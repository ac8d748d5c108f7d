// A version 1 content folder builds unchanged under content model version 2: the CSV downloads of the version 1
// sample content carry, in every column version 1 had, exactly the values the last version 1 build wrote
// (test/fixtures/version-1/README.md). Version 2 only adds columns (lifecycle, review due date, needs attention,
// status as at, inherent risk, cashable…).
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { validateFolder } from "../../../../src/loaders/content-folder.ts";
import { csvDatasets, toCsv } from "../../../../src/lib/open-data/index.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";

const ROOT_DIR = resolve(import.meta.dirname, "../../../..");
const FIXTURE = resolve(ROOT_DIR, "test/fixtures/version-1/content");
const VERSION_1_OUTPUT = resolve(ROOT_DIR, "test/fixtures/version-1/output");
/** The day the version 1 output was built on, and the address it was built for. */
const BUILT_ON = "2025-11-30";
const SITE_ROOT = "https://partnerships.kestrelford.example.gov.uk/";

/** Returns a CSV file's rows as objects keyed by column name. */
function rows(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}

describe("a version 1 content folder under content model version 2", async () => {
  const { content, problems } = await validateFolder(FIXTURE, BUILT_ON);
  if (content === undefined) throw new Error(problems.map((problem) => problem.message).join("\n"));
  const model = buildSiteModel(content, BUILT_ON);

  it("validates without an error", () => {
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  // Files added since version 1 (such as factors.csv) have nothing to keep.
  const versionOneFiles = new Set(readdirSync(VERSION_1_OUTPUT));
  it.each(
    csvDatasets(model.framework)
      .filter((dataset) => versionOneFiles.has(dataset.file))
      .map((dataset) => [dataset.file, dataset] as const),
  )("%s keeps every version 1 column and its values", (file, dataset) => {
    const before = rows(readFileSync(resolve(VERSION_1_OUTPUT, file), "utf8"));
    const after = rows(
      toCsv(
        dataset.columns.map((column) => column.name),
        dataset.records(model, SITE_ROOT),
      ),
    );
    expect(before.length).toBeGreaterThan(0);
    const versionOneColumns = Object.keys(before[0] ?? {});
    const kept = after.map((row) => Object.fromEntries(versionOneColumns.map((column) => [column, row[column]])));
    expect(kept).toEqual(before);
  });
});

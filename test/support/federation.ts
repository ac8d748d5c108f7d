// Members' published data for federation tests, made in process from a content folder by the project's own open-data
// builders (what a member's build writes to data/all.json and data/datapackage.json), without building pages.
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { readValidContent } from "../../src/loaders/content-loader.ts";
import { allDownload, csvDatasets, dataPackage, jsonFile, type AllDownload } from "../../src/lib/open-data/index.ts";
import { buildSiteModel } from "../../src/lib/site-model.ts";
import { ROOT } from "./built-site.ts";

/** The sample content's folder. */
export const SAMPLE = resolve(ROOT, "content");
/** The published data of the sample built by content model version 1 (see its README). */
export const VERSION_1_MEMBER = resolve(ROOT, "test/fixtures/federation/version-1-member");
/** The published data of the version 2 sample built by the last version 2 commit. */
export const VERSION_2_DATA = resolve(ROOT, "test/fixtures/golden/version-2");

/** A member's two published files. */
export interface MemberFiles {
  all: AllDownload;
  datapackage: Record<string, unknown>;
}

/** What a site built from `contentDir` at `root` publishes, as at `today`. */
export async function publishedData(contentDir: string, root: string, today = "2026-11-27"): Promise<MemberFiles> {
  const model = buildSiteModel(await readValidContent(contentDir), today);
  return { all: allDownload(model, root), datapackage: dataPackage(model, csvDatasets(model.framework), root) };
}

/** Writes a member's files as its site would hold them: <dir>/data/all.json and data/datapackage.json. */
export async function writeMember(dir: string, files: { all: unknown; datapackage: unknown }): Promise<void> {
  await mkdir(join(dir, "data"), { recursive: true });
  await writeFile(join(dir, "data/all.json"), jsonFile(files.all));
  await writeFile(join(dir, "data/datapackage.json"), jsonFile(files.datapackage));
}

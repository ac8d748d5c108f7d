// Members' published data for federation tests, made in process from a content folder by the generator's
// publishedData (what a member's build writes to data/all.json and data/datapackage.json), without building pages.
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { readContentFolder } from "../../src/loaders/content-folder.ts";
import { jsonFile, type AllDownload } from "../../src/lib/open-data/index.ts";
import { PUBLISHED_DATA_FILES, publishedData as publishedFiles } from "../../scripts/generate/published-data.ts";
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

/** What a site built from `contentDir` publishes, at the address its site.json gives, as at `today`. */
export async function publishedData(contentDir: string, today = "2026-11-27"): Promise<MemberFiles> {
  const files = publishedFiles((await readContentFolder(contentDir)).files, today);
  const [all, datapackage] = PUBLISHED_DATA_FILES.map(
    (path) => JSON.parse(files.find((file) => file.path === path)?.text ?? "null") as unknown,
  );
  return { all: all as AllDownload, datapackage: datapackage as Record<string, unknown> };
}

/** Writes a member's files as its site would hold them: <dir>/data/all.json and data/datapackage.json. */
export async function writeMember(dir: string, files: { all: unknown; datapackage: unknown }): Promise<void> {
  await mkdir(join(dir, "data"), { recursive: true });
  await writeFile(join(dir, "data/all.json"), jsonFile(files.all));
  await writeFile(join(dir, "data/datapackage.json"), jsonFile(files.datapackage));
}

/** One member as federation.json lists it. */
interface FederationMember {
  orgId: string;
  name: string;
  site: string;
}

/** A federation.json's fields as an author writes them: the Westshire network, of these members. */
export function federationFields(members: FederationMember[]): {
  members: FederationMember[];
  [field: string]: unknown;
} {
  return {
    title: "Westshire together",
    organisation: { name: "Westshire Scrutiny Network", orgId: "GB-LAE-WSN" },
    url: "https://westshire.example.gov.uk",
    licence: { name: "OGL", url: "https://example.gov.uk/ogl", attribution: "Contains public sector information." },
    contact: { email: "scrutiny@westshire.example.gov.uk" },
    accessibility: { lastReviewed: "2026-11-01" },
    members,
  };
}

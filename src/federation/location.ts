// Where a federation site is served, for the Astro config: undefined for a council's own content folder.
import { resolveSiteLocation, type SiteLocation } from "../lib/site-settings.ts";
import { isFederationFolder } from "./folder.ts";
import { readManifest, snapshotDir } from "./snapshot.ts";

export interface FederationLocation extends SiteLocation {
  /** The origins of members whose search index the member pages may read (their sites send CORS headers). */
  searchOrigins: string[];
}

/** Reads the federation folder's address settings, or returns undefined when the folder is not a federation. */
export async function federationLocation(
  dir: string,
  env: Record<string, string | undefined>,
): Promise<FederationLocation | undefined> {
  if (!(await isFederationFolder(dir))) return undefined;
  // A council's build never loads the federation's readers.
  const { readFederation } = await import("./read.ts");
  const read = await readFederation(dir);
  // scripts/build.ts reports a federation.json with problems before Astro starts.
  if ("problems" in read) return { url: "http://localhost:4321", basePath: "/", searchOrigins: [] };
  const manifest = await readManifest(snapshotDir(dir));
  const searchOrigins = [
    ...new Set(
      (manifest?.members ?? []).flatMap((member) =>
        member.search === undefined ? [] : [new URL(member.search).origin],
      ),
    ),
  ].sort();
  return { ...resolveSiteLocation(read.federation, env), searchOrigins };
}

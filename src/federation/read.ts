// Reads a federation folder: its federation.json, checked with a message naming the field, and the snapshot of what
// its members published, into the federation's model. Only this file and snapshot.ts touch the disk.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isoDay } from "../lib/publication.ts";
import { formatProblem } from "../lib/problems.ts";
import { issuesToProblems } from "../lib/schema-issues.ts";
import { federationSchema, type Federation, type FederationMember } from "../schema/federation.ts";
import { eachLimited } from "./each-limited.ts";
import { FEDERATION_FILE } from "./folder.ts";
import { readMember, type MemberReading } from "./members.ts";
import { buildFederationModel, type FederationModel } from "./model.ts";
import { MEMBER_FILES, readManifest, snapshotDir, snapshotFile } from "./snapshot.ts";

/** federation.json, checked; or the problems, each as `federation.json: field: message`. */
export async function readFederation(dir: string): Promise<{ federation: Federation } | { problems: string[] }> {
  let text: string;
  try {
    text = await readFile(join(dir, FEDERATION_FILE), "utf8");
  } catch {
    return { problems: [`${FEDERATION_FILE}: (file): cannot be read in ${dir}`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [`${FEDERATION_FILE}: (file): is not valid JSON: ${(error as Error).message}`] };
  }
  const result = federationSchema.safeParse(data);
  if (!result.success) {
    const problems = issuesToProblems(FEDERATION_FILE, result.error.issues, federationSchema, data, () => undefined);
    return { problems: problems.map(formatProblem) };
  }
  return { federation: result.data };
}

/** Reads each member from the snapshot, as the build last read it. */
export async function readSnapshot(federation: Federation, dir: string): Promise<MemberReading[]> {
  const snapshot = snapshotDir(dir);
  const manifest = await readManifest(snapshot);
  const entries = new Map((manifest?.members ?? []).map((member) => [member.orgId, member]));
  // A few members at a time: each member's data is parsed, checked and reduced to what the pages show before the
  // next is read, so memory holds a few members' files, not all of them (300 members publish hundreds of MB).
  const readOne = async (member: FederationMember): Promise<MemberReading> => {
    const entry = entries.get(member.orgId);
    if (entry === undefined || entry.site !== member.site) {
      return {
        available: false,
        ...member,
        read: "",
        reason: "it has not been read yet: build without --from-snapshot",
      };
    }
    if (entry.unavailable !== undefined)
      return { available: false, ...member, read: entry.read, reason: entry.unavailable };
    const [all, datapackage] = await Promise.all(
      MEMBER_FILES.map((file) => readFile(snapshotFile(snapshot, member.orgId, file)).catch(() => undefined)),
    );
    // A snapshot whose files are not the ones its manifest names (a build stopped part way) is not used.
    const intact = MEMBER_FILES.every((file, index) => {
      const body = [all, datapackage][index];
      return body !== undefined && createHash("sha256").update(body).digest("hex") === entry.files?.[file]?.sha256;
    });
    if (!intact || all === undefined || datapackage === undefined) {
      return {
        available: false,
        ...member,
        read: entry.read,
        reason: "the snapshot's copy of its files is incomplete: build again without --from-snapshot",
      };
    }
    const reading = readMember(member, entry.read, all.toString("utf8"), datapackage.toString("utf8"));
    return reading.available && entry.search !== undefined ? { ...reading, search: entry.search } : reading;
  };
  return eachLimited(federation.members, 4, readOne);
}

/** The federation's model from its folder's snapshot, as at `now`. */
export async function readFederationModel(dir: string, now: Date): Promise<FederationModel> {
  const read = await readFederation(dir);
  if ("problems" in read) throw new Error(read.problems.join("\n"));
  return buildFederationModel(read.federation, await readSnapshot(read.federation, dir), isoDay(now));
}

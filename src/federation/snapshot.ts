// What a federation build read from its members, kept beside federation.json so that a rebuild from it, with the
// same SOURCE_DATE_EPOCH, gives the same site byte for byte. A member's `site` may be a folder or an http(s) address;
// addresses are fetched with a time limit and a size limit, and a rebuild asks only for what changed (ETag and
// Last-Modified kept from the last read).
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Federation, FederationMember } from "../schema/federation.ts";
import { eachLimited } from "./each-limited.ts";
import { writeWhole } from "../data/write-whole.ts";

/** The files a federation reads from each member's published site: its open data, nothing else. */
export const MEMBER_FILES = ["data/all.json", "data/datapackage.json"] as const;
/** A member file larger than this makes the member unavailable (content model version 3). */
export const MEMBER_FILE_LIMIT_BYTES = 50 * 2 ** 20;
/** A member that cannot be read within this is unavailable (content model version 3). */
export const MEMBER_TIME_LIMIT_MS = 60_000;

/** One file of a member as read. */
export interface SnapshotFile {
  bytes: number;
  sha256: string;
  etag?: string;
  lastModified?: string;
}

/** One member in the snapshot: when it was read and its files, or why it could not be read. */
export interface SnapshotMember {
  orgId: string;
  site: string;
  /** When the member was read, as an ISO date-time. */
  read: string;
  files?: Record<string, SnapshotFile>;
  unavailable?: string;
  /** The member's Pagefind bundle, where its site lets the federation's pages read it (CORS). */
  search?: string;
}

/** snapshot/manifest.json. */
export interface SnapshotManifest {
  members: SnapshotMember[];
}

/** The snapshot folder of a federation folder. */
export function snapshotDir(federationDir: string): string {
  return join(federationDir, "snapshot");
}

/** Where one member's file is kept in the snapshot. */
export function snapshotFile(dir: string, orgId: string, file: string): string {
  return join(dir, "members", orgId, file.replace(/^data\//, ""));
}

/** Reads the snapshot's manifest, or undefined when there is none. */
export async function readManifest(dir: string): Promise<SnapshotManifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as SnapshotManifest;
  } catch {
    return undefined;
  }
}

/** Reading went wrong in a way that makes the member unavailable; the message is one sentence. */
class Unavailable extends Error {}

/** Options for reading members: the clock and the fetch, passed in so that tests can pin them. */
export interface ReadOptions {
  now: () => Date;
  fetch?: typeof fetch;
  timeoutMs?: number;
  limitBytes?: number;
  /** The federation's own origin, which a member's site must allow (CORS) for its search to be merged. */
  origin?: string;
  /** Called as each member is read, for progress. */
  onMember?: (member: SnapshotMember, index: number, count: number) => void;
}

interface Fetched {
  body?: Buffer;
  /** The HTTP validators the member's host sent, to ask only for what changed next time. */
  validators?: Pick<SnapshotFile, "etag" | "lastModified">;
  unchanged?: boolean;
}

function sizeError(file: string, limit: number): Unavailable {
  const size = limit >= 2 ** 20 ? `${Math.round(limit / 2 ** 20)} MB` : `${Math.round(limit / 1024)} KB`;
  return new Unavailable(`its ${file} is over the ${size} limit`);
}

/** Reads a response body, giving up once it passes the limit. */
async function boundedBody(response: Response, file: string, limit: number): Promise<Buffer> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > limit) throw sizeError(file, limit);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (reader === undefined) return Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw sizeError(file, limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function fetchFile(
  url: URL,
  file: string,
  before: SnapshotFile | undefined,
  signal: AbortSignal,
  options: ReadOptions,
): Promise<Fetched> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (before?.etag !== undefined) headers["if-none-match"] = before.etag;
  if (before?.lastModified !== undefined) headers["if-modified-since"] = before.lastModified;
  const response = await (options.fetch ?? fetch)(url, { headers, signal, redirect: "follow" });
  const validators = {
    ...(response.headers.get("etag") ? { etag: response.headers.get("etag") as string } : {}),
    ...(response.headers.get("last-modified") ? { lastModified: response.headers.get("last-modified") as string } : {}),
  };
  if (response.status === 304 && before !== undefined) {
    await response.body?.cancel();
    return { unchanged: true, validators };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Unavailable(`its ${file} answered HTTP ${response.status} at ${url.href}`);
  }
  const body = await boundedBody(response, file, options.limitBytes ?? MEMBER_FILE_LIMIT_BYTES);
  return { body, validators };
}

async function readLocalFile(folder: string, file: string, limit: number): Promise<Fetched> {
  const path = join(folder, file);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new Unavailable(`it has no ${file} in ${folder}`);
  }
  if (size > limit) throw sizeError(file, limit);
  return { body: await readFile(path) };
}

/** Writes a file whole or not at all, making its folder first. */
async function writeIntoFolder(path: string, data: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeWhole(path, data);
}

function hash(body: Buffer): string {
  return createHash("sha256").update(body).digest("hex");
}

/** Reads one member's files into the snapshot, or says in one sentence why it could not. */
async function readMember(
  member: FederationMember,
  federationDir: string,
  dir: string,
  before: SnapshotMember | undefined,
  options: ReadOptions,
): Promise<SnapshotMember> {
  const read = options.now().toISOString();
  const limit = options.limitBytes ?? MEMBER_FILE_LIMIT_BYTES;
  const timeout = options.timeoutMs ?? MEMBER_TIME_LIMIT_MS;
  const remote = /^https?:\/\//.test(member.site);
  const signal = AbortSignal.timeout(timeout);
  const files: Record<string, SnapshotFile> = {};
  const bodies: [string, Buffer][] = [];
  try {
    for (const file of MEMBER_FILES) {
      const fetched = remote
        ? await fetchFile(
            new URL(file, member.site.endsWith("/") ? member.site : `${member.site}/`),
            file,
            before?.files?.[file],
            signal,
            options,
          )
        : await readLocalFile(resolve(federationDir, member.site), file, limit);
      if (fetched.unchanged === true && before?.files?.[file] !== undefined) {
        // Not modified: the snapshot's copy is the member's file still, if it is really there.
        const kept = await readFile(snapshotFile(dir, member.orgId, file)).catch(() => undefined);
        if (kept !== undefined && hash(kept) === before.files[file].sha256) {
          files[file] = { ...before.files[file], ...fetched.validators };
          continue;
        }
        throw new Unavailable(`its ${file} was not modified, but the snapshot's copy is missing`);
      }
      const body = fetched.body ?? Buffer.alloc(0);
      bodies.push([file, body]);
      files[file] = {
        bytes: body.byteLength,
        sha256: hash(body),
        ...fetched.validators,
      };
    }
  } catch (error) {
    const reason =
      error instanceof Unavailable
        ? error.message
        : signal.aborted
          ? `it could not be read within ${Math.round(timeout / 1000)} seconds`
          : `it could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { orgId: member.orgId, site: member.site, read, unavailable: reason };
  }
  for (const [file, body] of bodies) await writeIntoFolder(snapshotFile(dir, member.orgId, file), body);
  const search = remote ? await searchBundle(member.site, signal, options) : undefined;
  return { orgId: member.orgId, site: member.site, read, files, ...(search === undefined ? {} : { search }) };
}

/**
 * The member's Pagefind bundle when its site allows the federation's origin to read it (an
 * Access-Control-Allow-Origin of * or of that origin on pagefind/pagefind-entry.json); otherwise undefined, and the
 * member's page links to the member's own search instead.
 */
async function searchBundle(site: string, signal: AbortSignal, options: ReadOptions): Promise<string | undefined> {
  if (options.origin === undefined) return undefined;
  const bundle = new URL("pagefind/", site.endsWith("/") ? site : `${site}/`);
  try {
    const response = await (options.fetch ?? fetch)(new URL("pagefind-entry.json", bundle), {
      headers: { origin: options.origin },
      signal,
    });
    await response.body?.cancel();
    const allowed = response.headers.get("access-control-allow-origin");
    return response.ok && (allowed === "*" || allowed === options.origin) ? bundle.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads every member of the federation into the snapshot folder and writes its manifest. Members are read a few at
 * a time; one that cannot be read is recorded with its reason and the rest go on.
 */
export async function readMembers(
  federation: Federation,
  federationDir: string,
  dir: string,
  options: ReadOptions,
): Promise<SnapshotManifest> {
  const before = await readManifest(dir);
  const previous = new Map((before?.members ?? []).map((member) => [member.orgId, member]));
  let done = 0;
  const results = await eachLimited(federation.members, 8, async (member) => {
    const read = await readMember(member, federationDir, dir, previous.get(member.orgId), options);
    options.onMember?.(read, ++done, federation.members.length);
    return read;
  });
  // Files of members no longer listed, or now unavailable, leave the snapshot: it holds what this build read.
  const kept = new Set(results.filter((member) => member.files !== undefined).map((member) => member.orgId));
  for (const member of before?.members ?? []) {
    if (!kept.has(member.orgId)) await rm(join(dir, "members", member.orgId), { recursive: true, force: true });
  }
  const manifest: SnapshotManifest = { members: results };
  await writeIntoFolder(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

import { createServer, type Server } from "node:http";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMembers, snapshotDir } from "../../../src/federation/snapshot.ts";
import { federationSchema } from "../../../src/schema/federation.ts";
import { federationFields } from "../../support/federation.ts";

/** A member's site over HTTP: its two files with an ETag, a slow one, a large one and one that lets others search it. */
interface Requests {
  conditional: number;
  full: number;
}

const ALL = JSON.stringify({ about: { title: "Harrowby" } });
const PACKAGE = JSON.stringify({ resources: [] });
let server: Server;
let origin = "";
let folder = "";
const requests: Requests = { conditional: 0, full: 0 };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "federation-snapshot-"));
  server = createServer((request, response) => {
    const path = request.url ?? "";
    if (path.startsWith("/slow/")) return; // never answers
    if (path === "/large/data/all.json") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end("x".repeat(2048));
      return;
    }
    if (path.endsWith("/pagefind/pagefind-entry.json")) {
      const open = path.startsWith("/open/");
      response.writeHead(200, open ? { "access-control-allow-origin": "https://westshire.example.gov.uk" } : {});
      response.end("{}");
      return;
    }
    const known = path.startsWith("/harrowby/") || path.startsWith("/open/");
    const body = !known
      ? undefined
      : path.endsWith("/data/all.json")
        ? ALL
        : path.endsWith("/data/datapackage.json")
          ? PACKAGE
          : undefined;
    if (body === undefined) {
      response.writeHead(404);
      response.end();
      return;
    }
    const etag = `"${body.length}"`;
    if (request.headers["if-none-match"] === etag) {
      requests.conditional += 1;
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    requests.full += 1;
    response.writeHead(200, { etag, "content-type": "application/json" });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await rm(folder, { recursive: true, force: true });
});

function federation(members: { orgId: string; site: string }[]) {
  return federationSchema.parse(federationFields(members.map((member) => ({ ...member, name: member.orgId }))));
}

const options = {
  now: () => new Date("2026-11-27T09:00:00Z"),
  timeoutMs: 1000,
  limitBytes: 1024,
  origin: "https://westshire.example.gov.uk",
};

describe("readMembers(federation, dir, snapshot, options)", () => {
  it("keeps each member's files and when they were read, and asks only for what changed the next time", async () => {
    const config = federation([{ orgId: "GB-LAE-HRB", site: `${origin}/harrowby/` }]);
    const snapshot = snapshotDir(folder);
    const first = await readMembers(config, folder, snapshot, options);
    expect(first.members[0]?.read).toBe("2026-11-27T09:00:00.000Z");
    expect(first.members[0]?.unavailable).toBeUndefined();
    expect(await readFile(join(snapshot, "members/GB-LAE-HRB/all.json"), "utf8")).toBe(ALL);
    expect(requests).toEqual({ conditional: 0, full: 2 });
    await readMembers(config, folder, snapshot, options);
    expect(requests).toEqual({ conditional: 2, full: 2 });
    expect(await readFile(join(snapshot, "members/GB-LAE-HRB/datapackage.json"), "utf8")).toBe(PACKAGE);
  });

  it("lists a member that is missing, too large or too slow as unavailable, with its reason, and reads the rest", async () => {
    const config = federation([
      { orgId: "GB-LAE-GON", site: `${origin}/gone/` },
      { orgId: "GB-LAE-BIG", site: `${origin}/large` },
      { orgId: "GB-LAE-SLO", site: `${origin}/slow/` },
      { orgId: "GB-LAE-FLD", site: "no-such-folder" },
      { orgId: "GB-LAE-HRB", site: `${origin}/harrowby/` },
    ]);
    const manifest = await readMembers(config, folder, snapshotDir(folder), options);
    expect(manifest.members.map((member) => member.unavailable)).toEqual([
      `its data/all.json answered HTTP 404 at ${origin}/gone/data/all.json`,
      "its data/all.json is over the 1 KB limit",
      "it could not be read within 1 seconds",
      `it has no data/all.json in ${join(folder, "no-such-folder")}`,
      undefined,
    ]);
  });

  it("records a member's search bundle only where its site allows the federation's origin", async () => {
    const config = federation([
      { orgId: "GB-LAE-OPN", site: `${origin}/open/` },
      { orgId: "GB-LAE-HRB", site: `${origin}/harrowby/` },
    ]);
    const manifest = await readMembers(config, folder, snapshotDir(folder), options);
    expect(manifest.members.map((member) => member.search)).toEqual([`${origin}/open/pagefind/`, undefined]);
  });
});

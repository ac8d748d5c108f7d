import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { federationJson, memberFiles, placeCode, planFederation } from "../../../../scripts/generate/federation.ts";
import { writeFederation } from "../../../../scripts/generate/federation-writer.ts";
import { publishedData } from "../../../../scripts/generate/published-data.ts";
import { generateSyntheticContent } from "../../../../scripts/generate/synthetic-content.ts";
import { allDownloadSchema } from "../../../../src/lib/open-data/downloads.ts";

/** The orgId shape the content model gives a federation member (version 3, "Federation"). */
const ORG_ID = /^[A-Z]{2}-[A-Z0-9]+-[A-Za-z0-9.-]+$/;

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "federation-test-"));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Returns every file under `dir` by its path relative to it, with its text. */
async function filesUnder(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((item) => item.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path, "utf8"));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

describe("placeCode(place, used)", () => {
  it("placeCode(place, used) takes the first letter and two more in order, skipping codes already used", () => {
    expect(placeCode("Ashford", new Set())).toBe("ASH");
    expect(placeCode("Ashford", new Set(["ASH"]))).toBe("ASF");
    expect(placeCode("Kestrelford", new Set(["KES"]))).toBe("KET");
    expect(placeCode("Great Ashford", new Set())).toBe("GRE");
    const used = new Set<string>();
    placeCode("Oak", used);
    expect(used).toEqual(new Set(["OAK"]));
    // A name too short for another code of its own letters gets the first letter and two of the alphabet.
    expect(placeCode("Oak", used)).toBe("OAA");
  });
});

describe("planFederation(options)", () => {
  const plan = planFederation({ members: 7, partnerships: 3, reviews: 2, seed: 5 });

  it("planFederation(options) makes exactly the members asked for, with valid, distinct orgIds, names and folders", () => {
    expect(plan.members).toHaveLength(7);
    const orgIds = plan.members.map((member) => member.council.orgId);
    expect(orgIds.filter((orgId) => !ORG_ID.test(orgId))).toEqual([]);
    expect(orgIds.filter((orgId) => !/^GB-LAE-[A-Z]{3}$/.test(orgId))).toEqual([]);
    expect(new Set(orgIds).size).toBe(7);
    // The sample's and the example's councils are never a generated member.
    expect(orgIds.filter((orgId) => ["GB-LAE-KSF", "GB-LAE-HRB", "GB-LAE-FNB", "GB-LAE-WNM"].includes(orgId))).toEqual(
      [],
    );
    expect(new Set(plan.members.map((member) => member.council.name)).size).toBe(7);
    expect(new Set(plan.members.map((member) => member.slug)).size).toBe(7);
    expect(plan.federation.members).toEqual(
      plan.members.map((member) => ({
        orgId: member.council.orgId,
        name: member.council.name,
        site: `members/${member.slug}`,
      })),
    );
  });

  it("planFederation(options) puts one member in five on the four-level framework", () => {
    expect(plan.members.map((member) => member.framework)).toEqual([
      "six-level",
      "six-level",
      "four-level",
      "six-level",
      "six-level",
      "six-level",
      "six-level",
    ]);
  });

  it("planFederation(options) pairs members: every other pair shares partnerships by jointId, every fourth two", () => {
    // Pairs (0, 1), (2, 3) and (4, 5); the first and third share, the first twice; the seventh member has no pair.
    expect(plan.members.map((member) => member.joint.length)).toEqual([2, 2, 0, 0, 1, 1, 0]);
    const [a, b, , , e, f] = plan.members;
    if (a === undefined || b === undefined || e === undefined || f === undefined) throw new Error("seven members");
    const ab = `${a.council.orgId}+${b.council.orgId}`;
    // Services by the vocabulary's order: legal (0), building-control (5), leisure (6).
    expect(a.joint.map((item) => item.jointId)).toEqual([`${ab}/legal`, `${ab}/building-control`]);
    expect(b.joint.map((item) => item.jointId)).toEqual([`${ab}/legal`, `${ab}/building-control`]);
    expect(f.joint.map((item) => item.jointId)).toEqual([`${e.council.orgId}+${f.council.orgId}/leisure`]);
    // Each side names the other in its partners, by orgId, and both give the same value and share.
    for (const [side, other] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const item of side.joint) {
        expect(item.partners.map((partner) => partner.orgId)).toContain(other.council.orgId);
        expect(item.slug).toBe(`${item.service}-with-${other.slug}`);
      }
    }
    expect(a.joint.map((item) => [item.annualValue, item.councilSharePercent])).toEqual(
      b.joint.map((item) => [item.annualValue, item.councilSharePercent]),
    );
  });

  it("planFederation(options) writes federation.json in exactly the shape of the content model", () => {
    const json = JSON.parse(federationJson(plan.federation)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "title",
      "organisation",
      "url",
      "licence",
      "contact",
      "accessibility",
      "members",
    ]);
    expect(json).toMatchObject({
      title: "Partnership reviews of 7 councils",
      organisation: { name: "Regional Partnerships Observatory", orgId: "GB-COH-10000005" },
      url: "https://observatory.example.org.uk",
      licence: { name: "Open Government Licence v3.0" },
      contact: { email: "observatory@example.org.uk" },
      // 90 days before the default now, 1 January 2026.
      accessibility: { lastReviewed: "2025-10-03" },
    });
    expect(federationJson(plan.federation).endsWith("}\n")).toBe(true);
  });

  it("planFederation(options) refuses fewer than two members, more than 2,000, and sizes below 1", () => {
    expect(() => planFederation({ members: 1, partnerships: 1, reviews: 1 })).toThrow(
      "members must be a whole number from 2 to 2000",
    );
    expect(() => planFederation({ members: 2001, partnerships: 1, reviews: 1 })).toThrow(RangeError);
    expect(() => planFederation({ members: 2, partnerships: 0, reviews: 1 })).toThrow(RangeError);
    expect(() => planFederation({ members: 2, partnerships: 1, reviews: 1, now: "2026-13-01" })).toThrow(
      'now must be a date written as YYYY-MM-DD, not "2026-13-01"',
    );
  });

  it("planFederation(options) names 2,000 members apart: after the 288 place names, with a prefix", () => {
    const large = planFederation({ members: 2000, partnerships: 1, reviews: 1 });
    expect(new Set(large.members.map((member) => member.council.orgId)).size).toBe(2000);
    expect(new Set(large.members.map((member) => member.slug)).size).toBe(2000);
    expect(large.members[288]?.council.place.startsWith("Great ")).toBe(true);
  });
});

describe("memberFiles(plan, member) and publishedData(files, today)", () => {
  const plan = planFederation({ members: 4, partnerships: 3, reviews: 2, seed: 2 });
  const files = plan.members.map((member) => memberFiles(plan, member));

  it("memberFiles(plan, member) gives only what a federation reads, under members/<slug>/data/", () => {
    expect(files.map((list) => list.map((file) => file.path))).toEqual(
      plan.members.map((member) => [
        `members/${member.slug}/data/all.json`,
        `members/${member.slug}/data/datapackage.json`,
        `members/${member.slug}/data/all.schema.json`,
      ]),
    );
  });

  it("each member's all.json is accepted by its all.schema.json, publishes its orgId and is as at now", () => {
    for (const [index, list] of files.entries()) {
      const [all, , schema] = list.map((file) => JSON.parse(file.text) as Record<string, unknown>);
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats.default(ajv);
      const validate = ajv.compile(schema ?? {});
      expect(validate(all), JSON.stringify(validate.errors)).toBe(true);
      expect(allDownloadSchema.safeParse(all).error).toBeUndefined();
      const about = (all as { about: { orgId?: string; built: string } }).about;
      expect(about.orgId).toBe(plan.members[index]?.council.orgId);
      expect(about.built).toBe("2026-01-01");
    }
  });

  it("each joint partnership is published by both members of its pair, each naming the other by orgId", () => {
    const published = files.flatMap((list, index) => {
      const all = JSON.parse(list[0]?.text ?? "{}") as {
        framework: { id: string; spectrum: unknown[] };
        partnerships: { jointId?: string; partners: { orgId?: string }[]; councilAnnualCost?: unknown }[];
      };
      return all.partnerships
        .filter((partnership) => partnership.jointId !== undefined)
        .map((partnership) => ({ member: index, ...partnership }));
    });
    const [a, b] = plan.members.map((member) => member.council.orgId);
    expect(published.map((item) => [item.member, item.jointId]).sort()).toEqual(
      [
        [0, `${a}+${b}/legal`],
        [0, `${a}+${b}/building-control`],
        [1, `${a}+${b}/legal`],
        [1, `${a}+${b}/building-control`],
      ].sort(),
    );
    for (const item of published) {
      expect(item.partners.map((partner) => partner.orgId)).toEqual([a, b]);
      expect(item.councilAnnualCost).toMatchObject({ from: "share" });
    }
  });

  it("the third member publishes the shared four-level framework, the others the shared six-level one", () => {
    const frameworks = files.map((list) => {
      const { framework } = JSON.parse(list[0]?.text ?? "{}") as { framework: { id: string; spectrum: unknown[] } };
      return `${framework.id} ${framework.spectrum.length}`;
    });
    expect(frameworks).toEqual([
      "regional-collaboration 6",
      "regional-collaboration 6",
      "regional-joint-working 4",
      "regional-collaboration 6",
    ]);
  });

  it("publishedData(files, today) refuses content that is not valid, naming the problem", () => {
    const { files: content } = generateSyntheticContent({ partnerships: 1, reviews: 1 });
    const broken = content.map((file) => (file.path === "site.json" ? { ...file, text: "{" } : file));
    expect(() => publishedData(broken, "2026-01-01")).toThrow(/^the content is not valid: site\.json: /);
  });
});

describe("writeFederation(plan, dir, options)", () => {
  it("writes the same bytes with worker threads as without, and says when each member is done", async () => {
    const plan = planFederation({ members: 5, partnerships: 2, reviews: 1, seed: 9 });
    const heard: number[] = [];
    const inThread = await writeFederation(plan, join(work, "in-thread"), {
      workers: 0,
      onMember: (done) => heard.push(done),
    });
    const withWorkers = await writeFederation(plan, join(work, "workers"), { workers: 2 });
    expect(heard).toEqual([1, 2, 3, 4, 5]);
    expect(withWorkers).toEqual(inThread);
    const [a, b] = [await filesUnder(join(work, "in-thread")), await filesUnder(join(work, "workers"))];
    expect([...a.keys()]).toHaveLength(1 + 5 * 3);
    expect([...a.keys()][0]).toBe("federation.json");
    expect(b).toEqual(a);
  });
});

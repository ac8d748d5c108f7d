import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readMember, type MemberReading } from "../../../src/federation/members.ts";
import { publishedData, SAMPLE, VERSION_1_MEMBER, VERSION_2_DATA, type MemberFiles } from "../../support/federation.ts";

const KESTRELFORD = { orgId: "GB-LAE-KSF", name: "Kestrelford Borough Council", site: "members/kestrelford" };
const READ = "2026-11-27T09:00:00.000Z";

function read(files: { all: unknown; datapackage: unknown }, member = KESTRELFORD): MemberReading {
  return readMember(member, READ, JSON.stringify(files.all), JSON.stringify(files.datapackage));
}

function reason(reading: MemberReading): string {
  if (reading.available) throw new Error(`${reading.name} was read, but was expected to be unavailable`);
  return reading.reason;
}

let sample: MemberFiles;
beforeAll(async () => {
  sample = await publishedData(SAMPLE);
});

describe("readMember(member, read, all, datapackage)", () => {
  it("reads today's data as schema version 3, with the findings as published", () => {
    const reading = read(sample);
    if (!reading.available) throw new Error(reading.reason);
    expect(reading.version).toBe(3);
    expect(reading.asAt).toBe("2026-11-27");
    expect(reading.partnerships).toHaveLength(12);
    const building = reading.partnerships.find((partnership) => partnership.slug === "building-control");
    expect(building?.assessed?.label).toBe("Collaborating");
    expect(building?.targetLevel?.label).toBe("Integrated");
    expect(building?.confidence).toEqual({ level: "medium", label: "Medium confidence" });
    expect(building?.reasons?.map((item) => item.code)).toEqual([
      "high-risk",
      "off-target",
      "perception-gap",
      "decision-point",
      "no-exit-plan",
      "review-after-decision",
    ]);
    expect(building?.reviewDate).toBe("2025-04-10");
  });

  it("reads a version 2 member's published data as version 2: reasons with codes, no confidence", async () => {
    const files = {
      all: JSON.parse(await readFile(join(VERSION_2_DATA, "all.json"), "utf8")) as unknown,
      datapackage: JSON.parse(await readFile(join(VERSION_2_DATA, "datapackage.json"), "utf8")) as unknown,
    };
    const reading = read(files);
    if (!reading.available) throw new Error(reading.reason);
    expect(reading.version).toBe(2);
    const building = reading.partnerships.find((partnership) => partnership.slug === "building-control");
    expect(building?.confidence).toBeUndefined();
    expect(building?.reasons?.map((item) => item.code)).toEqual([
      "high-risk",
      "off-target",
      "perception-gap",
      "decision-point",
    ]);
  });

  it("reads a version 1 member's published data as version 1, which says nothing of needing attention", async () => {
    const files = {
      all: JSON.parse(await readFile(join(VERSION_1_MEMBER, "data/all.json"), "utf8")) as unknown,
      datapackage: JSON.parse(await readFile(join(VERSION_1_MEMBER, "data/datapackage.json"), "utf8")) as unknown,
    };
    const reading = read(files);
    if (!reading.available) throw new Error(reading.reason);
    expect(reading.version).toBe(1);
    expect(reading.partnerships.every((partnership) => partnership.reasons === undefined)).toBe(true);
  });

  it("makes a member unavailable, in one sentence, for data of a newer schema than it knows", () => {
    const newer = { ...sample, all: { ...sample.all, futureField: true } };
    expect(reason(read(newer))).toBe(
      "its data/all.json matches none of the schema versions this federation reads (3, 2, 1): the file must NOT have additional properties",
    );
  });

  it("makes a member unavailable when the organisation id it publishes is another's", () => {
    const other = { ...sample, all: { ...sample.all, about: { ...sample.all.about, orgId: "GB-LAE-HRB" } } };
    expect(reason(read(other))).toBe(
      "it publishes the organisation id GB-LAE-HRB, not GB-LAE-KSF as federation.json lists",
    );
  });

  it("makes a member unavailable for files that are not JSON, or a data package without resources", () => {
    expect(reason(readMember(KESTRELFORD, READ, "{ not json", "{}"))).toBe("its data/all.json is not valid JSON");
    expect(reason(read({ all: sample.all, datapackage: { name: "x" } }))).toBe(
      "its data/datapackage.json lists no resources",
    );
  });

  it("refuses a hostile member's slugs and links, which would become folders and links of the federation", () => {
    const partnerships = sample.all.partnerships;
    const [first, ...rest] = partnerships;
    if (first === undefined) throw new Error("the sample has partnerships");
    const traversal = { ...sample, all: { ...sample.all, partnerships: [{ ...first, slug: "../../index" }, ...rest] } };
    expect(reason(read(traversal))).toBe(
      'its data/all.json gives partnership 1 the slug "../../index", which is not lowercase letters, digits and hyphens',
    );
    const script = {
      ...sample,
      all: { ...sample.all, partnerships: [{ ...first, url: "javascript:alert(1)" }, ...rest] },
    };
    expect(reason(read(script))).toBe(
      'its data/all.json links to "javascript:alert(1)", which is not an http or https address',
    );
    const twice = { ...sample, all: { ...sample.all, partnerships: [first, first, ...rest] } };
    expect(reason(read(twice))).toBe(`its data/all.json lists the partnership ${first.slug} twice`);
  });

  it("keeps a hostile member's text as text: the federation's pages escape it", () => {
    const [first, ...rest] = sample.all.partnerships;
    if (first === undefined) throw new Error("the sample has partnerships");
    const hostile = {
      ...sample,
      all: { ...sample.all, partnerships: [{ ...first, name: "<script>alert(1)</script>" }, ...rest] },
    };
    const reading = read(hostile);
    if (!reading.available) throw new Error(reading.reason);
    expect(reading.partnerships[0]?.name).toBe("<script>alert(1)</script>");
  });
});

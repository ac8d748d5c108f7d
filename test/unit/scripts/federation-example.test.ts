// The example federation up to its last step, with the member builds done in process by the build's own open data
// code (test/e2e/published-data.test.ts holds that code to a real build, byte for byte) and the federation's build
// only recorded, so that the command is tested in seconds.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_NOW, main, type BuildRunner } from "../../../scripts/federation-example.ts";
import { writeFiles } from "../../../scripts/generate/files.ts";
import { publishedData } from "../../../scripts/generate/published-data.ts";
import { JSON_DOWNLOADS, jsonSchemaOf } from "../../../src/lib/open-data/index.ts";
import { readContentFolder, validateFolder } from "../../../src/loaders/content-folder.ts";
import { ROOT } from "../helpers/fixtures.ts";
import type { Run } from "../helpers/command.ts";

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "federation-example-test-"));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Call {
  args: string[];
  env: Record<string, string>;
}

/** Returns a runner that "builds" a member's data in process and answers the federation's build with `status`. */
function fakeBuild(calls: Call[], status: number): BuildRunner {
  return async (args, env) => {
    calls.push({ args, env });
    const [, content = "", , out = ""] = args;
    if (content.endsWith("federation")) return { status, output: "▶ Building\nthe federation build's own words\n" };
    const { files } = await readContentFolder(content);
    await writeFiles(out, publishedData(files, EXAMPLE_NOW));
    return { status: 0, output: "" };
  };
}

/** Runs the command in process, as npm run federation:example does from the repository root. */
async function runExample(args: string[], build: BuildRunner): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await main(
    args,
    {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: {},
      cwd: ROOT,
    },
    build,
  );
  return { status, stdout, stderr };
}

interface AllJson {
  about: { orgId?: string; publisher: string };
  framework: { id: string; spectrum: { id: string }[] };
  partnerships: {
    slug: string;
    jointId?: string;
    partners: { orgId?: string }[];
    councilAnnualCost?: { amount: number; from: string };
  }[];
}

async function allJson(out: string, member: string): Promise<AllJson> {
  return JSON.parse(await readFile(join(out, "federation/members", member, "data/all.json"), "utf8")) as AllJson;
}

/** Returns each partnership that has a jointId as "slug jointId", by slug. */
function shared(all: AllJson): string[] {
  return all.partnerships
    .filter((partnership) => partnership.jointId !== undefined)
    .map((partnership) => `${partnership.slug} ${partnership.jointId}`)
    .sort();
}

const BUILDING_CONTROL = "GB-LAE-HRB+GB-LAE-KSF+GB-LAE-FNB/building-control";
const KESTREL_WASTE = "GB-LAE-KSF+GB-LAE-HRB/kestrel-environmental-services";

describe("npm run federation:example", () => {
  const out = () => join(work, "example");
  const calls: Call[] = [];
  let run: Run;

  beforeAll(async () => {
    run = await runExample(["--out", out()], fakeBuild(calls, 0));
  }, 60_000);

  it("main(args, io, build) builds three members, copies the fourth, writes federation.json, then builds the federation", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.replace(/\(\d+\.\d s\)/g, "(T s)").split("\n")).toEqual([
      `Making the example federation in ${out()}, as at 2026-11-27`,
      "  Built Kestrelford Borough Council's site into federation/members/kestrelford (T s)",
      `  Generated Harrowby District Council (GB-LAE-HRB) into content/harrowby: 5 partnerships, sharing ${BUILDING_CONTROL}, ${KESTREL_WASTE}`,
      "  Built Harrowby District Council's site into federation/members/harrowby (T s)",
      `  Generated Fenbridge District Council (GB-LAE-FNB, a four-level framework) into content/fenbridge: 4 partnerships, sharing ${BUILDING_CONTROL}`,
      "  Built Fenbridge District Council's site into federation/members/fenbridge (T s)",
      "  Copied Elmstow Borough Council's data, as a version 2 build published it, into federation/members/elmstow",
      "  Wrote federation/federation.json: 4 members",
      `Built the example federation's site into ${join(out(), "site")}`,
      "",
    ]);
    const env = { SOURCE_DATE_EPOCH: "1795737600", SITE_URL: "", BASE_PATH: "" };
    expect(calls).toEqual([
      { args: ["--content", resolve(ROOT, "content"), "--out", join(out(), "federation/members/kestrelford")], env },
      {
        args: ["--content", join(out(), "content/harrowby"), "--out", join(out(), "federation/members/harrowby")],
        env,
      },
      {
        args: ["--content", join(out(), "content/fenbridge"), "--out", join(out(), "federation/members/fenbridge")],
        env,
      },
      { args: ["--content", join(out(), "federation"), "--out", join(out(), "site")], env },
    ]);
  });

  it("writes federation.json in the content model's shape: Wenmoor County Council reading four councils' sites", async () => {
    expect(JSON.parse(await readFile(join(out(), "federation/federation.json"), "utf8"))).toEqual({
      title: "Wenmoor partnership reviews",
      organisation: { name: "Wenmoor County Council", orgId: "GB-LAE-WNM" },
      url: "https://partnerships.wenmoor.example.gov.uk",
      licence: {
        name: "Open Government Licence v3.0",
        url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
      },
      contact: {
        email: "partnerships@wenmoor.example.gov.uk",
        accessibilityEmail: "accessibility@wenmoor.example.gov.uk",
      },
      accessibility: { lastReviewed: "2026-10-01" },
      members: [
        { orgId: "GB-LAE-KSF", name: "Kestrelford Borough Council", site: "members/kestrelford" },
        { orgId: "GB-LAE-HRB", name: "Harrowby District Council", site: "members/harrowby" },
        { orgId: "GB-LAE-FNB", name: "Fenbridge District Council", site: "members/fenbridge" },
        { orgId: "GB-LAE-ELM", name: "Elmstow Borough Council", site: "members/elmstow" },
      ],
    });
  });

  it("generates two councils whose content validates with no error", async () => {
    for (const council of ["harrowby", "fenbridge"]) {
      const { problems } = await validateFolder(join(out(), "content", council), EXAMPLE_NOW);
      expect(
        problems.filter((problem) => problem.severity === "error"),
        council,
      ).toEqual([]);
    }
  });

  it("Harrowby shares two partnerships with Kestrelford, told apart by jointId, and Fenbridge shares one", async () => {
    const [kestrelford, harrowby, fenbridge] = await Promise.all(
      ["kestrelford", "harrowby", "fenbridge"].map((member) => allJson(out(), member)),
    );
    expect([kestrelford?.about.orgId, harrowby?.about.orgId, fenbridge?.about.orgId]).toEqual([
      "GB-LAE-KSF",
      "GB-LAE-HRB",
      "GB-LAE-FNB",
    ]);
    expect(shared(kestrelford as AllJson)).toEqual([
      `building-control ${BUILDING_CONTROL}`,
      `kestrel-waste ${KESTREL_WASTE}`,
    ]);
    expect(shared(harrowby as AllJson)).toEqual([
      `building-control ${BUILDING_CONTROL}`,
      `kestrel-environmental-services ${KESTREL_WASTE}`,
    ]);
    expect(shared(fenbridge as AllJson)).toEqual([`building-control ${BUILDING_CONTROL}`]);
    const byJoint = (all: AllJson | undefined, jointId: string) =>
      all?.partnerships.find((partnership) => partnership.jointId === jointId);
    // Each council's share of the whole partnership's £2,050,000 and £9,450,000: 30% (the sample), 45% and 25%; 35%.
    expect(byJoint(harrowby, BUILDING_CONTROL)?.partners.map((partner) => partner.orgId)).toEqual([
      "GB-LAE-HRB",
      "GB-LAE-KSF",
      "GB-LAE-FNB",
    ]);
    expect([kestrelford, harrowby, fenbridge].map((all) => byJoint(all, BUILDING_CONTROL)?.councilAnnualCost)).toEqual([
      { amount: 615000, from: "share" },
      { amount: 922500, from: "share" },
      { amount: 512500, from: "share" },
    ]);
    expect(byJoint(harrowby, KESTREL_WASTE)?.councilAnnualCost).toEqual({ amount: 3307500, from: "share" });
    expect(byJoint(harrowby, KESTREL_WASTE)?.partners.map((partner) => partner.orgId)).toEqual([
      "GB-LAE-KSF",
      "GB-LAE-HRB",
      "GB-COH-04418270",
    ]);
    // Fenbridge rates on four levels of its own; Harrowby on the sample's six, under a framework id of its own.
    expect(fenbridge?.framework.spectrum.map((level) => level.id)).toEqual(["separate", "linked", "pooled", "unified"]);
    expect(harrowby?.framework.spectrum.map((level) => level.id)).toEqual(
      kestrelford?.framework.spectrum.map((level) => level.id),
    );
    expect([kestrelford?.framework.id, harrowby?.framework.id]).toEqual([
      "kestrelford-collaboration",
      "harrowby-collaboration",
    ]);
  });

  it("copies the older member's version 2 data untouched: its own schema accepts it, today's does not", async () => {
    const older = join(ROOT, "test/fixtures/federation/older-member/data");
    const copied = join(out(), "federation/members/elmstow/data");
    expect((await readdir(copied)).sort()).toEqual(["all.json", "all.schema.json", "datapackage.json"]);
    for (const name of ["all.json", "all.schema.json", "datapackage.json"]) {
      expect(await readFile(join(copied, name), "utf8")).toBe(await readFile(join(older, name), "utf8"));
    }
    const all = JSON.parse(await readFile(join(copied, "all.json"), "utf8")) as AllJson;
    expect(all.about.publisher).toBe("Elmstow Borough Council");
    expect(all.about).not.toHaveProperty("orgId");
    const accepts = (schema: object) => {
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats.default(ajv);
      return ajv.compile(schema)(all);
    };
    expect(accepts(JSON.parse(await readFile(join(copied, "all.schema.json"), "utf8")) as object)).toBe(true);
    expect(accepts(jsonSchemaOf(JSON_DOWNLOADS.all, "https://partnerships.elmstow.example.gov.uk/"))).toBe(false);
  });

  it("main(args, io, build) replaces an example it made before", async () => {
    await writeFile(join(out(), "content/harrowby/site.json"), "changed");
    const again = await runExample(["--out", out()], fakeBuild([], 0));
    expect(again.status).toBe(0);
    expect(await readFile(join(out(), "content/harrowby/site.json"), "utf8")).toContain("Harrowby District Council");
  }, 60_000);
});

describe("npm run federation:example when a step fails or the folder is not its own", () => {
  it("main(args, io, build) says when the federation's build fails, its members ready, and exits 1", async () => {
    const out = join(work, "failing");
    const run = await runExample(["--out", out], fakeBuild([], 1));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `federation:example: the federation's build from ${join(out, "federation")} failed (exit 1); its members are ready there:\n    ▶ Building\n    the federation build's own words\n`,
    );
    expect(await readdir(join(out, "federation/members"))).toEqual(["elmstow", "fenbridge", "harrowby", "kestrelford"]);
  }, 60_000);

  it("main(args, io, build) refuses a folder it did not make, builds nothing and leaves it untouched", async () => {
    const out = join(work, "someone-else");
    await mkdir(out);
    await writeFile(join(out, "notes.txt"), "mine");
    const calls: Call[] = [];
    const run = await runExample(["--out", out], fakeBuild(calls, 0));
    expect(run).toEqual({
      status: 1,
      stdout: "",
      stderr: `federation:example: --out ${out} holds files npm run federation:example did not make (1 of them, such as notes.txt), and npm run federation:example never moves or deletes them: choose a new or empty folder, such as ${join(out, "federation-example")}\n`,
    });
    expect(calls).toEqual([]);
    expect(await readdir(out)).toEqual(["notes.txt"]);
  });

  it("main(args, io, build) exits 2 with the usage for an option it does not know", async () => {
    const run = await runExample(["--output", "x"], fakeBuild([], 0));
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("federation:example: Unknown option '--output'");
    expect(run.stderr).toContain("npm run federation:example [-- --out DIR]");
  });
});

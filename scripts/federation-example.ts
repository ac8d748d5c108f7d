// Makes the example federation (issue 29) in one command: npm run federation:example [-- --out DIR]
// Three member sites built from their content with npm run build (the sample, Kestrelford, and two generated councils:
// Harrowby, which publishes two partnerships it shares with Kestrelford, told apart by jointId, and Fenbridge, on a
// four-level framework, which publishes one of them too), a fourth member's data as a version 2 build published it,
// the federation.json that lists the four, and last the federation site built from it. Every build is as at
// 27 November 2026, so the example is the same wherever and whenever it is made.
import { spawn } from "node:child_process";
import { cp, mkdir, rm } from "node:fs/promises";
import { homedir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runAsProcess, type CommandIo } from "./command.ts";
import { federationJson, type FederationFile } from "./generate/federation.ts";
import { writeFiles } from "./generate/files.ts";
import {
  generateSyntheticContent,
  type CouncilIdentity,
  type JointPartnership,
  type SyntheticOptions,
} from "./generate/synthetic-content.ts";
import { markOutput, outputRefusal, type Guard } from "./output/output-folder.ts";

const PROJECT = resolve(import.meta.dirname, "..");

/** The day every build of the example is as at: SOURCE_DATE_EPOCH 1795737600, as the sample's tests use. */
export const EXAMPLE_NOW = "2026-11-27";
const SOURCE_DATE_EPOCH = String(Date.parse(`${EXAMPLE_NOW}T00:00:00Z`) / 1000);

/** Where the example goes unless --out says otherwise: a folder of the project that git ignores. */
export const DEFAULT_OUT = "federation-example";

/** The version 2 member's published data, made once at the last version 2 commit (see its README). */
export const OLDER_MEMBER = "test/fixtures/federation/older-member";

const USAGE = `Usage:
  npm run federation:example [-- --out DIR]
Makes the example federation in DIR (default ${DEFAULT_OUT}/): three member sites built with npm run build, the
published data of a fourth built by an older version, federation/federation.json, and last the federation site,
DIR/site. DIR must be new, empty, or an example this command made before, which it replaces.`;

const KESTRELFORD = { name: "Kestrelford Borough Council", orgId: "GB-LAE-KSF" };

/** Harrowby, the sample's neighbour: it hosts the building control service and part-owns the waste company. */
export const HARROWBY: CouncilIdentity = {
  name: "Harrowby District Council",
  place: "Harrowby",
  county: "Wenmoor",
  orgId: "GB-LAE-HRB",
};

/** Fenbridge, the third council in building control, on a four-level framework of its own. */
export const FENBRIDGE: CouncilIdentity = {
  name: "Fenbridge District Council",
  place: "Fenbridge",
  county: "Wenmoor",
  orgId: "GB-LAE-FNB",
};

/** The sample's building control partnership, as each of its three councils publishes it, with its own share. */
function buildingControl(councilSharePercent: number): JointPartnership {
  return {
    jointId: "GB-LAE-HRB+GB-LAE-KSF+GB-LAE-FNB/building-control",
    slug: "building-control",
    name: "Wenmoor Building Control Partnership",
    service: "building-control",
    form: "shared-service",
    basis: "mixed",
    annualValue: 2050000,
    councilSharePercent,
    partners: [
      { name: HARROWBY.name, sector: "public", role: "lead", orgId: HARROWBY.orgId },
      { name: KESTRELFORD.name, sector: "public", role: "member", orgId: KESTRELFORD.orgId },
      { name: FENBRIDGE.name, sector: "public", role: "member", orgId: FENBRIDGE.orgId },
    ],
  };
}

/** The sample's waste company, Kestrel Environmental Services, as Harrowby publishes it. */
const KESTREL_WASTE: JointPartnership = {
  jointId: "GB-LAE-KSF+GB-LAE-HRB/kestrel-environmental-services",
  slug: "kestrel-environmental-services",
  name: "Kestrel Environmental Services Ltd",
  service: "waste",
  form: "joint-venture",
  basis: "contractual",
  annualValue: 9450000,
  councilSharePercent: 35,
  partners: [
    { name: KESTRELFORD.name, sector: "public", role: "lead", orgId: KESTRELFORD.orgId },
    { name: HARROWBY.name, sector: "public", role: "member", orgId: HARROWBY.orgId },
    { name: "Corvale Environmental Group plc", sector: "private", role: "member", orgId: "GB-COH-04418270" },
  ],
};

/** The generated members: what each is made from, and its folder's name. */
export const GENERATED: readonly { slug: string; options: SyntheticOptions }[] = [
  {
    slug: "harrowby",
    options: {
      partnerships: 5,
      reviews: 2,
      seed: 29,
      now: EXAMPLE_NOW,
      council: HARROWBY,
      councilCosts: true,
      joint: [buildingControl(45), KESTREL_WASTE],
    },
  },
  {
    slug: "fenbridge",
    options: {
      partnerships: 4,
      reviews: 2,
      seed: 30,
      now: EXAMPLE_NOW,
      framework: "four-level",
      council: FENBRIDGE,
      councilCosts: true,
      joint: [buildingControl(25)],
    },
  },
];

/** The example's federation.json: Wenmoor County Council reading its districts' sites. */
export const EXAMPLE_FEDERATION: FederationFile = {
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
    { ...KESTRELFORD, site: "members/kestrelford" },
    { name: HARROWBY.name, orgId: HARROWBY.orgId, site: "members/harrowby" },
    { name: FENBRIDGE.name, orgId: FENBRIDGE.orgId, site: "members/fenbridge" },
    { name: "Elmstow Borough Council", orgId: "GB-LAE-ELM", site: "members/elmstow" },
  ],
};

/** What one run of node scripts/build.ts did. */
export interface BuildRun {
  status: number;
  output: string;
}

/** Runs node scripts/build.ts with these arguments and extra environment, and says how it went. */
export type BuildRunner = (args: string[], env: Record<string, string>) => Promise<BuildRun>;

/** Runs node scripts/build.ts in a process of its own, its output kept for a report. */
function runBuild(io: CommandIo): BuildRunner {
  return (args, env) =>
    new Promise((done) => {
      const child = spawn(process.execPath, [resolve(PROJECT, "scripts/build.ts"), ...args], {
        cwd: PROJECT,
        env: { ...io.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      child.on("error", (error) => done({ status: 1, output: error.message }));
      child.on("close", (code) => done({ status: code ?? 1, output }));
    });
}

/** A reason to stop, in one sentence, with what the step printed. */
class StepFailed extends Error {}

/** Returns the last lines of a step's output, indented, for the report of a failure. */
function tail(output: string, lines = 15): string {
  return output
    .trimEnd()
    .split("\n")
    .slice(-lines)
    .map((line) => `    ${line}`)
    .join("\n");
}

/**
 * Makes the example in `out`: refuses a folder it did not make, then generates, builds and copies the members, writes
 * federation.json and builds the federation. `build` runs node scripts/build.ts (tests pass their own).
 */
export async function makeExample(out: string, io: CommandIo, build: BuildRunner): Promise<void> {
  const say = (line: string) => io.stdout.write(`${line}\n`);
  const shown = (path: string) => relative(out, path) || ".";
  const guard: Guard = { project: PROJECT, home: homedir() };
  const refusal = await outputRefusal(out, "example", guard);
  if (refusal !== undefined) throw new StepFailed(refusal);
  // Only a new or empty folder, or an example this command made, gets here: the last is replaced.
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await markOutput(out, "example");
  say(`Making the example federation in ${out}, as at ${EXAMPLE_NOW}`);

  const federation = join(out, "federation");
  // Each site at the address its site.json gives, whatever the caller's SITE_URL or BASE_PATH (empty is unset).
  const env = { SOURCE_DATE_EPOCH, SITE_URL: "", BASE_PATH: "" };
  const buildMember = async (name: string, content: string, slug: string): Promise<void> => {
    const site = join(federation, "members", slug);
    const started = performance.now();
    const run = await build(["--content", content, "--out", site], env);
    if (run.status !== 0) {
      throw new StepFailed(
        `the build of ${name}'s site from ${content} failed (exit ${run.status}):\n${tail(run.output)}`,
      );
    }
    say(`  Built ${name}'s site into ${shown(site)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };

  await buildMember(KESTRELFORD.name, resolve(PROJECT, "content"), "kestrelford");
  for (const { slug, options } of GENERATED) {
    const content = join(out, "content", slug);
    const { files } = generateSyntheticContent(options);
    await writeFiles(content, files);
    const shared = (options.joint ?? []).map((item) => item.jointId).join(", ");
    say(
      `  Generated ${options.council?.name ?? slug} (${options.council?.orgId ?? ""}${options.framework === "four-level" ? ", a four-level framework" : ""}) into ${shown(content)}: ${options.partnerships} partnerships, sharing ${shared}`,
    );
    await buildMember(options.council?.name ?? slug, content, slug);
  }
  const older = join(federation, "members", "elmstow");
  await cp(resolve(PROJECT, OLDER_MEMBER, "data"), join(older, "data"), { recursive: true });
  say(`  Copied Elmstow Borough Council's data, as a version 2 build published it, into ${shown(older)}`);
  await writeFiles(federation, [{ path: "federation.json", text: federationJson(EXAMPLE_FEDERATION) }]);
  say(`  Wrote ${shown(join(federation, "federation.json"))}: ${EXAMPLE_FEDERATION.members.length} members`);

  const site = join(out, "site");
  const run = await build(["--content", federation, "--out", site], env);
  if (run.status !== 0) {
    throw new StepFailed(
      `the federation's build from ${federation} failed (exit ${run.status}); its members are ready there:\n${tail(run.output)}`,
    );
  }
  say(`Built the example federation's site into ${site}`);
}

/** Runs the command and returns its exit code: 0 made, 1 a step failed or the folder was refused, 2 a usage mistake. */
export async function main(args: string[], io: CommandIo, build: BuildRunner = runBuild(io)): Promise<number> {
  let out: string;
  try {
    const { values } = parseArgs({ args, options: { out: { type: "string" } } });
    out = resolve(io.cwd, values.out ?? DEFAULT_OUT);
  } catch (error) {
    io.stderr.write(`federation:example: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    await makeExample(out, io, build);
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    io.stderr.write(`federation:example: ${error.message}\n`);
    return 1;
  }
  return 0;
}

if (import.meta.main) await runAsProcess("federation:example", main);

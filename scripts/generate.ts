// Writes a synthetic content folder for scale tests and the benchmark:
//   npm run generate -- --partnerships N --reviews M --out DIR [--seed S] [--now YYYY-MM-DD]
//     [--framework six-level|four-level] [--edges] [--force]
// or a synthetic federation: N councils' published data and the federation.json that lists them:
//   npm run generate -- federation --members N --partnerships P --reviews R --out DIR [--seed S] [--now YYYY-MM-DD]
//     [--workers W] [--force]
// The same options always give the same files. Embargoes are set against --now (default 2026-01-01,
// never the clock), so build the folder with SOURCE_DATE_EPOCH set to the value this command prints.
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { availableParallelism, homedir } from "node:os";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  DEFAULT_NOW,
  FRAMEWORK_KINDS,
  generateSyntheticContent,
  type GeneratedFile,
  type SyntheticOptions,
  type SyntheticSummary,
} from "./generate/synthetic-content.ts";
import { MAX_MEMBERS, planFederation, type FederationPlan } from "./generate/federation.ts";
import { writeFederation } from "./generate/federation-writer.ts";
import { writeFiles } from "./generate/files.ts";
import { runAsProcess, type CommandIo } from "./command.ts";
import { markOutput, outputRefusal, type Guard } from "./output/output-folder.ts";

const USAGE = `Usage:
  npm run generate -- --partnerships N --reviews M --out DIR [--seed S] [--now YYYY-MM-DD]
      [--framework six-level|four-level] [--edges] [--force]
Options:
  --partnerships N   how many partnerships (at least 1)
  --reviews M        how many review rounds each partnership has (at least 1)
  --out DIR          the content folder to write; it must not exist or be empty, unless --force
  --seed S           a whole number, default 1: the same seed gives the same files
  --now YYYY-MM-DD   the day embargoes and due dates are set against, default ${DEFAULT_NOW}
  --framework KIND   six-level (default) or four-level: a spectrum of four levels with thresholds of its own
  --edges            place spreads exactly on the agreement band edges and moves exactly on changeThreshold
  --force            replace DIR when it is a folder this command wrote before

  npm run generate -- federation --members N --partnerships P --reviews R --out DIR [--seed S] [--now YYYY-MM-DD]
      [--workers W] [--force]
Writes DIR/federation.json and, for each of N councils, only what a federation reads of its site:
members/<slug>/data/all.json, datapackage.json and all.schema.json, made from generated content by the build's own
code. Options as above, and:
  --members N        how many councils (2 to ${MAX_MEMBERS}), each with P partnerships of R reviews
  --workers W        how many worker threads make the members, default one per core; 0 makes them in this thread`;

/** A mistake in the command itself: exit 2 with the usage. */
export class UsageError extends Error {}

/** A reason to write nothing: exit 1. */
export class Refusal extends Error {}

/** What the command was asked to do. */
export interface GenerateCommand extends Required<
  Pick<SyntheticOptions, "partnerships" | "reviews" | "seed" | "now" | "framework" | "edges">
> {
  out: string;
  force: boolean;
}

/** What the federation command was asked to do. */
export interface FederationCommand {
  members: number;
  partnerships: number;
  reviews: number;
  seed: number;
  now: string;
  workers: number;
  out: string;
  force: boolean;
}

/** Returns a whole number from an option's text, or throws a UsageError naming the option. */
function wholeNumber(name: string, value: string | undefined, min: number): number {
  if (value === undefined) throw new UsageError(`--${name} is required`);
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  }
  return Number(value);
}

/** Returns what parseArgs gives, its complaints about the arguments turned into a UsageError. */
function parsedArgs<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Returns --seed as a number, or throws a UsageError. */
function seedOf(text: string): number {
  if (!/^-?\d+$/.test(text.trim())) throw new UsageError(`--seed must be a whole number, not "${text}"`);
  return Number(text.trim());
}

/** Returns the command's options from its arguments, or throws a UsageError. */
export function parseGenerateArgs(args: readonly string[], cwd: string): GenerateCommand {
  const { values } = parsedArgs(() =>
    parseArgs({
      args: [...args],
      options: {
        partnerships: { type: "string" },
        reviews: { type: "string" },
        out: { type: "string" },
        seed: { type: "string", default: "1" },
        now: { type: "string", default: DEFAULT_NOW },
        framework: { type: "string", default: "six-level" },
        edges: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
      },
    }),
  );
  if (values.out === undefined) throw new UsageError("--out is required");
  const seed = seedOf(values.seed);
  const framework = FRAMEWORK_KINDS.find((kind) => kind === values.framework);
  if (framework === undefined) {
    throw new UsageError(`--framework must be one of ${FRAMEWORK_KINDS.join(", ")}, not "${values.framework}"`);
  }
  return {
    partnerships: wholeNumber("partnerships", values.partnerships, 1),
    reviews: wholeNumber("reviews", values.reviews, 1),
    seed,
    now: values.now,
    framework,
    edges: values.edges,
    out: resolve(cwd, values.out),
    force: values.force,
  };
}

/** Returns the federation command's options from its arguments (after "federation"), or throws a UsageError. */
export function parseFederationArgs(
  args: readonly string[],
  cwd: string,
  cores = availableParallelism(),
): FederationCommand {
  const { values } = parsedArgs(() =>
    parseArgs({
      args: [...args],
      options: {
        members: { type: "string" },
        partnerships: { type: "string" },
        reviews: { type: "string" },
        out: { type: "string" },
        seed: { type: "string", default: "1" },
        now: { type: "string", default: DEFAULT_NOW },
        workers: { type: "string" },
        force: { type: "boolean", default: false },
      },
    }),
  );
  if (values.out === undefined) throw new UsageError("--out is required");
  const seed = seedOf(values.seed);
  const members = wholeNumber("members", values.members, 2);
  if (members > MAX_MEMBERS) throw new UsageError(`--members must be at most ${MAX_MEMBERS}, not "${values.members}"`);
  return {
    members,
    partnerships: wholeNumber("partnerships", values.partnerships, 1),
    reviews: wholeNumber("reviews", values.reviews, 1),
    seed,
    now: values.now,
    workers: values.workers === undefined ? cores : wholeNumber("workers", values.workers, 0),
    out: resolve(cwd, values.out),
    force: values.force,
  };
}

/** Writes the files into `out` as writeOutputFolder does. */
export async function writeContentFolder(
  files: readonly GeneratedFile[],
  out: string,
  options: { force: boolean },
): Promise<void> {
  await writeOutputFolder(out, options, async (folder) => {
    await writeFiles(folder, files);
  });
}

/**
 * Has `write` fill a temporary folder beside `out`, renamed into place once it is done, so `out` never holds half a
 * folder. Refuses a non-empty `out` unless `force`, and even then replaces only a folder it wrote before (see
 * scripts/output/output-folder.ts).
 */
export async function writeOutputFolder(
  out: string,
  options: { force: boolean },
  write: (folder: string) => Promise<void>,
): Promise<void> {
  const guard: Guard = { project: resolve(import.meta.dirname, ".."), home: homedir() };
  const refusal = await outputRefusal(out, "content", guard);
  if (refusal !== undefined) throw new Refusal(refusal);
  const info = await stat(out).catch(() => undefined);
  const full = info !== undefined && (await readdir(out)).length > 0;
  if (full && !options.force) {
    throw new Refusal(`${out} is not empty: choose an empty folder, or add --force to replace it`);
  }
  await mkdir(dirname(out), { recursive: true });
  const temporary = `${out}.generating-${process.pid}`;
  await rm(temporary, { recursive: true, force: true });
  try {
    await mkdir(temporary, { recursive: true });
    await write(temporary);
    // The marker (a hidden file, so never read as content) lets a later --force replace this folder, and only this.
    await markOutput(temporary, "content");
    if (full) {
      // Only a folder this command wrote before gets here (the output rule refused any other).
      const previous = `${out}.previous-${process.pid}`;
      await rename(out, previous);
      await rename(temporary, out);
      await rm(previous, { recursive: true, force: true });
    } else {
      // A new or empty folder: rename replaces an empty folder in one step, and refuses one that is not empty.
      await rename(temporary, out);
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** Returns the closing report: what was written and how to build it. */
export function formatSummary(out: string, files: number, summary: SyntheticSummary): string {
  const s = summary;
  return [
    `Wrote ${files} files to ${out}`,
    `  ${s.partnerships} partnerships, ${s.reviews} reviews: ${s.published} published, ${s.drafts} drafts, ${s.embargoed} embargoed, ${s.withdrawn} withdrawn (${s.mdx} in MDX, ${s.withInternalNotes} with internal notes)`,
    `  ${s.ratings} ratings: ${s.suppressedRatings} withheld (too few respondents), ${s.singleGroupFactors} factors seen by one group, ${s.perceptionGaps} perception gaps`,
    `  ${s.recommendations} recommendations (${s.internalRecommendations} internal), ${s.recommendationUpdates} updates (${s.chainedUpdates} on an already updated one), ${s.risks} risks (${s.internalRisks} internal), ${s.goodPractice} good practice, ${s.costsBenefits} costs and benefits`,
    `  review bodies: ${s.reviewWords.min} to ${s.reviewWords.max} words, median ${s.reviewWords.median}`,
    `"Now" is ${s.now}: build with SOURCE_DATE_EPOCH=${s.sourceDateEpoch} npm run build -- --content ${out}`,
  ].join("\n");
}

/** Returns the closing report of a federation: what was written, how long it took and how to build it. */
export function formatFederationSummary(
  out: string,
  plan: FederationPlan,
  bytes: number,
  seconds: number,
  workers: number,
): string {
  const { members, partnerships, reviews, now } = plan.options;
  const fourLevel = plan.members.filter((member) => member.framework === "four-level").length;
  const joint = new Set(plan.members.flatMap((member) => member.joint.map((item) => item.jointId))).size;
  const pairs = plan.members.filter((member) => member.joint.length > 0).length / 2;
  const figure = (value: number) => value.toLocaleString("en-GB");
  return [
    `Wrote a federation of ${figure(members)} councils to ${out} in ${seconds.toFixed(1)} s (${workers === 0 ? "no workers" : `${workers} ${workers === 1 ? "worker" : "workers"}`})`,
    `  ${figure(members * partnerships)} partnerships (${partnerships} each), ${figure(members * partnerships * reviews)} reviews (${reviews} each); ${fourLevel} ${fourLevel === 1 ? "council" : "councils"} on the four-level framework`,
    `  ${joint} joint partnerships, each published by both of ${pairs} pairs of councils under one jointId`,
    `  ${(bytes / 1_000_000).toFixed(1)} MB: federation.json, and members/<slug>/data/all.json, datapackage.json and all.schema.json`,
    `"Now" is ${now}: build with SOURCE_DATE_EPOCH=${Date.parse(`${now}T00:00:00Z`) / 1000} npm run build -- --content ${out} --out DIR`,
  ].join("\n");
}

/** Runs the federation command: plans the federation, writes it with progress, and returns the exit code. */
async function federationMain(args: string[], io: CommandIo): Promise<number> {
  let command: FederationCommand;
  let plan: FederationPlan;
  try {
    command = parseFederationArgs(args, io.cwd);
    plan = planFederation(command);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof RangeError)) throw error;
    io.stderr.write(`generate: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const count = plan.members.length;
  // About ten lines of progress, whatever the size: a federation of 300 councils takes minutes.
  const step = Math.max(1, Math.ceil(count / 10));
  let bytes = 0;
  try {
    await writeOutputFolder(command.out, command, async (folder) => {
      ({ bytes } = await writeFederation(plan, folder, {
        workers: command.workers,
        onMember: (done) => {
          if (done % step !== 0 && done !== count) return;
          const seconds = (performance.now() - started) / 1000;
          io.stdout.write(
            `  ${done} of ${count} councils (${Math.round((done / count) * 100)}%), ${seconds.toFixed(1)} s\n`,
          );
        },
      }));
    });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.stderr.write(`generate: ${error.message}\n`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  io.stdout.write(`${formatFederationSummary(command.out, plan, bytes, seconds, Math.min(command.workers, count))}\n`);
  return 0;
}

/** Runs the command and returns its exit code: 0 written, 1 nothing written, 2 a mistake in the command. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  if (args[0] === "federation") return federationMain(args.slice(1), io);
  let command: GenerateCommand;
  let content;
  try {
    command = parseGenerateArgs(args, io.cwd);
    content = generateSyntheticContent(command);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof RangeError)) throw error;
    io.stderr.write(`generate: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    await writeContentFolder(content.files, command.out, { force: command.force });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.stderr.write(`generate: ${error.message}\n`);
    return 1;
  }
  io.stdout.write(`${formatSummary(command.out, content.files.length, content.summary)}\n`);
  return 0;
}

if (import.meta.main) await runAsProcess("generate", main);

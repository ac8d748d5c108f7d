// Writes a synthetic content folder for scale tests and the benchmark:
//   npm run generate -- --partnerships N --reviews M --out DIR [--seed S] [--now YYYY-MM-DD]
//     [--framework six-level|four-level] [--edges] [--force]
// The same options always give the same files. Embargoes are set against --now (default 2026-01-01,
// never the clock), so build the folder with SOURCE_DATE_EPOCH set to the value this command prints.
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  DEFAULT_NOW,
  FRAMEWORK_KINDS,
  generateSyntheticContent,
  type GeneratedFile,
  type SyntheticOptions,
  type SyntheticSummary,
} from "./generate/synthetic-content.ts";
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
  --force            replace DIR when it is a folder this command wrote before`;

/** A mistake in the command itself: exit 2 with the usage. */
export class UsageError extends Error {}

/** A reason to write nothing: exit 1. */
export class Refusal extends Error {}

/** What the command was asked to do. */
export interface GenerateCommand extends Required<SyntheticOptions> {
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

/** Returns the command's options from its arguments, or throws a UsageError. */
export function parseGenerateArgs(args: readonly string[], cwd: string): GenerateCommand {
  let values;
  try {
    ({ values } = parseArgs({
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
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.out === undefined) throw new UsageError("--out is required");
  const seed = values.seed.trim();
  if (!/^-?\d+$/.test(seed)) throw new UsageError(`--seed must be a whole number, not "${values.seed}"`);
  const framework = FRAMEWORK_KINDS.find((kind) => kind === values.framework);
  if (framework === undefined) {
    throw new UsageError(`--framework must be one of ${FRAMEWORK_KINDS.join(", ")}, not "${values.framework}"`);
  }
  return {
    partnerships: wholeNumber("partnerships", values.partnerships, 1),
    reviews: wholeNumber("reviews", values.reviews, 1),
    seed: Number(seed),
    now: values.now,
    framework,
    edges: values.edges,
    out: resolve(cwd, values.out),
    force: values.force,
  };
}

/**
 * Writes the files into `out` through a temporary folder beside it, renamed into place once every
 * file is written, so `out` never holds half a folder. Refuses a non-empty `out` unless `force`, and even then
 * replaces only a folder it wrote before (see scripts/output/output-folder.ts).
 */
export async function writeContentFolder(
  files: readonly GeneratedFile[],
  out: string,
  options: { force: boolean },
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
    const folders = new Set(files.map((file) => dirname(join(temporary, file.path))));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    // Writing a few at a time keeps thousands of files from opening at once.
    for (let i = 0; i < files.length; i += 64) {
      await Promise.all(files.slice(i, i + 64).map((file) => writeFile(join(temporary, file.path), file.text, "utf8")));
    }
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

/** Runs the command and returns its exit code: 0 written, 1 nothing written, 2 a mistake in the command. */
export async function main(args: string[], io: CommandIo): Promise<number> {
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

// Starts a partnership, a review or a committee meeting's resolutions from a ready-to-fill skeleton that validates:
//   npm run new -- partnership <slug> [--content DIR]
//   npm run new -- review <partnership-slug> <review-id> [--content DIR]
//   npm run new -- scrutiny <YYYY-MM-DD> <meeting-slug> [<partnership-slug>] [--content DIR]
import { mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { resolveContentDir } from "../src/loaders/environment.ts";
import { formatProblem } from "../src/lib/problems.ts";
import { isoDay, resolveNow } from "../src/lib/publication.ts";
import { PLACEHOLDER_MARK } from "../src/lib/placeholders.ts";
import { parseMarkdownSource } from "../src/lib/sources.ts";
import { didYouMean } from "../src/lib/suggestions.ts";
import { validDate, type Framework } from "../src/schema/index.ts";
import { addMonths, longDate } from "../src/lib/words.ts";
import { runAsProcess, type CommandIo } from "./command.ts";
import {
  meetingScaffold,
  parseFramework,
  partnershipScaffold,
  reviewScaffold,
  slugProblem,
  type ScaffoldFile,
} from "./new/scaffold.ts";

const USAGE = `Usage:
  npm run new -- partnership <slug>                         start partnerships/<slug>.md
  npm run new -- review <partnership-slug> <review-id>      start reviews/<slug>/<review-id>.md and .json
  npm run new -- scrutiny <date> <meeting-slug> [<slug>]    start scrutiny/<date>-<meeting-slug>.json, the
                                                            meeting on <date> (YYYY-MM-DD); its example
                                                            resolution is about <slug>, else the first partnership
Options:
  --content DIR   the content folder (default: CONTENT_DIR, else ./content)`;

/** A mistake in the command itself: exit 2 with the usage. */
export class UsageError extends Error {}

/** A reason to write nothing: exit 1. */
export class Refusal extends Error {}

/** Returns a plain message for a command-line parsing error, with a "did you mean" for a misspelt option. */
export function argumentsMessage(error: unknown, options: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message)?.[1];
  if (unknown === undefined) return message;
  const known = options.map((option) => `--${option}`);
  return `${unknown} is not an option.${didYouMean(unknown, known)}`;
}

/** Returns true when the path exists. */
async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/** Returns the content folder's validated framework, or throws a Refusal that says what is wrong with it. */
export async function loadFramework(contentDir: string): Promise<Framework> {
  const info = await stat(contentDir).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    throw new Refusal(`${contentDir} is not a content folder that can be read: give one with --content DIR`);
  }
  const text = await readFile(join(contentDir, "framework.json"), "utf8").catch(() => undefined);
  if (text === undefined) {
    throw new Refusal(`${contentDir} has no framework.json: every content folder needs one`);
  }
  const parsed = parseFramework({ path: "framework.json", text });
  if (!parsed.ok) {
    throw new Refusal(
      `framework.json has errors, so nothing was written. Fix them first (npm run validate lists them all):\n${parsed.problems.map((problem) => `  ${formatProblem(problem)}`).join("\n")}`,
    );
  }
  return parsed.framework;
}

/** Returns the partnership slugs in the content folder. */
async function partnershipSlugs(contentDir: string): Promise<string[]> {
  const names = await readdir(join(contentDir, "partnerships")).catch(() => [] as string[]);
  return names
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith("_"))
    .map((name) => name.replace(/\.mdx?$/, ""));
}

/** Writes every file or none: each refuses to replace an existing file, and a failure removes what was written. */
async function writeAll(contentDir: string, files: readonly ScaffoldFile[]): Promise<void> {
  const written: string[] = [];
  const folders: string[] = [];
  try {
    for (const file of files) {
      const path = join(contentDir, file.path);
      const folder = join(path, "..");
      if (!(await exists(folder))) {
        await mkdir(folder, { recursive: true });
        folders.push(folder);
      }
      // "wx" fails when the file exists, so nothing is overwritten even if it appeared since the checks.
      await writeFile(path, file.text, { encoding: "utf8", flag: "wx" });
      written.push(path);
    }
  } catch (error) {
    for (const path of written) await rm(path, { force: true });
    for (const folder of folders.reverse()) await rmdir(folder).catch(() => undefined);
    const code = (error as { code?: unknown }).code;
    throw code === "EEXIST"
      ? new Refusal(`${(error as { path?: string }).path ?? "a file"} already exists: nothing was written`)
      : error;
  }
}

/** Returns the refusal when a file for this name already exists, else undefined. */
async function existing(contentDir: string, paths: readonly string[]): Promise<string | undefined> {
  for (const path of paths) {
    if (await exists(join(contentDir, path))) return path;
  }
  return undefined;
}

/** Returns the `--content DIR` to repeat in the next steps, when the folder was given on the command line. */
function contentOption(given: string | undefined): string {
  return given === undefined ? "" : ` --content ${given}`;
}

/** What every kind of scaffold needs from the command line. */
interface Context {
  contentDir: string;
  /** The --content option as given, to repeat in the next steps. */
  given: string | undefined;
  today: string;
}

async function newPartnership({ contentDir, given, today }: Context, args: string[]): Promise<string> {
  const [slug, ...rest] = args;
  if (slug === undefined || rest.length > 0) throw new UsageError("give exactly one partnership slug");
  const problem = slugProblem("partnership slug", slug, "shared-legal-service");
  if (problem !== undefined) throw new UsageError(problem);
  const framework = await loadFramework(contentDir);
  const clash = await existing(contentDir, [`partnerships/${slug}.md`, `partnerships/${slug}.mdx`]);
  if (clash !== undefined) {
    throw new Refusal(`${clash} already exists: nothing was written. Choose another slug, or edit that file`);
  }
  const file = partnershipScaffold(slug, framework, today);
  await writeAll(contentDir, [file]);
  const option = contentOption(given);
  return [
    `Created in ${contentDir}:`,
    `  ${file.path}  the partnership's register entry`,
    "",
    "Next steps:",
    `  1. Fill in every value marked ${PLACEHOLDER_MARK} in ${file.path}, and delete the marks.`,
    `  2. Check it: npm run validate${option === "" ? "" : ` --${option}`}`,
    `  3. Start its first review: npm run new -- review ${slug} <review-id>${option}`,
    "     (a review id such as 2025-annual-review; it becomes part of the review's address)",
  ].join("\n");
}

async function newReview({ contentDir, given, today }: Context, args: string[]): Promise<string> {
  const [slug, id, ...rest] = args;
  if (slug === undefined || id === undefined || rest.length > 0) {
    throw new UsageError("give a partnership slug and a review id");
  }
  const problems = [
    slugProblem("partnership slug", slug, "shared-legal-service"),
    slugProblem("review id", id, "2025-annual-review"),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  const framework = await loadFramework(contentDir);
  const partnershipFile = (await existing(contentDir, [`partnerships/${slug}.md`, `partnerships/${slug}.mdx`])) ?? "";
  if (partnershipFile === "") {
    throw new Refusal(
      `there is no partnerships/${slug}.md, so nothing was written.${didYouMean(slug, await partnershipSlugs(contentDir))} To start that partnership first: npm run new -- partnership ${slug}`,
    );
  }
  const clash = await existing(
    contentDir,
    ["md", "mdx", "json"].map((ext) => `reviews/${slug}/${id}.${ext}`),
  );
  if (clash !== undefined) {
    throw new Refusal(`${clash} already exists: nothing was written. Choose another review id, or edit that review`);
  }
  const parsed = parseMarkdownSource({
    path: partnershipFile,
    text: await readFile(join(contentDir, partnershipFile), "utf8"),
  });
  const name: unknown = parsed.ok ? (parsed.source.data as { name?: unknown }).name : undefined;
  const files = reviewScaffold({
    partnership: slug,
    id,
    framework,
    today,
    ...(typeof name === "string" && !name.includes(PLACEHOLDER_MARK) ? { partnershipName: name } : {}),
  });
  await writeAll(contentDir, files);
  const [report, data] = files;
  const option = contentOption(given);
  return [
    `Created a draft review in ${contentDir}:`,
    `  ${report.path}  the report: its details and the narrative`,
    `  ${data.path}  its data: ratings, risks, recommendations, good practice, costs and benefits, indicators`,
    "",
    "Next steps:",
    `  1. Fill in every value marked ${PLACEHOLDER_MARK} in ${report.path}, and delete the marks.`,
    `  2. Import the survey results: npm run import -- ratings <survey.csv> --review ${slug}/${id}${option}`,
    `     (this replaces the example rating; an "invited" column says how many of each group were asked)`,
    `  3. Replace the example indicator in ${data.path} with the review's own figures, or delete it.`,
    `  4. Check it: npm run validate${option === "" ? "" : ` --${option}`}`,
    `  5. See the draft: npm run dev, then open /partnerships/${slug}/reviews/${id}/`,
    "     (a draft shows only in this preview, never on the published site)",
  ].join("\n");
}

/** An example of the scrutiny command, for its messages. */
const SCRUTINY_EXAMPLE = "npm run new -- scrutiny 2027-01-21 overview-scrutiny";

async function newMeeting({ contentDir, given }: Context, args: string[]): Promise<string> {
  const [date, meeting, partnership, ...rest] = args;
  if (date === undefined || meeting === undefined || rest.length > 0) {
    throw new UsageError(
      `give the meeting's date and a meeting slug, and optionally the partnership its first resolution is about, such as ${SCRUTINY_EXAMPLE}`,
    );
  }
  if (validDate(date) === undefined) {
    throw new UsageError(
      /^\d{4}-\d{2}-\d{2}$/.test(date)
        ? `${date} is not a real calendar date: give the meeting's date as YYYY-MM-DD, such as 2027-01-21`
        : `"${date}" is not a date: give the meeting's date first, as YYYY-MM-DD, then its slug, such as ${SCRUTINY_EXAMPLE}`,
    );
  }
  const problems = [
    slugProblem("meeting slug", meeting, "overview-scrutiny"),
    partnership === undefined ? undefined : slugProblem("partnership slug", partnership, "shared-legal-service"),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  const slugs = (await partnershipSlugs(contentDir)).sort();
  if (partnership !== undefined && !slugs.includes(partnership)) {
    throw new Refusal(
      `there is no partnerships/${partnership}.md, so nothing was written.${didYouMean(partnership, slugs)}`,
    );
  }
  // A resolution must be about a partnership of the folder for the skeleton to validate: the one named, else the first.
  const about = partnership ?? slugs[0];
  if (about === undefined) {
    throw new Refusal(
      `${contentDir} has no partnership for a resolution to be about, so nothing was written. Start one first: npm run new -- partnership <slug>`,
    );
  }
  const file = meetingScaffold(date, meeting, about);
  const clash = await existing(contentDir, [file.path]);
  if (clash !== undefined) {
    throw new Refusal(`${clash} already exists: nothing was written. Add the resolutions to that file`);
  }
  await writeAll(contentDir, [file]);
  const option = contentOption(given);
  return [
    `Created a draft meeting in ${contentDir}:`,
    `  ${file.path}  the committee's resolutions about partnerships`,
    "",
    "Next steps:",
    `  1. Fill in every value marked ${PLACEHOLDER_MARK} in ${file.path}, and delete the marks; set the minutes' address.`,
    `     The example resolution is about ${about}, due on ${longDate(addMonths(date, 3))}: change both as the committee resolved.`,
    "     Copy the resolution for each one the committee made; each id is permanent and unique across the folder.",
    `  2. Check it: npm run validate${option === "" ? "" : ` --${option}`}`,
    '  3. Publish it: set "status" to "published" (and "publishDate" to hold it back until a date).',
    "  4. Report progress on a resolution as on a recommendation: in updates/<partnership-slug>/<YYYY-MM-DD>.json.",
  ].join("\n");
}

/** Runs the command and returns its exit code: 0 written, 1 nothing written, 2 a mistake in the command. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  let values: { content?: string | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { content: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    io.stderr.write(`new: ${argumentsMessage(error, ["content", "help"])}\n${USAGE}\n`);
    return 2;
  }
  if (values.help === true) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [kind, ...args] = positionals;
  let today: string;
  try {
    // Dates in the skeleton are today's, or SOURCE_DATE_EPOCH's, as for the build.
    today = isoDay(resolveNow(io.env["SOURCE_DATE_EPOCH"], new Date()));
  } catch (error) {
    io.stderr.write(`new: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const context = {
    contentDir: resolveContentDir(values.content, io.env, io.cwd),
    given: values.content,
    today,
  };
  try {
    let report: string;
    if (kind === "partnership") report = await newPartnership(context, args);
    else if (kind === "review") report = await newReview(context, args);
    else if (kind === "scrutiny") report = await newMeeting(context, args);
    else {
      throw new UsageError(
        kind === undefined
          ? "say what to start: partnership, review or scrutiny"
          : `"${kind}" is not something new can start: use partnership, review or scrutiny.${didYouMean(kind, ["partnership", "review", "scrutiny"])}`,
      );
    }
    io.stdout.write(`${report}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      io.stderr.write(`new: ${message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`new: ${message}\n`);
    return 1;
  }
}

if (import.meta.main) await runAsProcess("new", main);

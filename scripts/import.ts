// Imports survey results into a review's ratings:
//   npm run import -- ratings <survey.csv> --review <partnership-slug>/<review-id> [--skip-bad-rows] [--dry-run] [--content DIR]
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { resolveContentDir } from "../src/loaders/environment.ts";
import { formatProblem } from "../src/lib/problems.ts";
import { parseJsonSource } from "../src/lib/sources.ts";
import { didYouMean } from "../src/lib/suggestions.ts";
import {
  aggregateRatings,
  formatRatingsTable,
  formatSurveyProblem,
  lowResponseGroups,
  mergeRatingsIntoJson,
  readSurvey,
  smallGroups,
} from "./import/survey-import.ts";
import { runAsProcess, type CommandIo } from "./command.ts";
import { slugProblem } from "./new/scaffold.ts";
import { argumentsMessage, loadFramework, Refusal, UsageError } from "./new.ts";
import { validateFolder } from "./validate.ts";

const USAGE = `Usage:
  npm run import -- ratings <survey.csv> --review <partnership-slug>/<review-id>
Options:
  --skip-bad-rows   leave out rows with problems (and list them) instead of importing nothing
  --dry-run         read and check the survey, show the ratings, write nothing
  --content DIR     the content folder (default: CONTENT_DIR, else ./content)`;

/** Returns `n thing` or `n things`. */
function count(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** Returns "row 3" or "rows 3, 4 and 6". */
function listRows(rows: readonly number[]): string {
  const last = rows.at(-1);
  return rows.length === 1 ? `row ${last}` : `rows ${rows.slice(0, -1).join(", ")} and ${last}`;
}

/** Returns the label of the framework item with this id, else the id. */
function labelOf(items: readonly { id: string; label: string }[], id: string): string {
  return items.find((item) => item.id === id)?.label ?? id;
}

/** Replaces `path` with `text` without ever leaving it half-written: write a temporary file beside it, then rename. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  // A leading "." keeps a temporary file that outlives a crash out of the content the build reads.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, "utf8");
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Returns the survey file as text, or throws a Refusal when it cannot be read or is not UTF-8. */
async function readSurveyText(path: string): Promise<string> {
  const bytes = await readFile(path).catch(() => undefined);
  if (bytes === undefined) throw new Refusal(`${path} cannot be read: check the file's name and folder`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal(
      `${basename(path)} is not saved as UTF-8 text, so its letters cannot be read reliably. In Excel, use Save As > "CSV UTF-8 (Comma delimited)"; in LibreOffice, choose the character set "Unicode (UTF-8)"`,
    );
  }
}

interface Options {
  csvPath: string;
  partnership: string;
  reviewId: string;
  contentDir: string;
  skipBadRows: boolean;
  dryRun: boolean;
}

/** Returns the checked options, or throws a UsageError. */
function readOptions(argv: string[], io: CommandIo): Options {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw new UsageError(argumentsMessage(error, ["review", "content", "skip-bad-rows", "dry-run", "help"]));
  }
  const { values, positionals } = parsed;
  const [kind, csvPath, ...rest] = positionals;
  if (kind !== "ratings") {
    throw new UsageError(
      kind === undefined
        ? "say what to import: ratings"
        : `"${kind}" is not something import can read: use ratings.${didYouMean(kind, ["ratings"])}`,
    );
  }
  if (csvPath === undefined) throw new UsageError("give the survey's CSV file");
  if (rest.length > 0) throw new UsageError(`give one CSV file, not ${rest.length + 1}`);
  if (values.review === undefined) {
    throw new UsageError("say which review to import into: --review <partnership-slug>/<review-id>");
  }
  const [partnership = "", reviewId = "", ...extra] = values.review.split("/");
  if (extra.length > 0 || reviewId === "") {
    throw new UsageError(
      `--review "${values.review}" must be <partnership-slug>/<review-id>, such as shared-legal/2025-annual-review`,
    );
  }
  const problems = [
    slugProblem("partnership slug", partnership, "shared-legal-service"),
    slugProblem("review id", reviewId, "2025-annual-review"),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return {
    csvPath,
    partnership,
    reviewId,
    contentDir: resolveContentDir(values.content, io.env, io.cwd),
    skipBadRows: values["skip-bad-rows"] === true,
    dryRun: values["dry-run"] === true,
  };
}

/** Returns the command line parsed into options and positionals; throws on an unknown option. */
function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      review: { type: "string" },
      content: { type: "string" },
      "skip-bad-rows": { type: "boolean" },
      "dry-run": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** Runs the import, writing its report, and returns the exit code: 0 written, 1 nothing written, 2 a mistake in the command. */
async function importRatings(options: Options, io: CommandIo): Promise<number> {
  const out = (text: string): void => void io.stdout.write(`${text}\n`);
  const err = (text: string): void => void io.stderr.write(`${text}\n`);
  const { contentDir, partnership, reviewId } = options;
  const framework = await loadFramework(contentDir);
  const reviewFile = `reviews/${partnership}/${reviewId}.json`;
  const reviewPath = join(contentDir, reviewFile);
  const original = await readFile(reviewPath, "utf8").catch(() => undefined);
  if (original === undefined) {
    throw new Refusal(
      `${reviewFile} does not exist in ${contentDir}, so nothing was written. Start the review with: npm run new -- review ${partnership} ${reviewId}`,
    );
  }
  const json = parseJsonSource({ path: reviewFile, text: original });
  if (!json.ok) {
    throw new Refusal(
      `${json.problems.map(formatProblem).join("\n")}\nNothing was written: fix ${reviewFile} first (npm run validate lists every problem).`,
    );
  }

  const fileName = basename(options.csvPath);
  const reading = readSurvey(await readSurveyText(options.csvPath), framework);
  if (reading.fileProblems.length > 0) {
    for (const problem of reading.fileProblems) err(formatSurveyProblem(fileName, problem));
    err(`Nothing was written: ${fileName} cannot be imported until the problems above are fixed.`);
    return 1;
  }
  const badRows = count(reading.badRows.length, "row");
  if (reading.rowProblems.length > 0) {
    for (const problem of reading.rowProblems) err(formatSurveyProblem(fileName, problem));
    if (!options.skipBadRows) {
      err(
        `Nothing was written: ${badRows} of ${fileName} cannot be read. Fix them and import again, or add --skip-bad-rows to leave them out.`,
      );
      return 1;
    }
    err(`Skipped ${badRows} with problems (${listRows(reading.badRows)}): they are left out of the ratings.`);
  }
  if (reading.responses.length === 0) {
    err(`Nothing was written: no row of ${fileName} could be read.`);
    return 1;
  }

  const ratings = aggregateRatings(reading.responses, framework);
  const merged = mergeRatingsIntoJson(original, ratings);
  if (!merged.ok) throw new Refusal(`${reviewFile} ${merged.message}. Nothing was written.`);
  const verb = options.dryRun ? "Would write" : "Wrote";
  out(
    `Read ${count(reading.responses.length, "respondent")} from ${fileName}. ${verb} ${count(ratings.length, "rating")} into ${reviewFile}:`,
  );
  out("");
  out(formatRatingsTable(ratings, framework));
  out("");
  if (merged.replaced.length > 0) {
    out(`Replaced ${count(merged.replaced.length, "existing rating")} entirely (nothing of the old one is kept):`);
    for (const { factor, group, hadComment } of merged.replaced) {
      const comment = hadComment ? ": its comment was removed too, so add it again if it still applies" : "";
      out(`  ${labelOf(framework.factors, factor)} by ${labelOf(framework.stakeholderGroups, group)}${comment}`);
    }
  }
  const kept =
    merged.kept === 0
      ? ""
      : `; kept ${count(merged.kept, "other rating")} as ${merged.kept === 1 ? "it was" : "they were"}`;
  out(`Added ${count(merged.added.length, "new rating")}${kept}.`);
  if (merged.examples > 0) out("Removed the example rating that npm run new wrote.");
  const { minRespondents } = framework.triangulation;
  for (const small of smallGroups(ratings, framework)) {
    out(
      `Note: ${small.label} has ${count(small.respondents, "respondent")}, fewer than the framework's minimum of ${minRespondents}: its ratings will be withheld when published.`,
    );
  }
  const minimum = `${Math.round(framework.thresholds.minResponseRate * 1000) / 10}%`;
  for (const low of lowResponseGroups(ratings, framework)) {
    out(
      `Note: ${low.respondents} of the ${low.invited} ${low.label} asked answered (${Math.round((low.respondents / low.invited) * 100)}%), below the framework's minimum response rate of ${minimum}: their views will be marked low response when published.`,
    );
  }
  if (options.dryRun) {
    out("Dry run: nothing was written.");
    return 0;
  }

  await writeAtomically(reviewPath, merged.text).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Refusal(`${reviewFile} could not be written (${reason}), so it was left as it was.`);
  });
  const { problems } = await validateFolder(contentDir);
  const prefix = `reviews/${partnership}/${reviewId}.`;
  const errors = problems.filter((problem) => problem.severity === "error" && problem.file.startsWith(prefix));
  if (errors.length > 0) {
    out(
      `The ratings were written, but this review has ${count(errors.length, "error")} to fix before it can be built:`,
    );
    for (const problem of errors) out(`  ${formatProblem(problem)}`);
  } else {
    out(`Checked: no errors in reviews/${partnership}/${reviewId}.`);
  }
  out(`See the draft: npm run dev, then open /partnerships/${partnership}/reviews/${reviewId}/`);
  return 0;
}

/** Runs the command and returns its exit code: 0 written, 1 nothing written, 2 a mistake in the command. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  try {
    if (argv.includes("--help") || argv.includes("-h")) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return await importRatings(readOptions(argv, io), io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      io.stderr.write(`import: ${message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`import: ${message}\n`);
    return 1;
  }
}

if (import.meta.main) await runAsProcess("import", main);

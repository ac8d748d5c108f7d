// Makes a committee pack from the published content: npm run pack -- --title "…" --date YYYY-MM-DD [options]
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatDate } from "../src/lib/format.ts";
import { isoDay, publishedBy, resolveNow } from "../src/lib/publication.ts";
import { absoluteUrl, siteRoot } from "../src/lib/links.ts";
import { formatProblem, sortProblems } from "../src/lib/problems.ts";
import { buildSiteModel } from "../src/lib/site-model.ts";
import { resolveSiteLocation } from "../src/lib/site-settings.ts";
import { didYouMean } from "../src/lib/suggestions.ts";
import { validateFolder } from "../src/loaders/content-folder.ts";
import { resolveContentDir } from "../src/loaders/environment.ts";
import { runAsProcess, type CommandIo } from "./command.ts";
import { argumentsMessage } from "./new.ts";
import { attentionRuleText } from "../src/lib/needs-attention.ts";
import { buildPack, choosePartnerships, type Choice } from "../src/lib/pack/pack-model.ts";
import { markOutput, outputRefusal, type Guard } from "./output/output-folder.ts";
import { renderPackHtml } from "./pack/html.ts";
import { printPdf, startChromium } from "./pack/pdf.ts";

/** The command's usage, shown with --help and after a mistake in the command. */
export const USAGE = `Usage: npm run pack -- --title "TITLE" --date YYYY-MM-DD [--partnerships a,b | --needs-attention]
                      [--since YYYY-MM-DD] [--committee NAME] [--meeting-date YYYY-MM-DD]
                      [--out DIR] [--content DIR]

Makes one committee pack, an accessible HTML file and a tagged PDF, from what was published as at --date.

  --title TEXT          the pack's title, as on the committee's agenda
  --date YYYY-MM-DD     the "as at" day for due and overdue dates, such as the meeting's: only reviews
                        published by the end of this day (UTC) and of today are used
  --partnerships a,b    these partnerships, by slug, in this order (default: every partnership,
                        those needing attention first, in the needs-attention order)
  --needs-attention     only the partnerships that need attention as at --date
  --committee NAME      the committee the report goes to, for its front sheet
  --meeting-date DATE   the meeting's date, YYYY-MM-DD, for its front sheet (default: --date)
  --since YYYY-MM-DD    also say what changed since this day: reviews published, recommendation statuses,
                        committee resolutions made or changed, partners' replies
  --out DIR             the folder to write the pack to (default: packs): a new or empty folder, or one that
                        npm run pack made
  --content DIR         the content folder (default: CONTENT_DIR, else content)`;

const OPTIONS = [
  "title",
  "date",
  "partnerships",
  "needs-attention",
  "since",
  "committee",
  "meeting-date",
  "out",
  "content",
  "help",
];

/** A mistake in the command or its values: reported in one sentence, nothing written. */
class PackError extends Error {}

/** Returns true for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Returns the day given for an option, or throws naming the value. */
function dayOption(name: string, value: string): string {
  if (!isIsoDay(value))
    throw new PackError(`--${name} "${value}" is not a date written YYYY-MM-DD, such as 2026-03-31.`);
  return value;
}

/** Returns the file name stem of a pack: its date and its title in lowercase words joined by hyphens. */
export function packFileStem(date: string, title: string): string {
  const words = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${date}-${words === "" ? "committee-pack" : words}`;
}

/** Returns a size such as "48 KB". */
function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Runs the command and returns its exit code: 0 a pack was written, 1 nothing was written. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  try {
    return await pack(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`pack: ${message}\n`);
    return 1;
  }
}

async function pack(args: string[], io: CommandIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        title: { type: "string" },
        date: { type: "string" },
        partnerships: { type: "string" },
        "needs-attention": { type: "boolean" },
        since: { type: "string" },
        committee: { type: "string" },
        "meeting-date": { type: "string" },
        out: { type: "string" },
        content: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    io.stderr.write(`pack: ${argumentsMessage(error, OPTIONS)}\n${USAGE}\n`);
    return 1;
  }
  if (values["help"] === true) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === "string" ? value : undefined;
  };
  const title = text("title")?.trim();
  if (title === undefined || title === "") {
    throw new PackError(
      `--title is required: the pack's title, such as "Partnership reviews: report to the Scrutiny Committee".`,
    );
  }
  const given = text("date");
  if (given === undefined) throw new PackError(`--date is required: the "as at" day, written YYYY-MM-DD.`);
  const date = dayOption("date", given);
  const sinceText = text("since");
  const since = sinceText === undefined ? undefined : dayOption("since", sinceText);
  if (since !== undefined && since > date) throw new PackError(`--since ${since} is after --date ${date}.`);
  const committee = text("committee")?.trim() || undefined;
  const meetingText = text("meeting-date");
  const meetingDate = meetingText === undefined ? undefined : dayOption("meeting-date", meetingText);
  const slugsText = text("partnerships");
  if (slugsText !== undefined && values["needs-attention"] === true) {
    throw new PackError("--partnerships and --needs-attention cannot be used together: choose one.");
  }
  const slugs = slugsText
    ?.split(",")
    .map((slug) => slug.trim())
    .filter((slug) => slug !== "");
  if (slugs !== undefined && slugs.length === 0) {
    throw new PackError(`--partnerships "${slugsText}" names no partnership: give slugs separated by commas.`);
  }
  const choice: Choice =
    slugs !== undefined ? { slugs } : values["needs-attention"] === true ? { needsAttention: true } : { all: true };
  const contentDir = resolveContentDir(text("content"), io.env, io.cwd);
  const outDir = resolve(io.cwd, text("out") ?? "packs");
  const guard: Guard = { project: resolve(import.meta.dirname, ".."), content: contentDir, home: homedir() };
  const refusal = await outputRefusal(outDir, "packs", guard);
  if (refusal !== undefined) throw new PackError(refusal);
  const step = (line: string): void => void io.stdout.write(`${line}\n`);

  // Nothing embargoed today goes into a pack, whatever its date: a pack made for next week's meeting takes what is
  // published today (or SOURCE_DATE_EPOCH), and --date is only the "as at" day for due and overdue dates.
  const today = isoDay(resolveNow(io.env["SOURCE_DATE_EPOCH"], new Date()));
  const gate = date < today ? date : today;
  step(`Validating ${contentDir}`);
  const { content, problems } = await validateFolder(contentDir, gate);
  const errors = sortProblems(problems.filter((problem) => problem.severity === "error"));
  if (content === undefined || errors.length > 0) {
    for (const problem of errors) io.stderr.write(`${formatProblem(problem)}\n`);
    io.stderr.write(
      `pack: the content has ${errors.length} ${errors.length === 1 ? "error" : "errors"}, so no pack was made: fix ${errors.length === 1 ? "it" : "them"} and run again.\n`,
    );
    return 1;
  }

  // "Now" is the end of --date, but only what was published by the end of the gate's day is in the pack.
  step(
    `Taking what was published by the end of ${formatDate(gate)}${gate === date ? "" : `, as at ${formatDate(date)}`}`,
  );
  const model = buildSiteModel(publishedBy(content, gate), date);
  if (!model.reviews.some((review) => review.published)) {
    throw new PackError(
      gate === date
        ? `--date ${date} is before any published content: no review in ${contentDir} had been published by the end of that day.`
        : `no review in ${contentDir} has been published yet (today is ${today}), so there is nothing to put in a pack.`,
    );
  }
  // The site's own rule and order, so the pack lists exactly the partnerships the home page says need attention.
  const chosen = choosePartnerships(model, choice);
  if ("unknown" in chosen) {
    const known = model.partnerships.map((partnership) => partnership.slug);
    throw new PackError(
      `--partnerships names "${chosen.unknown}", which is not a partnership in ${contentDir}.${didYouMean(chosen.unknown, known)}`,
    );
  }
  const { partnerships } = chosen;
  step(
    `Covering ${partnerships.length} ${partnerships.length === 1 ? "partnership" : "partnerships"}${partnerships.length === 0 ? "" : `: ${partnerships.map((partnership) => partnership.slug).join(", ")}`}`,
  );

  const location = resolveSiteLocation(model.site, io.env);
  const root = siteRoot(location.url, location.basePath);
  const document = buildPack(model, partnerships, {
    title,
    ruleText: attentionRuleText(model.framework),
    siteRoot: root,
    ...(since === undefined ? {} : { since }),
    ...(gate === date ? {} : { publishedBy: gate }),
    ...(committee === undefined ? {} : { committee }),
    meetingDate: meetingDate ?? date,
  });
  step("Writing the HTML pack");
  // Chromium, a process of its own, starts while the HTML is drawn; if it cannot start, drawing stops at once and
  // the command reports Chromium's error.
  const stop = new AbortController();
  const chromium = startChromium(io.env);
  chromium.catch(() => stop.abort());
  const html = await renderPackHtml(document, stop.signal).catch(async (error: unknown) => {
    await (await chromium).close();
    throw error;
  });
  step("Printing the tagged PDF with Chromium");
  const pdf = await printPdf(html, { title, asAt: formatDate(date) }, await chromium);

  const stem = packFileStem(date, title);
  const files = [
    { path: join(outDir, `${stem}.html`), bytes: new TextEncoder().encode(html) },
    { path: join(outDir, `${stem}.pdf`), bytes: pdf },
  ];
  await mkdir(outDir, { recursive: true });
  await markOutput(outDir, "packs");
  // Both files are written beside their final names, then renamed, so a failure never leaves half a pack.
  const temporary = (path: string) => `${path}.${process.pid}.partial`;
  try {
    for (const file of files) await writeFile(temporary(file.path), file.bytes);
    for (const file of files) await rename(temporary(file.path), file.path);
  } catch (error) {
    await Promise.all(files.map((file) => rm(temporary(file.path), { force: true })));
    throw error;
  }
  for (const file of files) step(`Wrote ${file.path} (${kilobytes(file.bytes.length)})`);
  step(`Background papers link to ${absoluteUrl(root, "")}`);
  return 0;
}

if (import.meta.main) await runAsProcess("pack", main);

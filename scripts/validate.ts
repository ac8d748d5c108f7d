// Validates a content folder without building the site: npm run validate [-- --content DIR] [-- --json]
import { parseArgs } from "node:util";
import { validateFolder } from "../src/loaders/content-folder.ts";
import { resolveContentDir } from "../src/loaders/environment.ts";
import { isFederationFolder } from "../src/federation/folder.ts";
import { readFederation } from "../src/federation/read.ts";
import { isoDay, resolveNow } from "../src/lib/publication.ts";
import { countProblems, formatProblem, sortProblems, type Problem } from "../src/lib/problems.ts";
import { runAsProcess, type CommandIo } from "./command.ts";

export { validateFolder };

const LABELS = { error: "error", warning: "warning", info: "info" } as const;

/** Returns the human-readable report: one line per problem, then a count. */
export function formatReport(problems: readonly Problem[], dir: string, millis: number): string {
  const lines = sortProblems(problems).map(
    (problem) => `${LABELS[problem.severity].padEnd(7)} ${formatProblem(problem)}`,
  );
  const counts = countProblems(problems);
  const verdict = counts.error === 0 ? "Content is valid" : "Content has errors";
  lines.push(
    `${verdict}: ${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.info} note${counts.info === 1 ? "" : "s"} in ${dir} (${millis.toFixed(0)} ms)`,
  );
  return lines.join("\n");
}

/** Runs the command and returns its exit code: 0 no errors, 1 errors in the content, 2 the command could not run. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  try {
    return await validate(args, io);
  } catch (error) {
    io.stderr.write(`validate: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

async function validate(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: "string" },
      json: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
    },
  });
  const dir = resolveContentDir(values.content, io.env, io.cwd);
  // A federation's folder holds only federation.json: its members are read and checked when it is built.
  if (await isFederationFolder(dir)) {
    const read = await readFederation(dir);
    const problems = "problems" in read ? read.problems : [];
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ contentDir: dir, federation: true, valid: problems.length === 0, problems }, null, 2)}\n`,
      );
    } else if ("federation" in read) {
      const count = read.federation.members.length;
      io.stdout.write(
        `${dir} is a federation: federation.json is valid, with ${count} ${count === 1 ? "member" : "members"}. Members are read and checked when it is built (npm run build).\n`,
      );
    } else {
      io.stdout.write(`${problems.join("\n")}\n`);
    }
    return problems.length === 0 ? 0 : 1;
  }
  const started = performance.now();
  // The day reviews are published by comes from this command's environment, as for every other command.
  const { problems } = await validateFolder(dir, isoDay(resolveNow(io.env["SOURCE_DATE_EPOCH"], new Date())));
  const millis = performance.now() - started;
  const counts = countProblems(problems);
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ contentDir: dir, valid: counts.error === 0, counts, problems: sortProblems(problems) }, null, 2)}\n`,
    );
  } else {
    const shown = values.quiet ? problems.filter((problem) => problem.severity === "error") : problems;
    io.stdout.write(`${formatReport(shown, dir, millis)}\n`);
  }
  return counts.error === 0 ? 0 : 1;
}

if (import.meta.main) await runAsProcess("validate", main);

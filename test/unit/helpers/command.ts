import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import type { Main } from "../../../scripts/command.ts";
import { ROOT } from "./fixtures.ts";

/** What a command did: its exit code and everything it wrote. */
export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command's main in this process, as `npm run` would from the repository root, with only the
 * environment variables given (so the tester's own CONTENT_DIR never leaks in), and returns what it did.
 */
export async function runMain(main: Main, args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    cwd: ROOT,
  });
  return { status, stdout, stderr };
}

/** Runs a script in its own Node process, as authors do, for the few tests where the process boundary matters. */
export function runProcess(script: string, args: string[], env: Record<string, string> = {}): Run {
  const run = spawnSync(resolve(ROOT, "node_modules/.bin/node"), [script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** Returns true when the output holds a stack trace line, which authors should never see. */
export function hasStackTrace(run: Run): boolean {
  return /^ {4}at /m.test(`${run.stdout}\n${run.stderr}`);
}

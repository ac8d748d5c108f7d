// The small interface every command-line tool runs through, so tests can call a tool's main in-process
// with captured output, their own environment and working folder, instead of starting Node each time.
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Somewhere to write text: process.stdout, process.stderr, or a test's buffer. */
export interface Output {
  write(text: string): unknown;
}

/** What a command reads from and writes to its process. */
export interface CommandIo {
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** A command's entry point: it returns the exit code instead of setting it. */
export type Main = (args: string[], io: CommandIo) => Promise<number>;

/**
 * The folder of Node's compile cache: Node's own default, where `npm run build` turns the cache on, and which
 * `npm test` and the browser tests' builds give the processes they start (NODE_COMPILE_CACHE) unless given another.
 */
export const COMPILE_CACHE_DIR = join(tmpdir(), "node-compile-cache");

/** Returns the running process's streams, environment and folder. */
export function processIo(): CommandIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/**
 * Runs `main` on the process's arguments and sets the exit code. An unexpected error is reported in one
 * line prefixed with the command's name, never as a stack trace, and exits 1.
 */
export async function runAsProcess(name: string, main: Main): Promise<void> {
  // Astro sends usage data unless told not to; no command of this project should, whoever starts it.
  process.env["ASTRO_TELEMETRY_DISABLED"] ??= "1";
  process.exitCode = await main(process.argv.slice(2), processIo()).catch((error: unknown) => {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
}

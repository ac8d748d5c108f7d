// Runs every check: npm test. The browser tests take most of the time and use one core, so the static checks
// (types, lint, format, field reference, unit tests) run beside them on the other; their output is held and
// printed in one piece when they finish, while the browser tests report as they go.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { COMPILE_CACHE_DIR, runAsProcess, type CommandIo } from "./command.ts";

const ROOT = resolve(import.meta.dirname, "..");

/** One check: a name and the npm script that runs it. */
export interface Check {
  name: string;
  script: string;
}

/** The static checks, run one after another; the first failure stops the rest. */
export const STATIC_CHECKS: readonly Check[] = [
  { name: "types", script: "typecheck" },
  { name: "lint", script: "lint" },
  { name: "format", script: "format:check" },
  { name: "field reference", script: "docs:check" },
  { name: "unit tests", script: "test:unit" },
];

/** The browser and build tests. */
export const BROWSER_CHECKS: Check = { name: "end-to-end tests", script: "test:e2e" };

/** Runs an npm script; resolves to its exit code and, when `hold` is set, its output instead of printing it. */
function runScript(
  script: string,
  env: NodeJS.ProcessEnv,
  hold: boolean,
  io: CommandIo,
): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn("npm", ["run", "--silent", script], {
      cwd: ROOT,
      env,
      stdio: ["ignore", hold ? "pipe" : "inherit", hold ? "pipe" : "inherit"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => {
      io.stderr.write(`test: could not start npm run ${script}: ${error.message}\n`);
      done({ code: 1, output });
    });
    child.on("close", (code) => done({ code: code ?? 1, output }));
  });
}

/** Returns the summary line of a finished check. */
export function summaryLine(check: Check, code: number, seconds: number): string {
  return `${code === 0 ? "✔" : "✘"} ${check.name} (npm run ${check.script}) ${code === 0 ? "passed" : "failed"} in ${seconds.toFixed(1)} s`;
}

/** Runs every check and returns 0 only when all pass. */
export async function main(_args: string[], io: CommandIo): Promise<number> {
  const started = performance.now();
  // Node's compile cache, in the folder the builds use, for every check: Vitest does not turn it on, and its processes
  // load the same modules run after run (the unit tests took 30-31 s of CPU with it, 34-36 s without). A
  // NODE_COMPILE_CACHE of the caller's is kept.
  const env = { NODE_COMPILE_CACHE: COMPILE_CACHE_DIR, ...process.env, ...io.env };
  // Astro's type check syncs the content collections into its cache; it gets a cache of its own, so it can
  // never read or write the one the browser tests' builds are using at the same moment.
  const staticEnv = { ...env, ASTRO_CACHE_DIR: resolve(ROOT, "node_modules/.astro-check") };
  const staticRun = (async () => {
    const lines: string[] = [];
    for (const check of STATIC_CHECKS) {
      const begun = performance.now();
      const { code, output } = await runScript(check.script, staticEnv, true, io);
      lines.push(summaryLine(check, code, (performance.now() - begun) / 1000));
      if (code !== 0) return { code, passed: lines.length - 1, failed: 1, report: `${output}\n${lines.join("\n")}\n` };
    }
    return { code: 0, passed: lines.length, failed: 0, report: `${lines.join("\n")}\n` };
  })();
  const browserBegun = performance.now();
  const browser = runScript(BROWSER_CHECKS.script, env, false, io).then(({ code }) => ({
    code,
    line: summaryLine(BROWSER_CHECKS, code, (performance.now() - browserBegun) / 1000),
  }));
  const [statics, e2e] = await Promise.all([staticRun, browser]);
  io.stdout.write(`\n${statics.report}${e2e.line}\n`);
  const failed = statics.code !== 0 || e2e.code !== 0;
  const failedCount = statics.failed + (e2e.code === 0 ? 0 : 1);
  const passedCount = statics.passed + (e2e.code === 0 ? 1 : 0);
  io.stdout.write(
    `${failed ? "Some checks failed" : "Every check passed"} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  io.stdout.write(`checks: ${passedCount} passed, ${failedCount} failed\n`);
  return failed ? 1 : 0;
}

if (import.meta.main) await runAsProcess("test", main);

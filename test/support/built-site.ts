import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** Where the test builds go; ignored by git. */
export const OUTPUT = resolve(ROOT, "test/output");

/** The pinned Node runtime, so child processes never run on an older system Node. */
export const NODE = resolve(ROOT, "node_modules/.bin/node");

/**
 * Returns the environment for a child build: this process's, without the BASE_URL Vitest sets for its own workers
 * (a child build would take it as Astro's base path), with the sample's SOURCE_DATE_EPOCH and Node's compile cache in
 * its usual folder, and `extra` over them. The build turns the cache on itself, but only once its own modules are
 * loaded: given from the start, its first TypeScript file does not start Node's type stripper (about 0.2 s of CPU).
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { BASE_URL: _ignored, ...inherited } = process.env;
  const compileCache = inherited["NODE_COMPILE_CACHE"] ?? join(tmpdir(), "node-compile-cache");
  return { ...inherited, SOURCE_DATE_EPOCH: "1795737600", NODE_COMPILE_CACHE: compileCache, ...extra };
}

/** Blocks this process for `ms` milliseconds (buildSite is synchronous, as its callers at module level need). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Returns true when the process `pid` is running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns true when the lock folder was left by a process that has ended, or by one killed between making it and
 * writing its pid into it (no pid for 10 s). False while its owner runs, or when the lock has just been released.
 */
function orphanedLock(lock: string): boolean {
  try {
    const pid = Number(readFileSync(resolve(lock, "pid"), "utf8"));
    return Number.isInteger(pid) && pid > 0 && !running(pid);
  } catch {
    try {
      return Date.now() - statSync(lock).mtimeMs > 10_000;
    } catch {
      return false;
    }
  }
}

/**
 * Runs `work` holding test/output/.built/<name>.lock, so that two test files in two workers asking for one site build
 * it once: the second waits, then finds it built. A lock whose process has ended is taken over.
 */
function holdingLock<T>(name: string, work: () => T): T {
  const lock = resolve(OUTPUT, ".built", `${name}.lock`);
  mkdirSync(resolve(OUTPUT, ".built"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (orphanedLock(lock)) rmSync(lock, { recursive: true, force: true });
      else sleep(250);
    }
  }
  writeFileSync(resolve(lock, "pid"), String(process.pid));
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds a content folder into test/output/<name> with the project's own build command, and returns the folder.
 * A site already built under that name in this run (the global setup empties test/output first) from the same
 * content and environment is reused, so test files share builds instead of repeating them, in either worker.
 * `write`, when given, writes the content folder first, and only when the site is to be built.
 */
export function buildSite(
  name: string,
  contentDir: string,
  env: Record<string, string> = {},
  write?: (contentDir: string) => void,
): string {
  const out = resolve(OUTPUT, name);
  const record = resolve(OUTPUT, ".built", `${name}.json`);
  const recipe = JSON.stringify({ contentDir, env });
  return holdingLock(name, () => {
    if (existsSync(record) && readFileSync(record, "utf8") === recipe && existsSync(resolve(out, "index.html"))) {
      return out;
    }
    rmSync(record, { force: true });
    write?.(contentDir);
    execFileSync(NODE, ["scripts/build.ts", "--content", contentDir, "--out", out], {
      cwd: ROOT,
      env: childEnv(env),
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (!existsSync(resolve(out, "index.html"))) throw new Error(`the build of ${contentDir} wrote no index.html`);
    writeFileSync(record, recipe);
    return out;
  });
}

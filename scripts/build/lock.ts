// One build at a time per project: the builds share Astro's content cache, so a second build waits.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Who holds the lock. */
export interface LockOwner {
  pid: number;
  /** When the build started, as an ISO timestamp. */
  started: string;
  out: string;
}

/** A held lock; release it once, when the build ends. */
export interface BuildLock {
  release: () => Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another build before giving up, in milliseconds. */
  timeout: number;
  /** How often to look again, in milliseconds. */
  interval: number;
  /** Told once when the lock is held by another build, so the user knows why nothing happens. */
  onWait: (owner: LockOwner | undefined) => void;
  /** Returns true when a process with this id is running; replaceable in tests. */
  isRunning?: (pid: number) => boolean;
}

/** Returns true when a process with this id is running on this machine. */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(lockDir: string): Promise<LockOwner | undefined> {
  const text = await readFile(join(lockDir, "owner.json"), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as LockOwner;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock at `lockDir` (a folder, since making one is atomic), waiting while another running build
 * holds it. A lock left by a build that no longer runs (killed, or the machine restarted) is taken over.
 */
export async function acquireBuildLock(lockDir: string, owner: LockOwner, options: LockOptions): Promise<BuildLock> {
  const isRunning = options.isRunning ?? isProcessRunning;
  const deadline = Date.now() + options.timeout;
  let told = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(join(lockDir, "owner.json"), JSON.stringify(owner));
      // Every caller waits for the one removal: a build stopped by a signal releases from its handler and from its
      // main path at once, and the handler must not exit the process while the removal is still under way.
      let released: Promise<void> | undefined;
      return {
        release: () => (released ??= rm(lockDir, { recursive: true, force: true })),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await readOwner(lockDir);
    // A folder just made has no owner file for a moment; only a lock whose owner is known to be gone is stale.
    if (holder !== undefined && !isRunning(holder.pid)) {
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!told) {
      options.onWait(holder);
      told = true;
    }
    if (Date.now() >= deadline) {
      const who = holder === undefined ? "another build" : `the build in process ${holder.pid}`;
      throw new Error(
        `${who} has held the build lock for too long: if no build is running, delete ${lockDir} and try again`,
      );
    }
    await new Promise((done) => setTimeout(done, options.interval));
  }
}

/**
 * Removes the staging folders ("staging-<time>-<pid>") in `work` whose build no longer runs, and returns their names.
 * A build killed with kill -9 runs no clean-up of its own; builds still running keep theirs.
 */
export async function removeAbandonedStaging(work: string, isRunning = isProcessRunning): Promise<string[]> {
  const names = await readdir(work).catch(() => [] as string[]);
  const abandoned = names.filter((name) => {
    const pid = /^staging-[0-9a-z]+-(\d+)$/.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  for (const name of abandoned) await rm(join(work, name), { recursive: true, force: true });
  return abandoned;
}

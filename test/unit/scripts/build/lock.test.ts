import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireBuildLock, removeAbandonedStaging, type LockOwner } from "../../../../scripts/build/lock.ts";

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function lockPath(): string {
  const dir = mkdtempSync(join(tmpdir(), "lock-"));
  temporary.push(dir);
  return join(dir, "build.lock");
}

const owner = (pid: number): LockOwner => ({ pid, started: "2026-11-30T12:00:00.000Z", out: "/site/dist" });

describe("acquireBuildLock(lockDir, owner, options)", () => {
  it("takes a free lock at once, records its owner, and frees it on release", async () => {
    const path = lockPath();
    const waits: unknown[] = [];
    const lock = await acquireBuildLock(path, owner(101), {
      timeout: 0,
      interval: 1,
      onWait: (who) => waits.push(who),
    });
    expect(JSON.parse(readFileSync(join(path, "owner.json"), "utf8"))).toEqual(owner(101));
    expect(waits).toEqual([]);
    await lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it("makes a second release wait for the first one's removal, as a signal handler's exit must", async () => {
    const path = lockPath();
    const lock = await acquireBuildLock(path, owner(102), { timeout: 0, interval: 1, onWait: () => {} });
    const first = lock.release();
    // The second caller (the build's main path, or its signal handler) is not told "done" before the lock is gone.
    await lock.release();
    expect(existsSync(path)).toBe(false);
    await first;
  });

  it("waits while a running build holds it, says so once, and takes it when released", async () => {
    const path = lockPath();
    const first = await acquireBuildLock(path, owner(101), { timeout: 0, interval: 1, onWait: () => {} });
    const waits: (LockOwner | undefined)[] = [];
    const second = acquireBuildLock(path, owner(202), {
      timeout: 5_000,
      interval: 5,
      onWait: (who) => waits.push(who),
      isRunning: () => true,
    });
    await new Promise((done) => setTimeout(done, 30));
    await first.release();
    const lock = await second;
    expect(waits).toEqual([owner(101)]);
    expect(JSON.parse(readFileSync(join(path, "owner.json"), "utf8"))).toEqual(owner(202));
    await lock.release();
  });

  it("takes over a lock left by a build that no longer runs", async () => {
    const path = lockPath();
    mkdirSync(path);
    writeFileSync(join(path, "owner.json"), JSON.stringify(owner(999_999)));
    const waits: unknown[] = [];
    const lock = await acquireBuildLock(path, owner(303), {
      timeout: 0,
      interval: 1,
      onWait: (who) => waits.push(who),
      isRunning: (pid) => pid !== 999_999,
    });
    expect(waits).toEqual([]);
    expect(JSON.parse(readFileSync(join(path, "owner.json"), "utf8"))).toEqual(owner(303));
    await lock.release();
  });

  it("gives up after the timeout with a sentence saying how to clear the lock", async () => {
    const path = lockPath();
    const held = await acquireBuildLock(path, owner(101), { timeout: 0, interval: 1, onWait: () => {} });
    await expect(
      acquireBuildLock(path, owner(202), { timeout: 20, interval: 5, onWait: () => {}, isRunning: () => true }),
    ).rejects.toThrow(
      `the build in process 101 has held the build lock for too long: if no build is running, delete ${path} and try again`,
    );
    await held.release();
  });
});

describe("removeAbandonedStaging(work, isRunning)", () => {
  it("removes the staging folders of builds that no longer run, and nothing else", async () => {
    const work = dirname(lockPath());
    for (const name of ["staging-mj1-101", "staging-mj2-202", "staging-mj3-303", "build.lock", "notes"]) {
      mkdirSync(join(work, name));
    }
    const removed = await removeAbandonedStaging(work, (pid) => pid === 202);
    expect(removed.sort()).toEqual(["staging-mj1-101", "staging-mj3-303"]);
    expect(readdirSync(work).sort()).toEqual(["build.lock", "notes", "staging-mj2-202"]);
  });

  it("removes nothing when the work folder does not exist yet", async () => {
    expect(await removeAbandonedStaging(join(dirname(lockPath()), "absent"))).toEqual([]);
  });
});

// The resident memory of a process and everything it started, read from /proc (Linux).
import { readdirSync, readFileSync } from "node:fs";

/** What the memory sampler reads: the process ids and their files under /proc, or a test's fake. */
export interface ProcReader {
  /** Returns the ids of the running processes. */
  pids(): number[];
  /** Returns /proc/<pid>/<file>, or undefined when the process has ended. */
  read(pid: number, file: "stat" | "status"): string | undefined;
}

/** Reads the real /proc; on a system without it there are no processes to see. */
export const PROC: ProcReader = {
  pids() {
    try {
      return readdirSync("/proc")
        .filter((name) => /^\d+$/.test(name))
        .map(Number);
    } catch {
      return [];
    }
  },
  read(pid, file) {
    try {
      return readFileSync(`/proc/${pid}/${file}`, "utf8");
    } catch {
      // The process ended while we looked.
      return undefined;
    }
  },
};

/** Returns the parent process id from the text of /proc/<pid>/stat. */
export function parentPid(stat: string): number {
  // The command name is in parentheses and may hold spaces; the parent id is the second field after it.
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

/** Returns the resident memory in KB from the text of /proc/<pid>/status, or 0 when it is not given. */
export function residentKb(status: string): number {
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Returns the resident memory of a process and all its descendants, in KB. */
export function treeResidentKb(rootPid: number, proc: ProcReader = PROC): number {
  const children = new Map<number, number[]>();
  for (const pid of proc.pids()) {
    const stat = proc.read(pid, "stat");
    if (stat === undefined) continue;
    const parent = parentPid(stat);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += residentKb(proc.read(pid, "status") ?? "");
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

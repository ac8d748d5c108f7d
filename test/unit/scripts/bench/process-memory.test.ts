import { describe, expect, it } from "vitest";
import { parentPid, residentKb, treeResidentKb, type ProcReader } from "../../../../scripts/bench/process-memory.ts";

/** Returns a /proc with these processes: pid → [parent, resident KB, or undefined once it has ended]. */
function fakeProc(processes: Record<number, [number, number | undefined]>): ProcReader {
  return {
    pids: () => Object.keys(processes).map(Number),
    read(pid, file) {
      const entry = processes[pid];
      if (entry === undefined || entry[1] === undefined) return undefined;
      return file === "stat"
        ? `${pid} (node (worker) x) S ${entry[0]} ${pid} 1 0 -1`
        : `Name:\tnode\nVmPeak:\t  999999 kB\nVmRSS:\t  ${entry[1]} kB\nThreads:\t7\n`;
    },
  };
}

describe("parentPid(stat)", () => {
  it("parentPid(stat) reads the parent after a command name holding spaces and parentheses", () => {
    expect(parentPid("4242 (node (a b) c) S 17 4242 4242 0 -1 4194304")).toBe(17);
  });
});

describe("residentKb(status)", () => {
  it("residentKb(status) reads VmRSS, and 0 when a kernel thread has none", () => {
    expect(residentKb("Name:\tnode\nVmRSS:\t  123456 kB\n")).toBe(123456);
    expect(residentKb("Name:\tkthreadd\n")).toBe(0);
  });
});

describe("treeResidentKb(rootPid, proc)", () => {
  it("treeResidentKb(rootPid, proc) adds the process and every descendant, and nothing else", () => {
    const proc = fakeProc({ 1: [0, 5000], 10: [1, 100], 11: [10, 20], 12: [10, 3], 13: [11, 4], 20: [1, 999] });
    expect(treeResidentKb(10, proc)).toBe(127);
  });

  it("treeResidentKb(rootPid, proc) skips a process that ends while it looks", () => {
    const proc = fakeProc({ 10: [1, 100], 11: [10, undefined], 12: [10, 3] });
    expect(treeResidentKb(10, proc)).toBe(103);
  });
});

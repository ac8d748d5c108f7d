// Runs a command as a child process and measures it: wall time, when each build stage began, the peak
// memory of its whole process tree and, where GNU time is installed, its CPU time.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { treeResidentKb } from "./process-memory.ts";

/** GNU time, which reports the peak memory of the largest process and the CPU time of the tree. */
export const GNU_TIME = "/usr/bin/time";

/** A stage line the build prints, such as "▶ Rendering", and when it appeared, in ms after the start. */
export interface StageMark {
  line: string;
  atMs: number;
}

/** What a measured child process did. */
export interface Run {
  exitCode: number;
  wallMs: number;
  /** The highest summed resident memory of the process tree, sampled every 100 ms. */
  peakTreeRssMb: number;
  /** The highest resident memory of any one process in the tree, from GNU time, when installed. */
  peakProcessRssMb: number | undefined;
  /** User plus system CPU time of the tree, from GNU time: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | undefined;
  /** The machine's one-minute load average when the command started. */
  loadAverage: number;
  /** When each stage line ("▶ …") appeared. */
  marks: StageMark[];
  output: string;
}

/** Returns the peak memory (MB) and CPU time (s) from the last line GNU time wrote with the format "%M %U %S". */
export function parseGnuTime(text: string): { peakProcessRssMb: number | undefined; cpuSeconds: number | undefined } {
  const last = text.trim().split("\n").at(-1) ?? "";
  const [kb, user, system] = last.split(" ").map(Number);
  return {
    peakProcessRssMb: kb !== undefined && Number.isFinite(kb) && kb > 0 ? kb / 1024 : undefined,
    cpuSeconds:
      user !== undefined && system !== undefined && Number.isFinite(user + system) ? user + system : undefined,
  };
}

/** Returns the ms between the stage line starting with `from` and the next stage line (or the end of the run). */
export function stageMs(run: Pick<Run, "marks" | "wallMs">, from: string): number | undefined {
  const index = run.marks.findIndex((mark) => mark.line.startsWith(`▶ ${from}`));
  if (index === -1) return undefined;
  const end = run.marks[index + 1]?.atMs ?? run.wallMs;
  return end - (run.marks[index]?.atMs ?? 0);
}

/** Runs a command, timing it and sampling the memory of its process tree; its output goes to `logFile`. */
export async function measureCommand(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<Run> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = `${logFile}.time`;
  const [file, argv] = useTime ? [GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, command, ...args]] : [command, args];
  const loadAverage = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const marks: StageMark[] = [];
  let output = "";
  let pending = "";
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    const now = performance.now() - started;
    output += chunk;
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith("▶ ")) marks.push({ line, atMs: now });
  });
  child.stderr.on("data", (chunk: string) => {
    output += chunk;
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeResidentKb(child.pid));
  }, 100);
  const exitCode = await new Promise<number>((done) => child.on("close", (code) => done(code ?? 1)));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  await writeFile(logFile, output);
  const time = useTime
    ? parseGnuTime(await readFile(timeFile, "utf8").catch(() => ""))
    : { peakProcessRssMb: undefined, cpuSeconds: undefined };
  return { exitCode, wallMs, peakTreeRssMb: peak / 1024, ...time, loadAverage, marks, output };
}

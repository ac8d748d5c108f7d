// Writes a planned federation into a folder: federation.json, then every member's published data, made in worker
// threads (one per core by default), or in this thread with no workers. Each member's files depend on the plan alone,
// so the bytes are the same whatever the number of workers and whichever finishes first.
import { Worker } from "node:worker_threads";
import { federationJson, memberFiles, type FederationPlan } from "./federation.ts";
import type { WorkerReply, WorkerRequest } from "./federation-worker.ts";
import { writeFiles } from "./files.ts";

/** How the writing went: bytes written, members made. */
export interface FederationWritten {
  bytes: number;
  members: number;
}

/** Writes the federation into `dir`; `onMember` hears of each member written, with how many are done. */
export async function writeFederation(
  plan: FederationPlan,
  dir: string,
  options: { workers: number; onMember?: (done: number) => void },
): Promise<FederationWritten> {
  let bytes = await writeFiles(dir, [{ path: "federation.json", text: federationJson(plan.federation) }]);
  let done = 0;
  const count = plan.members.length;
  const workers = Math.min(options.workers, count);
  if (workers <= 0) {
    for (const member of plan.members) {
      bytes += await writeFiles(dir, memberFiles(plan, member));
      done += 1;
      options.onMember?.(done);
    }
    return { bytes, members: done };
  }
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    const pool: Worker[] = [];
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const worker of pool) void worker.terminate();
      reject(error);
    };
    const give = (worker: Worker): void => {
      const request: WorkerRequest = next < count ? { index: next } : { stop: true };
      next += 1;
      worker.postMessage(request);
    };
    for (let n = 0; n < workers; n += 1) {
      const worker = new Worker(new URL("./federation-worker.ts", import.meta.url), { workerData: { plan, dir } });
      pool.push(worker);
      worker.on("message", (reply: WorkerReply) => {
        if ("error" in reply) {
          fail(new Error(`member ${plan.members[reply.index]?.slug ?? reply.index}: ${reply.error}`));
          return;
        }
        bytes += reply.bytes;
        done += 1;
        options.onMember?.(done);
        // The next member, or the end of the work once every member is given out.
        give(worker);
        if (done === count) resolve();
      });
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (code !== 0 && done < count) fail(new Error(`a worker stopped with exit code ${code}`));
      });
      give(worker);
    }
  });
  return { bytes, members: done };
}

// A worker thread of the federation generator: makes the members the main thread sends it, one at a time, writes
// their published data into the folder being generated, and says how many bytes each took.
import { parentPort, workerData } from "node:worker_threads";
import { memberFiles, type FederationPlan } from "./federation.ts";
import { writeFiles } from "./files.ts";

/** What the main thread sends: a member to make, or the end of the work. */
export type WorkerRequest = { index: number } | { stop: true };

/** What the worker answers for each member: the bytes written, or why it failed. */
export type WorkerReply = { index: number; bytes: number } | { index: number; error: string };

const { plan, dir } = workerData as { plan: FederationPlan; dir: string };
const port = parentPort;

port?.on("message", (request: WorkerRequest) => {
  if ("stop" in request) {
    port.close();
    return;
  }
  const { index } = request;
  const member = plan.members[index];
  void (async (): Promise<WorkerReply> => {
    if (member === undefined) return { index, error: `there is no member ${index}` };
    try {
      return { index, bytes: await writeFiles(dir, memberFiles(plan, member)) };
    } catch (error) {
      return { index, error: error instanceof Error ? error.message : String(error) };
    }
  })().then((reply) => port.postMessage(reply));
});

// A worker thread of the chart PNG renderer (chart-png-renderer.ts): it draws each SVG it is sent and writes the
// PNG to the path it is given, beside it and renamed, so a reader never sees half a file.
import { rename, writeFile } from "node:fs/promises";
import { parentPort, threadId } from "node:worker_threads";
import { svgToPng } from "./chart-png.ts";

/** One drawing asked of this worker. */
interface Job {
  id: number;
  svg: string;
  path: string;
}

/** Draws one SVG into its file and returns undefined, or the reason it failed. */
async function draw(job: Job): Promise<string | undefined> {
  const partial = `${job.path}.${process.pid}-${threadId}.partial`;
  try {
    await writeFile(partial, svgToPng(job.svg));
    await rename(partial, job.path);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

parentPort?.on("message", (job: Job) => {
  void draw(job).then((error) => parentPort?.postMessage(error === undefined ? { id: job.id } : { id: job.id, error }));
});

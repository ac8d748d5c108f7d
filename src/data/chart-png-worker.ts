// A worker thread of the chart PNG renderer (chart-png-renderer.ts): it draws each SVG it is sent and writes the
// PNG to the path it is given, beside it and renamed, so a reader never sees half a file.
import { parentPort } from "node:worker_threads";
import { svgToPng } from "./chart-png.ts";
import { writeWhole } from "./write-whole.ts";

/** One drawing asked of this worker. */
interface Job {
  id: number;
  svg: string;
  path: string;
}

/** Draws one SVG into its file and returns undefined, or the reason it failed. */
async function draw(job: Job): Promise<string | undefined> {
  try {
    await writeWhole(job.path, svgToPng(job.svg));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

parentPort?.on("message", (job: Job) => {
  void draw(job).then((error) => parentPort?.postMessage(error === undefined ? { id: job.id } : { id: job.id, error }));
});

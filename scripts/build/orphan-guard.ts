// Loaded into Astro's process by npm run build (node --import): ends it when the build command that started it is
// gone. The build holds the other end of this process's standard input; when the build ends in any way, kill -9
// included (which runs no handler), the system closes that end and this end reads end-of-file.
import { isMainThread } from "node:worker_threads";

// Worker threads (the chart PNG renderer's) inherit --import but share the process: only the main thread watches.
if (isMainThread) {
  process.stdin.on("end", () => {
    process.stderr.write("\nAstro stopped: the build command that started it has ended.\n");
    process.exit(1);
  });
  // A read error means the same: nothing is at the other end any more.
  process.stdin.on("error", () => process.exit(1));
  process.stdin.resume();
  // Watching standard input must not keep Astro running once its work is done.
  process.stdin.unref();
}

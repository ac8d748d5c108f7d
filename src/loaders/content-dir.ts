// Which content folder a command works on. A module of its own, with nothing to load, so that npm run build can
// name the folder without loading the validation it leaves to Astro's process.
import { resolve } from "node:path";

/** Returns the content folder to use: the given one, else CONTENT_DIR, else ./content, resolved against `cwd`. */
export function resolveContentDir(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, explicit ?? env["CONTENT_DIR"] ?? "content");
}

// What a build takes from its environment: which content folder, and "now". A module with next to nothing to load,
// so that npm run build, the content config and the pages can ask without loading the validator
// (content-folder.ts), which only the Astro config's reading of the folder needs.
import { resolve } from "node:path";
import { resolveNow } from "../lib/publication.ts";

/** Returns the content folder to use: the given one, else CONTENT_DIR, else ./content, resolved against `cwd`. */
export function resolveContentDir(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, explicit ?? env["CONTENT_DIR"] ?? "content");
}

/** Returns "now" for this process: SOURCE_DATE_EPOCH when set, so that builds are reproducible. */
export function processNow(): Date {
  try {
    return resolveNow(process.env["SOURCE_DATE_EPOCH"], new Date());
  } catch (error) {
    // The message says what is wrong and what to write instead; a stack trace into the site's code would bury it.
    if (error instanceof Error) error.stack = "";
    throw error;
  }
}

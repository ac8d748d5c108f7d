import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The project's build work folder, where npm run build keeps its lock and staging folders. */
export const BUILD_WORK = join(import.meta.dirname, "../../node_modules/.partnership-reviews");

/**
 * Returns the process id of the build an entry of the build work folder belongs to: a staging folder is named
 * "staging-<time>-<pid>", the lock holds its owner in owner.json; undefined for anything else.
 */
export function buildOwnerPid(name: string, buildWork = BUILD_WORK): number | undefined {
  if (name.startsWith("staging-")) return Number(name.split("-").at(-1));
  const owner = join(buildWork, name, "owner.json");
  if (name !== "build.lock" || !existsSync(owner)) return undefined;
  return (JSON.parse(readFileSync(owner, "utf8")) as { pid: number }).pid;
}

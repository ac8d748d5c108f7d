// Writing a file whole or not at all, for the build's caches and outputs that another process may read or write at the
// same moment: a compiler reading a module, a second build sharing a cache, a worker thread beside this one.
import { rename, writeFile } from "node:fs/promises";
import { threadId } from "node:worker_threads";

/**
 * Writes `data` to `path` beside it, under a name of this process and thread, then renames it over `path`: a reader
 * sees the old file or the new one, never part of either, and two writers never share a partial file.
 */
export async function writeWhole(path: string, data: string | Uint8Array): Promise<void> {
  const partial = `${path}.${process.pid}-${threadId}.partial`;
  await writeFile(partial, data);
  await rename(partial, path);
}

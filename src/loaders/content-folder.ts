import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { SourceFile } from "../lib/sources.ts";
import { validateSources, type ValidationResult } from "../lib/validation.ts";

/** Returns true for names the build skips: authors' scratch files (leading "_") and hidden files (leading "."). */
export function isIgnoredName(name: string): boolean {
  return name.startsWith("_") || name.startsWith(".");
}

/** Returns the content folder to use: the given one, else CONTENT_DIR, else ./content, resolved against `cwd`. */
export function resolveContentDir(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, explicit ?? env["CONTENT_DIR"] ?? "content");
}

/** Returns every file in the content folder that is not ignored, with paths relative to it. */
export async function readContentFolder(dir: string): Promise<SourceFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => {
    if (!entry.isFile()) return false;
    const path = relative(dir, join(entry.parentPath, entry.name));
    return !path.split(sep).some(isIgnoredName);
  });
  return Promise.all(
    files.map(async (entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).split(sep).join("/"), text: await readFile(full, "utf8") };
    }),
  );
}

/** Returns the validation result for a content folder on disk, or a problem when the folder cannot be read. */
export async function validateFolder(dir: string): Promise<ValidationResult> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    return {
      problems: [{ severity: "error", file: dir, field: "(folder)", message: "is not a folder that can be read" }],
    };
  }
  return validateSources(await readContentFolder(dir));
}

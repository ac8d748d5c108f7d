import { readFileSync, statSync, type Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { WHOLE_FILE, type Problem } from "../lib/problems.ts";
import { futureDatedReviews, isoDay, nothingPublished, resolveNow } from "../lib/publication.ts";
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

/** The files the content model describes are read as text; any other file is only named, so it can be reported. */
const TEXT_FILE = /\.(md|mdx|json)$/;

/**
 * How many files are open at once. A Mac allows 256 open files to a process by default and Linux often 1,024,
 * so the folder is read a few dozen files at a time, whatever its size.
 */
const OPEN_FILES = 32;

/** Every file in a content folder that is not ignored, and the problems met while listing and reading them. */
export interface ContentFolder {
  files: SourceFile[];
  problems: Problem[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function fileProblem(file: string, message: string): Problem {
  return { severity: "error", file, field: WHOLE_FILE, message };
}

/** Returns the path relative to the content folder, with forward slashes. */
function relativePath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join("/");
}

/**
 * Lists the content folder. Names starting with "_" or "." are skipped, by this and so by everything built
 * from it. A link is followed only when it leads to a place inside the content folder; a link that leads
 * outside, or nowhere, is an error naming it, because what it points at was never meant to be published.
 */
async function listFiles(
  dir: string,
  realRoot: string,
  problems: Problem[],
): Promise<{ path: string; full: string }[]> {
  const found: { path: string; full: string }[] = [];
  type Folder = { full: string; ancestors: readonly string[] };
  const listFolder = async ({ full: folder, ancestors }: Folder): Promise<Folder[]> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push(fileProblem(relativePath(dir, folder) || ".", `cannot be read: ${(error as Error).message}`));
      return [];
    }
    const subfolders: Folder[] = [];
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const full = join(folder, entry.name);
      const path = relativePath(dir, full);
      let isFile = entry.isFile();
      let isFolder = entry.isDirectory();
      let real = full;
      if (entry.isSymbolicLink()) {
        const target = await realpath(full).catch(() => undefined);
        if (target === undefined) {
          problems.push(fileProblem(path, "is a link to something that does not exist: remove it or fix it"));
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          problems.push(
            fileProblem(
              path,
              `is a link to ${target}, outside the content folder: copy the file into the folder instead (links are followed only within it)`,
            ),
          );
          continue;
        }
        const info = await stat(target);
        isFile = info.isFile();
        isFolder = info.isDirectory();
        real = target;
      }
      if (isFolder) {
        const realFolder = real === full ? await realpath(full) : real;
        // A link to a folder that holds it would be walked for ever.
        if (ancestors.includes(realFolder)) {
          problems.push(fileProblem(path, "is a link to a folder that contains it: remove the link"));
          continue;
        }
        subfolders.push({ full, ancestors: [...ancestors, realFolder] });
      } else if (isFile) {
        found.push({ path, full });
      } else {
        problems.push(fileProblem(path, "is neither a file nor a folder: remove it from the content folder"));
      }
    }
    return subfolders;
  };
  let folders: Folder[] = [{ full: dir, ancestors: [realRoot] }];
  while (folders.length > 0) {
    const next: Folder[] = [];
    for (let start = 0; start < folders.length; start += OPEN_FILES) {
      const batch = await Promise.all(folders.slice(start, start + OPEN_FILES).map(listFolder));
      next.push(...batch.flat());
    }
    folders = next;
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

const lenientUtf8 = new TextDecoder("utf-8");

/**
 * The most a content file may hold, in bytes. A review far longer than any report (300,000 words) still builds in
 * well under 2 GB of memory; a 50 MB one needed 9.3 GB, so a larger file is refused, unread.
 */
export const MAX_FILE_BYTES = 2_000_000;

/** Returns the problem with a file too large to read. */
function tooLarge(path: string, bytes: number): Problem {
  const figure = (count: number) => count.toLocaleString("en-GB");
  return fileProblem(
    path,
    `is ${figure(bytes)} bytes, more than the ${figure(MAX_FILE_BYTES)} (${MAX_FILE_BYTES / 1_000_000} MB) a content file may hold: shorten it, or publish the full document elsewhere and link to it`,
  );
}

/**
 * Returns the text of a content file, with a problem when it is not UTF-8. Such a file is still validated
 * (with replacement characters), so its other problems are reported in the same run and nothing else is
 * reported as missing it; its error keeps it off the site.
 */
function readText(path: string, full: string): { file: SourceFile; problem?: Problem } {
  if (!TEXT_FILE.test(path)) return { file: { path, text: "" } };
  const { size } = statSync(full);
  if (size > MAX_FILE_BYTES) return { file: { path, text: "", unread: true }, problem: tooLarge(path, size) };
  const bytes = readFileSync(full);
  try {
    return { file: { path, text: utf8.decode(bytes) } };
  } catch {
    return {
      file: { path, text: lenientUtf8.decode(bytes) },
      problem: fileProblem(path, "is not valid UTF-8 text: save it with UTF-8 encoding"),
    };
  }
}

/**
 * Returns every file in the content folder that is not ignored, with paths relative to it. The files are read one
 * after another, without the thread pool: 11,228 small files took 1 s of CPU read 32 at a time with promises, and
 * about a fifth of that read in turn.
 */
export async function readContentFolder(dir: string): Promise<ContentFolder> {
  const problems: Problem[] = [];
  const listed = await listFiles(dir, await realpath(dir), problems);
  const files: SourceFile[] = [];
  for (const { path, full } of listed) {
    const { file, problem } = readText(path, full);
    files.push(file);
    if (problem !== undefined) problems.push(problem);
  }
  return { files, problems };
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

/**
 * Returns the validation result for a content folder on disk, or a problem when the folder cannot be read.
 * `today` (YYYY-MM-DD) is what a published review's date is checked against.
 */
export async function validateFolder(dir: string, today = isoDay(processNow())): Promise<ValidationResult> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    return {
      problems: [{ severity: "error", file: dir, field: "(folder)", message: "is not a folder that can be read" }],
    };
  }
  const folder = await readContentFolder(dir);
  const validated = validateSources(folder.files);
  const result =
    validated.content === undefined
      ? validated
      : {
          ...validated,
          problems: [
            ...validated.problems,
            ...futureDatedReviews(validated.content, today),
            ...nothingPublished(validated.content, today),
          ],
        };
  if (folder.problems.length === 0) return result;
  return { problems: [...folder.problems, ...result.problems] };
}

import { isUtf8 } from "node:buffer";
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { join, sep } from "node:path";
import { WHOLE_FILE, type Problem } from "../lib/problems.ts";
import { futureDatedReviews, isoDay, nothingPublished } from "../lib/publication.ts";
import type { SourceFile } from "../lib/sources.ts";
import { validateSources, type ValidationResult } from "../lib/validation.ts";
import { processNow } from "./environment.ts";

/** Returns true for names the build skips: authors' scratch files (leading "_") and hidden files (leading "."). */
export function isIgnoredName(name: string): boolean {
  return name.startsWith("_") || name.startsWith(".");
}

/** The files the content model describes are read as text; any other file is only named, so it can be reported. */
const TEXT_FILE = /\.(md|mdx|json)$/;

/** Every file in a content folder that is not ignored, and the problems met while listing and reading them. */
export interface ContentFolder {
  files: SourceFile[];
  problems: Problem[];
}

function fileProblem(file: string, message: string): Problem {
  return { severity: "error", file, field: WHOLE_FILE, message };
}

/**
 * Returns the path of `name` in the folder at `parent`, a normalised path, as `join` would give it. `join` normalises
 * the whole path again for each of the 13,000 entries of a large content folder, which was a tenth of listing it.
 */
function childPath(parent: string, name: string): string {
  return parent.endsWith(sep) ? `${parent}${name}` : `${parent}${sep}${name}`;
}

/**
 * Lists the content folder. Names starting with "_" or "." are skipped, by this and so by everything built
 * from it. A link is followed only when it leads to a place inside the content folder; a link that leads
 * outside, or nowhere, is an error naming it, because what it points at was never meant to be published.
 * Folders are listed one after another, without the thread pool, as files are read: handing 2,000 folders to it
 * cost more than listing them.
 */
function listFiles(dir: string, realRoot: string, problems: Problem[]): { path: string; full: string }[] {
  const found: { path: string; full: string }[] = [];
  // Each folder with its path in the content folder and the real paths of itself and the folders that hold it.
  const folders = [{ full: dir, path: "", ancestors: [realRoot] as readonly string[] }];
  for (let next = 0; next < folders.length; next += 1) {
    const { full: folder, path: folderPath, ancestors } = folders[next] as (typeof folders)[number];
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      problems.push(fileProblem(folderPath || ".", `cannot be read: ${(error as Error).message}`));
      continue;
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      // The content folder's own path is normalised once; below it, an entry's name only needs adding.
      const full = folderPath === "" ? join(folder, entry.name) : childPath(folder, entry.name);
      const path = folderPath === "" ? entry.name : `${folderPath}/${entry.name}`;
      let isFile = entry.isFile();
      let isFolder = entry.isDirectory();
      let real: string | undefined;
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync.native(full);
        } catch {
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
        const info = statSync(target);
        isFile = info.isFile();
        isFolder = info.isDirectory();
        real = target;
      }
      if (isFolder) {
        // A folder that is not a link is where its parent really is.
        real ??= childPath(ancestors.at(-1) as string, entry.name);
        // A link to a folder that holds it would be walked for ever.
        if (ancestors.includes(real)) {
          problems.push(fileProblem(path, "is a link to a folder that contains it: remove the link"));
          continue;
        }
        folders.push({ full, path, ancestors: [...ancestors, real] });
      } else if (isFile) {
        found.push({ path, full });
      } else {
        problems.push(fileProblem(path, "is neither a file nor a folder: remove it from the content folder"));
      }
    }
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
 * Returns a reader of content files' text, with a problem when a file is not UTF-8. Such a file is still validated
 * (with replacement characters), so its other problems are reported in the same run and nothing else is reported as
 * missing it; its error keeps it off the site. Every file is read into one buffer, reused from file to file: a buffer
 * for each of 11,228 files was a fifth of reading's time, mostly the system's.
 */
function textReader(): (path: string, full: string) => { file: SourceFile; problem?: Problem } {
  let buffer = Buffer.allocUnsafe(64 * 1024);
  return (path, full) => {
    if (!TEXT_FILE.test(path)) return { file: { path, text: "" } };
    const fd = openSync(full, "r");
    try {
      const { size } = fstatSync(fd);
      if (size > MAX_FILE_BYTES) return { file: { path, text: "", unread: true }, problem: tooLarge(path, size) };
      if (buffer.length < size) buffer = Buffer.allocUnsafe(Math.max(size, 2 * buffer.length));
      let length = 0;
      for (let read = -1; read !== 0 && length < size; length += read) {
        read = readSync(fd, buffer, length, size - length, null);
      }
      const bytes = buffer.subarray(0, length);
      if (!isUtf8(bytes)) {
        return {
          file: { path, text: lenientUtf8.decode(bytes) },
          problem: fileProblem(path, "is not valid UTF-8 text: save it with UTF-8 encoding"),
        };
      }
      const text = bytes.toString("utf8");
      // Read as a UTF-8 decoder reads it: without a byte order mark.
      return { file: { path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text } };
    } finally {
      closeSync(fd);
    }
  };
}

/**
 * Returns every file in the content folder that is not ignored, with paths relative to it. The files are read one
 * after another, without the thread pool: 11,228 small files took 1 s of CPU read 32 at a time with promises, and
 * about a fifth of that read in turn.
 */
export async function readContentFolder(dir: string): Promise<ContentFolder> {
  const problems: Problem[] = [];
  const listed = listFiles(dir, await realpath(dir), problems);
  const files: SourceFile[] = [];
  const readText = textReader();
  for (const { path, full } of listed) {
    const { file, problem } = readText(path, full);
    files.push(file);
    if (problem !== undefined) problems.push(problem);
  }
  return { files, problems };
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

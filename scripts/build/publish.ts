// Publishing a finished build so that there is no instant at which the output holds no complete site:
// each build gets a folder of its own beside the output, and the output is a link switched in one rename.
import { cp, lstat, mkdir, readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

/** Where a build's finished sites are kept: a hidden folder beside the output, such as `.dist-builds/`. */
export function buildsFolder(out: string): string {
  return join(dirname(out), `.${basename(out)}-builds`);
}

/** Files every complete site has, written by the last steps of a build: its home page, sitemap and search index. */
export const FINISHING_FILES = ["index.html", "sitemap-index.xml", "pagefind/pagefind-entry.json"] as const;

/**
 * Returns the finishing files missing from a built site. Astro can end with exit code 0 when a step of its last hook
 * dies without settling (Pagefind's service did at 48,000 pages), so a build is never published on its exit code alone.
 */
export async function missingFinishingFiles(site: string): Promise<string[]> {
  const present = await Promise.all(
    FINISHING_FILES.map((file) =>
      lstat(join(site, file)).then(
        (info) => info.isFile(),
        () => false,
      ),
    ),
  );
  return FINISHING_FILES.filter((_, index) => !present[index]);
}

/** Returns a plain sentence when `out` cannot hold the site, or undefined when it can. */
export function outputProblem(out: string, protectedDirs: readonly string[]): string | undefined {
  const holds = (dir: string) => dir === out || dir.startsWith(out + sep);
  const dir = protectedDirs.find(holds);
  return dir === undefined ? undefined : `--out ${out} would replace ${dir}: choose another output folder`;
}

/**
 * Makes sure the builds folder beside `out` can be written, before any work is done, and returns it.
 * Throws an error with one plain sentence when it cannot.
 */
export async function prepareOutput(out: string): Promise<string> {
  const folder = buildsFolder(out);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "EACCES" || code === "EPERM" || code === "EROFS"
        ? "you do not have permission to write there"
        : code === "ENOTDIR" || code === "EEXIST"
          ? "part of that path is a file, not a folder"
          : ((error as Error).message ?? String(error));
    throw new Error(`Cannot write the site beside ${out}: ${reason}. Choose another --out.`, { cause: error });
  }
  return folder;
}

/** Moves a folder, copying it when it is on another file system (where a rename cannot reach). */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await cp(from, to, { recursive: true, errorOnExist: true, force: false });
    await rm(from, { recursive: true, force: true });
  }
}

/** Returns what is at `path`: nothing, a link, a folder or something else. */
async function kindOf(path: string): Promise<"none" | "link" | "folder" | "other"> {
  const info = await lstat(path).catch(() => undefined);
  if (info === undefined) return "none";
  if (info.isSymbolicLink()) return "link";
  return info.isDirectory() ? "folder" : "other";
}

/**
 * Publishes the finished site in `staging` at `out`: it is moved into its own folder `<builds>/<id>`, then
 * `out` becomes a link to that folder by renaming a new link over it, which readers see all at once. The
 * previous site is kept until the next build, for anyone still reading it; older ones are removed.
 */
export async function publishBuild(staging: string, out: string, id: string): Promise<void> {
  const folder = buildsFolder(out);
  const target = join(folder, id);
  await move(staging, target);
  const previous = await kindOf(out);
  if (previous === "other") throw new Error(`${out} is a file, not a folder: remove it or choose another --out`);
  let keep: string | undefined;
  if (previous === "folder") {
    // A site from before builds were kept beside the output: it becomes the previous build. Only this first
    // switch has a moment with nothing at the output, between the two renames.
    keep = `previous-${id}`;
    await rename(out, join(folder, keep));
  } else if (previous === "link") {
    keep = basename(resolve(dirname(out), await readlink(out)));
  }
  const link = join(folder, `.link-${id}`);
  await symlink(relative(dirname(out), target), link, "dir");
  await rename(link, out);
  for (const name of await readdir(folder)) {
    if (name !== id && name !== keep) await rm(join(folder, name), { recursive: true, force: true });
  }
}

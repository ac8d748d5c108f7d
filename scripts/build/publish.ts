// Publishing a finished build so that there is no instant at which the output holds no complete site:
// each build gets a folder of its own beside the output, and the output is a link switched in one rename.
import { cp, lstat, mkdir, readdir, readlink, rename, rm, rmdir, symlink } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { BUILD_FOLDER_NAME, buildsFolder, markOutput } from "../output/output-folder.ts";

export { buildsFolder };

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

/**
 * Makes sure the builds folder beside `out` can be written, before any work is done, marks it as this project's
 * and returns it. Throws an error with one plain sentence when it cannot.
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
  // The marker is how the next build knows this folder, and the link beside it, are the project's to replace.
  await markOutput(folder, "site");
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
 * previous site is kept until the next build, for anyone still reading it; older ones are removed. `out` must
 * already have passed the output rule (outputRefusal): nothing, an empty folder, or an earlier site's link.
 */
export async function publishBuild(staging: string, out: string, id: string): Promise<void> {
  const folder = buildsFolder(out);
  const target = join(folder, id);
  await move(staging, target);
  const previous = await kindOf(out);
  if (previous === "other") throw new Error(`${out} is a file, not a folder: remove it or choose another --out`);
  let keep: string | undefined;
  if (previous === "folder") {
    // Only an empty folder is ever replaced (the output rule refused any other), and rmdir removes nothing else: a
    // file that appeared in it during the build stops the switch, and everything is left as it was.
    await rmdir(out).catch((error: NodeJS.ErrnoException) => {
      throw new Error(
        `${out} is no longer empty: it holds files the build did not make, so it was left as it is. Choose another --out.`,
        { cause: error },
      );
    });
  } else if (previous === "link") {
    keep = basename(resolve(dirname(out), await readlink(out)));
  }
  const link = join(folder, `.link-${id}`);
  await symlink(relative(dirname(out), target), link, "dir");
  await rename(link, out);
  // Only the build folders this project made are removed; the marker, and anything else, stay.
  for (const name of await readdir(folder)) {
    if (name !== id && name !== keep && BUILD_FOLDER_NAME.test(name)) {
      await rm(join(folder, name), { recursive: true, force: true });
    }
  }
}

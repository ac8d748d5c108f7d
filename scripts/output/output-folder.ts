// The one rule for every command that writes a folder (npm run build --out, npm run pack --out, npm run generate
// --out … --force): it writes only into a folder it made, an empty folder, or an earlier output of this project,
// recognised by the marker file it writes (and, for sites built before the marker existed, by their layout: a link
// into ".<name>-builds/" holding only build folders). Anything else is refused in one sentence, and nothing a user
// made is ever moved or deleted.
import { lstat, readdir, readFile, readlink, realpath, stat, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";

/** The file that marks a folder as this project's output, with what made it. */
export const OUTPUT_MARKER = ".partnership-reviews-output";

/** What a command writes: a built site, committee packs, generated content, or the example federation. */
export type OutputKind = "site" | "packs" | "content" | "example";

/** The folders no command writes: the project (and its own folders), the content folder and the home folder. */
export interface Guard {
  project: string;
  content?: string;
  home: string;
}

/** The folders of the project that are its own, never an output: its sources, settings and sample content. */
const PROJECT_FOLDERS = [
  ".git",
  ".astro",
  ".ci",
  "content",
  "docs",
  "node_modules",
  "public",
  "scripts",
  "src",
  "test",
];

/** How each kind's command is named in a sentence, and the name suggested for a folder of its own. */
const COMMANDS: Record<OutputKind, { who: string; made: string; suggestion: string }> = {
  site: { who: "the build", made: "a site", suggestion: "site" },
  packs: { who: "the pack command", made: "committee packs", suggestion: "packs" },
  content: { who: "npm run generate", made: "content made by npm run generate", suggestion: "content" },
  example: {
    who: "npm run federation:example",
    made: "the example federation",
    suggestion: "federation-example",
  },
};

/** A build's own folder in ".<name>-builds/": "<time>-<pid>", once "previous-<time>-<pid>", or a link being made. */
export const BUILD_FOLDER_NAME = /^(?:previous-)?[0-9a-z]+-\d+$|^\.link-/;

/** A committee pack's file, as npm run pack names them: "<date>-<title words>.html" or ".pdf". */
const PACK_FILE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.(?:html|pdf)$/;

/** Returns where a site's builds are kept: a hidden folder beside the output, such as `.dist-builds/`. */
export function buildsFolder(out: string): string {
  return join(dirname(out), `.${basename(out)}-builds`);
}

/** Writes the marker into `folder`, which this command made or may write. */
export async function markOutput(folder: string, kind: OutputKind): Promise<void> {
  await writeFile(join(folder, OUTPUT_MARKER), `${JSON.stringify({ madeBy: "partnership-reviews", kind })}\n`);
}

/** Returns the kind named by the marker in `folder`, or undefined when it has none. */
async function markedKind(folder: string): Promise<OutputKind | "other" | undefined> {
  const text = await readFile(join(folder, OUTPUT_MARKER), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const kind = (JSON.parse(text) as { kind?: unknown }).kind;
    return kind === "site" || kind === "packs" || kind === "content" || kind === "example" ? kind : "other";
  } catch {
    return "other";
  }
}

/** Returns the path with every link in its folders resolved (the last name is kept as it is, link or not). */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  const real = await realpath(parent).catch(async () => join(await canonical(parent), ""));
  return join(real, basename(absolute));
}

/** Returns the real path of a folder when it exists, else the path itself. */
async function real(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/** Returns true when `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === "" || (!path.startsWith("..") && !isAbsolute(path));
}

/** Returns what `out` is when no command may ever write it, in words, or undefined. */
async function forbidden(out: string, guard: Guard): Promise<string | undefined> {
  if (dirname(out) === out) return "the root of the file system";
  if (out === (await real(guard.home))) return "your home folder";
  const project = await real(guard.project);
  if (out === project) return "this project's folder";
  if (within(project, out)) return "a folder that holds this project";
  for (const name of PROJECT_FOLDERS) {
    const own = await real(join(guard.project, name));
    if (out === own) return "one of this project's own folders";
    if (within(own, out)) return "a folder that holds one of this project's own folders";
  }
  if (guard.content !== undefined) {
    const content = await real(guard.content);
    if (out === content) return "the content folder";
    if (within(content, out)) return "a folder that holds the content folder";
    if (within(out, content)) return "inside the content folder";
  }
  return undefined;
}

/** Returns the sentence for a folder that holds files `kind`'s command did not make. */
function holdsOtherFiles(out: string, kind: OutputKind, names: readonly string[]): string {
  const { who, suggestion } = COMMANDS[kind];
  const first = [...names].sort()[0] ?? "";
  return `--out ${out} holds files ${who} did not make (${names.length} of them, such as ${first}), and ${who} never moves or deletes them: choose a new or empty folder, such as ${join(out, suggestion)}`;
}

/** Returns true when a builds folder is this project's: marked as a site's, or from before the marker, holding only build folders. */
async function isOwnBuildsFolder(folder: string): Promise<boolean> {
  const kind = await markedKind(folder);
  if (kind !== undefined) return kind === "site";
  const names = await readdir(folder);
  return names.every((name) => BUILD_FOLDER_NAME.test(name));
}

/**
 * Returns one sentence saying why `kind`'s command may not write `out`, naming it and what to do instead, or undefined
 * when it may: `out` does not exist, is an empty folder, or is an earlier output of the same kind. A site's `out` is
 * replaced by a link, so it may also be an earlier site's link; packs and content are written into the folder.
 */
export async function outputRefusal(out: string, kind: OutputKind, guard: Guard): Promise<string | undefined> {
  const path = await canonical(out);
  const { who, suggestion } = COMMANDS[kind];
  const never = await forbidden(path, guard);
  if (never !== undefined) {
    return `--out ${out} is ${never}, which ${who} never writes: choose a new or empty folder, such as /srv/partnership-reviews`;
  }
  if (kind === "site") {
    const builds = buildsFolder(path);
    const buildsInfo = await lstat(builds).catch(() => undefined);
    if (buildsInfo !== undefined && (!buildsInfo.isDirectory() || !(await isOwnBuildsFolder(builds)))) {
      return `--out ${out} would keep its sites in ${builds}, which holds files the build did not make: choose another --out, or move that folder away`;
    }
  }
  const info = await lstat(path).catch(() => undefined);
  if (info === undefined) return undefined;
  if (info.isSymbolicLink()) {
    const target = resolve(dirname(path), await readlink(path));
    // A site's own link points into its builds folder; packs and content are written into whatever a link leads to.
    if (kind === "site") {
      const builds = buildsFolder(path);
      const ours = dirname(target) === builds && (await lstat(builds).catch(() => undefined))?.isDirectory() === true;
      if (ours && (await isOwnBuildsFolder(builds))) return undefined;
      return `--out ${out} is a link to ${target}, which the build did not make: give that folder as --out, or remove the link`;
    }
    const targetInfo = await stat(path).catch(() => undefined);
    if (targetInfo === undefined || !targetInfo.isDirectory()) {
      return `--out ${out} is a link to ${target}, which is not a folder: choose a new or empty folder, such as ${join(dirname(out), suggestion)}`;
    }
    return outputRefusal(await realpath(path), kind, guard);
  }
  if (!info.isDirectory()) {
    return `--out ${out} is a file, not a folder: choose a new or empty folder, such as ${out}-${suggestion}`;
  }
  const names = await readdir(path);
  if (names.length === 0) return undefined;
  const marked = await markedKind(path);
  if (marked === kind) return undefined;
  if (marked !== undefined && marked !== "other") {
    return `--out ${out} holds ${COMMANDS[marked].made}, not ${COMMANDS[kind].made.replace(/^content made by .*/, "generated content")}: choose a new or empty folder, such as ${join(out, suggestion)}`;
  }
  // Packs made before the marker existed: a folder of nothing but packs.
  if (kind === "packs" && marked === undefined && names.every((name) => PACK_FILE_NAME.test(name))) return undefined;
  return holdsOtherFiles(out, kind, names);
}

import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import type { ContentSet } from "../lib/content.ts";
import { formatProblem, sortProblems, type Problem } from "../lib/problems.ts";
import type { ValidationResult } from "../lib/validation.ts";
import { writeWhole } from "../data/write-whole.ts";

/**
 * The one reading of a content folder in this process. Astro's collections, the search index and the
 * build's report are all made from it, so nothing can be published that was not validated. It lives on
 * globalThis because Astro loads the content config and the integrations as separate module instances.
 */
interface Reading {
  result: Promise<ValidationResult>;
  /** Called, by collection, whenever the folder changes under `astro dev`. */
  listeners: Map<string, () => void>;
  watching: boolean;
}

const READINGS = Symbol.for("partnership-reviews.content-readings");

function readings(): Map<string, Reading> {
  const holder = globalThis as { [READINGS]?: Map<string, Reading> };
  holder[READINGS] ??= new Map();
  return holder[READINGS];
}

/** The environment variable that turns the authors' preview on; set only under `astro dev`. */
export const PREVIEW_SWITCH = "PARTNERSHIP_REVIEWS_PREVIEW";

/**
 * Reads and validates the folder. The validator is loaded when a folder is first read, not with this module: in a
 * build, the Astro config has read the folder before Astro syncs the content, and Vite, which loads the content
 * config and this module again for the sync, then has none of the validator's modules to transform.
 */
async function validate(dir: string): Promise<ValidationResult> {
  const { validateFolder } = await import("./content-folder.ts");
  return validateFolder(dir);
}

/** Returns the validated content of a folder, read once per process, and again only after it changes under `astro dev`. */
export function readContent(dir: string): Promise<ValidationResult> {
  const all = readings();
  let reading = all.get(dir);
  if (reading === undefined) {
    reading = { result: validate(dir), listeners: new Map(), watching: false };
    all.set(dir, reading);
  }
  return reading.result;
}

/**
 * Returns this process's reading of the folder if it has one, without starting one. A build renders its pages in
 * the process that loaded the content, so the pages take the model's data from here: a copy in Astro's data store
 * would be serialised to one string, which at some 40,000 reviews is longer than JavaScript allows.
 */
export function sharedReading(dir: string): Promise<ValidationResult> | undefined {
  return readings().get(dir)?.result;
}

/** Returns the content, or throws an error whose message is the report of every error, ready to show an author. */
export async function readValidContent(dir: string): Promise<ContentSet> {
  const { problems, content } = await readContent(dir);
  if (content === undefined) throw contentError(problems);
  return content;
}

/** Returns an error that says what is wrong with the content and nothing else: no stack trace into the site's code. */
export function contentError(problems: readonly Problem[]): Error {
  const errors = sortProblems(problems.filter((problem) => problem.severity === "error"));
  const count = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
  const error = new Error(`The content has ${count}:\n${errors.map(formatProblem).join("\n")}`);
  error.stack = "";
  return error;
}

/** Under `astro dev`, reads the folder afresh after each change and tells every collection. */
function watch(dir: string, context: LoaderContext): void {
  const reading = readings().get(dir);
  if (reading === undefined || reading.watching || context.watcher === undefined) return;
  reading.watching = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  context.watcher.add(dir);
  context.watcher.on("all", (_event, file) => {
    if (!file.startsWith(dir)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      reading.result = validate(dir);
      for (const listener of reading.listeners.values()) listener();
    }, 150);
  });
}

/** What one collection takes from the reading. */
type Part = "content" | "partnerships" | "reviews";

/** Returns each body of the part with its id, source file and whether it is MDX. */
function bodiesOf(content: ContentSet, part: Exclude<Part, "content">) {
  if (part === "partnerships") {
    return content.partnerships.map((entry) => ({ id: entry.slug, file: entry.file, body: entry.body }));
  }
  return content.reviews.map((entry) => ({
    id: `${entry.partnership}/${entry.id}`,
    file: entry.file,
    body: entry.body,
  }));
}

/** Writes `text` to `path` unless it already holds exactly that, so unchanged MDX keeps Vite's cache. */
async function writeIfChanged(path: string, text: string): Promise<void> {
  if ((await readFile(path, "utf8").catch(() => undefined)) === text) return;
  await mkdir(dirname(path), { recursive: true });
  // Whole, so a compiler reading the file at that moment sees all of it or none.
  await writeWhole(path, text);
}

// Bodies are handed to Markdown and MDX with an empty front matter of their own, so that a body that starts
// with a "---" rule is never taken for front matter: only the validator ever reads an author's front matter.
const EMPTY_FRONT_MATTER = "---\n---\n";

/** Fills the collection's store from the reading, reusing what is unchanged since the last build. */
async function fill(dir: string, part: Part, context: LoaderContext): Promise<void> {
  const { store, logger, generateDigest } = context;
  const { problems, content } = await readContent(dir);
  const reported = sortProblems(problems.filter((problem) => problem.severity !== "info"));
  if (content === undefined) {
    if (context.watcher === undefined) throw contentError(problems);
    // Under `astro dev` the server stays up: the pages show the same report until the content is fixed.
    if (part === "content") logger.error(contentError(problems).message);
    return;
  }
  if (part === "content") {
    for (const problem of reported) logger.warn(formatProblem(problem));
    // A build's pages read the model's data from the shared reading (sharedReading); only the dev server, whose
    // pages are rendered apart from the loader and after each edit, takes it from the store.
    if (context.watcher === undefined) {
      store.clear();
      return;
    }
    // Bodies are rendered through the other two collections; the model needs only the data.
    const data = {
      ...content,
      partnerships: content.partnerships.map((entry) => ({ ...entry, body: "" })),
      reviews: content.reviews.map((entry) => ({ ...entry, body: "" })),
    };
    store.set({ id: "content", data: data as unknown as Record<string, unknown>, digest: generateDigest(data) });
    return;
  }
  // One folder per content folder, so a build, a dev server and a type check of different content can never
  // compile each other's bodies.
  const folderKey = createHash("sha256").update(dir).digest("hex").slice(0, 16);
  const mdxFolder = new URL(`partnership-reviews/mdx/${folderKey}/${part}/`, new URL(".astro/", context.config.root));
  const wanted = new Set<string>();
  for (const { id, file, body } of bodiesOf(content, part)) {
    wanted.add(id);
    const isMdx = file.endsWith(".mdx");
    const digest = generateDigest(`${isMdx ? "mdx" : "md"}\n${body}`);
    const existing = store.get(id);
    if (isMdx) {
      // MDX is compiled by Vite from a file: the validated body is written to one, never the author's file.
      const path = new URL(`${id}.mdx`, mdxFolder);
      await writeIfChanged(fileURLToPath(path), `${EMPTY_FRONT_MATTER}${body}`);
      const filePath = relative(fileURLToPath(context.config.root), fileURLToPath(path)).split(sep).join("/");
      // No copy of the body in the store: it is rendered from its file or already rendered, and the store is
      // written to disk as one string.
      store.set({ id, data: {}, filePath, digest, deferredRender: true });
    } else if (existing?.digest !== digest || existing.rendered === undefined) {
      const rendered = await context.renderMarkdown(`${EMPTY_FRONT_MATTER}${body}`);
      store.set({ id, data: {}, digest, rendered });
    }
  }
  for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);
}

/** Returns a content-layer loader for one part of the content folder's single, validated reading. */
export function contentLoader(dir: string, part: Part): Loader {
  return {
    name: `partnership-reviews:${part}`,
    load: async (context) => {
      await readContent(dir);
      watch(dir, context);
      readings()
        .get(dir)
        ?.listeners.set(part, () => {
          fill(dir, part, context).catch((error: Error) => context.logger.error(error.message));
        });
      await fill(dir, part, context);
    },
  };
}

// Checks a built site: valid HTML (html-validate, and the Nu Html Checker, which needs Java), internal links and
// #anchors that resolve, headings that do not skip levels, a text alternative for every image and chart, and no
// text glued across elements. npm run check:dist [-- --dir DIR --base /path/]
import { execFile, type ExecFileException } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { HtmlValidate } from "html-validate";
import { HTMLElement, Node, TextNode, parse } from "node-html-parser";
import { runAsProcess, type CommandIo } from "./command.ts";

/** One problem found in a built page. */
export interface DistProblem {
  page: string;
  check: "html" | "link" | "heading" | "alt" | "text";
  message: string;
}

/** Returns every file under `dir`, as paths relative to it with forward slashes. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/** Returns problems with heading order: an h1 first, and no level skipped on the way down. */
export function checkHeadings(page: string, root: HTMLElement): DistProblem[] {
  const problems: DistProblem[] = [];
  const headings = root.querySelectorAll("h1, h2, h3, h4, h5, h6");
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading.tagName.slice(1));
    if (level > previous + 1) {
      const text = heading.text.trim().slice(0, 60);
      problems.push({
        page,
        check: "heading",
        message: `h${level} "${text}" follows h${previous || "(none)"}: a heading level is skipped`,
      });
    }
    previous = level;
  }
  if (root.querySelectorAll("h1").length !== 1) {
    problems.push({
      page,
      check: "heading",
      message: `has ${root.querySelectorAll("h1").length} h1 elements; a page needs exactly one`,
    });
  }
  return problems;
}

/** Returns problems with text alternatives: every img has alt, every svg is either labelled role="img" or hidden. */
export function checkAlternatives(page: string, root: HTMLElement): DistProblem[] {
  const problems: DistProblem[] = [];
  for (const img of root.querySelectorAll("img")) {
    if (img.getAttribute("alt") === undefined)
      problems.push({ page, check: "alt", message: `img ${img.getAttribute("src") ?? ""} has no alt text` });
  }
  for (const svg of root.querySelectorAll("svg")) {
    if (svg.getAttribute("aria-hidden") === "true") continue;
    const labelled = svg.getAttribute("aria-labelledby") ?? svg.getAttribute("aria-label");
    if (svg.getAttribute("role") !== "img" || !labelled || svg.querySelector("title") === null) {
      problems.push({
        page,
        check: "alt",
        message: 'an svg is neither aria-hidden nor role="img" with a <title> and a label',
      });
    }
  }
  return problems;
}

/** Returns problems with internal links and anchors, resolving them against the built files. */
export function checkLinks(
  page: string,
  root: HTMLElement,
  base: string,
  files: ReadonlySet<string>,
  idsOf: (file: string) => ReadonlySet<string> | undefined,
): DistProblem[] {
  const problems: DistProblem[] = [];
  const pageUrl = new URL(`/${base.replace(/^\/|\/$/g, "")}/${page}`.replace(/\/+/g, "/"), "http://site.test");
  for (const element of root.querySelectorAll("a[href], link[href], script[src], img[src], source[src]")) {
    const raw = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
    if (/^(mailto:|tel:|https?:\/\/|data:)/i.test(raw) || raw === "") continue;
    const url = new URL(raw, pageUrl);
    if (url.origin !== pageUrl.origin) continue;
    if (!url.pathname.startsWith(base)) {
      problems.push({ page, check: "link", message: `${raw} is outside the base path ${base}` });
      continue;
    }
    const path = decodeURIComponent(url.pathname.slice(base.length));
    const target = path === "" || path.endsWith("/") ? `${path}index.html` : path;
    if (!files.has(target)) {
      problems.push({ page, check: "link", message: `${raw} points to ${target}, which was not built` });
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor !== "" && target.endsWith(".html") && !idsOf(target)?.has(anchor)) {
      problems.push({ page, check: "link", message: `${raw}: ${target} has no element with id "${anchor}"` });
    }
  }
  return problems;
}

/** Elements that flow inside a line: text either side of their edges reads as one run of words. */
const INLINE = new Set(
  "a abbr b bdi bdo cite code data dfn em i kbd label mark output q s samp small span strong sub sup time u var".split(
    " ",
  ),
);

/** Elements whose text is never read as page text. */
const UNREAD = new Set(["script", "style", "template", "head", "svg", "math", "select", "textarea"]);

/** Marks an inline element's edge inside flattened text. */
const EDGE = "\u0001";

/** Returns the visible text of `node` with each inline element's edge marked by EDGE and each block's edge by a line break. */
export function flattenText(node: Node): string {
  if (node instanceof TextNode) return node.text;
  if (!(node instanceof HTMLElement)) return "";
  const tag = node.rawTagName?.toLowerCase() ?? "";
  if (UNREAD.has(tag) || node.getAttribute("hidden") !== undefined) return "\n";
  const inner = node.childNodes.map(flattenText).join("");
  if (tag === "") return inner;
  if (tag === "br") return "\n";
  return INLINE.has(tag) ? `${EDGE}${inner}${EDGE}` : `\n${inner}\n`;
}

// A word, number or closing punctuation run straight into the next element's word: "12" + "partnerships".
const GLUED = new RegExp(`[\\p{L}\\p{N}.,;:!?)](?:${EDGE})+[\\p{L}\\p{N}(]`, "gu");

/** Returns up to 20 characters of `text` either side of `at`, within its block, edges removed, with "|" at `at`. */
function around(text: string, at: number): string {
  const tidy = (part: string) => part.replaceAll(EDGE, "").replace(/\s+/g, " ");
  const before = tidy(text.slice(0, at).split("\n").at(-1) ?? "").trimStart();
  const after = tidy(text.slice(at).split("\n")[0] ?? "").trimEnd();
  return `${before.slice(-20)}|${after.slice(0, 20)}`;
}

/** Returns problems with the visible text: words glued across elements ("12partnerships"), and ".," anywhere. */
export function checkText(page: string, root: HTMLElement): DistProblem[] {
  const text = flattenText(root.querySelector("body") ?? root);
  const glued = [...text.matchAll(GLUED)].map((match) => ({
    page,
    check: "text" as const,
    message: `text glued across elements at "${around(text, match.index + 1)}": add a space`,
  }));
  const plain = text.replaceAll(EDGE, "");
  const stops = [...plain.matchAll(/\.,/g)].map((match) => ({
    page,
    check: "text" as const,
    message: `".," in "${around(plain, match.index + 1)}"`,
  }));
  return [...glued, ...stops];
}

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Astro writes boolean attributes and void elements its own (valid) way.
    "void-style": "off",
    "no-trailing-whitespace": "off",
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    // GOV.UK Frontend's markup patterns, such as the breadcrumbs' aria-label on nav, are sound.
    "no-redundant-role": "off",
    "long-title": "off",
  },
});

/** The Nu Html Checker's jar, from the vnu-jar package. */
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

// The checker's CSS parser does not know container queries yet (validator/validator#1811, w3c/css-validator#422),
// which every browser the site supports has had since 2023: charts.css uses them. Only these messages are dropped.
const NU_FALSE_POSITIVES =
  ".*(“container-type”: Property “container-type” doesn't exist|Unrecognized at-rule “@container”).*";

/**
 * How Java runs the checker. One run lasts seconds, too short for the optimising compiler to pay for itself: the
 * client compiler alone (which needs a larger thread stack for the checker's schema) and the single-threaded
 * collector checked the sample's 150 pages in 4.7 s of CPU instead of 11.3 s, with the same messages.
 */
const NU_JAVA_OPTIONS = ["-XX:TieredStopAtLevel=1", "-Xss4m", "-XX:+UseSerialGC"];

/** One message of the Nu Html Checker's JSON report. */
interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * Returns the Nu Html Checker's errors in the HTML pages under `dir`: one Java process checks them all, since
 * starting the checker takes longer than checking a page. It needs Java 17 or later on the PATH.
 */
export async function checkWithNu(dir: string): Promise<DistProblem[]> {
  const args = [
    ...NU_JAVA_OPTIONS,
    "-jar",
    VNU_JAR,
    "--errors-only",
    "--skip-non-html",
    "--no-langdetect",
    "--format",
    "json",
    "--stdout",
  ];
  const run = await new Promise<{ stdout: string; error?: ExecFileException }>((done) => {
    execFile(
      "java",
      [...args, "--filterpattern", NU_FALSE_POSITIVES, dir],
      { maxBuffer: 256 * 1024 * 1024 },
      // The checker exits 1 when it finds an error; its report is on stdout either way.
      (error, stdout) => done({ stdout, ...(error ? { error } : {}) }),
    );
  });
  if (run.error?.code === "ENOENT") {
    return [
      { page: dir, check: "html", message: "the Nu Html Checker needs Java: apt-get install default-jre-headless" },
    ];
  }
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages;
  } catch {
    return [{ page: dir, check: "html", message: `the Nu Html Checker failed: ${run.error?.message ?? run.stdout}` }];
  }
  return (
    messages
      // Errors in the pages, and "non-document" errors such as a file that cannot be read; never info or warnings.
      .filter((message) => message.type !== "info")
      .map((message) => ({
        page: message.url ? relative(dir, fileURLToPath(message.url)).split(sep).join("/") : dir,
        check: "html" as const,
        message: `Nu Html Checker: ${message.message}${message.lastLine === undefined ? "" : ` (line ${message.lastLine})`}`,
      }))
  );
}

/**
 * How checkDist runs: `nu: false` leaves out the Nu Html Checker; `html: false` leaves out both HTML validators, for
 * pages already validated in another build that differ only in their links (the same site under a base path);
 * `onProgress` hears of each page checked.
 */
export interface CheckDistOptions {
  nu?: boolean;
  html?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Returns every problem in the built site at `dir`, served under `base`. */
export async function checkDist(
  dir: string,
  base: string,
  { nu = true, html = true, onProgress }: CheckDistOptions = {},
): Promise<DistProblem[]> {
  // The Nu Html Checker runs in its own process while the pages are checked here.
  const nuProblems = nu && html ? checkWithNu(dir) : Promise.resolve([]);
  const files = await listFiles(dir);
  const fileSet = new Set(files);
  const pages = files.filter((file) => file.endsWith(".html"));
  const roots = new Map<string, HTMLElement>();
  const ids = new Map<string, Set<string>>();
  for (const page of pages) {
    const root = parse(await readFile(join(dir, page), "utf8"));
    roots.set(page, root);
    ids.set(page, new Set(root.querySelectorAll("[id]").map((element) => element.getAttribute("id") ?? "")));
  }
  const problems: DistProblem[] = [];
  let done = 0;
  for (const page of pages) {
    const root = roots.get(page) as HTMLElement;
    if (html) {
      const report = await validator.validateFile(join(dir, page));
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push({
            page,
            check: "html",
            message: `${message.ruleId}: ${message.message} (line ${message.line})`,
          });
        }
      }
    }
    const pagePath =
      page === "index.html" ? "" : page.endsWith("/index.html") ? page.slice(0, -"index.html".length) : page;
    problems.push(...checkLinks(pagePath, root, base, fileSet, (file) => ids.get(file)));
    problems.push(...checkHeadings(page, root), ...checkAlternatives(page, root), ...checkText(page, root));
    onProgress?.(++done, pages.length);
  }
  return [...problems, ...(await nuProblems)];
}

/** Runs the command and returns its exit code. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { dir: { type: "string", default: "dist" }, base: { type: "string" } },
  });
  const dir = resolve(io.cwd, values.dir);
  if ((await stat(dir).catch(() => undefined))?.isDirectory() !== true) {
    io.stderr.write(`check:dist: ${values.dir} is not a built site; run npm run build first\n`);
    return 2;
  }
  const base = values.base ?? io.env["BASE_PATH"] ?? "/";
  const problems = await checkDist(dir, base.endsWith("/") ? base : `${base}/`, {
    onProgress: (done, total) => {
      if (done % 100 === 0 || done === total) io.stdout.write(`Checked ${done} of ${total} pages\n`);
    },
  });
  for (const problem of problems) io.stdout.write(`${problem.page}: ${problem.check}: ${problem.message}\n`);
  io.stdout.write(
    problems.length === 0 ? "The built site passed every check.\n" : `${problems.length} problems found.\n`,
  );
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.main) await runAsProcess("check:dist", main);

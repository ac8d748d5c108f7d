// Photographs one page of each type of an already built site, for a person to look at: npm run screenshots
// [-- --out DIR] [--dir DIR] [--base /path/]. It builds nothing; it serves the built folder on 127.0.0.1.
import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "./browse/chromium.ts";
import { serveStatic } from "./browse/static-server.ts";
import { runAsProcess, type CommandIo } from "./command.ts";
import { argumentsMessage } from "./new.ts";

/** The command's usage, shown with --help and after a mistake in the command. */
export const USAGE = `Usage: npm run screenshots [-- --out DIR] [--dir DIR] [--base /path/]

Writes a PNG of one page of each type of a built site at 320, 375, 768 and 1280 px wide, in light and dark,
and one of each printed at 1280 px, saying which page it is on and each file as it goes. Build the site first
with npm run build.

  --out DIR       the folder to write the pictures to (default: screenshots)
  --dir DIR       the built site (default: dist)
  --base /path/   the base path the site was built for (default: BASE_PATH, else /)`;

const OPTIONS = ["out", "dir", "base", "help"];

/** The window widths photographed, in CSS px: a small phone, a common phone, a tablet and a desktop. */
export const SHOT_WIDTHS = [320, 375, 768, 1280] as const;

/** How a page is shown: on screen in a colour scheme, or printed. */
export type ShotMode = "light" | "dark" | "print";

/** One picture to take. */
export interface Shot {
  /** The page type, such as "current review". */
  page: string;
  /** The page's path under the site's base, such as "compare/". */
  path: string;
  width: number;
  mode: ShotMode;
  /** The file name, such as "current-review-320-light.png". */
  file: string;
}

/** A partnership's page and a review's page, by the path of their built file: what the page is, not what it mentions. */
const PARTNERSHIP_PAGE = /^partnerships\/[^/]+\/index\.html$/;
const REVIEW_PAGE = /^partnerships\/[^/]+\/reviews\/[^/]+\/index\.html$/;

/**
 * How to recognise a page of each type in a built site: a fixed path, or the first page of a route (the path of its
 * built file) that says a text of itself and none of `lacks`. A chart's page under a withdrawn review repeats the
 * notice, so the route comes first; an older review has recommendations too, so the current one must not say it is
 * older.
 */
export const PAGE_TYPES: { name: string; path?: string; route?: RegExp; contains?: string; lacks?: string[] }[] = [
  { name: "home", path: "" },
  { name: "register", path: "partnerships/" },
  { name: "partnership", route: PARTNERSHIP_PAGE, contains: "What changed since the previous review" },
  { name: "partnership without a review", route: PARTNERSHIP_PAGE, contains: "no published review yet" },
  {
    name: "current review",
    route: REVIEW_PAGE,
    contains: 'id="section-recommendations"',
    lacks: ["This is not the latest review", "This review was withdrawn on"],
  },
  { name: "older review", route: REVIEW_PAGE, contains: "This is not the latest review" },
  { name: "withdrawn review", route: REVIEW_PAGE, contains: "This review was withdrawn on" },
  { name: "compare", path: "compare/" },
  { name: "factor comparison", path: "compare/delivery/" },
  { name: "confidence comparison", path: "compare/confidence/low/" },
  { name: "recommendations", path: "recommendations/" },
  { name: "risks", path: "risks/" },
  { name: "good practice", path: "good-practice/" },
  { name: "search", path: "search/?q=measurement" },
  { name: "open data", path: "data/" },
  { name: "methodology", path: "methodology/" },
  { name: "accessibility", path: "accessibility/" },
  { name: "not found", path: "no-such-page/" },
];

/** Returns true when the built file (its path under the site, and its HTML) is a page of the type. */
export function isPageOfType(type: (typeof PAGE_TYPES)[number], file: string, html: string): boolean {
  if (type.path !== undefined) return `${type.path}index.html` === file;
  return (
    (type.route?.test(file) ?? false) &&
    html.includes(type.contains ?? "") &&
    !(type.lacks ?? []).some((text) => html.includes(text))
  );
}

/** Returns a page type's name as a file name stem: "current review" → "current-review". */
export function fileStem(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Returns every picture to take of the given pages, in order: each page at each width in light and dark, then
 * printed at the widest width.
 */
export function planShots(pages: readonly { name: string; path: string }[]): Shot[] {
  const widest = SHOT_WIDTHS[SHOT_WIDTHS.length - 1] as number;
  return pages.flatMap(({ name, path }) => [
    ...SHOT_WIDTHS.flatMap((width) =>
      (["light", "dark"] as const).map((mode) => ({
        page: name,
        path,
        width,
        mode,
        file: `${fileStem(name)}-${width}-${mode}.png`,
      })),
    ),
    { page: name, path, width: widest, mode: "print" as const, file: `${fileStem(name)}-${widest}-print.png` },
  ]);
}

/** Returns the built pages of each type found in `siteDir`, the first of each in path order; a type with none is left out. */
async function findPages(siteDir: string): Promise<{ name: string; path: string }[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const htmlFiles = entries
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
  const pages: { name: string; path: string }[] = [];
  for (const type of PAGE_TYPES) {
    if (type.path !== undefined) {
      pages.push({ name: type.name, path: type.path });
      continue;
    }
    for (const file of htmlFiles.filter((candidate) => type.route?.test(candidate))) {
      if (isPageOfType(type, file, await readFile(join(siteDir, file), "utf8"))) {
        pages.push({ name: type.name, path: file.slice(0, -"index.html".length) });
        break;
      }
    }
  }
  return pages;
}

/** Runs the command and returns its exit code. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  let values: { out?: string; dir?: string; base?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        out: { type: "string" },
        dir: { type: "string" },
        base: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    io.stderr.write(`screenshots: ${argumentsMessage(error, OPTIONS)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help === true) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const siteDir = resolve(io.cwd, values.dir ?? "dist");
  if ((await stat(join(siteDir, "index.html")).catch(() => undefined))?.isFile() !== true) {
    io.stderr.write(`screenshots: ${values.dir ?? "dist"} is not a built site; run npm run build first\n`);
    return 2;
  }
  const rawBase = values.base ?? io.env["BASE_PATH"] ?? "/";
  const base = `/${rawBase.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const outDir = resolve(io.cwd, values.out ?? "screenshots");
  await mkdir(outDir, { recursive: true });
  const pages = await findPages(siteDir);
  const shots = planShots(pages);
  io.stdout.write(`Taking ${shots.length} pictures of ${pages.length} pages, ${shots.length / pages.length} of each\n`);
  const server = await serveStatic(siteDir, base);
  const browser = await launchChromium(io.env);
  try {
    const page = await browser.newPage();
    let loaded: string | undefined;
    for (const [index, shot] of shots.entries()) {
      // Each page is loaded once and then resized and recoloured in place.
      if (loaded !== shot.path) {
        const number = pages.findIndex((candidate) => candidate.path === shot.path) + 1;
        io.stdout.write(`Page ${number} of ${pages.length}: ${shot.page} (${base}${shot.path})\n`);
        await page.setViewportSize({ width: shot.width, height: 900 });
        await page.goto(`${server.url}${shot.path}`);
        await page.waitForLoadState("networkidle");
        loaded = shot.path;
      }
      await page.setViewportSize({ width: shot.width, height: 900 });
      await page.emulateMedia(
        shot.mode === "print" ? { media: "print", colorScheme: "light" } : { media: "screen", colorScheme: shot.mode },
      );
      const file = join(outDir, shot.file);
      await page.screenshot({ path: file, fullPage: true });
      io.stdout.write(`  ${index + 1}/${shots.length} ${relative(io.cwd, file)}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  io.stdout.write(`Wrote ${shots.length} pictures of ${pages.length} pages to ${relative(io.cwd, outDir) || "."}\n`);
  return 0;
}

if (import.meta.main) await runAsProcess("screenshots", main);

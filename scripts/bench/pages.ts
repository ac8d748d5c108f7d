// What a built page is and what it loads, read from its HTML with node-html-parser.
import { posix } from "node:path";
import { parse } from "node-html-parser";

/** The page types whose weight and JavaScript the bench reports, and how to recognise each from its path. */
export const PAGE_TYPES: readonly [string, RegExp][] = [
  ["home", /^index\.html$/],
  ["register", /^partnerships\/index\.html$/],
  ["partnership", /^partnerships\/[^/]+\/index\.html$/],
  ["review", /^partnerships\/[^/]+\/reviews\/[^/]+\/index\.html$/],
  ["compare", /^compare\/index\.html$/],
  ["compare-factor", /^compare\/[^/]+\/index\.html$/],
  ["recommendations", /^recommendations\/index\.html$/],
  ["risks", /^risks\/index\.html$/],
  ["good-practice", /^good-practice\/index\.html$/],
  ["search", /^search\/index\.html$/],
  ["methodology", /^methodology\/index\.html$/],
  ["data", /^data\/index\.html$/],
];

/** Returns the page type of an HTML file's path relative to the site, or "other". */
export function pageType(path: string): string {
  return PAGE_TYPES.find(([, pattern]) => pattern.test(path))?.[0] ?? "other";
}

/** What a page loads. */
export interface PageResources {
  /** Script files, by src, and module preloads. */
  scripts: string[];
  /** The code of inline scripts (JSON data blocks aside). */
  inlineScripts: string[];
  /** Stylesheets, by href. */
  styles: string[];
}

/** Returns the resources an HTML page loads: scripts (by src, and inline code) and stylesheets. */
export function pageResources(html: string): PageResources {
  const root = parse(html);
  const resources: PageResources = { scripts: [], inlineScripts: [], styles: [] };
  for (const script of root.querySelectorAll("script")) {
    const src = script.getAttribute("src");
    const code = script.rawText;
    if (src !== undefined) resources.scripts.push(src);
    else if (!/json/i.test(script.getAttribute("type") ?? "") && code.trim() !== "") resources.inlineScripts.push(code);
  }
  for (const link of root.querySelectorAll("link[href]")) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const href = link.getAttribute("href") as string;
    if (rel.includes("stylesheet")) resources.styles.push(href);
    if (rel.includes("modulepreload")) resources.scripts.push(href);
  }
  return resources;
}

/** Returns the modules a JavaScript file imports statically (loaded with it), as written. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    found.push(match[1] as string);
  }
  return found;
}

/** Returns a URL from a page as a path inside the site folder, or undefined when it points elsewhere. */
export function sitePath(url: string, fromPage: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const clean = url.split(/[?#]/)[0] ?? "";
  const path = clean.startsWith("/") ? clean.slice(1) : posix.join(posix.dirname(fromPage), clean);
  return posix.normalize(path);
}

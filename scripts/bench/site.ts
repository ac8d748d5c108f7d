// Measures a built site: pages per type, their weight raw and gzipped, the JavaScript and stylesheets
// each type loads, and the search index.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { median } from "d3-array";
import { pageResources, pageType, sitePath, staticImports } from "./pages.ts";

/** A file's size, raw and gzipped. */
interface SizeOf {
  raw: number;
  gzip: number;
}

/** One page type's figures. */
export interface TypeFigures {
  pages: number;
  medianGzip: number;
  largestGzip: number;
  largestRaw: number;
  largest: string;
  /** JavaScript the heaviest page of this type loads (files and inline), Pagefind's own files aside. */
  jsRaw: number;
  jsGzip: number;
  jsFiles: string[];
  /** The stylesheets the page links, gzipped. */
  cssGzip: number;
}

/** The built site's figures. */
export interface SiteFigures {
  htmlPages: number;
  files: number;
  totalBytes: number;
  html: { medianRaw: number; medianGzip: number; largestRaw: number; largestGzip: number; largest: string };
  types: Record<string, TypeFigures>;
  /** A partnership page with its stylesheets, each gzipped separately and added. */
  partnershipWithCss: { medianGzip: number; largestGzip: number; largest: string };
  pagefind: { bytes: number; files: number };
}

/** Returns the size of a file gzipped at level 6, as web servers usually serve it. */
export function gzipBytes(data: Buffer | string): number {
  return gzipSync(data, { level: 6 }).length;
}

/** Returns every file under `dir`, with its path relative to it (forward slashes). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/** Returns the total size of the files under `dir`, in bytes. */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const file of await listFiles(dir)) total += (await stat(join(dir, file))).size;
  return total;
}

/** Measures files once each, raw and gzipped. */
class SizeCache {
  private readonly sizes = new Map<string, SizeOf & { text: string }>();

  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  async of(path: string): Promise<(SizeOf & { text: string }) | undefined> {
    const cached = this.sizes.get(path);
    if (cached !== undefined) return cached;
    const buffer = await readFile(join(this.dir, path)).catch(() => undefined);
    if (buffer === undefined) return undefined;
    const size = { raw: buffer.length, gzip: gzipBytes(buffer), text: buffer.toString("utf8") };
    this.sizes.set(path, size);
    return size;
  }
}

/** Returns the JavaScript a page loads: its scripts and what they import, Pagefind's own files aside. */
async function pageJs(
  page: string,
  resources: ReturnType<typeof pageResources>,
  sizes: SizeCache,
): Promise<{ raw: number; gzip: number; files: string[] }> {
  const seen = new Set<string>();
  const queue = resources.scripts.flatMap((src) => sitePath(src, page) ?? []);
  let raw = 0;
  let gzip = 0;
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path) || path.startsWith("pagefind/")) continue;
    seen.add(path);
    const size = await sizes.of(path);
    if (size === undefined) continue;
    raw += size.raw;
    gzip += size.gzip;
    for (const imported of staticImports(size.text)) {
      const next = sitePath(imported, path);
      if (next !== undefined && (imported.startsWith(".") || imported.startsWith("/"))) queue.push(next);
    }
  }
  for (const code of resources.inlineScripts) {
    raw += Buffer.byteLength(code);
    gzip += gzipBytes(code);
  }
  return { raw, gzip, files: [...seen] };
}

/** Returns the item with the largest gzip, or `empty` for none. */
function heaviest<T extends { gzip: number }>(items: readonly T[], empty: T): T {
  return items.reduce((best, item) => (item.gzip > best.gzip ? item : best), items[0] ?? empty);
}

/** Measures the built site at `dir`: pages, sizes per page type, JavaScript, stylesheets and the search index. */
export async function measureSite(dir: string): Promise<SiteFigures> {
  const files = await listFiles(dir);
  const sizes = new SizeCache(dir);
  let totalBytes = 0;
  let pagefindBytes = 0;
  let pagefindFiles = 0;
  for (const file of files) {
    const { size } = await stat(join(dir, file));
    totalBytes += size;
    if (file.startsWith("pagefind/")) {
      pagefindBytes += size;
      pagefindFiles += 1;
    }
  }
  const pages = files.filter((file) => file.endsWith(".html"));
  const all: { path: string; raw: number; gzip: number; type: string }[] = [];
  const types: Record<string, TypeFigures> = {};
  const partnershipTotals: { path: string; gzip: number }[] = [];
  for (const page of pages) {
    const buffer = await readFile(join(dir, page));
    const raw = buffer.length;
    const gzip = gzipBytes(buffer);
    const type = pageType(page);
    all.push({ path: page, raw, gzip, type });
    const resources = pageResources(buffer.toString("utf8"));
    let cssGzip = 0;
    for (const href of resources.styles) {
      const path = sitePath(href, page);
      if (path !== undefined) cssGzip += (await sizes.of(path))?.gzip ?? 0;
    }
    if (type === "partnership") partnershipTotals.push({ path: page, gzip: gzip + cssGzip });
    // JavaScript is the same on pages of a type, so one in 50 of the many-page types is enough to check.
    const figures = types[type];
    const count = figures?.pages ?? 0;
    const js = count < 20 || count % 50 === 0 ? await pageJs(page, resources, sizes) : undefined;
    if (figures === undefined) {
      types[type] = {
        pages: 1,
        medianGzip: 0,
        largestGzip: gzip,
        largestRaw: raw,
        largest: page,
        jsRaw: js?.raw ?? 0,
        jsGzip: js?.gzip ?? 0,
        jsFiles: js?.files ?? [],
        cssGzip,
      };
    } else {
      figures.pages += 1;
      if (gzip > figures.largestGzip) Object.assign(figures, { largestGzip: gzip, largestRaw: raw, largest: page });
      if (js !== undefined && js.gzip > figures.jsGzip) {
        Object.assign(figures, { jsRaw: js.raw, jsGzip: js.gzip, jsFiles: js.files });
      }
      figures.cssGzip = Math.max(figures.cssGzip, cssGzip);
    }
  }
  for (const [type, figures] of Object.entries(types)) {
    figures.medianGzip = median(all.filter((page) => page.type === type).map((page) => page.gzip)) ?? 0;
  }
  const largest = heaviest(all, { path: "", raw: 0, gzip: 0, type: "" });
  const heaviestPartnership = heaviest(partnershipTotals, { path: "", gzip: 0 });
  return {
    htmlPages: pages.length,
    files: files.length,
    totalBytes,
    html: {
      medianRaw: median(all.map((page) => page.raw)) ?? 0,
      medianGzip: median(all.map((page) => page.gzip)) ?? 0,
      largestRaw: largest.raw,
      largestGzip: largest.gzip,
      largest: largest.path,
    },
    types,
    partnershipWithCss: {
      medianGzip: median(partnershipTotals.map((page) => page.gzip)) ?? 0,
      largestGzip: heaviestPartnership.gzip,
      largest: heaviestPartnership.path,
    },
    pagefind: { bytes: pagefindBytes, files: pagefindFiles },
  };
}

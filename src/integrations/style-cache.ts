// The site's Sass style sheets compiled once and kept in Astro's cache folder, so that a build whose sheets and the
// files they load are unchanged starts no Sass at all: Sass's JavaScript side and its compiler process cost about a
// second of CPU in every build, however small the site (see docs/performance.md). A build hands Vite the kept CSS
// in place of each .scss file; Vite then treats it as it treats any CSS. Under `astro dev` Vite compiles the sheets
// itself, as it always has, so an edited sheet shows at once.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import type { AsyncCompiler } from "sass-embedded";
import type { Plugin } from "vite";
import { writeWhole } from "../data/write-whole.ts";
import { CSS_OPTIONS } from "../styles/css-options.ts";

/** What is kept for one sheet: every file Sass read for it, with a hash of its content. */
interface Kept {
  files: Record<string, string>;
}

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * Returns the Vite plugin that resolves each .scss file a build imports to its compiled CSS in `folder`, compiling it
 * when it or a file it loads has changed since it was kept. `version` names what else decides the CSS (Sass's
 * version); a change of it compiles every sheet afresh.
 */
export function styleCachePlugin(folder: string, version: string): Plugin {
  let compiler: Promise<AsyncCompiler> | undefined;
  const ready = new Map<string, Promise<string | undefined>>();
  // Each file's hash, read once in a build: the sheets share GOV.UK Frontend's base files.
  const hashes = new Map<string, Promise<string | undefined>>();
  const hashOf = (file: string): Promise<string | undefined> => {
    let hash = hashes.get(file);
    if (hash === undefined) {
      hash = readFile(file).then(sha256, () => undefined);
      hashes.set(file, hash);
    }
    return hash;
  };
  /** Returns true when every file in `files` still has the content it had. */
  const unchanged = async (files: Record<string, string>): Promise<boolean> => {
    for (const [file, hash] of Object.entries(files)) if ((await hashOf(file)) !== hash) return false;
    return true;
  };

  /** Returns the kept CSS file for the sheet, compiling it first when it is missing or out of date. */
  const keep = async (sheet: string): Promise<string> => {
    // The same options as Vite's (CSS_OPTIONS); the key names the sheet, Sass's version and the options.
    const options = CSS_OPTIONS.preprocessorOptions.scss;
    const key = sha256(JSON.stringify([sheet, version, options]));
    const dir = join(folder, key.slice(0, 24));
    // The CSS keeps the sheet's name, which Vite gives the style sheet file it writes.
    const css = join(dir, `${basename(sheet, ".scss")}.css`);
    const record = join(dir, "files.json");
    const kept = await readFile(record, "utf8")
      .then((text) => JSON.parse(text) as Kept)
      .catch(() => undefined);
    if (kept !== undefined && (await unchanged(kept.files))) return css;
    compiler ??= import("sass-embedded").then((sass) => sass.initAsyncCompiler());
    const source = await readFile(sheet, "utf8");
    // As Vite compiles it: from the sheet's text, at the sheet's address, without a source map.
    const result = await (await compiler).compileStringAsync(source, { ...options, url: pathToFileURL(sheet) });
    const files: Record<string, string> = {};
    for (const url of result.loadedUrls) {
      if (url.protocol !== "file:") continue;
      const file = fileURLToPath(url);
      hashes.delete(file);
      const hash = await hashOf(file);
      if (hash !== undefined) files[file] = hash;
    }
    await mkdir(dir, { recursive: true });
    await writeWhole(css, result.css);
    await writeWhole(record, `${JSON.stringify({ files } satisfies Kept)}\n`);
    return css;
  };

  return {
    name: "partnership-reviews:style-cache",
    apply: "build",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!/\.scss(\?|$)/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved === null || resolved.external) return resolved;
      const [sheet = "", query] = resolved.id.split("?", 2);
      if (!sheet.endsWith(".scss")) return resolved;
      let kept = ready.get(sheet);
      if (kept === undefined) {
        // A sheet that does not compile is left to Vite, which reports the error as it always has.
        kept = keep(sheet).catch(() => undefined);
        ready.set(sheet, kept);
      }
      const css = await kept;
      if (css === undefined) return resolved;
      return query === undefined ? css : `${css}?${query}`;
    },
    async buildEnd() {
      const running = compiler;
      compiler = undefined;
      ready.clear();
      hashes.clear();
      await (await running)?.dispose();
    },
  };
}

/** Returns the version of sass-embedded installed beside the project (its package.json is not among its exports). */
function sassVersion(): string {
  for (let dir = fileURLToPath(import.meta.resolve("sass-embedded")); dir !== dirname(dir);) {
    dir = dirname(dir);
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
    if (name === "sass-embedded" && version !== undefined) return version;
  }
  throw new Error("sass-embedded's version was not found beside the project");
}

/** Returns the integration that keeps compiled style sheets in `partnership-reviews/css/` of Astro's cache folder. */
export function styleCache(): AstroIntegration {
  return {
    name: "partnership-reviews:style-cache",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        const folder = fileURLToPath(new URL("partnership-reviews/css/", config.cacheDir));
        updateConfig({ vite: { plugins: [styleCachePlugin(folder, sassVersion())] } });
      },
    },
  };
}

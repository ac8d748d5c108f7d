// Writes the committee pack's HTML with the site's own Astro components, as the build does for /committee-pack.html:
// a Vite server in middleware mode (no port, no file watching) runs Astro's Vite plugins, which compile the
// components and the pack's style sheet, and loads src/components/pack/render-pack.ts, which renders them with
// Astro's container. The server is closed before this returns.
import { resolve } from "node:path";
import type { Plugin, PluginOption } from "vite";
import type { renderPack } from "../../src/components/pack/render-pack.ts";
import type { PackDocument } from "../../src/lib/pack/document.ts";
import { CSS_OPTIONS } from "../../src/styles/css-options.ts";

/** The project's root: the components are found from here, whatever the command's working folder. */
const ROOT = resolve(import.meta.dirname, "../..");

/** The module that renders the pack, as Vite addresses it from the root. */
const RENDER_MODULE = "/src/components/pack/render-pack.ts";

// Astro's dev server plugin starts a whole dev app (routes, middleware, the dev toolbar) on the Vite server, which
// rendering a component does not need: leaving it out halves the time to load the renderer.
const UNNEEDED_PLUGINS = new Set(["astro:server"]);

// A build minifies the style sheet it writes into /committee-pack.html; Vite's dev server does not, so Sass does.
const COMPRESSED_CSS = {
  ...CSS_OPTIONS,
  preprocessorOptions: { scss: { ...CSS_OPTIONS.preprocessorOptions.scss, style: "compressed" as const } },
};

/**
 * Leaves out the style sheets the components import for the site's pages: the pack writes its own, pack.scss, which
 * holds their rules, into its file. Compiling each of them again with Sass would only slow the command down.
 */
const noComponentStyles: Plugin = {
  name: "pack:no-component-styles",
  enforce: "pre",
  load(id) {
    return /\.s?css$/.test(id) ? "" : undefined;
  },
};

/** Turns off Vite's dependency optimiser, which prepares browser code this server never sends, in every environment. */
const noDependencyOptimiser: Plugin = {
  name: "pack:no-dependency-optimiser",
  enforce: "post",
  configResolved(config) {
    for (const environment of Object.values(config.environments)) {
      Object.assign(environment.optimizeDeps, { noDiscovery: true, include: [] });
    }
  },
};

/**
 * Returns the pack's HTML file: the site's components rendered through Astro's Vite plugins and container. Once
 * `signal` is aborted it stops at its next step, closing what it started, and throws.
 */
export async function renderPackHtml(pack: PackDocument, signal?: AbortSignal): Promise<string> {
  const [{ getViteConfig }, { createServer }] = await Promise.all([import("astro/config"), import("vite")]);
  signal?.throwIfAborted();
  // No astro.config.mjs: it would read and validate the content folder again, and add integrations (MDX, sitemap,
  // search) that rendering components does not need. The style options are the site's own.
  const config = await getViteConfig(
    {},
    { configFile: false, root: ROOT, logLevel: "error", vite: { css: COMPRESSED_CSS } },
  )({ command: "serve", mode: "production" });
  signal?.throwIfAborted();
  const plugins = [config.plugins ?? []]
    .flat(Infinity as 1)
    .filter(
      (plugin: PluginOption): plugin is Plugin =>
        typeof plugin === "object" && plugin !== null && "name" in plugin && !UNNEEDED_PLUGINS.has(plugin.name),
    );
  const server = await createServer({
    ...config,
    configFile: false,
    root: ROOT,
    appType: "custom",
    logLevel: "error",
    clearScreen: false,
    plugins: [noComponentStyles, ...plugins, noDependencyOptimiser],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    signal?.throwIfAborted();
    const module = (await server.ssrLoadModule(RENDER_MODULE)) as { renderPack: typeof renderPack };
    signal?.throwIfAborted();
    return await module.renderPack(pack);
  } finally {
    await server.close();
  }
}

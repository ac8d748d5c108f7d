// @ts-check
import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { unified } from "@astrojs/markdown-remark";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import { resolveContentDir } from "./src/loaders/environment.ts";
import { readSiteLocation } from "./src/loaders/site-location.ts";
import { partnershipReviews, sitemapOptions } from "./src/integrations/partnership-reviews.ts";
import { styleCache } from "./src/integrations/style-cache.ts";
import { siteRoot } from "./src/lib/links.ts";
import { markdownSanitizeSchema } from "./src/lib/markdown-safety.ts";
import { proseTables } from "./src/lib/prose-tables.ts";
import { CSS_OPTIONS } from "./src/styles/css-options.ts";
import { federationLocation } from "./src/federation/location.ts";

process.env["ASTRO_TELEMETRY_DISABLED"] ??= "1";
const contentDir = resolveContentDir(undefined, process.env, process.cwd());
// A folder with a federation.json builds a federation site: its own pages (src/federation/pages/) over what its
// members published, with the same layout, styles and search (docs/federation.md).
const federation = await federationLocation(contentDir, process.env);
const location = federation ?? (await readSiteLocation(contentDir, process.env));

// The config is typed by this comment rather than by astro/config's defineConfig, which does nothing but loads, with
// that module, Astro's SVG optimiser and font tools (about 300 modules) into every build.
/** @type {import("astro").AstroUserConfig} */
export default {
  // npm test gives the type check a cache of its own, so it can run beside the browser tests' builds.
  ...(process.env["ASTRO_CACHE_DIR"] ? { cacheDir: process.env["ASTRO_CACHE_DIR"] } : {}),
  // A federation is built from src/federation/ with a root of its own, so that its build writes Astro's generated
  // types (.astro/) there and never over the council site's, which a type check may be reading at that moment; not
  // in node_modules/.partnership-reviews/, which holds only the builds' own staging folders and lock.
  ...(federation
    ? {
        root: fileURLToPath(new URL("node_modules/.astro-federation/root/", import.meta.url)),
        srcDir: fileURLToPath(new URL("src/federation/", import.meta.url)),
        publicDir: fileURLToPath(new URL("public/", import.meta.url)),
        cacheDir: fileURLToPath(new URL("node_modules/.astro-federation/cache/", import.meta.url)),
      }
    : {}),
  site: location.url,
  base: location.basePath,
  trailingSlash: "always",
  // Style sheets are files, never inlined: the chart and table styles (6.5 KB) were copied into every one of
  // thousands of chart embed and review pages, where a cached file serves them once.
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  security: {
    // Everything is served from the site itself; Astro adds hashes for its own inline scripts and styles.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // A federation's member pages search a member's own index where its site allows it (docs/federation.md).
        /** @type {`connect-src ${string}`} */ (["connect-src 'self'", ...(federation?.searchOrigins ?? [])].join(" ")),
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    css: CSS_OPTIONS,
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's compiled MDX starts with a directive the bundler cannot keep and does not need: every MDX
          // file would otherwise print a warning that no author can act on.
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && /\.mdx/.test(warning.id ?? warning.message)) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // Content is highlighted by no one: Shiki's inline styles would break the Content Security Policy.
    syntaxHighlight: false,
    // Raw HTML in .md bodies is parsed, then sanitised, before Astro adds heading ids.
    // Smart punctuation is off: it took a fifth of the build's CPU time at 1000 partnerships; authors who want
    // curly quotes type them.
    processor: unified({
      smartypants: false,
      rehypePlugins: [rehypeRaw, [rehypeSanitize, markdownSanitizeSchema], proseTables],
    }),
  },
  // MDX is for trusted authors: it keeps its components, so it is not sanitised; validation allows only
  // plain values in braces, so it runs no author code.
  integrations: federation
    ? [sitemap({ filter: (page) => !page.endsWith("/404/") }), styleCache()]
    : [
        styleCache(),
        mdx({ processor: unified({ smartypants: false, rehypePlugins: [proseTables] }) }),
        sitemap(sitemapOptions(contentDir, siteRoot(location.url, location.basePath))),
        partnershipReviews(contentDir),
      ],
};

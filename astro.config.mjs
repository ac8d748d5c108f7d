// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import { resolveContentDir } from "./src/loaders/content-folder.ts";
import { readSiteLocation } from "./src/loaders/site-location.ts";
import { contentValidation } from "./src/integrations/content-validation.ts";
import { markdownSanitizeSchema } from "./src/lib/markdown-safety.ts";

const contentDir = resolveContentDir(undefined, process.env, process.cwd());
const location = readSiteLocation(contentDir, process.env);

export default defineConfig({
  site: location.url,
  base: location.basePath,
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  security: {
    // Everything is served from the site itself; Astro adds hashes for its own inline scripts and styles.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
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
    css: { preprocessorOptions: { scss: { loadPaths: ["node_modules"], quietDeps: true } } },
  },
  markdown: {
    // Raw HTML in .md bodies is parsed, then sanitised, before Astro adds heading ids.
    // Smart punctuation is off: it took a fifth of the build's CPU time at 1000 partnerships (see the
    // README's performance section); authors who want curly quotes type them.
    processor: unified({ smartypants: false, rehypePlugins: [rehypeRaw, [rehypeSanitize, markdownSanitizeSchema]] }),
  },
  // MDX is for trusted authors: it keeps its components, so it is not sanitised.
  integrations: [mdx({ processor: unified({ smartypants: false }) }), contentValidation(contentDir)],
});

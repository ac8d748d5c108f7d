// Vite's options for the site's style sheets, shared by astro.config.mjs and npm run pack's renderer (which runs
// Astro's Vite plugins without the config file, so as not to read and validate the content folder a second time).
import { fileURLToPath } from "node:url";

/** Vite's `css` options: Sass finds GOV.UK Frontend in node_modules and keeps its deprecation notices quiet. */
export const CSS_OPTIONS = {
  preprocessorOptions: {
    scss: { loadPaths: [fileURLToPath(new URL("../../node_modules", import.meta.url))], quietDeps: true },
  },
};

// Vite's options for the site's style sheets, shared by astro.config.mjs and npm run pack's renderer (which runs
// Astro's Vite plugins without the config file, so as not to read and validate the content folder a second time).
import { fileURLToPath } from "node:url";

const NODE_MODULES = new URL("../../node_modules/", import.meta.url);

/**
 * Sends Sass straight to GOV.UK Frontend's files in node_modules, which it then reads itself: Vite's own importer,
 * tried after this one, would resolve and read each of the 50 or so partials every style sheet loads in JavaScript
 * and pass them to Sass's process one message at a time.
 */
const govukFrontend = {
  findFileUrl: (url: string): URL | null => (url.startsWith("govuk-frontend/") ? new URL(url, NODE_MODULES) : null),
};

/** Vite's `css` options: Sass finds GOV.UK Frontend in node_modules and keeps its deprecation notices quiet. */
export const CSS_OPTIONS = {
  preprocessorOptions: {
    scss: { loadPaths: [fileURLToPath(NODE_MODULES)], importers: [govukFrontend], quietDeps: true },
  },
};

// The bare Astro + Pagefind baseline: the same Markdown as plain pages, indexed by Pagefind at the end of the build
// (as Astro's own documentation theme does), with none of this project's checks, charts, lists or downloads.
import { join } from "node:path";

/** Returns the files of a bare Astro project that renders every partnership and review body in `contentDir` as a page. */
export function baselineProject(contentDir: string): { path: string; text: string }[] {
  const page = (collection: string, title: string): string => `---
import { getCollection, render } from "astro:content";

export async function getStaticPaths() {
  const entries = await getCollection(${JSON.stringify(collection)});
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><title>{entry.data.${title}}</title></head>
  <body><main><h1>{entry.data.${title}}</h1><Content /></main></body>
</html>
`;
  return [
    { path: "package.json", text: `${JSON.stringify({ name: "bench-baseline", private: true, type: "module" })}\n` },
    {
      path: "astro.config.mjs",
      text: `import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/** Indexes every built page with Pagefind's defaults when the build is done. */
const search = {
  name: "pagefind",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      const { index } = await pagefind.createIndex({});
      await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL("pagefind/", dir)) });
      await pagefind.close();
    },
  },
};

// The project's own settings that shape the output, and nothing else: default Markdown, no checks; Pagefind.
export default defineConfig({
  cacheDir: "./.cache",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  integrations: [mdx(), search],
});
`,
    },
    {
      path: "src/content.config.ts",
      text: `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

export const collections = {
  partnerships: defineCollection({ loader: glob({ base: ${JSON.stringify(join(contentDir, "partnerships"))}, pattern: "[!_]*.{md,mdx}" }) }),
  reviews: defineCollection({ loader: glob({ base: ${JSON.stringify(join(contentDir, "reviews"))}, pattern: "[!_]*/[!_]*.{md,mdx}" }) }),
};
`,
    },
    { path: "src/pages/partnerships/[...id].astro", text: page("partnerships", "name") },
    { path: "src/pages/reviews/[...id].astro", text: page("reviews", "title") },
  ];
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { resolveContentDir } from "./loaders/content-folder.ts";
import { frameworkSchema, partnershipSchema, reviewDataSchema, reviewSchema, siteSchema } from "./schema/index.ts";

const contentDir = resolveContentDir(undefined, process.env, process.cwd());

/** Returns the parsed JSON of one settings file in the content folder. */
function readSettings(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(contentDir, file), "utf8")) as Record<string, unknown>;
}

// Files whose name starts with "_" are authors' scratch space.
const markdown = "[!_]*.{md,mdx}";

export const collections = {
  // site.json has no id of its own, so it is stored under "site"; framework.json keeps its own id.
  site: defineCollection({ loader: () => ({ site: readSettings("site.json") }), schema: siteSchema }),
  framework: defineCollection({
    loader: () => [{ id: "", ...readSettings("framework.json") }],
    schema: frameworkSchema,
  }),
  partnerships: defineCollection({
    loader: glob({
      base: join(contentDir, "partnerships"),
      pattern: markdown,
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ""),
    }),
    schema: partnershipSchema,
  }),
  reviews: defineCollection({
    loader: glob({
      base: join(contentDir, "reviews"),
      pattern: `[!_]*/${markdown}`,
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ""),
    }),
    schema: reviewSchema,
  }),
  reviewData: defineCollection({
    loader: glob({
      base: join(contentDir, "reviews"),
      pattern: "[!_]*/[!_]*.json",
      generateId: ({ entry }) => entry.replace(/\.json$/, ""),
    }),
    schema: reviewDataSchema,
  }),
};

import { defineCollection } from "astro:content";
import { resolveContentDir } from "./loaders/content-folder.ts";
import { contentLoader } from "./loaders/content-loader.ts";

const contentDir = resolveContentDir(undefined, process.env, process.cwd());

// One reading of the content folder, validated once, feeds every collection: "content" holds the whole
// validated content set for the site model, and the other two hold the bodies that pages render.
export const collections = {
  content: defineCollection({ loader: contentLoader(contentDir, "content") }),
  partnerships: defineCollection({ loader: contentLoader(contentDir, "partnerships") }),
  reviews: defineCollection({ loader: contentLoader(contentDir, "reviews") }),
};

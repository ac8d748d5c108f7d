import { defineCollection } from "astro:content";
import { resolveContentDir } from "./loaders/environment.ts";
import { contentLoader } from "./loaders/content-loader.ts";

const contentDir = resolveContentDir(undefined, process.env, process.cwd());

// One reading of the content folder, validated once, feeds every collection: the other two hold the bodies that
// pages render; "content" holds the whole validated content set for the site model under `astro dev` only (a
// build's pages read the same reading in the same process: see sharedReading).
export const collections = {
  content: defineCollection({ loader: contentLoader(contentDir, "content") }),
  partnerships: defineCollection({ loader: contentLoader(contentDir, "partnerships") }),
  reviews: defineCollection({ loader: contentLoader(contentDir, "reviews") }),
};

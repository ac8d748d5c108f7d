import { defaultSchema, type Options } from "rehype-sanitize";

/**
 * The HTML allowed in Markdown bodies: GitHub's safe subset (no scripts, styles, event handlers,
 * iframes, forms or javascript: URLs), plus abbreviations, and without form inputs. Ids an author
 * writes by hand get a "user-content-" prefix so they cannot clash with the page's own; headings get
 * clean ids from Astro after sanitising.
 */
export const markdownSanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== "input"), "abbr"],
  attributes: { ...defaultSchema.attributes, abbr: ["title"] },
};

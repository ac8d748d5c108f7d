import type { Root } from "hast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options } from "rehype-sanitize";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { Position } from "./sources.ts";

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

// The site's own Markdown pipeline up to the sanitiser (astro.config.mjs), so the check sees the images a page
// would publish, wherever the author wrote them.
const publishedHtml = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, markdownSanitizeSchema);

/**
 * Returns where a Markdown body has an image with no alt attribute (raw HTML such as <img src="…">).
 * Markdown's own ![text](src) always has one, empty when the brackets are.
 */
export function imagesWithoutAlt(body: string): Position[] {
  // Parsing is skipped for the usual body with no raw image: validation reads every body of the folder.
  if (!/<img\b/i.test(body)) return [];
  const tree = publishedHtml.runSync(publishedHtml.parse(body)) as Root;
  const found: Position[] = [];
  visit(tree, "element", (element) => {
    if (element.tagName === "img" && element.properties["alt"] === undefined) {
      found.push({ line: element.position?.start.line ?? 1, column: element.position?.start.column ?? 1 });
    }
  });
  return found;
}

// Renders Astro components to HTML with Astro's Container API, and reads back what a reader would see.
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parse, type HTMLElement } from "node-html-parser";

const container = await AstroContainer.create();

/** Elements whose content is a block or cell of its own: their words never run into a neighbour's. */
const BLOCKS =
  "address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|" +
  "main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul";
const BLOCK_END = new RegExp(`(</(?:${BLOCKS})>|<(?:br|hr)\\b[^>]*>)(?=\\S)`, "gi");
const BLOCK_START = new RegExp(`(?<=\\S)(<(?:${BLOCKS})\\b)`, "gi");

/** Returns the HTML with a space after each block or table cell that ends and before each that starts. */
function spaceBlocks(html: string): string {
  return html.replace(BLOCK_END, "$1 ").replace(BLOCK_START, " $1");
}

/** Returns a component rendered with these props and default slot, parsed. */
export async function render(
  component: Parameters<typeof container.renderToString>[0],
  props: Record<string, unknown> = {},
  slot?: string,
): Promise<HTMLElement> {
  const html = await container.renderToString(component, {
    props,
    ...(slot === undefined ? {} : { slots: { default: slot } }),
  });
  return parse(html, { comment: false });
}

/**
 * Returns the element's text as it reads: blocks apart (Astro compresses the HTML, so adjacent blocks have no space
 * between them), whitespace made single, hidden elements and SVG drawings left out.
 */
export function visibleText(element: HTMLElement): string {
  const copy = parse(spaceBlocks(element.toString()));
  for (const hidden of copy.querySelectorAll("[hidden], svg, script, style")) hidden.remove();
  return copy.textContent.replace(/\s+/g, " ").trim();
}

/** Returns each row of a table as the visible text of its cells. */
export function tableRows(table: HTMLElement): string[][] {
  return table.querySelectorAll("tr").map((row) => row.querySelectorAll("th, td").map(visibleText));
}

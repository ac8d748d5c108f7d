// Renders Astro components to HTML with Astro's Container API, and reads back what a reader would see.
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parse, type HTMLElement } from "node-html-parser";
import { spaceBlocks } from "../../../src/integrations/search-index.ts";

const container = await AstroContainer.create();

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

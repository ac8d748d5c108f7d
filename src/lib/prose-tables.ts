/**
 * A rehype plugin for Markdown bodies: each table goes inside a focusable region named after its column
 * headers, which scrolls sideways on its own when the table is wider than the column, so no word in a cell is
 * broken to fit and the page never scrolls sideways. It runs after sanitising, so the region is the site's own.
 */
import type { Element, ElementContent, Root } from "hast";
import { visit, SKIP } from "unist-util-visit";

/** Returns the text of a node and its descendants. */
function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

/** Returns the name of a table's scroll region: "Table: Measure, Target, 2023/24" from its first row's headers. */
export function proseTableLabel(table: Element): string {
  let headers: string[] = [];
  visit(table, "element", (node) => {
    if (node.tagName !== "tr") return undefined;
    headers = node.children
      .filter((cell): cell is Element => cell.type === "element" && cell.tagName === "th")
      .map((cell) => textOf(cell).trim().replace(/\s+/g, " "))
      .filter((text) => text !== "");
    return false;
  });
  return headers.length === 0 ? "Table" : `Table: ${headers.join(", ")}`;
}

/** Returns the rehype transformer that puts each table of a Markdown body in its scroll region. */
export function proseTables(): (tree: Root) => void {
  return (tree) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "table" || parent === undefined || index === undefined) return undefined;
      const region: Element = {
        type: "element",
        tagName: "section",
        properties: {
          className: ["app-table-scroll", "app-prose__table"],
          tabIndex: 0,
          ariaLabel: proseTableLabel(node),
        },
        children: [node],
      };
      parent.children[index] = region;
      return SKIP;
    });
  };
}

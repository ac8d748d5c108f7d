import type { Element, ElementContent, Root } from "hast";
import { describe, expect, it } from "vitest";
import { proseTableLabel, proseTables } from "../../../src/lib/prose-tables.ts";

/** Returns an element. */
function h(tagName: string, ...children: (ElementContent | string)[]): Element {
  return {
    type: "element",
    tagName,
    properties: {},
    children: children.map((child) => (typeof child === "string" ? { type: "text", value: child } : child)),
  };
}

const measures = h(
  "table",
  h("thead", h("tr", h("th", "Measure"), h("th", " 2023/24 "), h("th", "Planning ", h("em", "agreements")))),
  h("tbody", h("tr", h("td", "1"), h("td", "2"), h("td", "3"))),
);

describe("proseTableLabel(table)", () => {
  it("proseTableLabel names a table by its first row's column headers", () => {
    expect(proseTableLabel(measures)).toBe("Table: Measure, 2023/24, Planning agreements");
  });
  it("proseTableLabel names a table without headers plainly", () => {
    expect(proseTableLabel(h("table", h("tr", h("td", "a"))))).toBe("Table");
  });
});

describe("proseTables()", () => {
  it("proseTables puts each table, once, in a focusable region named after its headers", () => {
    const other = h("table", h("tr", h("td", "a")));
    const tree: Root = { type: "root", children: [h("p", "Before"), measures, other] };
    proseTables()(tree);
    expect(
      tree.children.map((node) => (node.type === "element" ? [node.tagName, node.properties] : node.type)),
    ).toEqual([
      ["p", {}],
      [
        "section",
        {
          className: ["app-table-scroll", "app-prose__table"],
          tabIndex: 0,
          ariaLabel: "Table: Measure, 2023/24, Planning agreements",
        },
      ],
      ["section", { className: ["app-table-scroll", "app-prose__table"], tabIndex: 0, ariaLabel: "Table" }],
    ]);
    expect((tree.children[1] as Element).children).toEqual([measures]);
  });
});

import { describe, expect, it } from "vitest";
import { numberSections, type Section } from "../../../../src/lib/pack/document.ts";

describe("numberSections(sections)", () => {
  it("numberSections(sections) numbers paragraphs section.paragraph, skipping sub-headings and tables", () => {
    const sections: Section[] = [
      {
        id: "a",
        title: "A",
        blocks: [
          { kind: "paragraph", text: "one" },
          { kind: "paragraph", text: "two" },
        ],
      },
      {
        id: "b",
        title: "B",
        blocks: [
          { kind: "subheading", text: "Heading" },
          { kind: "paragraph", text: "three" },
          { kind: "table", caption: "T", columns: [{ label: "x" }], rows: [] },
          { kind: "paragraph", text: "four" },
        ],
      },
      { id: "c", title: "C", blocks: [] },
    ];
    const numbered = numberSections(sections);
    expect(numbered.map((section) => section.number)).toEqual([1, 2, 3]);
    expect(
      numbered.map((section) =>
        section.blocks.map((block) => (block.kind === "paragraph" ? `${block.number} ${block.text}` : block.kind)),
      ),
    ).toEqual([["1.1 one", "1.2 two"], ["subheading", "2.1 three", "table", "2.2 four"], []]);
  });
});

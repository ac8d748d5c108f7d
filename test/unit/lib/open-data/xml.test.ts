import { describe, expect, it } from "vitest";
import { textElement, xmlAttributes } from "../../../../src/lib/open-data/xml.ts";

describe("textElement(name, text, attributes)", () => {
  it("writes an element with escaped text and attributes", () => {
    expect(textElement("title", "A & B", { type: "text" })).toBe('<title type="text">A &amp; B</title>');
  });
});

describe("xmlAttributes(attributes)", () => {
  it("writes each attribute with its value escaped, in order", () => {
    expect(xmlAttributes({ rel: "self", href: "https://x.example/?a=1&b=2" })).toBe(
      ' rel="self" href="https://x.example/?a=1&amp;b=2"',
    );
  });
});

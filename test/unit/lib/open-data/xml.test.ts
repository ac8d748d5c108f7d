import { describe, expect, it } from "vitest";
import { escapeXml, textElement, xmlAttributes } from "../../../../src/lib/open-data/xml.ts";

describe("escapeXml(text)", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
  });

  it("drops characters XML cannot hold and keeps tab, line breaks, accents and emoji", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\tg\nh\ri – café 😀")).toBe("abcdef\tg\nh\ri – café 😀");
  });
});

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

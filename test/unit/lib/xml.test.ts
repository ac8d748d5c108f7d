import { describe, expect, it } from "vitest";
import { escapeXml } from "../../../src/lib/xml.ts";

describe("escapeXml(text)", () => {
  it("escapeXml(text) escapes the five markup characters", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
    );
  });

  it("escapeXml(text) drops characters XML cannot hold and keeps tab, line breaks, accents and emoji", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\tg\nh\ri – café 😀")).toBe("abcdef\tg\nh\ri – café 😀");
    expect(escapeXml("lone low \uDC00surrogate & <b>")).toBe("lone low surrogate &amp; &lt;b&gt;");
  });

  it("escapeXml(text) returns plain text as it is", () => {
    expect(escapeXml("Shared Legal Service – 2024 review 😀")).toBe("Shared Legal Service – 2024 review 😀");
  });
});

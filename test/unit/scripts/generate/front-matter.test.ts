import { describe, expect, it } from "vitest";
import { markdownFile } from "../../../../scripts/generate/front-matter.ts";
import { parseMarkdownSource } from "../../../../src/lib/sources.ts";

describe("markdownFile(front, body)", () => {
  const front = {
    title: "Shared Legal: annual review",
    date: "2024-03-01",
    publishDate: undefined,
    respondents: 3,
    tags: ["legal", "savings"],
    partners: [{ name: "Exampleshire County Council", role: "lead" }],
  };

  it("markdownFile(front, body) writes dates bare, quotes only where YAML needs it and leaves out undefined fields", () => {
    expect(markdownFile(front, "\n# Findings\n\nText.\n\n")).toBe(
      [
        "---",
        'title: "Shared Legal: annual review"',
        "date: 2024-03-01",
        "respondents: 3",
        "tags:",
        "  - legal",
        "  - savings",
        "partners:",
        "  - name: Exampleshire County Council",
        "    role: lead",
        "---",
        "",
        "# Findings",
        "",
        "Text.",
        "",
      ].join("\n"),
    );
  });

  it("markdownFile(front, body) keeps a long value on one line, and the site reads back what was written", () => {
    const summary = "A sentence. ".repeat(20).trim();
    const parsed = parseMarkdownSource({ path: "a.md", text: markdownFile({ ...front, summary }, "Body") });
    expect(parsed.ok && parsed.source.data).toEqual({
      title: "Shared Legal: annual review",
      date: "2024-03-01",
      respondents: 3,
      tags: ["legal", "savings"],
      partners: [{ name: "Exampleshire County Council", role: "lead" }],
      summary,
    });
    expect(markdownFile({ summary }, "").split("\n")[1]).toBe(`summary: ${summary}`);
  });
});

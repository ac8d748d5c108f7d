import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.ts";

/** The project's own documents: the README, the contributing guide and every page under docs/. */
const DOCUMENTS = [
  "README.md",
  "CONTRIBUTING.md",
  ...readdirSync(resolve(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

const read = (path: string) => readFileSync(resolve(ROOT, path), "utf8");

/** Returns the anchor GitHub gives a heading: lower case, punctuation but hyphens dropped, spaces as hyphens. */
function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Returns the anchors of a Markdown file's headings, outside code blocks. */
function anchorsOf(path: string): Set<string> {
  const text = read(path).replace(/^```[\s\S]*?^```/gm, "");
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => headingAnchor(match[1] ?? "")));
}

describe("the README", () => {
  const readme = read("README.md");

  it("is at most 150 lines, none over 300 characters", () => {
    const lines = readme.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(150);
    expect(lines.filter((line) => line.length > 300)).toEqual([]);
  });

  it("gives the two set-up commands that CI runs word for word", () => {
    const commands = ["npm ci && npm run build", "npm test"];
    const ci = read(".ci/run").split("\n");
    for (const command of commands) {
      expect(readme).toMatch(new RegExp(`^${command.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+#`, "m"));
      expect(ci).toContain(command);
    }
  });
});

describe("the documents' links", () => {
  it.each(DOCUMENTS)("%s links only to files and headings that exist", (document) => {
    // Links in code blocks and code spans are examples, not links.
    const text = read(document)
      .replace(/^```[\s\S]*?^```/gm, "")
      .replace(/`[^`\n]*`/g, "");
    const broken = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1] ?? "")
      .filter((target) => !/^(https?:|mailto:)/.test(target))
      .filter((target) => {
        const [file = "", anchor] = target.split("#");
        const path = file === "" ? document : resolve(dirname(resolve(ROOT, document)), file).slice(ROOT.length + 1);
        if (!existsSync(resolve(ROOT, path))) return true;
        return anchor !== undefined && path.endsWith(".md") && !anchorsOf(path).has(anchor);
      });
    expect(broken).toEqual([]);
  });
});

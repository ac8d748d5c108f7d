import { stringify } from "yaml";

/** Returns a Markdown file as an author writes one: the fields as YAML front matter (undefined ones left out), then the body. */
export function markdownFile(front: Record<string, unknown>, body: string): string {
  // No folding: each value stays on its own line, as authors write them.
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

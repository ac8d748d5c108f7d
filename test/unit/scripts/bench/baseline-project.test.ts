import { describe, expect, it } from "vitest";
import { baselineProject } from "../../../../scripts/bench/baseline-project.ts";

describe("baselineProject(contentDir)", () => {
  const files = baselineProject("/tmp/content");

  it("baselineProject(contentDir) writes a package, a config, the collections and one page route per collection", () => {
    expect(files.map((file) => file.path)).toEqual([
      "package.json",
      "astro.config.mjs",
      "src/content.config.ts",
      "src/pages/partnerships/[...id].astro",
      "src/pages/reviews/[...id].astro",
    ]);
    expect(files[0]?.text).toBe('{"name":"bench-baseline","private":true,"type":"module"}\n');
  });

  it("baselineProject(contentDir) reads the Markdown from the content folder, leaving out files starting with _", () => {
    const config = files.find((file) => file.path === "src/content.config.ts")?.text ?? "";
    expect(config).toContain(
      'partnerships: defineCollection({ loader: glob({ base: "/tmp/content/partnerships", pattern: "[!_]*.{md,mdx}" }) }),',
    );
    expect(config).toContain(
      'reviews: defineCollection({ loader: glob({ base: "/tmp/content/reviews", pattern: "[!_]*/[!_]*.{md,mdx}" }) }),',
    );
  });

  it("baselineProject(contentDir) titles each page from the entry's name or title", () => {
    const pages = files.filter((file) => file.path.startsWith("src/pages/")).map((file) => file.text);
    expect(pages[0]).toContain("<h1>{entry.data.name}</h1><Content />");
    expect(pages[1]).toContain("<h1>{entry.data.title}</h1><Content />");
  });

  it("baselineProject(contentDir) indexes the built pages with Pagefind's defaults when the build is done", () => {
    const config = files.find((file) => file.path === "astro.config.mjs")?.text ?? "";
    expect(config).toContain('"astro:build:done": async ({ dir }) => {');
    expect(config).toContain("await index.addDirectory({ path: fileURLToPath(dir) });");
    expect(config).toContain("integrations: [mdx(), search],");
  });
});

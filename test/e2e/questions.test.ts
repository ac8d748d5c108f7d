// Every question for members on every partnership page of the built sample (as at 27 November 2026) names a figure or
// a date and a role from a named field of the content, and links evidence to anchors that exist on the built pages
// they link to. test/unit/components/questions.test.ts holds generated sites to the same rule in process.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { validateFolder } from "../../src/loaders/content-folder.ts";
import { ROOT } from "../support/built-site.ts";
import { namedRoles, questionProblems, readQuestions, type ReadQuestion } from "../support/questions.ts";
import { SITE } from "./sites.ts";

const pages = new Map<string, HTMLElement | undefined>();

/** Returns a built page by its site-relative folder, parsed once; undefined when the build wrote no such page. */
function page(path: string): HTMLElement | undefined {
  if (!pages.has(path)) {
    const file = join(SITE, path, "index.html");
    pages.set(path, existsSync(file) ? parse(readFileSync(file, "utf8")) : undefined);
  }
  return pages.get(path);
}

describe("questions for members on the built sample's partnership pages", async () => {
  const { content } = await validateFolder(resolve(ROOT, "content"), "2026-11-27");
  if (content === undefined) throw new Error("the sample content must be valid");
  const slugs = readdirSync(join(SITE, "partnerships"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const questions: ReadQuestion[] = slugs.flatMap((slug) => {
    const built = page(`partnerships/${slug}/`);
    return built === undefined ? [] : readQuestions(built, slug);
  });

  it("every question names a figure or date and a role from a named field, and links an anchor that exists", () => {
    const hasAnchor = (link: string) => {
      const [path = "", anchor = ""] = link.split("#");
      return page(path)?.querySelector(`[id="${anchor}"]`) != null;
    };
    expect(
      questions.flatMap((question) =>
        questionProblems(question, namedRoles(content, question.slug, question.links), hasAnchor),
      ),
    ).toEqual([]);
    // Kestrel 11, Revenues and Benefits 8, Shared Management 7, Building Control 6, the VCS partnership 4, Shared
    // Legal and the Climate Compact 2 each.
    expect(questions).toHaveLength(40);
  });

  it("asks as many questions on each page as the page gives reasons", () => {
    for (const slug of slugs) {
      const built = page(`partnerships/${slug}/`);
      expect(built?.querySelectorAll(".app-question").length, slug).toBe(
        built?.querySelectorAll(".app-attention > ul > li").length,
      );
    }
  });
});

import { describe, expect, it } from "vitest";
import { checkMdx, MDX_COMPONENTS, MDX_COMPONENTS_OF } from "../../../src/lib/mdx-check.ts";

describe("checkMdx(body)", () => {
  it("checkMdx(body) accepts plain Markdown and the documented components", () => {
    expect(
      checkMdx('## Findings\n\n<Callout title="Key finding">Text</Callout>\n\n<SpectrumChart />\n', "review"),
    ).toEqual([]);
  });

  it("checkMdx(body) rejects a component that is not documented, naming the ones that are", () => {
    expect(checkMdx("Text\n\n<Chart />\n", "review")).toEqual([
      {
        message: "<Chart> is not a documented component: use Callout or SpectrumChart",
        position: { line: 3, column: 1 },
      },
    ]);
  });

  it("checkMdx(body) rejects imports and exports", () => {
    expect(checkMdx('import Foo from "./foo.astro"\n\nText\n', "review")).toEqual([
      {
        message: "imports and exports are not allowed: use only the documented components",
        position: { line: 1, column: 1 },
      },
    ]);
  });

  it("checkMdx(body) reports a syntax error with its position", () => {
    expect(checkMdx("ok\n\n<Unclosed {\n", "review")).toEqual([
      {
        message:
          "is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`",
        position: { line: 4, column: 1 },
      },
    ]);
  });

  it("checkMdx(body) finds an export, a comment and a tag after plain Markdown, which it need not parse", () => {
    expect(checkMdx("Intro\n\nexport const a = 1\n", "review")).toEqual([
      {
        message: "imports and exports are not allowed: use only the documented components",
        position: { line: 3, column: 1 },
      },
    ]);
    expect(checkMdx("Intro\n\n<!-- note -->\n", "review")[0]?.position).toEqual({ line: 3, column: 2 });
    expect(checkMdx("Intro with no tags.\n\nThen <Chart />.\n", "partnership")).toEqual([
      { message: "<Chart> is not a documented component: use Callout", position: { line: 3, column: 6 } },
    ]);
    expect(checkMdx("## Findings\n\nAn export of data, 3 < 5 and a closing } brace.\n", "review")).toEqual([]);
  });

  it("MDX_COMPONENTS documents every allowed component", () => {
    expect(Object.keys(MDX_COMPONENTS)).toEqual(["Callout", "SpectrumChart"]);
  });

  it.each([
    ["<process.env.SECRET />", "process.env.SECRET"],
    ["<frontmatter.internalNotes />", "frontmatter.internalNotes"],
    ["Text <Astro.locals.review /> inline", "Astro.locals.review"],
  ])(
    "checkMdx(body, kind) refuses the member-expression tag %s, which reads a value on the build machine",
    (tag, name) => {
      const [problem] = checkMdx(`Intro\n\n${tag}\n`, "review");
      expect(problem?.message).toBe(
        `<${name}> would read a value on the machine that builds the site: use only the documented components, Callout or SpectrumChart`,
      );
      expect(problem?.position?.line).toBe(3);
    },
  );

  it("checkMdx(body, kind) refuses a namespaced tag and an unknown component in a text line, with their columns", () => {
    expect(checkMdx("Text <svg:rect /> and <Chart />\n", "review")).toEqual([
      {
        message: "<svg:rect> is not a documented component: use Callout or SpectrumChart",
        position: { line: 1, column: 6 },
      },
      {
        message: "<Chart> is not a documented component: use Callout or SpectrumChart",
        position: { line: 1, column: 23 },
      },
    ]);
  });

  it("checkMdx(body, kind) accepts HTML elements, fragments and plain values, as the build does", () => {
    expect(checkMdx('<div class="note"><abbr title="x">SLA</abbr></div>\n\n<>{"text"}</>\n', "review")).toEqual([]);
  });

  it("checkMdx(body, kind) accepts in a partnership's description only the components its page provides", () => {
    expect(checkMdx("<Callout>Text</Callout>\n", "partnership")).toEqual([]);
    expect(checkMdx("Text\n\n<SpectrumChart />\n", "partnership")).toEqual([
      {
        message: "<SpectrumChart> is not a documented component in a partnership's description: use Callout",
        position: { line: 3, column: 1 },
      },
    ]);
  });

  it("MDX_COMPONENTS_OF lists the components each kind of page provides", () => {
    expect(MDX_COMPONENTS_OF).toEqual({ partnership: ["Callout"], review: ["Callout", "SpectrumChart"] });
  });
});

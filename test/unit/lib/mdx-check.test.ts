import { describe, expect, it } from "vitest";
import { checkMdx, MDX_COMPONENTS } from "../../../src/lib/mdx-check.ts";

describe("checkMdx(body)", () => {
  it("checkMdx(body) accepts plain Markdown and the documented components", () => {
    expect(checkMdx('## Findings\n\n<Callout title="Key finding">Text</Callout>\n\n<SpectrumChart />\n')).toEqual([]);
  });

  it("checkMdx(body) rejects a component that is not documented, naming the ones that are", () => {
    expect(checkMdx("Text\n\n<Chart />\n")).toEqual([
      {
        message: "<Chart> is not a documented component: use Callout or SpectrumChart",
        position: { line: 3, column: 1 },
      },
    ]);
  });

  it("checkMdx(body) rejects imports and exports", () => {
    expect(checkMdx('import Foo from "./foo.astro"\n\nText\n')).toEqual([
      {
        message: "imports and exports are not allowed: use only the documented components",
        position: { line: 1, column: 1 },
      },
    ]);
  });

  it("checkMdx(body) reports a syntax error with its position", () => {
    expect(checkMdx("ok\n\n<Unclosed {\n")).toEqual([
      {
        message:
          "is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`",
        position: { line: 4, column: 1 },
      },
    ]);
  });

  it("MDX_COMPONENTS documents every allowed component", () => {
    expect(Object.keys(MDX_COMPONENTS)).toEqual(["Callout", "SpectrumChart"]);
  });
});

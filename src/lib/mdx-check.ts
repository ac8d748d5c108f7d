import type { Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { Position } from "./sources.ts";

/** The components an MDX body may use, with what each does; the author guide lists the same. */
export const MDX_COMPONENTS = {
  Callout: 'a highlighted box for a key message: <Callout title="Key finding">text</Callout>',
  SpectrumChart: "this review's spectrum chart (review reports only): <SpectrumChart />",
} as const;

/** One problem in an MDX body, with its position in the body. */
export interface MdxProblem {
  message: string;
  position?: Position;
}

/** Returns the problems in an MDX body: syntax errors, imports and exports, and components that are not documented. */
export function checkMdx(body: string): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const allowed = Object.keys(MDX_COMPONENTS);
  let tree: Root;
  try {
    // Parsing is enough to find syntax errors, and far quicker than compiling.
    tree = mdxParser.parse(body);
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } })
      .place;
    const start = place?.start ?? place;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    return [
      {
        message: `is not valid MDX: ${reason}`,
        ...(start?.line === undefined ? {} : { position: { line: start.line, column: start.column ?? 1 } }),
      },
    ];
  }
  visit(tree, (node) => {
    const at = node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
    if (node.type === "mdxjsEsm") {
      problems.push({
        message: "imports and exports are not allowed: use only the documented components",
        position: at,
      });
    }
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && "name" in node) {
      const name = typeof node.name === "string" ? node.name : "";
      if (/^[A-Z]/.test(name) && !allowed.includes(name)) {
        problems.push({
          message: `<${name}> is not a documented component: use ${allowed.join(" or ")}`,
          position: at,
        });
      }
    }
  });
  return problems;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);

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

/** Which kind of page an MDX body is rendered on. */
export type MdxKind = "partnership" | "review";

/**
 * The components each kind of page hands its MDX body: validation allows exactly these, and the pages' component
 * maps are checked against them (src/components/mdx/components.ts), so a body that validates also renders.
 */
export const MDX_COMPONENTS_OF = {
  partnership: ["Callout"],
  review: ["Callout", "SpectrumChart"],
} as const satisfies Record<MdxKind, readonly (keyof typeof MDX_COMPONENTS)[]>;

/** Where each kind of body is written, for messages. */
const KIND_NAMES: Record<MdxKind, string> = { partnership: "a partnership's description", review: "a review report" };

// An HTML or custom element, which MDX writes as it is; any other name would be looked up as JavaScript.
const HTML_ELEMENT = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Returns the problem with a tag name a body of this kind may not use, or undefined. */
function tagProblem(name: string, kind: MdxKind): string | undefined {
  const allowed: readonly string[] = MDX_COMPONENTS_OF[kind];
  if (allowed.includes(name) || HTML_ELEMENT.test(name)) return undefined;
  const choices = allowed.join(" or ");
  if (name.includes(".")) {
    return `<${name}> would read a value on the machine that builds the site: use only the documented components, ${choices}`;
  }
  const where = kind === "review" || !(name in MDX_COMPONENTS) ? "" : ` in ${KIND_NAMES[kind]}`;
  return `<${name}> is not a documented component${where}: use ${choices}`;
}

/** One problem in an MDX body, with its position in the body. */
export interface MdxProblem {
  message: string;
  position?: Position;
}

/** An estree node, as far as this check reads it. */
interface EsNode {
  type: string;
  body?: EsNode[];
  expression?: EsNode;
  expressions?: EsNode[];
}

/**
 * Returns true when an expression's program is empty (a comment) or one plain value: a string, number,
 * boolean or null, or a template with no placeholders. Anything else could read the build machine's
 * environment or files, so it is refused.
 */
function isLiteralProgram(program: EsNode | undefined): boolean {
  const body = program?.body ?? [];
  if (body.length === 0) return true;
  if (body.length > 1) return false;
  const statement = body[0];
  const expression = statement?.type === "ExpressionStatement" ? statement.expression : undefined;
  if (expression?.type === "Literal") return true;
  return expression?.type === "TemplateLiteral" && (expression.expressions ?? []).length === 0;
}

/**
 * What MDX reads beyond Markdown starts with one of these: "<" a tag, "{" an expression, "import " or "export " at the
 * start of a line an import or export ("}" and a word anywhere are included to stay on the safe side).
 */
const MDX_SYNTAX = /[<{}]|import|export/;

const EXPRESSION_RULE =
  'only plain values may go in braces, such as {"text"} or {2024}: code in an MDX file would run on the machine that builds the site';

/**
 * Returns the problems in an MDX body shown on a page of `kind`: syntax errors, imports and exports, code in braces,
 * and tags that are neither HTML nor a component that page provides (member expressions such as
 * `<process.env.SECRET />` included).
 */
export function checkMdx(body: string, kind: MdxKind): MdxProblem[] {
  // Without these, MDX reads the body as plain Markdown, which has no syntax errors and no tags, code or imports;
  // parsing it was a tenth of validation's time.
  if (!MDX_SYNTAX.test(body)) return [];
  const problems: MdxProblem[] = [];
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
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      const program = (node.data as { estree?: EsNode } | undefined)?.estree;
      if (!isLiteralProgram(program)) problems.push({ message: EXPRESSION_RULE, position: at });
    }
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && "attributes" in node) {
      for (const attribute of node.attributes) {
        const where = attribute.position
          ? { line: attribute.position.start.line, column: attribute.position.start.column }
          : at;
        if (attribute.type === "mdxJsxExpressionAttribute") {
          problems.push({ message: EXPRESSION_RULE, position: where });
        } else if (typeof attribute.value === "object" && attribute.value !== null) {
          const program = (attribute.value.data as { estree?: EsNode } | undefined)?.estree;
          if (!isLiteralProgram(program)) problems.push({ message: EXPRESSION_RULE, position: where });
        }
      }
    }
    // A fragment (<>…</>) has no name and renders only its children.
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && typeof node.name === "string") {
      const message = tagProblem(node.name, kind);
      if (message !== undefined) problems.push({ message, position: at });
    }
  });
  return problems;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);

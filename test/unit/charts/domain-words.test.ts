import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/fixtures.ts";

// A chart module draws what it is given: every threshold, band and sentence about the domain comes from the findings
// layer (src/lib/findings) as data. This test reads each module in src/charts and fails on what belongs there instead.

/** The only modules of src/lib a chart may import: the one level display, the shared words and the XML escaper. */
const FORMATTERS = ["../lib/levels.ts", "../lib/words.ts", "../lib/xml.ts"];

/** Phrases of the domain that no chart module may hold in its text. */
const DOMAIN_PHRASES: { name: string; pattern: RegExp }[] = [
  { name: "perception gap", pattern: /perception gaps?/i },
  { name: "agreement", pattern: /\b(dis)?agree/i },
  { name: "triangulation", pattern: /triangulat/i },
  { name: "withheld views", pattern: /withheld/i },
  // "at target", "below its target", or a fit worked out in the chart and set before the word: "${…} target".
  {
    name: "fit to target",
    pattern: /\b(at|below|above|against|from|off|its|their|no)( (its|their))? targets?\b|… targets?\b/i,
  },
  { name: "more joint working than needed", pattern: /purpose needs|joint working/i },
  { name: "a change between reviews", pattern: /\b(rose|fell)\b|did not change|largest change/i },
  { name: "a sentence about risks", pattern: /scores? highest|score band/i },
  { name: "overdue", pattern: /overdue/i },
  { name: "needs attention", pattern: /attention/i },
  {
    name: "a risk band",
    pattern: /\bvery high\b|^(low|medium|high)$|\d+ \((low|medium|high)\)|(low|medium|high) risk/i,
  },
];

/** Names of thresholds that only the findings layer may hold. */
const THRESHOLD_NAMES = /tolerance|threshold|riskscore|agreebelow|mingroups|minrespondents/i;

/** One chart module's text: its imports, the text of its string literals (not its comments) and its identifiers. */
interface ModuleText {
  file: string;
  imports: string[];
  strings: string[];
  identifiers: string[];
}

/** Returns a module's imports, string literals (a template's parts joined by "…") and identifiers. */
function readModule(file: string, source: string): ModuleText {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const strings: string[] = [];
  const identifiers = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) {
      if (ts.isStringLiteral(node.moduleSpecifier)) imports.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) strings.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      strings.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join("…"));
    } else if (ts.isIdentifier(node)) identifiers.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return { file, imports, strings, identifiers: [...identifiers] };
}

/** Returns true when a string is words for readers, not a CSS class list or an SVG attribute. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== "" && !/^(chart|app)-[\w-]*$/.test(word));
  return words.some((word) => /[a-z]{2,}/i.test(word));
}

/** Returns what a module holds that belongs to the domain: imports from src/lib, domain phrases, threshold names. */
function domainWords(module: ModuleText): string[] {
  const found: string[] = [];
  for (const specifier of module.imports) {
    if (specifier.startsWith("../lib/") && !FORMATTERS.includes(specifier)) found.push(`imports ${specifier}`);
    if (specifier.startsWith("../") && !specifier.startsWith("../lib/") && !specifier.startsWith("../schema/")) {
      found.push(`imports ${specifier}`);
    }
  }
  for (const text of module.strings.filter(isProse)) {
    for (const { name, pattern } of DOMAIN_PHRASES) {
      if (pattern.test(text)) found.push(`${name}: "${text}"`);
    }
  }
  for (const identifier of module.identifiers) {
    if (THRESHOLD_NAMES.test(identifier)) found.push(`threshold ${identifier}`);
  }
  return found;
}

const CHARTS = resolve(ROOT, "src/charts");
const MODULES = readdirSync(CHARTS)
  .filter((name) => name.endsWith(".ts"))
  .sort();

describe("chart modules hold no domain threshold or sentence", () => {
  it.each(MODULES)("src/charts/%s holds none", (name) => {
    expect(domainWords(readModule(name, readFileSync(resolve(CHARTS, name), "utf8")))).toEqual([]);
  });
});

describe("domainWords(module)", () => {
  const check = (source: string) => domainWords(readModule("example.ts", source));

  it("domainWords(module) finds what the chart modules held before the findings layer worded them", () => {
    // Lines as src/charts held them at commit d29534f.
    expect(
      check(`
        import type { PublicPartnership } from "../lib/site-model.ts";
        import { fitToTarget } from "../lib/target-fit.ts";
        const DEFAULT_TARGET_TOLERANCE = 0.5;
        const a = "Perception gap (outlined, with a triangle)";
        const b = \`\${capitalise(levelDistance(distance))} \${distance < 0 ? "below" : "above"} target\`;
        const c = \`\${only.label} is furthest from its target: assessed at \${name}\`;
        const d = [{ name: "very high", min: 15, max: 25 }];
        const e = \`\${risk.score} (\${band.name})\`;
        const f = " Withheld views are not drawn.";
        const g = "Not triangulated";
        const h = "more joint working than its purpose needs";
        const i = \`Between \${first} and \${latest}, consensus \${listWords(parts)}.\`;
        const j = [\`rose on \${listOrCount(rose, "factors")}\`];
        const k = \`By score band: \${listWords(counts)}.\`;
      `),
    ).toEqual([
      "imports ../lib/site-model.ts",
      "imports ../lib/target-fit.ts",
      'perception gap: "Perception gap (outlined, with a triangle)"',
      'fit to target: "… … target"',
      'fit to target: "… is furthest from its target: assessed at …"',
      'a risk band: "very high"',
      'withheld views: " Withheld views are not drawn."',
      'triangulation: "Not triangulated"',
      'more joint working than needed: "more joint working than its purpose needs"',
      'a change between reviews: "rose on …"',
      'a sentence about risks: "By score band: …."',
      "threshold DEFAULT_TARGET_TOLERANCE",
    ]);
  });

  it("domainWords(module) leaves geometry alone: class names, formatter imports, comments and mark labels", () => {
    expect(
      check(`
        import { levelText } from "../lib/levels.ts";
        import type { Framework } from "../schema/index.ts";
        import { scaleLinear } from "d3-scale";
        // A perception gap is marked by the caller: overdue, withheld and very high are words of the findings layer.
        const a = "chart-target chart-heat-gap";
        const b = \`Target level (\${label})\`;
        const c = \` A dashed line marks the target level, \${label}.\`;
        const d = "Score";
        const e = { triangulated: true };
      `),
    ).toEqual([]);
  });

  it("domainWords(module) flags a risk band's word beside a score, and an import from another layer", () => {
    expect(check(`const a = "20 (high)"; import x from "../components/Table.astro";`)).toEqual([
      "imports ../components/Table.astro",
      'a risk band: "20 (high)"',
    ]);
  });
});

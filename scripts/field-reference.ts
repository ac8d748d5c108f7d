// Writes the author guide's field reference into README.md from the JSDoc of the zod schemas,
// so the guide cannot drift from the code. npm run docs:fields [-- --check]
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import * as prettier from "prettier";
import ts from "typescript";
import { runAsProcess, type CommandIo } from "./command.ts";

/** One documented field: its path in the file and the author-facing description. */
export interface FieldDoc {
  path: string;
  description: string;
}

/** The file kinds of the content model, each with the schema file and the root schema that describes it. */
export const FILE_KINDS = [
  { title: "site.json", file: "src/schema/site.ts", root: "siteSchema" },
  { title: "framework.json", file: "src/schema/framework.ts", root: "frameworkSchema" },
  { title: "partnerships/<slug>.md front matter", file: "src/schema/partnership.ts", root: "partnershipSchema" },
  { title: "reviews/<slug>/<review-id>.md front matter", file: "src/schema/review.ts", root: "reviewSchema" },
  { title: "reviews/<slug>/<review-id>.json", file: "src/schema/review-data.ts", root: "reviewDataSchema" },
  { title: "updates/<slug>/<YYYY-MM-DD>.json", file: "src/schema/update.ts", root: "updateSchema" },
] as const;

function jsDocOf(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const doc = ranges.map((range) => source.text.slice(range.pos, range.end)).findLast((text) => text.startsWith("/**"));
  if (doc === undefined) return "";
  return doc
    .replace(/^\/\*\*|\*\/$/g, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\*\s?/, "").trim())
    .filter(Boolean)
    .join(" ");
}

/** Returns the first object literal passed to a z.strictObject(...) call inside `node`, if any. */
function findShape(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (child: ts.Node): void => {
    if (found !== undefined) return;
    if (
      ts.isCallExpression(child) &&
      child.expression.getText().endsWith("strictObject") &&
      child.arguments[0] !== undefined &&
      ts.isObjectLiteralExpression(child.arguments[0])
    ) {
      found = child.arguments[0];
      return;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** Returns every documented field of the root schema in a schema file, nested fields as dotted paths. */
export function extractFields(sourceText: string, root: string): FieldDoc[] {
  const source = ts.createSourceFile("schema.ts", sourceText, ts.ScriptTarget.Latest, true);
  const declarations = new Map<string, ts.Expression>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer)
        declarations.set(declaration.name.text, declaration.initializer);
    }
  }
  const fields: FieldDoc[] = [];
  const walk = (shape: ts.ObjectLiteralExpression, prefix: string): void => {
    for (const property of shape.properties) {
      const name = property.name?.getText(source);
      if (name === undefined) continue;
      const initializer = ts.isPropertyAssignment(property) ? property.initializer : undefined;
      const text = initializer?.getText(source) ?? "";
      const isList = /^z\s*\.\s*array\(/.test(text);
      const path = `${prefix}${name}${isList ? "[]" : ""}`;
      const description = jsDocOf(property, source);
      const nested = initializer === undefined ? undefined : findShape(initializer);
      // The first schema named in the field's initializer: "findingThresholdsSchema.default({ ...THRESHOLD_DEFAULTS })"
      // names a constant of defaults too, which has no shape to walk.
      const referencedShape = [...declarations.keys()]
        .filter((key) => key !== root && new RegExp(`\\b${key}\\b`).test(text))
        .map((key) => findShape(declarations.get(key) as ts.Expression))
        .find((shape) => shape !== undefined);
      if (description !== "" || (nested === undefined && referencedShape === undefined))
        fields.push({ path, description });
      if (nested !== undefined) walk(nested, `${path}.`);
      else if (referencedShape !== undefined) walk(referencedShape, `${path}.`);
    }
  };
  const rootShape = findShape(declarations.get(root) as ts.Expression);
  if (rootShape !== undefined) walk(rootShape, "");
  return fields;
}

/** Returns the Markdown field reference for every file kind. */
export async function renderFieldReference(repoRoot: string): Promise<string> {
  const sections = await Promise.all(
    FILE_KINDS.map(async (kind) => {
      const fields = extractFields(await readFile(resolve(repoRoot, kind.file), "utf8"), kind.root);
      const rows = fields.map((field) => `| \`${field.path}\` | ${field.description.replace(/\|/g, "\\|")} |`);
      return [`#### ${kind.title}`, "", "| field | meaning and rule |", "| --- | --- |", ...rows].join("\n");
    }),
  );
  return sections.join("\n\n");
}

const START = "<!-- field-reference:start (generated by npm run docs:fields; do not edit by hand) -->";
const END = "<!-- field-reference:end -->";

/** Returns the README with its field reference replaced by `reference`. */
export function replaceReference(readme: string, reference: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error("README.md has no field-reference markers");
  return `${readme.slice(0, start + START.length)}\n\n${reference}\n\n${readme.slice(end)}`;
}

/** Runs the command and returns its exit code. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args, options: { check: { type: "boolean", default: false } } });
  const root = resolve(import.meta.dirname, "..");
  const readmePath = resolve(root, "README.md");
  const readme = await readFile(readmePath, "utf8");
  // Formatted as the format check expects, so a fresh run and the committed file compare equal.
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  const updated = await prettier.format(replaceReference(readme, await renderFieldReference(root)), {
    ...options,
    filepath: readmePath,
  });
  if (values.check) {
    if (updated !== readme) {
      io.stderr.write("README.md's field reference is out of date: run npm run docs:fields\n");
      return 1;
    }
    io.stdout.write("README.md's field reference is up to date.\n");
    return 0;
  }
  await writeFile(readmePath, updated);
  io.stdout.write("Wrote the field reference into README.md.\n");
  return 0;
}

if (import.meta.main) await runAsProcess("docs:fields", main);

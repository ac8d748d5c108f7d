// The layers of docs/architecture.md, checked: every import of every source file under src/ (type-only imports
// and <script> imports in .astro files included) goes to its own layer or one below, and no files import each
// other in a circle. A small scanner reads the import statements; it follows relative paths only, since packages
// and astro:* modules are no layer of this project.
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * The layers from the bottom up, each with the folders (ending "/") and files that make it. A file belongs to the
 * layer of the longest path that holds it.
 */
const LAYERS: { name: string; paths: string[] }[] = [
  { name: "browser code and styles", paths: ["src/scripts/", "src/styles/"] },
  { name: "schemas", paths: ["src/schema/"] },
  { name: "domain rules", paths: ["src/lib/", "src/lib/findings/"] },
  { name: "chart geometry", paths: ["src/charts/"] },
  { name: "views", paths: ["src/lib/pages/", "src/lib/pack/", "src/lib/chart-inputs/", "src/lib/embeds.ts"] },
  { name: "build data", paths: ["src/loaders/", "src/data/", "src/content.config.ts"] },
  { name: "renderers", paths: ["src/components/", "src/layouts/"] },
  { name: "outputs", paths: ["src/lib/open-data/", "src/integrations/"] },
  { name: "federation", paths: ["src/federation/"] },
  { name: "routes", paths: ["src/pages/", "src/env.d.ts", "src/federation/pages/", "src/federation/layouts/"] },
];

/** Returns the rank of the layer that holds the file (0 is the bottom), or -1 when none does. */
function layerOf(path: string): number {
  let best = { rank: -1, length: 0 };
  LAYERS.forEach((layer, rank) => {
    for (const prefix of layer.paths) {
      if ((path === prefix || (prefix.endsWith("/") && path.startsWith(prefix))) && prefix.length > best.length) {
        best = { rank, length: prefix.length };
      }
    }
  });
  return best.rank;
}

/** import … from "x", import type … from "x", export … from "x", import "x" and import("x"). */
const IMPORT =
  /\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]*?\s*from\s*)?["']([^"'\n]+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** Returns the specifiers a file's source imports, in the order written. */
function importSpecifiers(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? "");
}

/** Returns every source file under src/, relative to the repository, and the files under src/ each imports. */
async function importGraph(): Promise<Map<string, string[]>> {
  const entries = await readdir(join(ROOT, "src"), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(?:ts|astro|mjs)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = await readFile(join(ROOT, file), "utf8");
    const targets = importSpecifiers(source)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => relative(ROOT, resolve(ROOT, dirname(file), specifier.split("?")[0] ?? "")))
      .map((path) => path.split(sep).join("/"));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Returns each circle of imports once, as the files along it, starting from the first in path order. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string): void => {
    path.push(file);
    onPath.add(file);
    for (const target of graph.get(file) ?? []) {
      if (onPath.has(target)) found.push(path.slice(path.indexOf(target)));
      else if (!done.has(target) && graph.has(target)) visit(target);
    }
    path.pop();
    onPath.delete(file);
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return found;
}

describe("importSpecifiers(source)", () => {
  it("importSpecifiers(source) reads value, type-only, side-effect, re-export and dynamic imports", () => {
    const source = [
      'import { a, type B } from "./a.ts";',
      'import type { C } from "../c.ts";',
      'import "../styles/tables.scss";',
      'export * from "./d.ts";',
      'export { e } from "./e.ts";',
      'const f = await import("./f.ts");',
      "import {",
      "  g,",
      '} from "./g.ts";',
      'import Page from "../components/Page.astro";',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual([
      "./a.ts",
      "../c.ts",
      "../styles/tables.scss",
      "./d.ts",
      "./e.ts",
      "./f.ts",
      "./g.ts",
      "../components/Page.astro",
    ]);
  });
});

describe("the layers of src/", () => {
  it("every source file under src/ belongs to a layer", async () => {
    const graph = await importGraph();
    expect([...graph.keys()].filter((file) => layerOf(file) === -1)).toEqual([]);
  });

  it("no import goes from a lower layer to a higher one", async () => {
    const graph = await importGraph();
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => layerOf(target) > layerOf(file))
        .map(
          (target) => `${file} (${LAYERS[layerOf(file)]?.name}) imports ${target} (${LAYERS[layerOf(target)]?.name})`,
        ),
    );
    expect(upward).toEqual([]);
  });

  it("no files import each other in a circle", async () => {
    expect(circles(await importGraph())).toEqual([]);
  });
});

// npm run typecheck checks the project with two compilers: TypeScript's native one over every file
// (tsconfig.native.json), which reads an imported .astro component as some component (types/astro-components.d.ts),
// and astro check over the components and the files that import them (tsconfig.astro.json), with their real types.
// Every file that imports a component must then be in astro check's list, or a wrong import or prop in it would pass.
import { globSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.ts";

/** Folders that hold no source the type check reads: tsconfig.json's exclusions, built output and packages. */
const SKIPPED = new Set(["node_modules", "dist", "test/output", "test/fixtures", "federation-example"]);

/** Returns true when the source imports a .astro file, by TypeScript's own reading of its imports (not strings). */
function importsComponent(source: string): boolean {
  return ts.preProcessFile(source, true, true).importedFiles.some((file) => file.fileName.endsWith(".astro"));
}

/** Returns the files a TypeScript compiler reads under the root (.ts, .mts, .js, .mjs), relative to it. */
function scriptFiles(folder = ROOT): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = relative(ROOT, join(folder, entry.name)).split(sep).join("/");
    if (entry.name.startsWith(".") || SKIPPED.has(path)) return [];
    if (entry.isDirectory()) return scriptFiles(join(folder, entry.name));
    return /\.(?:ts|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Returns the files a tsconfig file's include patterns name, relative to the root. */
function included(tsconfig: string): Set<string> {
  const { include } = JSON.parse(readFileSync(join(ROOT, tsconfig), "utf8")) as { include: string[] };
  return new Set(globSync(include, { cwd: ROOT }).map((path) => path.split(sep).join("/")));
}

describe("tsconfig.astro.json", () => {
  it("names every file that imports a component, so astro check types it with the component's props", () => {
    const importers = scriptFiles().filter((file) => importsComponent(readFileSync(join(ROOT, file), "utf8")));
    const checked = included("tsconfig.astro.json");
    // The files that import components today, so that the scan above is known to find them.
    expect(importers).toEqual(
      expect.arrayContaining(["src/components/pack/render-pack.ts", "test/unit/components/components.test.ts"]),
    );
    expect(importers.filter((file) => !checked.has(file))).toEqual([]);
  });

  it("names every component and leaves out the native compiler's stand-in for them", () => {
    const checked = included("tsconfig.astro.json");
    const components = globSync("src/**/*.astro", { cwd: ROOT }).map((path) => path.split(sep).join("/"));
    expect(components.length).toBeGreaterThan(60);
    expect(components.filter((file) => !checked.has(file))).toEqual([]);
    expect(checked.has("types/astro-components.d.ts")).toBe(false);
  });
});

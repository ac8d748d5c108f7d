import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plugin } from "vite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { styleCachePlugin } from "../../../src/integrations/style-cache.ts";

/** Calls the plugin's resolveId as a build does, with Vite's own resolution giving `id` (or nothing). */
async function resolveSheet(plugin: Plugin, source: string, id: string | null): Promise<string | undefined> {
  const hook = plugin.resolveId as (this: unknown, ...args: unknown[]) => Promise<{ id: string } | string | null>;
  const context = { resolve: async () => (id === null ? null : { id, external: false }) };
  const result = await hook.call(context, source, "/project/src/components/Card.astro", {});
  return result === null ? undefined : typeof result === "string" ? result : result.id;
}

/** Ends the build: the plugin stops its Sass compiler and forgets what it read. */
async function endBuild(plugin: Plugin): Promise<void> {
  await (plugin.buildEnd as (this: unknown) => Promise<void>).call({});
}

describe("styleCachePlugin(folder, version)", () => {
  let work: string;
  let cache: string;
  let sheet: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "partnership-reviews-styles-"));
    cache = join(work, "cache");
    sheet = join(work, "card.scss");
    writeFileSync(join(work, "_colours.scss"), "$accent: #1d4f6e;\n");
    writeFileSync(sheet, '@use "colours";\n.card {\n  border-color: colours.$accent;\n}\n');
  });

  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("resolves a .scss import to the sheet compiled into the folder, under the sheet's name", async () => {
    const plugin = styleCachePlugin(cache, "1.0.0");
    const css = await resolveSheet(plugin, "./card.scss", sheet);
    await endBuild(plugin);
    expect(css).toMatch(/\/card\.css$/);
    expect(css?.startsWith(cache)).toBe(true);
    expect(readFileSync(css as string, "utf8")).toBe(".card {\n  border-color: #1d4f6e;\n}");
  });

  it("keeps a query Vite's resolution gave the sheet", async () => {
    const plugin = styleCachePlugin(cache, "1.0.0");
    const css = await resolveSheet(plugin, "./card.scss?inline", `${sheet}?inline`);
    await endBuild(plugin);
    expect(css).toMatch(/\/card\.css\?inline$/);
  });

  it("gives a later build the kept CSS without compiling while the sheet and what it loads are unchanged", async () => {
    const first = styleCachePlugin(cache, "1.0.0");
    const css = (await resolveSheet(first, "./card.scss", sheet)) as string;
    await endBuild(first);
    // Marked, so that a compilation would show: it would write the CSS again.
    writeFileSync(css, ".kept {}");
    const second = styleCachePlugin(cache, "1.0.0");
    expect(await resolveSheet(second, "./card.scss", sheet)).toBe(css);
    await endBuild(second);
    expect(readFileSync(css, "utf8")).toBe(".kept {}");
  });

  it("compiles the sheet again when a file it loads has changed", async () => {
    const first = styleCachePlugin(cache, "1.0.0");
    const css = (await resolveSheet(first, "./card.scss", sheet)) as string;
    await endBuild(first);
    writeFileSync(join(work, "_colours.scss"), "$accent: #d4351c;\n");
    const second = styleCachePlugin(cache, "1.0.0");
    expect(await resolveSheet(second, "./card.scss", sheet)).toBe(css);
    await endBuild(second);
    expect(readFileSync(css, "utf8")).toBe(".card {\n  border-color: #d4351c;\n}");
  });

  it("compiles the sheet again for another Sass version", async () => {
    const first = styleCachePlugin(cache, "1.0.0");
    const css = (await resolveSheet(first, "./card.scss", sheet)) as string;
    await endBuild(first);
    writeFileSync(css, ".kept {}");
    const second = styleCachePlugin(cache, "2.0.0");
    const again = (await resolveSheet(second, "./card.scss", sheet)) as string;
    await endBuild(second);
    expect(readFileSync(again, "utf8")).toBe(".card {\n  border-color: #1d4f6e;\n}");
  });

  it("leaves a sheet that does not compile to Vite, which reports the error", async () => {
    writeFileSync(sheet, ".card {\n  border-color: $missing;\n}\n");
    const plugin = styleCachePlugin(cache, "1.0.0");
    expect(await resolveSheet(plugin, "./card.scss", sheet)).toBe(sheet);
    await endBuild(plugin);
  });

  it("leaves other imports, and a .scss Vite does not find, alone", async () => {
    const plugin = styleCachePlugin(cache, "1.0.0");
    expect(await resolveSheet(plugin, "./card.css", join(work, "card.css"))).toBeUndefined();
    expect(await resolveSheet(plugin, "./missing.scss", null)).toBeUndefined();
    await endBuild(plugin);
  });
});

import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  buildsFolder,
  missingFinishingFiles,
  outputProblem,
  prepareOutput,
  publishBuild,
} from "../../../../scripts/build/publish.ts";

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "publish-"));
  temporary.push(dir);
  return dir;
}

/** Returns a finished "site" in a staging folder, its index page saying `text`. */
function staged(work: string, name: string, text: string): string {
  const dir = join(work, "staging", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), text);
  return dir;
}

describe("publishBuild(staging, out, id)", () => {
  it("moves the site into a folder of its own and makes the output a relative link to it", async () => {
    const work = workFolder();
    const out = join(work, "dist");
    await prepareOutput(out);
    await publishBuild(staged(work, "a", "first"), out, "a");
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readlinkSync(out)).toBe(".dist-builds/a");
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("first");
  });

  it("keeps the previous site for its readers and removes older ones", async () => {
    const work = workFolder();
    const out = join(work, "dist");
    await prepareOutput(out);
    await publishBuild(staged(work, "a", "first"), out, "a");
    await publishBuild(staged(work, "b", "second"), out, "b");
    await publishBuild(staged(work, "c", "third"), out, "c");
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("third");
    expect(readdirSync(buildsFolder(out)).sort()).toEqual(["b", "c"]);
  });

  it("takes over an output that is a plain folder from an older build, keeping it as the previous site", async () => {
    const work = workFolder();
    const out = join(work, "dist");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "old");
    await prepareOutput(out);
    await publishBuild(staged(work, "a", "new"), out, "a");
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("new");
    expect(readdirSync(buildsFolder(out)).sort()).toEqual(["a", "previous-a"]);
    expect(readFileSync(join(buildsFolder(out), "previous-a/index.html"), "utf8")).toBe("old");
  });
});

describe("prepareOutput(out) and outputProblem(out, protectedDirs)", () => {
  it("says in one sentence when part of the output's path is a file", async () => {
    const work = workFolder();
    writeFileSync(join(work, "file"), "");
    await expect(prepareOutput(join(work, "file/dist"))).rejects.toThrow(
      `Cannot write the site beside ${join(work, "file/dist")}: part of that path is a file, not a folder. Choose another --out.`,
    );
  });

  it("refuses an output that is or holds the project or the content folder", () => {
    expect(outputProblem("/work/site", ["/work/site", "/work/site/content"])).toBe(
      "--out /work/site would replace /work/site: choose another output folder",
    );
    expect(outputProblem("/work", ["/work/site", "/other/content"])).toBe(
      "--out /work would replace /work/site: choose another output folder",
    );
    expect(outputProblem("/work/site/dist", ["/work/site", "/work/site/content"])).toBeUndefined();
  });
});

describe("missingFinishingFiles(site)", () => {
  it("missingFinishingFiles(site) names the home page, sitemap or search index a site lacks, in that order", async () => {
    const site = mkdtempSync(join(tmpdir(), "finishing-"));
    expect(await missingFinishingFiles(site)).toEqual([
      "index.html",
      "sitemap-index.xml",
      "pagefind/pagefind-entry.json",
    ]);
    writeFileSync(join(site, "index.html"), "<!doctype html>");
    writeFileSync(join(site, "sitemap-index.xml"), "<sitemapindex/>");
    expect(await missingFinishingFiles(site)).toEqual(["pagefind/pagefind-entry.json"]);
    mkdirSync(join(site, "pagefind"));
    writeFileSync(join(site, "pagefind/pagefind-entry.json"), "{}");
    expect(await missingFinishingFiles(site)).toEqual([]);
    rmSync(site, { recursive: true, force: true });
  });
});

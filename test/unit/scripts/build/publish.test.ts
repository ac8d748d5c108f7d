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
import { buildsFolder, missingFinishingFiles, prepareOutput, publishBuild } from "../../../../scripts/build/publish.ts";

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
    await publishBuild(staged(work, "a-1", "first"), out, "a-1");
    await publishBuild(staged(work, "b-1", "second"), out, "b-1");
    await publishBuild(staged(work, "c-1", "third"), out, "c-1");
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("third");
    expect(readdirSync(buildsFolder(out)).sort()).toEqual([".partnership-reviews-output", "b-1", "c-1"]);
  });

  it("replaces an empty folder with the link, and marks the builds folder as the project's", async () => {
    const work = workFolder();
    const out = join(work, "dist");
    mkdirSync(out);
    await prepareOutput(out);
    await publishBuild(staged(work, "a", "new"), out, "a");
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("new");
    expect(readdirSync(buildsFolder(out)).sort()).toEqual([".partnership-reviews-output", "a"]);
  });

  it("refuses, moving nothing, when files appeared in the output while the site was built", async () => {
    const work = workFolder();
    const out = join(work, "dist");
    await prepareOutput(out);
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "mine");
    await expect(publishBuild(staged(work, "a", "new"), out, "a")).rejects.toThrow(
      `${out} is no longer empty: it holds files the build did not make, so it was left as it is. Choose another --out.`,
    );
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("mine");
  });

  it("removes from the builds folder only the build folders it made", async () => {
    const work = workFolder();
    const out = join(work, "dist");
    await prepareOutput(out);
    await publishBuild(staged(work, "mj1-1", "first"), out, "mj1-1");
    await publishBuild(staged(work, "mj2-1", "second"), out, "mj2-1");
    await publishBuild(staged(work, "mj3-1", "third"), out, "mj3-1");
    expect(readdirSync(buildsFolder(out)).sort()).toEqual([".partnership-reviews-output", "mj2-1", "mj3-1"]);
  });
});

describe("prepareOutput(out)", () => {
  it("says in one sentence when part of the output's path is a file", async () => {
    const work = workFolder();
    writeFileSync(join(work, "file"), "");
    await expect(prepareOutput(join(work, "file/dist"))).rejects.toThrow(
      `Cannot write the site beside ${join(work, "file/dist")}: part of that path is a file, not a folder. Choose another --out.`,
    );
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

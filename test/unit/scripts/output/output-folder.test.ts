import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { markOutput, OUTPUT_MARKER, outputRefusal, type Guard } from "../../../../scripts/output/output-folder.ts";

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Returns a scratch folder holding a stand-in project (with its own folders) and a content folder beside it. */
function scratch(): { work: string; guard: Guard } {
  const work = realpathSync(mkdtempSync(join(tmpdir(), "output-folder-")));
  temporary.push(work);
  const project = join(work, "project");
  for (const folder of ["src", "public", "scripts", "node_modules"])
    mkdirSync(join(project, folder), { recursive: true });
  const content = join(work, "councils/content");
  mkdirSync(content, { recursive: true });
  return { work, guard: { project, content, home: join(work, "home") } };
}

describe("outputRefusal(out, kind, guard): the folders every command refuses", () => {
  it("refuses / itself, which the old guard let through (it compared with //)", async () => {
    const { guard } = scratch();
    expect(await outputRefusal("/", "site", guard)).toBe(
      "--out / is the root of the file system, which the build never writes: choose a new or empty folder, such as /srv/partnership-reviews",
    );
  });

  it("refuses the home folder, the project, its own folders, the content folder and the parents of each", async () => {
    const { work, guard } = scratch();
    const home = homedir();
    const real = { ...guard, home };
    const cases: [string, string][] = [
      [home, "your home folder"],
      [guard.project, "this project's folder"],
      [work, "a folder that holds this project"],
      [join(guard.project, "src"), "one of this project's own folders"],
      [join(guard.project, "public"), "one of this project's own folders"],
      [guard.content as string, "the content folder"],
      [dirname(guard.content as string), "a folder that holds the content folder"],
      [join(guard.content as string, "site"), "inside the content folder"],
    ];
    for (const [out, what] of cases) {
      expect(await outputRefusal(out, "site", real)).toBe(
        `--out ${out} is ${what}, which the build never writes: choose a new or empty folder, such as /srv/partnership-reviews`,
      );
    }
  });
});

describe("outputRefusal(out, kind, guard) for the site of npm run build", () => {
  it("accepts a folder that does not exist yet, and an empty one", async () => {
    const { work, guard } = scratch();
    expect(await outputRefusal(join(work, "new/site"), "site", guard)).toBeUndefined();
    mkdirSync(join(work, "empty"));
    expect(await outputRefusal(join(work, "empty"), "site", guard)).toBeUndefined();
  });

  it("accepts an earlier output: a link into its marked builds folder", async () => {
    const { work, guard } = scratch();
    mkdirSync(join(work, ".dist-builds/a1-1"), { recursive: true });
    await markOutput(join(work, ".dist-builds"), "site");
    symlinkSync(".dist-builds/a1-1", join(work, "dist"));
    expect(await outputRefusal(join(work, "dist"), "site", guard)).toBeUndefined();
    expect(readdirSync(join(work, ".dist-builds")).sort()).toEqual([OUTPUT_MARKER, "a1-1"]);
  });

  it("accepts an output made before the marker: a link into .<name>-builds holding only build folders", async () => {
    const { work, guard } = scratch();
    for (const name of ["mj2k3-4242", "previous-mj2k4-4243"])
      mkdirSync(join(work, ".site-builds", name), { recursive: true });
    symlinkSync(".site-builds/mj2k3-4242", join(work, "site"));
    expect(await outputRefusal(join(work, "site"), "site", guard)).toBeUndefined();
  });

  it("refuses a folder holding the user's files, naming it and saying what to do", async () => {
    const { work, guard } = scratch();
    mkdirSync(join(work, "mine"));
    writeFileSync(join(work, "mine/favicon.svg"), "<svg/>");
    expect(await outputRefusal(join(work, "mine"), "site", guard)).toBe(
      `--out ${join(work, "mine")} holds files the build did not make (1 of them, such as favicon.svg), and the build never moves or deletes them: choose a new or empty folder, such as ${join(work, "mine/site")}`,
    );
  });

  it("refuses a link the user made, a file, and a builds folder holding anything else", async () => {
    const { work, guard } = scratch();
    mkdirSync(join(work, "www"));
    symlinkSync(join(work, "www"), join(work, "dist"));
    expect(await outputRefusal(join(work, "dist"), "site", guard)).toBe(
      `--out ${join(work, "dist")} is a link to ${join(work, "www")}, which the build did not make: give that folder as --out, or remove the link`,
    );
    writeFileSync(join(work, "notes.txt"), "mine");
    expect(await outputRefusal(join(work, "notes.txt"), "site", guard)).toBe(
      `--out ${join(work, "notes.txt")} is a file, not a folder: choose a new or empty folder, such as ${join(work, "notes.txt-site")}`,
    );
    mkdirSync(join(work, ".fresh-builds"));
    writeFileSync(join(work, ".fresh-builds/keep.txt"), "mine");
    expect(await outputRefusal(join(work, "fresh"), "site", guard)).toBe(
      `--out ${join(work, "fresh")} would keep its sites in ${join(work, ".fresh-builds")}, which holds files the build did not make: choose another --out, or move that folder away`,
    );
  });

  it("refuses a folder another command made", async () => {
    const { work, guard } = scratch();
    mkdirSync(join(work, "generated"));
    writeFileSync(join(work, "generated/site.json"), "{}");
    await markOutput(join(work, "generated"), "content");
    expect(await outputRefusal(join(work, "generated"), "site", guard)).toBe(
      `--out ${join(work, "generated")} holds content made by npm run generate, not a site: choose a new or empty folder, such as ${join(work, "generated/site")}`,
    );
  });
});

describe("outputRefusal(out, kind, guard) for committee packs and generated content", () => {
  it("accepts a packs folder it marked, and one from before the marker holding only packs", async () => {
    const { work, guard } = scratch();
    mkdirSync(join(work, "packs"));
    writeFileSync(join(work, "packs/2026-03-31-scrutiny.html"), "");
    writeFileSync(join(work, "packs/2026-03-31-scrutiny.pdf"), "");
    expect(await outputRefusal(join(work, "packs"), "packs", guard)).toBeUndefined();
    writeFileSync(join(work, "packs/budget.xlsx"), "");
    expect(await outputRefusal(join(work, "packs"), "packs", guard)).toBe(
      `--out ${join(work, "packs")} holds files the pack command did not make (3 of them, such as 2026-03-31-scrutiny.html), and the pack command never moves or deletes them: choose a new or empty folder, such as ${join(work, "packs/packs")}`,
    );
    await markOutput(join(work, "packs"), "packs");
    expect(await outputRefusal(join(work, "packs"), "packs", guard)).toBeUndefined();
  });

  it("accepts generated content it marked, and refuses any other folder with files", async () => {
    const { work, guard } = scratch();
    mkdirSync(join(work, "generated"));
    writeFileSync(join(work, "generated/site.json"), "{}");
    expect(await outputRefusal(join(work, "generated"), "content", guard)).toBe(
      `--out ${join(work, "generated")} holds files npm run generate did not make (1 of them, such as site.json), and npm run generate never moves or deletes them: choose a new or empty folder, such as ${join(work, "generated/content")}`,
    );
    await markOutput(join(work, "generated"), "content");
    expect(await outputRefusal(join(work, "generated"), "content", guard)).toBeUndefined();
  });
});

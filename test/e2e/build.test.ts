// The build command as users and hosts run it: alone or two at once, from any folder into any folder,
// interrupted, and `astro build` on its own.
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { childEnv, NODE, ROOT } from "../support/built-site.ts";
import { buildOwnerPid } from "../support/build-work.ts";

const work = mkdtempSync(join(tmpdir(), "build-command-"));
const MINIMAL = resolve(ROOT, "test/fixtures/minimal");
const WORK = resolve(ROOT, "node_modules/.partnership-reviews");

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What a finished command printed and how it ended. */
interface Run {
  status: number | null;
  output: string;
  /** The build process's id, which names its staging folder and its lock; 0 when not started by startBuild. */
  pid?: number;
}

/** Starts `npm run build` with the pinned Node; resolves when it ends. `onOutput` sees the output as it comes. */
function startBuild(
  content: string,
  out: string,
  onOutput?: (text: string, stop: () => void, pid: number) => void,
  env: Record<string, string> = {},
): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(NODE, ["scripts/build.ts", "--content", content, "--out", out], {
      cwd: ROOT,
      env: childEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const take = (chunk: Buffer): void => {
      output += chunk.toString();
      onOutput?.(output, () => child.kill("SIGTERM"), child.pid ?? 0);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("close", (status) => done({ status, output, pid: child.pid ?? 0 }));
  });
}

/**
 * Runs `astro build` alone, as an Astro-aware host does, on a content folder. It takes no build lock, so it gets a
 * cache folder of its own: builds of other test files may be running at the same moment.
 */
function astroBuild(content: string, out: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(NODE, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", out], {
    cwd: ROOT,
    env: childEnv({ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, "astro-cache"), ...env }),
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Returns a copy of a fixture under the work folder. */
function copyFixture(fixture: string, name: string): string {
  const dir = join(work, name);
  cpSync(resolve(ROOT, "test/fixtures", fixture), dir, { recursive: true });
  return dir;
}

/** Returns the decompressed text of the search index's fragments. */
function searchText(site: string): string {
  const folder = join(site, "pagefind/fragment");
  return readdirSync(folder)
    .map((file) => gunzipSync(readFileSync(join(folder, file))).toString("utf8"))
    .join("\n");
}

/**
 * Returns what these builds left in the project's build work folder: their staging folders (named "staging-<time>-<pid>")
 * and the lock if one of them still owns it. Builds of other test files may be running at the same time; theirs are
 * not counted.
 */
function leftovers(runs: readonly Run[]): string[] {
  if (!existsSync(WORK)) return [];
  const pids = new Set(runs.map((run) => run.pid));
  return readdirSync(WORK).filter((name) => pids.has(buildOwnerPid(name, WORK)));
}

describe("astro build on its own", () => {
  it("fails on invalid content with file: field: message and no stack trace", () => {
    const run = astroBuild(copyFixture("broken/ten-mistakes", "ten-mistakes"), join(work, "astro-invalid"));
    expect(run.status).toBe(1);
    expect(run.output).toContain("The content has 10 errors:");
    expect(run.output).toContain(
      'partnerships/shared-legal.md: form: "shared-servise" is not allowed: use one of shared-service, shared-management, shared-delivery, joint-venture, strategic-partnership, contract, spin-off, merger, other. Did you mean "shared-service"? (line 4, column 1)',
    );
    expect(run.output).not.toMatch(/^\s+at /m);
    // Stopped before Astro syncs the content or bundles the site, and the author's mistakes are not called a fault of
    // the software (as Astro calls an error thrown from an integration's hook).
    expect(run.output).not.toContain("Syncing content");
    expect(run.output).not.toMatch(/unhandled error/i);
  });

  it("refuses SOURCE_DATE_EPOCH in milliseconds with what was meant, and no stack trace", () => {
    const run = astroBuild(MINIMAL, join(work, "astro-epoch"), { SOURCE_DATE_EPOCH: "1795737600000" });
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      "SOURCE_DATE_EPOCH 1795737600000 is not a time between 2000 and 2100 in seconds: it looks like milliseconds: use 1795737600",
    );
    expect(run.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(work, "astro-epoch"))).toBe(false);
  });

  it("produces the complete site, search index included, from exactly what was validated", () => {
    // A byte-order mark is read; hidden files, a file named "..md" and scratch files are skipped by every stage.
    const content = copyFixture("reading/byte-order-mark", "astro-valid-content");
    writeFileSync(join(content, "partnerships/.hidden.md"), "---\nname: LEAK-HIDDEN\n---\nLEAK-HIDDEN\n");
    writeFileSync(join(content, "partnerships/..md"), "---\nname: LEAK-DOTS\n---\nLEAK-DOTS\n");
    mkdirSync(join(content, "reviews/.old"));
    writeFileSync(join(content, "reviews/.old/x.md"), "LEAK-HIDDEN-FOLDER");
    const out = join(work, "astro-valid");
    const run = astroBuild(content, out);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/Indexed 8 pages in \d+\.\d s/);
    // The only warnings are about the author's content (the fixture's two groups are too few to triangulate).
    const warnings = run.output.split("\n").filter((line) => line.includes("[WARN]"));
    expect(warnings.filter((line) => !line.includes("[partnership-reviews:content]"))).toEqual([]);
    expect(searchText(out)).toContain("Agree shared performance measures.");
    const files = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((file) => !file.includes("pagefind"));
    const texts = [
      ...files
        .filter((file) => statSync(join(out, file)).isFile())
        .map((file) => readFileSync(join(out, file), "utf8")),
      searchText(out),
    ];
    expect(texts.filter((text) => text.includes("LEAK-"))).toEqual([]);
  });
});

describe("npm run build", () => {
  // Three builds into one folder at once: two valid, one invalid. The folder is outside the project, on another file
  // system where there is one, and the second valid build's content is outside the project too. Later tests reuse
  // the site they leave.
  const shm = "/dev/shm";
  const otherDevice = existsSync(shm) && statSync(shm).dev !== statSync(ROOT).dev;
  const parent = mkdtempSync(join(otherDevice ? shm : work, "together-"));
  const shared = join(parent, "site");
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it("serialises builds into one --out outside the project: the others wait, a failing one touches nothing, the site is complete", async () => {
    const [first, failing, second] = await Promise.all([
      startBuild(MINIMAL, shared),
      startBuild(copyFixture("broken/ten-mistakes", "ten-mistakes-2"), shared),
      startBuild(copyFixture("minimal", "minimal-copy"), shared),
    ]);
    expect([first.status, failing.status, second.status]).toEqual([0, 1, 0]);
    expect(`${first.output}${failing.output}${second.output}`).toContain("is running: waiting for it to finish…");
    expect(failing.output).toContain(`${shared} was not changed`);
    expect(readFileSync(join(shared, "index.html"), "utf8")).toContain("Minimal partnership reviews");
    expect(readFileSync(join(shared, "partnerships/shared-legal/index.html"), "utf8")).toContain(
      "Shared Legal Service",
    );
    // The two builds' own folders, the last and the one before it, beside the marker that makes the builds folder the
    // project's.
    expect(readdirSync(join(parent, ".site-builds")).filter((name) => !name.startsWith(".")).length).toBe(2);
    expect(searchText(shared)).toContain("Agree shared performance measures.");
    // The pages are indexed as Astro writes them, and the index written once Astro has ended, so that the two never
    // hold their peak memory at the same time.
    const leftToBuild = first.output.indexOf("The search index is finished once Astro has ended, by npm run build");
    expect(leftToBuild).toBeGreaterThan(0);
    expect(first.output.indexOf("▶ Indexing for search")).toBeGreaterThan(leftToBuild);
    expect(first.output).toMatch(/Indexed \d+ pages?, \d+ of them while Astro rendered, in \d+\.\d s more/);
    expect(leftovers([first, failing, second])).toEqual([]);
  });

  it("says in one sentence when the output cannot be written", async () => {
    const file = join(work, "a-file");
    writeFileSync(file, "not a folder");
    const run = await startBuild(MINIMAL, join(file, "dist"));
    expect(run.status).toBe(1);
    expect(run.output.trim()).toBe(
      `build: Cannot write the site beside ${join(file, "dist")}: part of that path is a file, not a folder. Choose another --out.`,
    );
  });

  it("refuses SOURCE_DATE_EPOCH in milliseconds before any work, saying what was probably meant", async () => {
    const out = join(work, "epoch-in-milliseconds");
    const run = await startBuild(MINIMAL, out, undefined, { SOURCE_DATE_EPOCH: "1795737600000" });
    expect(run.status).toBe(1);
    expect(run.output.trim()).toBe(
      "build: SOURCE_DATE_EPOCH 1795737600000 is not a time between 2000 and 2100 in seconds: it looks like milliseconds: use 1795737600",
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses the project, the root of the file system and a folder of the user's, before any work, moving nothing", async () => {
    const project = await startBuild(MINIMAL, ROOT);
    expect(project.status).toBe(1);
    expect(project.output.trim()).toBe(
      `build: --out ${ROOT} is this project's folder, which the build never writes: choose a new or empty folder, such as /srv/partnership-reviews`,
    );
    const root = await startBuild(MINIMAL, "/");
    expect(root.status).toBe(1);
    expect(root.output.trim()).toBe(
      "build: --out / is the root of the file system, which the build never writes: choose a new or empty folder, such as /srv/partnership-reviews",
    );
    const mine = join(work, "my-public");
    mkdirSync(mine);
    writeFileSync(join(mine, "favicon.svg"), "<svg/>");
    const user = await startBuild(MINIMAL, mine);
    expect(user.status).toBe(1);
    expect(user.output.trim()).toBe(
      `build: --out ${mine} holds files the build did not make (1 of them, such as favicon.svg), and the build never moves or deletes them: choose a new or empty folder, such as ${join(mine, "site")}`,
    );
    expect(readdirSync(mine)).toEqual(["favicon.svg"]);
    expect(existsSync(join(work, ".my-public-builds"))).toBe(false);
  });

  it("leaves the site, the staging folder and the lock clean when killed while rendering", async () => {
    const before = readFileSync(join(shared, "index.html"), "utf8");
    let stopped = false;
    const run = await startBuild(MINIMAL, shared, (text, stop) => {
      // The build's own stage mark, printed when Astro starts rendering pages into the staging folder.
      if (!stopped && text.includes("▶ Rendering pages")) {
        stopped = true;
        stop();
      }
    });
    expect(stopped).toBe(true);
    expect(run.status).not.toBe(0);
    expect(readFileSync(join(shared, "index.html"), "utf8")).toBe(before);
    expect(leftovers([run])).toEqual([]);
  });
});

/** Returns the ids of the running processes whose parent is `pid`, read from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      let stat = "";
      try {
        stat = readFileSync(`/proc/${name}/stat`, "utf8");
      } catch {
        // The process ended between the listing and the reading.
      }
      // After the command name in brackets come the state and the parent's id.
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
    })
    .map(Number);
}

describe("a build killed with SIGKILL", () => {
  it("takes its Astro child with it, and the next build removes the staging folder it left", async () => {
    const out = join(work, "killed");
    let astro: number[] = [];
    const killed = await startBuild(MINIMAL, out, (text, _stop, pid) => {
      // Astro is rendering: kill the build command the way no handler can see.
      if (astro.length === 0 && text.includes("▶ Rendering pages")) {
        astro = childrenOf(pid);
        process.kill(pid, "SIGKILL");
      }
    });
    // The run ends when every process writing to its output has ended, Astro included.
    expect(astro.length).toBe(1);
    expect(killed.output).toContain("Astro stopped: the build command that started it has ended.");
    expect(killed.output).not.toContain("The search index is finished once Astro has ended");
    expect(existsSync(out)).toBe(false);
    // Killed while Astro writes pages, a build leaves its staging folder, named by its (now dead) process id.
    const abandoned = join(WORK, `staging-${Date.now().toString(36)}-${killed.pid}`);
    mkdirSync(join(abandoned, "partnerships"), { recursive: true });

    const next = await startBuild(copyFixture("broken/ten-mistakes", "ten-mistakes-3"), join(work, "after-kill"));
    expect(next.status).toBe(1);
    expect(existsSync(abandoned)).toBe(false);
    expect(leftovers([killed, next])).toEqual([]);
  });
});

describe("validation at a small open-file limit", () => {
  it("validates 3,000 files with ulimit -n 256 (a Mac's default)", () => {
    const content = copyFixture("minimal", "many-files");
    const partnership = readFileSync(join(content, "partnerships/shared-legal.md"), "utf8");
    const review = readFileSync(join(content, "reviews/shared-legal/2024-annual.md"), "utf8");
    const data = readFileSync(join(content, "reviews/shared-legal/2024-annual.json"), "utf8");
    for (let i = 1; i <= 1000; i++) {
      writeFileSync(join(content, `partnerships/p-${i}.md`), partnership);
      mkdirSync(join(content, `reviews/p-${i}`));
      writeFileSync(join(content, `reviews/p-${i}/2024-annual.md`), review);
      writeFileSync(join(content, `reviews/p-${i}/2024-annual.json`), data.replace("min-2024-01", `p-${i}-2024-01`));
    }
    const result = spawnSync(
      "bash",
      ["-c", 'ulimit -n 256 && exec "$0" scripts/validate.ts --content "$1" --quiet', NODE, content],
      { cwd: ROOT, env: childEnv(), encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Content is valid: 0 errors, \d+ warnings?, \d+ notes? in /);
    expect(result.status).toBe(0);
  });
});

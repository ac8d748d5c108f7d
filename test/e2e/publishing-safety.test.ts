import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, NODE, ROOT } from "../support/built-site.ts";
import { buildOwnerPid } from "../support/build-work.ts";
import { EXTENDED_LEAKS, EXTENDED_LEAKS_ENV, extendedLeaksSite, HOSTILE_REVIEW_PAGE } from "../support/leaks-site.ts";

/** Returns every file under `dir` with its text; Pagefind's compressed files are decompressed first. */
function readOutput(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const bytes = readFileSync(file);
      const compressed = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return { file, text: (compressed ? gunzipSync(bytes) : bytes).toString("utf8") };
    });
}

/** Returns a fingerprint of every file under `dir`, to prove a folder did not change. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(dir.length), createHash("sha256").update(readFileSync(file)).digest("hex")];
      }),
  );
}

describe("nothing unpublished leaks", () => {
  // The leaks fixture, extended (test/support/leaks-site.ts): every draft, embargoed, internal and withheld item of
  // the fixture is in it, and open-data.test.ts reads the same build.
  let output: { file: string; text: string }[];
  beforeAll(() => {
    output = readOutput(extendedLeaksSite());
  });

  it("no output file contains any private marker (drafts, embargo, internal notes, risks, recommendations, updates, withheld comments)", () => {
    const leaks = output.flatMap(({ file, text }) =>
      [...text.matchAll(/LEAK-[A-Z-]+/g)].map((match) => `${file}: ${match[0]}`),
    );
    expect(leaks).toEqual([]);
  });

  it("still publishes what is public, so the test above is not vacuous", () => {
    const all = output.map(({ text }) => text).join("\n");
    expect(all).toContain("Shared Legal Service annual review 2024");
    expect(all).toContain("Agree shared performance measures.");
    expect(all).toContain("Public risk");
    expect(all).toContain("Public resolution: report the shared measures to the committee.");
  });

  it("reads the search index decompressed, so markers in it would be found", () => {
    const fragments = output.filter(({ file }) => file.includes("/pagefind/fragment/"));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.some(({ text }) => text.includes("Agree shared performance measures."))).toBe(true);
  });

  it("writes the calendar as calendar.ics and data/calendar.json, so the markers above are looked for in both", () => {
    const calendar = (path: string) => output.find(({ file }) => file.split("\\").join("/").endsWith(path))?.text;
    // Unfolded (RFC 5545, 3.1), so that an id split across two lines is still found.
    const ics = (calendar("/calendar.ics") ?? "").replace(/\r\n[ \t]/g, "");
    const json = JSON.parse(calendar("/data/calendar.json") ?? "{}") as { events?: { uid: string }[] };
    expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(json.events?.length).toBeGreaterThan(0);
    // The draft meeting's resolution (sc-2025-11-01, due 31 January 2026) and the embargoed one's (sc-2026-06-01, due
    // 30 September 2026) fall within the calendar's reach of the build day, so they would be listed if they leaked.
    for (const id of ["sc-2025-11-01", "sc-2026-06-01"]) {
      expect(ics, id).not.toContain(id);
      expect(JSON.stringify(json), id).not.toContain(id);
    }
  });

  it("builds no page for a draft or an embargoed review", () => {
    expect(output.some(({ file }) => file.includes("2025-draft") || file.includes("2026-embargoed"))).toBe(false);
  });
});

describe("Markdown bodies are sanitised", () => {
  // The hostile-html fixture's review body, written into the extended leaks site, which is built anyway.
  let prose: HTMLElement;
  let elements: HTMLElement[];
  beforeAll(() => {
    const html = readFileSync(join(extendedLeaksSite(), HOSTILE_REVIEW_PAGE), "utf8");
    prose = parse(html).querySelector(".app-prose") as HTMLElement;
    elements = prose.querySelectorAll("*");
  });

  it("keeps safe HTML", () => {
    expect(prose.innerHTML).toContain('<abbr title="Service level agreement">SLA</abbr>');
  });

  it("removes dangerous elements: script, style, iframe, form controls, object, embed, base, meta, svg, math", () => {
    const banned = [
      "script",
      "style",
      "iframe",
      "form",
      "input",
      "button",
      "object",
      "embed",
      "base",
      "meta",
      "svg",
      "math",
    ];
    expect(elements.map((element) => element.tagName.toLowerCase()).filter((tag) => banned.includes(tag))).toEqual([]);
  });

  it("removes event handlers and style attributes", () => {
    const attributes = elements.flatMap((element) => Object.keys(element.attributes));
    expect(attributes.filter((name) => /^on/i.test(name) || name.toLowerCase() === "style")).toEqual([]);
  });

  it("removes javascript: URLs from links and images", () => {
    const urls = elements.flatMap((element) => [element.getAttribute("href"), element.getAttribute("src")]);
    expect(urls.filter((url) => url !== undefined && /^\s*javascript:/i.test(url))).toEqual([]);
  });

  it("prefixes ids written by hand, so they cannot clobber the page's own", () => {
    expect(prose.querySelector("#main-content")).toBeNull();
    expect(prose.querySelector("#user-content-main-content")?.text).toBe("xss-clobber");
  });
});

describe("a second build of the extended leaks fixture, into a folder of its own", () => {
  // Built once and used twice: compared with the first build, which the leak tests read, and then kept unchanged by
  // failing builds into the same folder.
  const work = mkdtempSync(join(tmpdir(), "atomic-"));
  const out = join(work, "dist");
  const build = (content: string, env: Record<string, string> = {}): number => {
    try {
      execFileSync(NODE, ["scripts/build.ts", "--content", content, "--out", out], {
        cwd: ROOT,
        env: childEnv(env),
        stdio: "pipe",
      });
      return 0;
    } catch (error) {
      return (error as { status: number }).status;
    }
  };
  let status: number;
  beforeAll(() => {
    // Its content is written by the first build (extendedLeaksSite), which this one is compared with.
    extendedLeaksSite();
    status = build(EXTENDED_LEAKS, EXTENDED_LEAKS_ENV);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("two builds of the same content with the same SOURCE_DATE_EPOCH are byte-identical", () => {
    expect(status).toBe(0);
    const first = fingerprint(extendedLeaksSite());
    const second = fingerprint(out);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(second).toEqual(first);
  });

  it("leaves the previous output exactly as it was when validation, or rendering, fails", () => {
    expect(status).toBe(0);
    const before = fingerprint(out);
    expect(Object.keys(before).length).toBeGreaterThan(3);

    const invalid = join(work, "invalid");
    cpSync(resolve(ROOT, "test/fixtures/minimal"), invalid, { recursive: true });
    writeFileSync(join(invalid, "framework.json"), "{ not json");
    expect(build(invalid)).toBe(1);
    expect(fingerprint(out)).toEqual(before);

    // A broken MDX body: stopped by validation inside the build, like any other content error.
    const unrenderable = join(work, "unrenderable");
    cpSync(resolve(ROOT, "test/fixtures/minimal"), unrenderable, { recursive: true });
    const md = join(unrenderable, "reviews/shared-legal/2024-annual.md");
    writeFileSync(md.replace(/\.md$/, ".mdx"), `${readFileSync(md, "utf8")}\n<Unclosed {\n`);
    rmSync(md);
    expect(build(unrenderable)).toBe(1);
    expect(fingerprint(out)).toEqual(before);
    // Nothing left by a build that has ended: builds of other test files may still be running beside this one.
    const buildWork = resolve(ROOT, "node_modules/.partnership-reviews");
    expect(
      (existsSync(buildWork) ? readdirSync(buildWork) : []).filter((name) => !ofRunningBuild(buildWork, name)),
    ).toEqual([]);
  });
});

/** Returns true when `name` in the build work folder (a staging folder or the lock) belongs to a build still running. */
function ofRunningBuild(buildWork: string, name: string): boolean {
  const pid = buildOwnerPid(name, buildWork);
  if (pid === undefined || !Number.isInteger(pid)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("clear failure", () => {
  it("stops on bad content with file, field, line and column, and no stack trace", () => {
    const work = mkdtempSync(join(tmpdir(), "failure-"));
    try {
      const content = join(work, "content");
      cpSync(resolve(ROOT, "test/fixtures/minimal"), content, { recursive: true });
      writeFileSync(join(content, "framework.json"), '{\n  "id": "minimal",\n  "version": 1,\n');
      const partnership = join(content, "partnerships/shared-legal.md");
      writeFileSync(partnership, readFileSync(partnership, "utf8").replace("targetLevel:", "targetLevle:"));
      let output = "";
      let status = 0;
      try {
        execFileSync(NODE, ["scripts/build.ts", "--content", content, "--out", join(work, "dist")], {
          cwd: ROOT,
          stdio: "pipe",
        });
      } catch (error) {
        const failure = error as { status: number; stdout: Buffer; stderr: Buffer };
        status = failure.status;
        output = `${failure.stdout.toString()}${failure.stderr.toString()}`;
      }
      expect(status).toBe(1);
      expect(output).toContain("framework.json: (file): is not valid JSON");
      expect(output).toContain(
        'partnerships/shared-legal.md: targetLevle: is not a known field. Did you mean "targetLevel"? (line 16, column 1)',
      );
      expect(output).toContain("was not changed");
      expect(output).not.toMatch(/^\s+at /m);
      expect(existsSync(join(work, "dist"))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

// A federation built for real: four members' published data (the sample; a second council sharing a joint partnership
// with it; the version 1 sample's data; a hostile member), one member that cannot be read. Built three times: at the
// root, again from its snapshot, and under a base path with the sample read from its served site.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { createServer } from "node:http";
import sirv from "sirv";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDist } from "../../scripts/check-dist.ts";
import { axeViolations, COLOUR_RULES } from "../support/browser.ts";
import { buildSite, childEnv, NODE, OUTPUT, ROOT } from "../support/built-site.ts";
import { publishedData, SAMPLE, VERSION_1_MEMBER, writeMember } from "../support/federation.ts";
import { useServedSite } from "../support/served-site.ts";
import { serveStatic } from "../../scripts/browse/static-server.ts";
import { SITE as SAMPLE_SITE } from "./sites.ts";

const SOURCE = resolve(OUTPUT, "federation-src");

/** Writes the federation folder: federation.json and its members' published data. */
async function writeFederation(): Promise<void> {
  await rm(SOURCE, { recursive: true, force: true });
  const sample = await publishedData(SAMPLE);
  await writeMember(join(SOURCE, "members/kestrelford"), sample);
  // Harrowby publishes the building control partnership too, under the same jointId, at target and without the
  // sample's perception gap.
  const building = sample.all.partnerships.find((partnership) => partnership.slug === "building-control");
  if (building === undefined) throw new Error("the sample has a building-control partnership");
  const harrowby = {
    ...sample.all,
    about: {
      ...sample.all.about,
      title: "Harrowby partnership reviews",
      publisher: "Harrowby District Council",
      orgId: "GB-LAE-HRB",
      homepage: "https://partnerships.harrowby.example.gov.uk/",
    },
    partnerships: [
      {
        ...building,
        name: "Building Control Partnership",
        url: "https://partnerships.harrowby.example.gov.uk/partnerships/building-control/",
        fit: { position: "at" as const, label: "at target" },
        needsAttention: ["A current risk scores 16 out of 25"],
        needsAttentionCodes: ["high-risk" as const],
      },
    ],
  };
  await writeMember(join(SOURCE, "members/harrowby"), { all: harrowby, datapackage: sample.datapackage });
  await cp(VERSION_1_MEMBER, join(SOURCE, "members/oldbury"), { recursive: true });
  const [first, ...rest] = sample.all.partnerships;
  if (first === undefined) throw new Error("the sample has partnerships");
  const hostile = {
    ...sample.all,
    about: { ...sample.all.about, publisher: "Hostile", orgId: "GB-LAE-HOS" },
    // Without jointIds: a third reading of the joint partnership would be another test's business.
    partnerships: [
      { ...first, name: "<script>window.hostile = 1</script>", summary: '<img src="x" onerror="window.hostile = 2">' },
      ...rest,
    ].map(({ jointId: _jointId, ...partnership }) => partnership),
  };
  await writeMember(join(SOURCE, "members/hostile"), { all: hostile, datapackage: sample.datapackage });
  await writeFile(
    join(SOURCE, "federation.json"),
    JSON.stringify({
      title: "Westshire partnership reviews together",
      organisation: { name: "Westshire Scrutiny Network", orgId: "GB-LAE-WSN" },
      url: "https://partnerships.westshire.example.gov.uk",
      licence: {
        name: "Open Government Licence v3.0",
        url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
      },
      contact: { email: "scrutiny@westshire.example.gov.uk" },
      accessibility: { lastReviewed: "2026-11-01" },
      members: [
        { orgId: "GB-LAE-KSF", name: "Kestrelford Borough Council", site: "members/kestrelford" },
        { orgId: "GB-LAE-HRB", name: "Harrowby District Council", site: "members/harrowby" },
        { orgId: "GB-LAE-OLD", name: "Oldbury District Council", site: "members/oldbury" },
        { orgId: "GB-LAE-HOS", name: "Hostile Borough Council", site: "members/hostile" },
        { orgId: "GB-LAE-GON", name: "Gone District Council", site: "members/gone" },
      ],
    }),
  );
}

await mkdir(OUTPUT, { recursive: true });
await writeFederation();
const SITE = buildSite("federation", SOURCE);
const site = useServedSite(SITE);

/** Every file of a built site, by path, as bytes. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found = new Map<string, Buffer>();
  for (const entry of entries.filter((item) => item.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(entry.parentPath, entry.name);
    found.set(relative(dir, path), await readFile(path));
  }
  return found;
}

async function open(path: string, width: number, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const tab = await site.tab({ width, height: 800, colorScheme });
  await tab.goto(new URL(path, site.url).href);
  return tab;
}

const PAGES = {
  home: "",
  members: "members/",
  member: "members/GB-LAE-KSF/",
  "joint partnership": "members/GB-LAE-KSF/building-control/",
  "older member's partnership": "members/GB-LAE-OLD/kestrel-waste/",
  compare: "compare/",
  "comparison list": "compare/form/shared-service/",
  search: "search/",
  "open data": "data/",
  accessibility: "accessibility/",
};

describe("a federation build", () => {
  it("rebuilds byte for byte from its snapshot with the same SOURCE_DATE_EPOCH", async () => {
    const again = resolve(OUTPUT, "federation-again");
    execFileSync(NODE, ["scripts/build.ts", "--content", SOURCE, "--out", again, "--from-snapshot"], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ["ignore", "ignore", "inherit"],
    });
    const [first, second] = await Promise.all([files(SITE), files(again)]);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first]
      .filter(([path, bytes]) => !bytes.equals(second.get(path) as Buffer))
      .map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it("lists the member that could not be read, with its reason, and builds the rest", async () => {
    const page = await open("members/", 1280);
    const text = await page.locator("#unavailable + p + div, #unavailable ~ *").allInnerTexts();
    expect(text.join(" ")).toContain(`It has no data/all.json in ${join(SOURCE, "members/gone")}.`);
    expect(await page.getByRole("link", { name: "Oldbury District Council" }).count()).toBe(1);
  });

  it("shows the joint partnership's two readings side by side, each as at its own date, and where they differ", async () => {
    const page = await open("members/GB-LAE-KSF/building-control/", 1280);
    const table = page.getByRole("table", { name: "Each member's reading" });
    await expect(table.getByRole("columnheader").allInnerTexts()).resolves.toEqual([
      "Reading",
      "Kestrelford Borough Council",
      "Harrowby District Council",
    ]);
    const differences = await page.locator("#each-side ~ ul.govuk-list--bullet li").allInnerTexts();
    expect(differences).toEqual([
      "They differ on its fit to target: Kestrelford Borough Council below target, Harrowby District Council at target.",
      "Only Kestrelford Borough Council gives: Away from its target level, Perception gap between groups, Decision point near, No agreed exit plan, Next review after the decision point.",
    ]);
  });

  it("shows an older member's partnership with what its data does not say marked as not published", async () => {
    const page = await open("members/GB-LAE-OLD/kestrel-waste/", 375);
    const glance = await page.locator(".govuk-summary-list").first().innerText();
    expect(glance).toContain("Not published by this member's data version.");
  });

  it("shows a hostile member's text as text and runs none of it", async () => {
    const page = await open("members/GB-LAE-HOS/", 1280);
    // Listed as needing attention and in the table of its partnerships: both times as the words it published.
    await expect(page.getByRole("link", { name: "<script>window.hostile = 1</script>" }).count()).resolves.toBe(2);
    expect(await page.evaluate(() => (window as unknown as { hostile?: number }).hostile)).toBeUndefined();
  });

  for (const [kind, path] of Object.entries(PAGES)) {
    it(`${kind}: axe finds nothing in light and dark at 375 and 1280 px, and nothing scrolls sideways at 320 px`, async () => {
      for (const width of [1280, 375]) {
        const page = await open(path, width);
        expect(await axeViolations(page), `${path} at ${width} px, light`).toEqual([]);
        // The dark scheme changes colours only: the rules that depend on colour are the ones it can break.
        await page.emulateMedia({ colorScheme: "dark" });
        expect(await axeViolations(page, COLOUR_RULES), `${path} at ${width} px, dark`).toEqual([]);
        if (width === 375) {
          // Narrowed in place, as pages.test.ts does, rather than loaded a third time.
          await page.emulateMedia({ colorScheme: "light" });
          await page.setViewportSize({ width: 320, height: 800 });
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
        }
      }
    });
  }

  it("lists the partnerships of one form across the members, filtered further in the URL", async () => {
    const page = await open("compare/form/shared-service/", 1280);
    // Shared legal services (Kestrelford, Oldbury, the hostile member) and building control (Kestrelford, Harrowby,
    // the hostile member; Oldbury's version 1 data calls it a merger).
    expect(await page.locator("#compare-list tbody tr").count()).toBe(6);
    expect(await page.locator(".govuk-body-l").innerText()).toMatch(
      /^6 active partnerships of 4 members\. Levels are not compared/,
    );
    await page.goto(new URL("compare/form/shared-service/?basis=mixed", site.url).href);
    expect(await page.locator("#compare-list tbody tr:visible").count()).toBe(3);
  });

  it("finds a partnership across the members by one word", async () => {
    const page = await open("search/?q=leisure", 1280);
    const results = page.locator("#search-results li a");
    // The first five results show before the rest are read; the count is announced once every one is in.
    await page.waitForFunction(() => /result/.test(document.getElementById("search-status")?.textContent ?? ""));
    const titles = await results.allInnerTexts();
    expect(titles).toContain("Kestrelford Leisure Trust");
  });

  it("finds no invalid HTML, broken link or anchor in the federation's pages", async () => {
    expect(await checkDist(SITE, "/")).toEqual([]);
  });

  it("publishes the national CSV with each row's org_id, and each member's attribution", async () => {
    const csv = await readFile(join(SITE, "data/partnerships.csv"), "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]?.startsWith("org_id,member,slug,name,")).toBe(true);
    // Kestrelford's, Harrowby's, Oldbury's and the hostile member's 12 + 1 + 12 + 12 partnerships.
    expect(lines).toHaveLength(1 + 37);
    const datapackage = JSON.parse(await readFile(join(SITE, "data/datapackage.json"), "utf8")) as {
      sources: { title: string }[];
    };
    expect(datapackage.sources.map((source) => source.title.split(":")[0])).toEqual([
      "Kestrelford Borough Council",
      "Harrowby District Council",
      "Oldbury District Council",
      "Hostile Borough Council",
    ]);
  });
});

describe("the federation under a base path, with a member read from its served site", () => {
  // One build for two checks (a build is about 10 s of CPU, nearly all of it Astro's start and Vite's bundling): the
  // links of every page kind under a base path, and a member's own search, which only a member read from its address
  // offers. The members are those of the build above, but Kestrelford is the sample site, served as its own host would
  // with CORS open to every origin. Built by every run, never reused: its pages name the server's port of this run.
  const BASE = "/westshire/";
  const files = sirv(SAMPLE_SITE, {
    dev: true,
    setHeaders: (response) => response.setHeader("access-control-allow-origin", "*"),
  });
  const member = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404).end();
    }),
  );
  let memberUrl = "";
  const out = resolve(OUTPUT, "federation-remote");
  beforeAll(async () => {
    await new Promise<void>((done) => member.listen(0, "127.0.0.1", done));
    const address = member.address();
    memberUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}/`;
    const source = resolve(OUTPUT, "federation-remote-src");
    await rm(source, { recursive: true, force: true });
    await cp(join(SOURCE, "members"), join(source, "members"), { recursive: true });
    const federation = JSON.parse(await readFile(join(SOURCE, "federation.json"), "utf8")) as {
      members: { orgId: string; site: string }[];
    };
    federation.members = federation.members.map((one) =>
      one.orgId === "GB-LAE-KSF" ? { ...one, site: memberUrl } : one,
    );
    await writeFile(join(source, "federation.json"), JSON.stringify(federation));
    // Built in a child this process waits for without blocking: the member's server above answers the build.
    await promisify(execFile)(NODE, ["scripts/build.ts", "--content", source, "--out", out], {
      cwd: ROOT,
      env: childEnv({ BASE_PATH: BASE }),
    });
  });
  afterAll(async () => {
    member.closeAllConnections();
    await new Promise((done) => member.close(done));
  });

  it("finds no broken link when the federation is served under a base path", async () => {
    // Every page kind of the federation above: the member read from its address has one more, its own search.
    expect((await readdir(join(out, "members"))).sort()).toEqual([
      "GB-LAE-HOS",
      "GB-LAE-HRB",
      "GB-LAE-KSF",
      "GB-LAE-OLD",
      "index.html",
    ]);
    expect(await checkDist(out, BASE, { nu: false })).toEqual([]);
  });

  it("searches within the member through its own Pagefind index where its site allows other sites to read it", async () => {
    const served = await serveStatic(out, BASE);
    try {
      const page = await site.tab({ width: 1280, height: 800 });
      await page.goto(new URL("members/GB-LAE-KSF/", served.url).href);
      const form = page.getByRole("search", { name: "Search Kestrelford Borough Council's reviews" });
      await page.getByLabel("Words to find in Kestrelford Borough Council's reviews").fill("leisure");
      await form.getByRole("button", { name: "Search" }).click();
      await page.locator("#member-search-results li a").first().waitFor();
      const links = await page
        .locator("#member-search-results li a")
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
      // Only the member's own pages, at its own address, its leisure trust's latest review first.
      expect(links.every((link) => link.startsWith(memberUrl))).toBe(true);
      expect(links[0]).toBe(`${memberUrl}partnerships/leisure-trust/reviews/2022-independent/`);
    } finally {
      await served.close();
    }
  });
});

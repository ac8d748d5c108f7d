import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse as parseCsv } from "csv-parse/sync";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { parse as parseHtml } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDist } from "../../scripts/check-dist.ts";
import { axeViolations, sharedBrowser } from "../support/browser.ts";
import { buildSite, ROOT } from "../support/built-site.ts";
import { EXTENDED_LEAKS_BASE, extendedLeaksSite } from "../support/leaks-site.ts";
import { serveStatic } from "../../scripts/browse/static-server.ts";
import { BASE_PATH as SAMPLE_BASE_PATH, SITE, SITE_UNDER_BASE } from "./sites.ts";

/** One built site and what its open data must hold. */
interface SiteCase {
  dir: string;
  base: string;
  origin: string;
  /** Rows expected in each CSV, counted by hand from the fixture; the sample site is checked against its pages only. */
  rows?: Record<string, number>;
  /** Every page of it passes checkDist in dist.test.ts, its open data pages among them. */
  checkedByDist?: boolean;
}

const ORIGIN = "https://reviews.minimal.example";
const CSV_FILES = [
  "partnerships.csv",
  "reviews.csv",
  "ratings.csv",
  "factors.csv",
  "indicators.csv",
  "recommendations.csv",
  "resolutions.csv",
  "risks.csv",
  "costs-benefits.csv",
  "good-practice.csv",
];

const cases = new Map<string, SiteCase>();

// The sample site is built by the end-to-end global setup; a one-off run of this file may not have it.
const SAMPLE_BUILT = existsSync(join(SITE, "index.html")) && existsSync(join(SITE_UNDER_BASE, "index.html"));
const SITE_NAMES = [
  "minimal",
  "extended leaks, under a base path",
  ...(SAMPLE_BUILT ? ["sample", "sample, under a base path"] : []),
];

beforeAll(() => {
  const sampleOrigin = (
    JSON.parse(readFileSync(resolve(ROOT, "content/site.json"), "utf8")) as { url: string }
  ).url.replace(/\/+$/, "");
  if (SAMPLE_BUILT) {
    cases.set("sample", { dir: SITE, base: "/", origin: sampleOrigin, checkedByDist: true });
    cases.set("sample, under a base path", {
      dir: SITE_UNDER_BASE,
      base: SAMPLE_BASE_PATH,
      origin: sampleOrigin,
      checkedByDist: true,
    });
  }
  cases.set("minimal", {
    dir: buildSite("open-data-minimal", resolve(ROOT, "test/fixtures/minimal")),
    base: "/",
    origin: ORIGIN,
    rows: {
      "partnerships.csv": 1,
      "reviews.csv": 1,
      "ratings.csv": 4,
      // One review of two factors.
      "factors.csv": 2,
      "recommendations.csv": 1,
      "resolutions.csv": 0,
      "risks.csv": 0,
      "costs-benefits.csv": 0,
      "good-practice.csv": 0,
    },
  });
  cases.set("extended leaks, under a base path", {
    // Shared with publishing-safety.test.ts (test/support/leaks-site.ts).
    dir: extendedLeaksSite(),
    base: EXTENDED_LEAKS_BASE,
    origin: ORIGIN,
    rows: {
      "partnerships.csv": 2,
      // 2024-annual, 2025-annual, the withdrawn review, and community safety's review.
      "reviews.csv": 4,
      // 2024-annual withholds one of its four; the withdrawn review's are left out.
      "ratings.csv": 6,
      // Three published reviews (not the withdrawn one), two factors each.
      "factors.csv": 6,
      "recommendations.csv": 1,
      // The published meeting's one resolution; the draft and embargoed meetings' are left out.
      "resolutions.csv": 1,
      "risks.csv": 2,
      "costs-benefits.csv": 2,
      "good-practice.csv": 1,
    },
  });
});

function siteCase(name: string): SiteCase {
  const found = cases.get(name);
  if (found === undefined) throw new Error(`no built site "${name}"`);
  return found;
}

function read(site: SiteCase, path: string): string {
  return readFileSync(join(site.dir, path), "utf8");
}

function readJson(site: SiteCase, path: string): Record<string, unknown> {
  return JSON.parse(read(site, path)) as Record<string, unknown>;
}

function parseCsvFile(site: SiteCase, file: string): { header: string[]; rows: Record<string, string>[] } {
  const text = read(site, `data/${file}`);
  const records = parseCsv(text, { bom: true }) as string[][];
  const [header = [], ...body] = records;
  return {
    header,
    rows: body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""]))),
  };
}

/** Returns every file this feature writes: the data folder, feeds, sitemap, robots.txt and each partnership's data.json. */
function openDataFiles(site: SiteCase): string[] {
  return readdirSync(site.dir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split("\\").join("/"))
    .filter(
      (file) =>
        file.startsWith("data/") ||
        /(^|\/)(feed\.xml|data\.json)$/.test(file) ||
        /^(sitemap-index\.xml|sitemap-\d+\.xml|robots\.txt)$/.test(file),
    );
}

/** Returns every built HTML page, as a site path such as "partnerships/" ("" for the home page). */
function builtPages(site: SiteCase): string[] {
  return readdirSync(site.dir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split("\\").join("/"))
    .filter((file) => file.endsWith(".html") && file !== "404.html")
    .map((file) => file.replace(/(^|\/)index\.html$/, "$1"));
}

const ATOM = "http://www.w3.org/2005/Atom";
const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Returns the parsed document; any warning or error from the (namespace-aware) parser throws. */
function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, "application/xml");
}

/** Returns the child elements of `parent` with this name in this namespace. */
function children(parent: Element, namespace: string, name: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 && (node as Element).namespaceURI === namespace && (node as Element).localName === name,
  );
}

function childText(parent: Element, name: string): string {
  return children(parent, ATOM, name)[0]?.textContent?.trim() ?? "";
}

/** Returns the problems with an Atom feed's required elements (RFC 4287), or none. */
function atomProblems(text: string): string[] {
  let feed: Element;
  try {
    feed = parseXml(text).documentElement as Element;
  } catch (error) {
    return [`does not parse: ${String(error)}`];
  }
  if (feed.namespaceURI !== ATOM || feed.localName !== "feed") return ["the root is not an Atom <feed>"];
  const problems: string[] = [];
  const once = (parent: Element, name: string, where: string) => {
    const count = children(parent, ATOM, name).length;
    if (count !== 1) problems.push(`${where} has ${count} <${name}> elements; Atom needs exactly one`);
  };
  for (const name of ["id", "title", "updated"]) once(feed, name, "the feed");
  if (!RFC3339.test(childText(feed, "updated")))
    problems.push(`the feed's updated "${childText(feed, "updated")}" is not RFC 3339`);
  const links = children(feed, ATOM, "link");
  if (
    !links.some((link) => link.getAttribute("rel") === "self" && /^https?:\/\//.test(link.getAttribute("href") ?? ""))
  ) {
    problems.push("the feed has no absolute rel=self link");
  }
  const entries = children(feed, ATOM, "entry");
  const feedAuthor = children(feed, ATOM, "author").length > 0;
  entries.forEach((entry, index) => {
    const where = `entry ${index}`;
    for (const name of ["id", "title", "updated"]) once(entry, name, where);
    if (!RFC3339.test(childText(entry, "updated"))) problems.push(`${where}'s updated is not RFC 3339`);
    if (!feedAuthor && children(entry, ATOM, "author").length === 0) problems.push(`${where} has no author`);
    const alternate = children(entry, ATOM, "link").filter(
      (link) => (link.getAttribute("rel") ?? "alternate") === "alternate",
    );
    if (alternate.length === 0 && children(entry, ATOM, "content").length === 0)
      problems.push(`${where} has no link or content`);
  });
  return problems;
}

/** Returns the entries of a feed as id and updated. */
function feedEntries(text: string): { id: string; updated: string }[] {
  const feed = parseXml(text).documentElement as Element;
  return children(feed, ATOM, "entry").map((entry) => ({
    id: childText(entry, "id"),
    updated: childText(entry, "updated"),
  }));
}

function feedUpdated(text: string): string {
  return childText(parseXml(text).documentElement as Element, "updated");
}

function ajv(): Ajv2020 {
  const instance = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(instance);
  return instance;
}

describe.each(SITE_NAMES)("the open data of the %s site", (name) => {
  const site = (): SiteCase => siteCase(name);
  const root = (): string => `${site().origin}${site().base}`;

  it("writes every CSV so that a real CSV parser reads it, with one row per published item", () => {
    for (const file of CSV_FILES) {
      const text = read(site(), `data/${file}`);
      expect(text.startsWith("\uFEFF"), file).toBe(true);
      expect(
        text
          .replace(/"[^"]*"/g, "")
          .split("\n")
          .slice(0, -1)
          .every((line) => line.endsWith("\r")),
        file,
      ).toBe(true);
      const { header, rows } = parseCsvFile(site(), file);
      expect(
        rows.every((row) => Object.keys(row).length === header.length),
        file,
      ).toBe(true);
      const expected = site().rows?.[file];
      if (expected !== undefined) expect(rows.length, file).toBe(expected);
    }
  });

  it("lists one partnership and one review row per page built for them", () => {
    const pages = builtPages(site());
    expect(
      parseCsvFile(site(), "partnerships.csv")
        .rows.map((row) => `partnerships/${row["partnership_slug"]}/`)
        .sort(),
    ).toEqual(pages.filter((path) => /^partnerships\/[^/]+\/$/.test(path)).sort());
    expect(
      parseCsvFile(site(), "reviews.csv")
        .rows.map((row) => `partnerships/${row["partnership_slug"]}/reviews/${row["review_id"]}/`)
        .sort(),
    ).toEqual(pages.filter((path) => /^partnerships\/[^/]+\/reviews\/[^/]+\/$/.test(path)).sort());
  });

  it("describes every CSV in datapackage.json with the same columns, in order", () => {
    const pkg = readJson(site(), "data/datapackage.json") as {
      resources: { path: string; schema: { fields: { name: string; type: string; description: string }[] } }[];
    };
    expect(pkg.resources.map((resource) => resource.path)).toEqual(CSV_FILES);
    for (const resource of pkg.resources) {
      expect(parseCsvFile(site(), resource.path).header, resource.path).toEqual(
        resource.schema.fields.map((field) => field.name),
      );
      expect(resource.schema.fields.every((field) => field.type && field.description)).toBe(true);
    }
  });

  it("agrees between the CSV files and all.json", () => {
    const all = readJson(site(), "data/all.json") as {
      partnerships: {
        reviews: {
          factors: { ratings: unknown[] }[];
          risks: unknown[];
          recommendations: unknown[];
          goodPractice: unknown[];
          costsBenefits: unknown[];
        }[];
      }[];
    };
    const reviews = all.partnerships.flatMap((partnership) => partnership.reviews);
    const rows = (file: string) => parseCsvFile(site(), file).rows.length;
    expect(reviews.length).toBe(rows("reviews.csv"));
    expect(reviews.flatMap((review) => review.factors.flatMap((factor) => factor.ratings)).length).toBe(
      rows("ratings.csv"),
    );
    expect(reviews.flatMap((review) => review.risks).length).toBe(rows("risks.csv"));
    expect(reviews.flatMap((review) => review.recommendations).length).toBe(rows("recommendations.csv"));
    expect(reviews.flatMap((review) => review.goodPractice).length).toBe(rows("good-practice.csv"));
    expect(reviews.flatMap((review) => review.costsBenefits).length).toBe(rows("costs-benefits.csv"));
    expect(all.partnerships.length).toBe(rows("partnerships.csv"));
  });

  it("validates each JSON download against the schema it names, published beside it", () => {
    const validator = ajv();
    const schemas = ["all", "framework", "partnership", "calendar"].map((name) =>
      readJson(site(), `data/${name}.schema.json`),
    );
    for (const schema of schemas) validator.addSchema(schema);
    const partnershipFiles = openDataFiles(site()).filter((file) => file.endsWith("/data.json"));
    expect(partnershipFiles.length).toBe(parseCsvFile(site(), "partnerships.csv").rows.length);
    for (const file of ["data/all.json", "data/framework.json", "data/calendar.json", ...partnershipFiles]) {
      const data = readJson(site(), file);
      const schemaUrl = data["$schema"] as string;
      expect(schemaUrl.startsWith(`${root()}data/`), file).toBe(true);
      const validate = validator.getSchema(schemaUrl);
      expect(validate, `${file} names ${schemaUrl}`).toBeDefined();
      expect(validate?.(data), `${file}: ${JSON.stringify(validate?.errors)}`).toBe(true);
    }
  });

  it("publishes an Atom feed of the published reviews, newest first, and one per partnership", () => {
    const text = read(site(), "feed.xml");
    expect(atomProblems(text)).toEqual([]);
    const published = (
      readJson(site(), "data/all.json") as { partnerships: { reviews: { status: string; url: string }[] }[] }
    ).partnerships
      .flatMap((partnership) => partnership.reviews)
      .filter((review) => review.status === "published");
    const entries = feedEntries(text);
    expect(entries.map((entry) => entry.id).sort()).toEqual(published.map((review) => review.url).sort());
    const updated = entries.map((entry) => entry.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feedUpdated(text)).toBe(updated[0]);
    const pages = new Set(builtPages(site()).map((path) => `${root()}${path}`));
    expect(entries.filter((entry) => !pages.has(entry.id))).toEqual([]);
    for (const file of openDataFiles(site()).filter((path) => path.endsWith("/feed.xml"))) {
      expect(atomProblems(read(site(), file)), file).toEqual([]);
    }
  });

  it("lists exactly the built pages but the chart embeds in the sitemap, dated where known, with absolute addresses, and points robots.txt at it", () => {
    const index = parseXml(read(site(), "sitemap-index.xml")).documentElement as Element;
    expect([index.namespaceURI, index.localName]).toEqual([SITEMAP, "sitemapindex"]);
    const parts = children(index, SITEMAP, "sitemap").map(
      (part) => children(part, SITEMAP, "loc")[0]?.textContent ?? "",
    );
    expect(parts).toEqual([`${root()}sitemap-0.xml`]);
    const urlset = parseXml(read(site(), "sitemap-0.xml")).documentElement as Element;
    expect([urlset.namespaceURI, urlset.localName]).toEqual([SITEMAP, "urlset"]);
    const entries = children(urlset, SITEMAP, "url").map((url) => ({
      loc: children(url, SITEMAP, "loc")[0]?.textContent ?? "",
      lastmod: children(url, SITEMAP, "lastmod")[0]?.textContent,
    }));
    expect(entries.map((entry) => entry.loc).sort()).toEqual(
      builtPages(site())
        .filter((path) => !path.includes("/charts/"))
        .map((path) => `${root()}${path}`)
        .sort(),
    );
    const reviews = entries.filter((entry) => /\/reviews\/[a-z0-9-]+\/$/.test(entry.loc));
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.filter((entry) => !/^\d{4}-\d{2}-\d{2}/.test(entry.lastmod ?? ""))).toEqual([]);
    expect(read(site(), "robots.txt")).toContain(`Sitemap: ${root()}sitemap-index.xml`);
  });

  it("uses absolute addresses under the base path everywhere", () => {
    for (const file of openDataFiles(site())) {
      const urls = read(site(), file).match(/https?:\/\/[^\s"<>,)]+/g) ?? [];
      // The site's origin on its own is no address: the print style sheet of an HTML page in data/ puts it before each
      // link's path (src/layouts/BaseLayout.astro), which already holds the base path.
      const own = urls.filter((url) => url.startsWith(site().origin) && url !== site().origin);
      expect(
        own.filter((url) => !url.startsWith(root())),
        file,
      ).toEqual([]);
    }
  });

  it("leaves nothing unpublished in any open data file", () => {
    const leaks = openDataFiles(site()).flatMap((file) =>
      [...read(site(), file).matchAll(/(LEAK|WITHDRAWN)-[A-Z-]+/g)].map((match) => `${file}: ${match[0]}`),
    );
    expect(leaks).toEqual([]);
  });

  it("has a valid open data page with no broken link, showing the licence, attribution and build date", async () => {
    // html-validate and the links here for the fixtures' sites. dist.test.ts checks every page of the sample site, at
    // the root and under a base path, its open data pages among them (and with the Nu Html Checker at the root):
    // checking its 150 pages again here only to look at data/ took about 9 s of CPU for each.
    if (!site().checkedByDist) {
      const problems = await checkDist(site().dir, site().base, { nu: false });
      expect(problems.filter((problem) => problem.page.startsWith("data/"))).toEqual([]);
    }
    const page = parseHtml(read(site(), "data/index.html"));
    const text = page.querySelector("main")?.text ?? "";
    expect(text).toContain("Contains public sector information licensed under the Open Government Licence v3.0.");
    expect(page.querySelector('main time[datetime="2026-11-27"]')).not.toBeNull();
    for (const file of CSV_FILES)
      expect(page.querySelector(`#columns-${file.replace(/\.csv$/, "")}`), file).not.toBeNull();
    // calendar.json is listed with its schema and its field dictionary.
    expect(page.querySelector('main a[href$="data/calendar.json"]')).not.toBeNull();
    expect(page.querySelector('main a[href$="data/calendar.schema.json"]')).not.toBeNull();
    expect(page.querySelector("#fields-calendar")).not.toBeNull();
  });
});

describe("the extended leaks site's downloads", () => {
  const site = (): SiteCase => siteCase("extended leaks, under a base path");

  it("neutralises spreadsheet formulas and keeps commas, quotes and line breaks in one cell", () => {
    const comments = parseCsvFile(site(), "ratings.csv").rows.map((row) => row["comment"]);
    expect(comments).toContain("'=SUM(A1)");
    expect(comments).toContain('Slow, "but" improving,\nslowly');
    expect(parseCsvFile(site(), "risks.csv").rows.map((row) => row["title"])).toContain("'+Quick wins first");
    expect(parseCsvFile(site(), "good-practice.csv").rows.map((row) => row["title"])).toEqual(["'@Joint tasking"]);
  });

  it("writes amounts as plain numbers and dates as ISO 8601", () => {
    const costs = parseCsvFile(site(), "costs-benefits.csv").rows;
    expect(costs.map((row) => [row["amount"], row["description"]])).toEqual([
      ["125000.5", "Shared analysts"],
      ["", "'-Fewer repeat calls"],
    ]);
    const partnerships = parseCsvFile(site(), "partnerships.csv").rows;
    expect(partnerships.map((row) => [row["partnership_slug"], row["annual_value"], row["start_date"]])).toEqual([
      ["community-safety", "400000", "1999-04-01"],
      ["shared-legal", "", "2020-04-01"],
    ]);
  });

  it("lists the withdrawn review with its reason in reviews.csv, and leaves it out of the feeds", () => {
    const reviews = parseCsvFile(site(), "reviews.csv").rows;
    expect(
      reviews.map((row) => [row["review_id"], row["status"], row["withdrawn_date"], row["withdrawn_reason"]]),
    ).toEqual([
      ["2025-review", "published", "", ""],
      ["2024-annual", "published", "", ""],
      ["2025-annual", "published", "", ""],
      ["2025-withdrawn", "withdrawn", "2025-11-15", "The figures were wrong."],
    ]);
    expect(read(site(), "feed.xml")).not.toContain("2025-withdrawn");
    expect(read(site(), "partnerships/shared-legal/feed.xml")).not.toContain("2025-withdrawn");
  });

  it("lists in calendar.json the published meeting's dates only, never the draft or embargoed meeting's", () => {
    const calendar = readJson(site(), "data/calendar.json") as { events: { uid: string; date: string }[] };
    // Built on 27 November 2026, so from 27 November 2025: the published resolution sc-2025-03-01 (due 30 September
    // 2025) is before that; the draft meeting's (due 31 January 2026) and the embargoed one's (30 September 2026)
    // would be listed if they leaked.
    expect(calendar.events.length).toBeGreaterThan(0);
    const uids = calendar.events.map((event) => event.uid);
    expect(uids.filter((uid) => /sc-2025-11-01|sc-2026-06-01/.test(uid))).toEqual([]);
    // Each partnership's next review is all that falls due from then on.
    expect(uids.map((uid) => uid.split("@")[0])).toEqual([
      "review-due.community-safety.nextReview",
      "review-due.shared-legal.nextReview",
    ]);
  });

  it("gives recommendations their current status from published reviews only", () => {
    expect(parseCsvFile(site(), "recommendations.csv").rows).toEqual([
      expect.objectContaining({
        recommendation_id: "min-2024-01",
        status_as_made: "open",
        current_status: "in-progress",
        overdue: "true",
        status_updated_by_review_id: "2025-annual",
        status_updated_date: "2025-09-30",
        status_note: "Measures drafted.",
      }),
    ]);
  });
});

describe("the open data page in a browser", () => {
  it("has no axe-core WCAG 2.2 AA violation and does not scroll sideways at 320 px", async () => {
    const site = siteCase("minimal");
    const browser = await sharedBrowser();
    const server = await serveStatic(site.dir, site.base);
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    try {
      await page.goto(`${server.url}data/`);
      expect(await axeViolations(page)).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

// Issue 28's done-when: each reader's four tasks performed in Chromium, on the sample and on one generated site. Each
// task starts on the home page, follows only links found by their role and visible name, makes at most three
// navigations, and finds its answer within two screens. The expected answers are written out by hand; the tracker's
// statuses are held to data/recommendations.csv, the open data the tracker is meant to agree with.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import type { Locator, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { generateSyntheticContent } from "../../scripts/generate/synthetic-content.ts";
import { buildSite, OUTPUT } from "../support/built-site.ts";
import { useServedSite } from "../support/served-site.ts";
import { SITE } from "./sites.ts";

const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 800 };

/** What each task expects of one site, written out by hand from the built pages. */
interface Expected {
  /** The partnerships on the home page's needs-attention list, in order, each with its first reason when given. */
  attention: ([name: string, reason: string] | string)[];
  /** The first partnership needing attention: its "Ask first" question and the questions link's name. */
  worst: { name: string; question: string; questionsLink: string; evidence: string };
  /** The waste partnership: its name, and the answers to "Is it working?" and "Cost to the council". */
  waste: { name: string; working: string; cost: string };
  /** A keyword for the tracker, and the recommendations it shows, by id. */
  keyword: string;
  matches: string[];
  /** What the officer on a phone types into search for the same recommendations (quotes for the word as written). */
  query: string;
  /** The search page's count of what it found. */
  found: string;
}

const SAMPLE: Expected = {
  attention: [
    ["Kestrel Environmental Services Ltd", "Limited assurance from the 2023 review"],
    ["Revenues and Benefits Contract", "A current risk scores 15 out of 25"],
    ["Kestrelford and Harrowby Shared Management Team", "A current risk scores 16 out of 25"],
    ["Wenmoor Building Control Partnership", "A current risk scores 16 out of 25"],
    ["Kestrelford Voluntary and Community Sector Partnership", "A current risk scores 16 out of 25"],
    ["Wenmoor Climate Compact", "One overdue recommendation"],
    [
      "Kestrelford and Harrowby Shared Legal Service",
      "Notice must be given by 31 March 2027 for the break clause on 31 March 2028",
    ],
  ],
  worst: {
    name: "Kestrel Environmental Services Ltd",
    question:
      "Limited assurance from the 2023 review. What will the Director of Place and Environment do to strengthen control, and when will it be tested again?",
    questionsLink: "All eleven questions, with the evidence",
    evidence: "The 2023 review",
  },
  waste: {
    name: "Kestrel Environmental Services Ltd",
    working: "Cooperating, where the target is Collaborating: one level below target. Medium confidence.",
    cost: "£4,725,000 a year, what the council pays. The whole partnership: £9,450,000 a year, all partners together.",
  },
  // "Data sharing" and "information sharing" agreements: the sample's recommendations about sharing information.
  keyword: "sharing",
  matches: ["kbc-2020-vcs-02", "kbc-2026-csp-02"],
  // Unquoted, "sharing" finds "shared" too (shared services, shared management): quotes ask for the word as written.
  query: '"sharing"',
  found: '2 recommendations for "sharing"',
};

const GENERATED: Expected = {
  attention: [
    "Ashford Community Safety Partnership",
    "Weston Shared Legal Service",
    "Bradwick Leisure Trust",
    "Hartbury Waste Partnership",
    "Hartham Building Control Partnership",
    "Oakford Revenues and Benefits Partnership",
  ],
  worst: {
    name: "Ashford Community Safety Partnership",
    question:
      "A current risk scores 20 out of 25: Budgets set by each partner no longer match the demand the partnership is asked to meet. What is the Monitoring Officer doing to bring it down, and by when?",
    questionsLink: "All six questions, with the evidence",
    evidence: "Budgets set by each partner no longer match the demand the partnership is asked to meet",
  },
  waste: {
    name: "Hartbury Waste Partnership",
    working:
      "Cooperating, where the target is Networking: two levels above target (more joint working than its purpose needs). Medium confidence.",
    cost: "Not published. The whole partnership: £790,000 a year, all partners together.",
  },
  keyword: "exit arrangements",
  matches: [
    "sta-2024-leisure-bradwick-02",
    "sta-2024-waste-hartbury-02",
    "sta-2021-waste-hartbury-03",
    "sta-2025-revenues-benefits-oakford-01",
    "sta-2022-ict-penley-02",
  ],
  query: "exit arrangements",
  found: "5 recommendations for “exit arrangements”",
};

/** The tracker's words for the statuses of data/recommendations.csv's current_status column. */
const STATUS_WORDS: Record<string, string> = {
  open: "Open",
  "in-progress": "In progress",
  implemented: "Implemented",
  "not-accepted": "Not accepted",
  superseded: "Superseded",
};

/** One small generated site, built once for this file: eight partnerships of two reviews each. */
function buildGenerated(): string {
  const { files, summary } = generateSyntheticContent({ partnerships: 8, reviews: 2, seed: 1 });
  const contentDir = resolve(OUTPUT, "content", "reader-tasks");
  rmSync(contentDir, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(contentDir, file.path)), { recursive: true });
    writeFileSync(join(contentDir, file.path), file.text);
  }
  return buildSite("reader-tasks", contentDir, { SOURCE_DATE_EPOCH: String(summary.sourceDateEpoch) });
}

/** The two sites the readers use, each served with a tab of its own that every reader of that site loads into. */
const SITES = { sample: SITE, generated: buildGenerated() } as const;
const served = { sample: useServedSite(SITES.sample), generated: useServedSite(SITES.generated) } as const;
/** The current reader's tab and count of loads, listening to the tab until the test ends. */
let counting: { tab: Page; listener: () => void } | undefined;

afterEach(() => {
  counting?.tab.off("domcontentloaded", counting.listener);
  counting = undefined;
});

/** A reader's tab on the home page, counting the documents it loads: the home page is the first navigation. */
interface Reader {
  tab: Page;
  navigations: () => number;
}

async function startReader(site: keyof typeof SITES, viewport: { width: number; height: number }): Promise<Reader> {
  const tab = await served[site].tab(viewport);
  let loads = 0;
  // A new document each time: following a link to another page, or a form sent to the server; a link to a fragment
  // of the same page, or a filter that only updates the address, loads none.
  counting = { tab, listener: () => loads++ };
  tab.on("domcontentloaded", counting.listener);
  await tab.goto(served[site].url);
  await tab.waitForLoadState("networkidle");
  return { tab, navigations: () => loads };
}

/** Follows a link and waits for what it opens to settle. */
async function follow(reader: Reader, link: Locator): Promise<void> {
  await link.click();
  await reader.tab.waitForLoadState("networkidle");
}

/** How far down the page, from the document's top, the element ends, in px. */
function bottomOnPage(element: Locator): Promise<number> {
  return element.evaluate((node) => node.getBoundingClientRect().bottom + window.scrollY);
}

/** How far below the top of the window, as scrolled now, the element ends, in px. */
function bottomInWindow(element: Locator): Promise<number> {
  return element.evaluate((node) => node.getBoundingClientRect().bottom);
}

/** The answer beside a key of the partnership page's summary at the top. */
function glanceAnswer(tab: Page, key: string): Locator {
  return tab.locator("dl.app-glance .govuk-summary-list__row", { hasText: key }).locator("dd");
}

async function text(element: Locator): Promise<string> {
  return ((await element.textContent()) ?? "").replace(/\s+/g, " ").trim();
}

for (const [site, expected] of [
  ["sample", SAMPLE],
  ["generated", GENERATED],
] as const) {
  describe(`the four reader tasks on the ${site} site`, () => {
    it("councillor at 375 × 667: which partnerships need attention, and why, on the home page within two screens", async () => {
      const reader = await startReader(site, PHONE);
      const list = reader.tab.getByRole("region", { name: "Needs attention" });
      const items = list.locator("li.app-attention__item");
      const found: Expected["attention"] = [];
      const beyond: string[] = [];
      for (const item of await items.all()) {
        const name = await text(item.locator(":scope > a"));
        // The most serious reason's finding: its headline, or the reason itself when it has no detail.
        const reason = item.locator(".app-attention__headline, :scope > ul.app-attention__reasons > li").first();
        const first = await text(reason);
        found.push(typeof expected.attention[found.length] === "string" ? name : [name, first]);
        expect(first, name).not.toBe("");
        if ((await bottomOnPage(reason)) > 2 * PHONE.height) beyond.push(name);
      }
      expect(found).toEqual(expected.attention);
      // Every partnership and its most serious reason's finding end within 2 × 667 px.
      expect(beyond).toEqual([]);
      expect(reader.navigations()).toBe(1);
    });

    it("councillor at 375 × 667: what to ask about the worst one, with its evidence, in three navigations", async () => {
      const reader = await startReader(site, PHONE);
      const list = reader.tab.getByRole("region", { name: "Needs attention" });
      await follow(reader, list.getByRole("link", { name: expected.worst.name, exact: true }));
      expect(reader.navigations()).toBe(2);
      const ask = glanceAnswer(reader.tab, "Ask first");
      expect(await text(ask)).toBe(`${expected.worst.question} ${expected.worst.questionsLink}`);
      expect(await bottomOnPage(ask)).toBeLessThanOrEqual(2 * PHONE.height);
      await follow(reader, ask.getByRole("link", { name: expected.worst.questionsLink, exact: true }));
      expect(new URL(reader.tab.url()).hash).toBe("#section-questions");
      // The question heads the list it opens on, with the evidence behind it, within two screens of the anchor.
      const first = reader.tab.locator("#section-questions ~ ol.app-questions > li").first();
      expect(await text(first.locator("p").first())).toBe(expected.worst.question);
      const evidence = first.getByRole("link", { name: expected.worst.evidence, exact: true });
      expect(await evidence.isVisible()).toBe(true);
      expect(await bottomInWindow(evidence)).toBeLessThanOrEqual(2 * PHONE.height);
      expect(reader.navigations()).toBeLessThanOrEqual(3);
    });

    it("member of the public at 375 × 667: is the waste partnership working, and what does it cost", async () => {
      const reader = await startReader(site, PHONE);
      const nav = reader.tab.getByRole("navigation", { name: "Main" });
      await nav.getByRole("button", { name: "Menu" }).click();
      await follow(reader, nav.getByRole("link", { name: "Partnerships", exact: true }));
      await follow(reader, reader.tab.getByRole("main").getByRole("link", { name: expected.waste.name, exact: true }));
      expect(reader.navigations()).toBeLessThanOrEqual(3);
      const working = glanceAnswer(reader.tab, "Is it working?");
      const cost = glanceAnswer(reader.tab, "Cost to the council");
      expect(await text(working)).toBe(expected.waste.working);
      expect(await text(cost)).toBe(expected.waste.cost);
      expect(await bottomOnPage(cost)).toBeLessThanOrEqual(2 * PHONE.height);
    });

    it("officer at 375 × 667: search narrowed to recommendations lists them with the tracker's statuses", async () => {
      const reader = await startReader(site, PHONE);
      await reader.tab.getByRole("button", { name: "Menu" }).click();
      const nav = reader.tab.getByRole("navigation", { name: "Main" });
      await follow(reader, nav.getByRole("link", { name: "Search", exact: true }));
      // The filters open and close under one toggle on a phone; the officer closes them again to read the results.
      const filters = reader.tab.getByText("Filter results");
      await filters.click();
      await reader.tab.getByRole("combobox", { name: "Show" }).selectOption({ label: "Recommendations only" });
      await filters.click();
      const box = reader.tab.getByRole("searchbox", { name: "Search partnerships, reviews and recommendations" });
      await box.fill(expected.query);
      await box.press("Enter");
      await reader.tab.waitForURL((address) => address.searchParams.get("q") === expected.query);
      const results = reader.tab.locator("#search-results > li.app-search-result");
      await results.first().waitFor();
      // The first results show before the rest are read; the count is announced once every line is in.
      await reader.tab.waitForFunction(
        (query) => document.getElementById("search-status")?.textContent?.includes(query) ?? false,
        expected.query,
      );
      await reader.tab.waitForLoadState("networkidle");
      expect(reader.navigations()).toBeLessThanOrEqual(3);
      expect(await reader.tab.locator("#search-status").innerText()).toBe(expected.found);

      const found = await results.evaluateAll((all) =>
        all.map((result) => ({
          title: (result.querySelector("h2")?.textContent ?? "").replace(/\s+/g, " ").trim(),
          bottom:
            result.getBoundingClientRect().bottom -
            (document.getElementById("search-query")?.getBoundingClientRect().top ?? 0),
        })),
      );
      // A title reads "<its words…> (recommendation <id>): <status>, as at <date>", as the tracker gives them.
      const shown = found.map(({ title }) => {
        const [, id = "", status = "", asAt = ""] = /\(recommendation ([^)]+)\): (.+), as at (.+)$/.exec(title) ?? [];
        return { id, status, asAt };
      });
      expect(shown.map((result) => result.id).sort()).toEqual([...expected.matches].sort());
      const records = parseCsv(readFileSync(join(SITES[site], "data/recommendations.csv")), {
        columns: true,
        bom: true,
      }) as Record<string, string>[];
      const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });
      const inCsv = new Map(
        records.map((record) => [
          record["recommendation_id"],
          {
            status: STATUS_WORDS[record["current_status"] ?? ""],
            asAt: longDate.format(new Date(`${record["status_as_at_date"]}T00:00:00Z`)),
          },
        ]),
      );
      expect(shown).toEqual(shown.map((result) => ({ id: result.id, ...inCsv.get(result.id) })));
      // Every one ends within two screens of the search box, where the officer typed.
      expect(found.filter((result) => result.bottom > 2 * PHONE.height).map((result) => result.title)).toEqual([]);
    });

    it("officer at 1280 px: every recommendation on a subject, with statuses matching data/recommendations.csv", async () => {
      const reader = await startReader(site, DESKTOP);
      const nav = reader.tab.getByRole("navigation", { name: "Main" });
      await follow(reader, nav.getByRole("link", { name: "Recommendations", exact: true }));
      const keyword = reader.tab.getByRole("searchbox", { name: "Keyword" });
      await keyword.fill(expected.keyword);
      await keyword.press("Enter");
      await reader.tab.waitForURL((address) => address.searchParams.get("q") === expected.keyword);
      await reader.tab.waitForLoadState("networkidle");
      expect(reader.navigations()).toBeLessThanOrEqual(3);

      const rows = reader.tab.locator("#tracker tbody tr:not([hidden]):not([data-group-row])");
      const shown = await rows.evaluateAll((all) =>
        all.map((row) => ({
          id: row.id.replace(/^rec-/, ""),
          text: (row.textContent ?? "").toLowerCase(),
          status: row.querySelector(".govuk-tag")?.textContent?.trim() ?? "",
          asAt: row.querySelector("td time")?.getAttribute("datetime") ?? "",
          bottom:
            row.getBoundingClientRect().bottom -
            (document.getElementById("tracker-filters-q")?.getBoundingClientRect().top ?? 0),
        })),
      );
      expect(shown.map((row) => row.id)).toEqual(expected.matches);
      for (const row of shown) expect(row.text, row.id).toContain(expected.keyword);

      const csvFile = join(SITES[site], "data/recommendations.csv");
      const records = parseCsv(readFileSync(csvFile), { columns: true, bom: true }) as Record<string, string>[];
      const inCsv = new Map(
        records.map((record) => [
          record["recommendation_id"],
          { status: STATUS_WORDS[record["current_status"] ?? ""], asAt: record["status_as_at_date"] },
        ]),
      );
      expect(shown.map((row) => ({ id: row.id, status: row.status, asAt: row.asAt }))).toEqual(
        shown.map((row) => ({ id: row.id, ...inCsv.get(row.id) })),
      );
      // The keyword field is within the page's first two screens, and every row it shows ends within two screens of
      // it, where the officer typed: the filtered tracker sets its rows close together (the generated site's last two
      // ended 1,669 and 1,910 px below the field before it did).
      const field = await reader.tab
        .locator("#tracker-filters-q")
        .evaluate((input) => input.getBoundingClientRect().bottom + window.scrollY);
      expect(field).toBeLessThanOrEqual(2 * DESKTOP.height);
      expect(shown.filter((row) => row.bottom > 2 * DESKTOP.height).map((row) => row.id)).toEqual([]);
    });
  });
}

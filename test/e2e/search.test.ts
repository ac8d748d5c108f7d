import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { ConsoleMessage, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/browse/static-server.ts";
import { axeViolations } from "../support/browser.ts";
import { ROOT } from "../support/built-site.ts";
import { useServedSite } from "../support/served-site.ts";
import { BASE_PATH, SITE, SITE_UNDER_BASE } from "./sites.ts";

/** Words of the sample content that appear only where nothing may be published, and the file each is in. */
const PRIVATE_WORDS: [where: string, word: string, file: string][] = [
  // "wrenfield", not "sensitive": the pages say a factor is "sensitive to weighting" (content model version 3).
  ["a draft review", "wrenfield", "reviews/neighbourhood-hub/2026-readiness.md"],
  ["an embargoed review", "privilege", "reviews/shared-management/2026-independent.md"],
  ["internal notes", "transcribed", "reviews/kestrel-waste/2023-audit-revised.md"],
];

/** Returns the content files, other than `except`, whose text contains `word`. */
function filesWith(word: string, except?: string): string[] {
  const dir = resolve(ROOT, "content");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(md|mdx|json)$/.test(file) && file !== except)
    .filter((file) => new RegExp(`\\b${word}`, "i").test(readFileSync(join(dir, file), "utf8")));
}

const served = useServedSite(SITE);
let page: Page;

/** Opens the search page at `query` and waits until the result count is announced. */
async function search(query: string, site = served.url): Promise<Page> {
  page = await served.tab({ width: 1024, height: 900 });
  await page.goto(`${site}search/${query}`);
  await page.waitForFunction(() =>
    /result|Enter words|recommendation|resolution/.test(document.getElementById("search-status")?.textContent ?? ""),
  );
  // The filters come after the first results.
  await page.locator("#search-filters[data-ready]").waitFor({ state: "attached" });
  return page;
}

function status(): Promise<string> {
  return page.locator("#search-status").innerText();
}

/** Returns the number of results the status gives: exact, or "Up to" that many while some pages are still unread. */
async function resultCount(): Promise<number> {
  return Number(/(\d+) results?/.exec(await status())?.[1] ?? Number.NaN);
}

function hrefsOfResults(): Promise<string[]> {
  return page
    .locator(".app-search-result__link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

function titles(): Promise<string[]> {
  return page.locator(".app-search-result__title").allInnerTexts();
}

describe("the search page", () => {
  it("finds the review that talks about vaccination first", async () => {
    await search("?q=vaccination");
    expect((await titles())[0]).toBe("Kestrelford Leisure Trust: independent review after the pandemic, 2022");
    expect(await status()).toMatch(/^\d+ results? for “vaccination”$/);
  });

  it("lands a recommendation's words on that recommendation's permanent anchor, within its review's result", async () => {
    await search("?q=dashboard");
    const parts = await page
      .locator(".app-search-result__part-link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(
      parts.filter((href) => /^\/partnerships\/[a-z0-9-]+\/reviews\/[a-z0-9-]+\/#rec-[a-z0-9-]+$/.test(href)),
    ).not.toEqual([]);
    // A part lies on its result's page.
    const results = await page.locator(".app-search-result").evaluateAll((items) =>
      items.map((item) => ({
        page: item.querySelector(".app-search-result__link")?.getAttribute("href") ?? "",
        parts: [...item.querySelectorAll(".app-search-result__part-link")].map((a) => a.getAttribute("href") ?? ""),
      })),
    );
    for (const result of results)
      for (const part of result.parts) expect(part.startsWith(`${result.page}#`)).toBe(true);
  });

  it("narrows the results and the counts with each filter, and shows the active filter", async () => {
    await search("?q=partnership");
    const before = await status();
    const all = await resultCount();
    const reviewCount = Number(
      (await page.locator('label[for^="filter-type-"]', { hasText: "Review" }).innerText()).match(/\((\d+)\)/)?.[1],
    );
    await page.getByLabel(/^Review \(\d+\)$/).check();
    await page.waitForFunction((text) => document.getElementById("search-status")?.textContent !== text, before);
    // "Up to" while pages beyond the first twenty are unread: none is found not to hold the word.
    expect(await status()).toMatch(
      new RegExp(`^(Up to )?${reviewCount} results for “partnership” with the chosen filters$`),
    );
    expect(reviewCount).toBeLessThan(all);
    expect(page.url()).toContain("type=review");
    expect(await page.locator(".app-search-active__remove").allInnerTexts()).toEqual([
      "Remove filter: Content type: Review",
    ]);
    const facts = await page.locator(".app-search-result__facts").allInnerTexts();
    expect(facts.every((fact) => fact.startsWith("Review"))).toBe(true);
  });

  it("finds a word that appears only in table cells, which the compressed HTML runs into its neighbours", async () => {
    // "Likelihood" is a column header of the risk tables, built as <th>Category</th><th>Likelihood</th>.
    await search("?q=likelihood");
    expect(await resultCount()).toBeGreaterThan(1);
  });

  it("finds several partnerships for “perception gap”, a finding shown in their factor tables", async () => {
    await search("?q=perception%20gap");
    const hrefs = await page
      .locator(".app-search-result__link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const partnerships = new Set(hrefs.flatMap((href) => href.match(/^\/partnerships\/([a-z0-9-]+)\//)?.[1] ?? []));
    expect(partnerships.size).toBeGreaterThanOrEqual(5);
  });

  it("finds the comparison and methodology pages, filed under their own content type", async () => {
    await search("?q=measurement&type=comparison");
    const hrefs = await page
      .locator(".app-search-result__link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith("/compare/"))).toBe(true);
    await search("?q=triangulation&type=methodology");
    expect(await titles()).toEqual(["Methodology"]);
  });

  it("leads a recommendation's part of a result with its words, then its id and its status now, as the tracker has it", async () => {
    await search("?q=dashboard");
    const recommendations = await page.locator('.app-search-result__part-link[href*="#rec-"]').allInnerTexts();
    expect(recommendations.length).toBeGreaterThan(0);
    // The tracker, in the same tab: the results have been read.
    await page.goto(`${served.url}recommendations/`);
    for (const title of recommendations) {
      const parts = /^[A-Z][^(]+ \(recommendation ([a-z0-9-]+)\): (.+), (as at \d{1,2} [A-Z][a-z]+ \d{4})$/.exec(title);
      expect(parts, title).not.toBeNull();
      const [, id, status, asAt] = parts ?? [];
      // The tracker's row for the same recommendation: its status tag and its "as at" date.
      const row = page.locator(`tr#rec-${id ?? ""}`);
      expect((await row.locator(".govuk-tag").innerText()).trim(), title).toBe(status);
      expect((await row.locator('td[data-label="Status now"] > time').innerText()).trim(), title).toBe(asAt);
    }
  });

  it('ranks a partnership\'s own page first for "overdue", and the methodology below the top three', async () => {
    await search("?q=overdue");
    const hrefs = await page
      .locator(".app-search-result__link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    // Before the methodology and the comparison counted words at half weight, the methodology came first.
    expect(hrefs[0]).toBe("/partnerships/kestrel-waste/");
    expect(hrefs.indexOf("/methodology/")).toBeGreaterThanOrEqual(3);
  });

  it("sends a search's words to the tracker, where recommendations show with their status now", async () => {
    await search("?q=sharing");
    const link = page.getByRole("link", {
      name: "In the tracker, by status",
    });
    expect(await link.getAttribute("href")).toBe("/recommendations/?q=sharing");
    await link.click();
    await page.waitForURL(/\/recommendations\/\?q=sharing$/);
    const rows = page.locator("#tracker tbody tr:not([hidden]):not([data-group-row])");
    await rows.first().waitFor();
    // The sample's two recommendations about data sharing, with the tracker's status.
    expect(await rows.evaluateAll((all) => all.map((row) => row.id))).toEqual([
      "rec-kbc-2020-vcs-02",
      "rec-kbc-2026-csp-02",
    ]);
  });

  it("narrows to recommendations and by status, in the URL, each with its status as the tracker has it", async () => {
    await search("?q=sharing&kind=recommendation");
    expect(await page.getByLabel("Show", { exact: true }).inputValue()).toBe("recommendation");
    const found = await page
      .locator(".app-search-result__link")
      .evaluateAll((links) =>
        links.map((link) => ({ href: link.getAttribute("href") ?? "", title: link.textContent ?? "" })),
      );
    // Each result is one recommendation on its permanent anchor, none a page or a section of one.
    expect(found.length).toBeGreaterThanOrEqual(20);
    expect(
      found.filter(({ href }) => !/^\/partnerships\/[a-z0-9-]+\/reviews\/[a-z0-9-]+\/#rec-[a-z0-9-]+$/.test(href)),
    ).toEqual([]);
    expect(await status()).toMatch(/^At least \d+ recommendations for “sharing”$/);
    await page.getByLabel("Status", { exact: true }).selectOption("overdue");
    await page.waitForURL((address) => address.searchParams.get("status") === "overdue");
    await page.waitForFunction(() => /overdue$/.test(document.getElementById("search-status")?.textContent ?? ""));
    expect(page.url()).toContain("?q=sharing&kind=recommendation&status=overdue");
    // The sample's one overdue recommendation about sharing: the shared management team's capacity.
    expect(await status()).toBe("1 recommendation for “sharing”, status overdue");
    expect(await hrefsOfResults()).toEqual(["/partnerships/shared-management/reviews/2023-peer/#rec-kbc-2023-mgmt-02"]);
    expect(await page.locator(".app-search-result__facts").allInnerTexts()).toEqual([
      "Recommendation · Kestrelford and Harrowby Shared Management Team · Overdue · Not updated lately",
    ]);

    // Each one's status and "as at" date are the tracker row's, and the overdue one is overdue there (in the same tab).
    await page.goto(`${served.url}recommendations/`);
    for (const { href, title } of found) {
      const id = href.split("#rec-")[1] ?? "";
      const parts = /^[A-Z][^(]+ \(recommendation ([a-z0-9-]+)\): (.+), (as at \d{1,2} [A-Z][a-z]+ \d{4})$/.exec(title);
      expect(parts?.slice(1), title).toEqual([id, expect.any(String), expect.any(String)]);
      const row = page.locator(`tr#rec-${id}`);
      expect((await row.locator(".govuk-tag").innerText()).trim(), title).toBe(parts?.[2]);
      expect((await row.locator('td[data-label="Status now"] > time').innerText()).trim(), title).toBe(parts?.[3]);
    }
    expect(await page.locator("tr#rec-kbc-2023-mgmt-02").getAttribute("data-filter-status")).toBe(
      "in-progress|overdue|stale",
    );
  });

  it("does not take “informal” for “information”, though Pagefind's stemmer gives both the stem “inform”", async () => {
    // The 2024 review of the revenues and benefits contract speaks of "informal" arrangements nine times; Pagefind
    // matched it for "information" by those words alone, as it did the risk register, the contract's page and the
    // 2019 peer review of the shared management team ("informally").
    const informal = [
      "/partnerships/revenues-benefits/reviews/2024-independent/",
      "/partnerships/revenues-benefits/",
      "/risks/",
      "/partnerships/shared-management/reviews/2019-peer/",
    ];
    const review = readFileSync(
      join(SITE, "partnerships/revenues-benefits/reviews/2024-independent/index.html"),
      "utf8",
    );
    expect(review.match(/\binformal\b/gi)?.length).toBeGreaterThanOrEqual(9);
    await search("?q=information");
    // 16 before issue 25 left the good practice page's items to the reviews that record them.
    expect(await status()).toBe("15 results for “information”");
    const hrefs = await hrefsOfResults();
    expect(hrefs.filter((href) => informal.includes(href))).toEqual([]);
    expect(hrefs).toContain("/partnerships/community-safety/reviews/2026-independent/");
    // Nor is "informal" highlighted where a page holds both.
    const marked = await page.locator("#search-results mark").allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((word) => !/^information/i.test(word))).toEqual([]);
    await search("?q=informal");
    expect(await hrefsOfResults()).toContain(informal[0]);
  });

  it("offers no filter value that would find nothing", async () => {
    await search("?q=vaccination");
    // What a reader sees, not only what the script marks: GOV.UK's display: flex once showed the hidden values.
    const offered = await page.locator("#search-filters .govuk-checkboxes__item label:visible").allInnerTexts();
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.filter((label) => label.endsWith("(0)"))).toEqual([]);
    expect(await page.locator("#search-filters .govuk-checkboxes__item:not(:visible)").count()).toBeGreaterThan(0);
  });

  /**
   * Loads the search page for `query` into the file's tab, holding back its requests for `files` after the first
   * `free` until `check` calls release, and returns once `check` has run. While a route is set, Playwright turns the
   * tab's cache off, so every file is fetched as on a first visit; the route and any request it holds end with the
   * test, pass or fail, so a failure here cannot leave the next test waiting on Pagefind's files.
   */
  async function holdingBack(
    files: string,
    free: number,
    query: string,
    check: (release: () => void) => Promise<void>,
  ): Promise<void> {
    page = await served.tab({ width: 1024, height: 900 });
    let asked = 0;
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(files, async (route) => {
      asked += 1;
      if (asked > free) await held;
      await route.continue();
    });
    try {
      await page.goto(`${served.url}search/${query}`);
      await check(release);
    } finally {
      release();
      await page.unrouteAll({ behavior: "ignoreErrors" });
    }
  }

  it("shows the first results before it loads every filter's counts, then offers the filters", async () => {
    // Every filter index is held back until the results have shown: the results must not wait for them.
    await holdingBack("**/pagefind/filter/*.pf_filter", 0, "?q=vaccination", async (release) => {
      await page.locator(".app-search-result__link").first().waitFor();
      expect(await page.locator("#search-filters input[type=checkbox]").count()).toBe(0);
      release();
      await page.locator("#search-filters[data-ready]").waitFor({ state: "attached" });
      expect(await page.locator("#search-filters .govuk-checkboxes__item label:visible").count()).toBeGreaterThan(0);
    });
  });

  it("shows the first five results once their pages are read, then adds the rest of the twenty below them", async () => {
    // Every page after the fifth is held back: the first results must not wait for them.
    await holdingBack("**/pagefind/fragment/*.pf_fragment", 5, "?q=partnership", async (release) => {
      await page.locator(".app-search-result__link").first().waitFor();
      const first = await hrefsOfResults();
      expect(first.length).toBe(5);
      // The count is announced once, with every line in.
      expect(await status()).toBe("");
      release();
      await page.locator("#search-filters[data-ready]").waitFor({ state: "attached" });
      const all = await hrefsOfResults();
      expect(all.length).toBe(20);
      expect(all.slice(0, 5)).toEqual(first);
      expect(await status()).toMatch(/^Up to \d+ results for “partnership”$/);
    });
  });

  it("keeps a usable search box and the filters behind one control at 320 px wide", async () => {
    page = await served.tab({ width: 320, height: 800 });
    await page.goto(`${served.url}search/?q=measurement`);
    await page.waitForFunction(() => /result/.test(document.getElementById("search-status")?.textContent ?? ""));
    await page.locator("#search-filters[data-ready]").waitFor({ state: "attached" });
    const box = await page.locator("#search-query").boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(200);
    expect(await page.locator("#search-filter-details").getAttribute("open")).toBeNull();
    expect(await page.locator("#search-filters").isVisible()).toBe(false);
    // The first result comes within two screens, after one "Filter results" control instead of all the filters.
    const first = await page.locator(".app-search-result").first().boundingBox();
    expect(first?.y).toBeLessThan(2 * 800);
    await page.getByText("Filter results").click();
    expect(await page.locator("#search-filters").isVisible()).toBe(true);
  });

  it("browses by filter with no words", async () => {
    await search("?form=shared-service");
    expect(await status()).toMatch(/^\d+ results with the chosen filters$/);
    expect(await page.locator("#search-query").inputValue()).toBe("");
  });

  it("restores the query and filters from the URL on reload, and the back button undoes a filter", async () => {
    await search("?q=delivery&type=review");
    const before = await status();
    await page.reload();
    await page.waitForFunction(() => /result/.test(document.getElementById("search-status")?.textContent ?? ""));
    expect(await status()).toBe(before);
    expect(await page.locator("#search-query").inputValue()).toBe("delivery");
    expect(await page.getByLabel(/^Review \(\d+\)$/).isChecked()).toBe(true);
    // A second filter, on another key: a value of one key with no results beside the chosen one is not offered.
    const year = page.locator('#search-filters input[name="year"]:visible').first();
    const value = await year.getAttribute("value");
    await year.check();
    await page.waitForURL(new RegExp(`year=${value}`));
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes("year="));
    await page.waitForFunction(
      (chosen) => !(document.querySelector(`input[name="year"][value="${chosen}"]`) as HTMLInputElement).checked,
      value,
    );
    expect(await page.getByLabel(/^Review \(\d+\)$/).isChecked()).toBe(true);
  });

  it.each(PRIVATE_WORDS)("finds nothing for a word that appears only in %s", async (_where, word, file) => {
    // The word is really in that private place, and nowhere else, so an empty result means it did not leak.
    expect(readFileSync(resolve(ROOT, "content", file), "utf8")).toMatch(new RegExp(`\\b${word}\\b`, "i"));
    expect(filesWith(word, file)).toEqual([]);
    await search(`?q=${word}`);
    expect(await status()).toBe(`No results for “${word}”`);
  });

  it("works with the keyboard alone: type, Tab to a result, Enter opens it", async () => {
    page = await served.tab({ width: 1024, height: 900 });
    await page.goto(`${served.url}search/`);
    await page.waitForFunction(() => /Enter words/.test(document.getElementById("search-status")?.textContent ?? ""));
    await page.locator("#search-filters[data-ready]").waitFor({ state: "attached" });
    await page.locator("#search-query").focus();
    await page.keyboard.type("vaccination");
    await page.keyboard.press("Enter");
    // The results for the whole word: a pause of 300 ms while typing searches for the letters typed so far, and its
    // results ("Kestrelford and Harrowby Shared Management Team" first, once) would otherwise count.
    await page.waitForFunction(() =>
      /results? for “vaccination”$/.test(document.getElementById("search-status")?.textContent ?? ""),
    );
    // From the search box: the button, then the filters, then the sort, then the first result.
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("app-search-result__link"))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Kestrelford Leisure Trust: independent review after the pandemic, 2022",
    );
    await Promise.all([page.waitForURL(/\/partnerships\/leisure-trust\/reviews\//), page.keyboard.press("Enter")]);
  });

  it("has no axe-core violation with results and an active filter shown", async () => {
    await search("?q=partnership&type=review");
    expect(await page.locator(".app-search-result").count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("says plainly that search needs JavaScript when it is off", async () => {
    const plain = await served.tab({ javaScript: false });
    await plain.goto(`${served.url}search/?q=delivery`);
    expect(await plain.locator("#search-needs-js").isVisible()).toBe(true);
    expect(await plain.locator("#search-needs-js a").first().getAttribute("href")).toBe("/partnerships/");
    // Recommendations by status are the tracker's, which lists them all without JavaScript.
    expect(
      await plain
        .locator("#search-needs-js")
        .getByRole("link", { name: "recommendations tracker" })
        .getAttribute("href"),
    ).toBe("/recommendations/");
  });

  it("works under a base path", async () => {
    const based = await serveStatic(SITE_UNDER_BASE, BASE_PATH);
    try {
      await search("?q=vaccination", based.url);
      const href = await page.locator(".app-search-result__link").first().getAttribute("href");
      expect(href?.startsWith(`${BASE_PATH}partnerships/leisure-trust/`)).toBe(true);
    } finally {
      await based.close();
    }
  });

  it("runs under the site's Content Security Policy without a violation", async () => {
    page = await served.tab();
    const violations: string[] = [];
    const listen = (message: ConsoleMessage): void => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    };
    page.on("console", listen);
    try {
      await page.goto(`${served.url}search/?q=vaccination`);
      await page.waitForFunction(() => /result/.test(document.getElementById("search-status")?.textContent ?? ""));
      await page.locator("#search-filters[data-ready]").waitFor({ state: "attached" });
    } finally {
      page.off("console", listen);
    }
    expect(violations).toEqual([]);
  });
});

/** Each indexed page's text as Pagefind holds it, by address, read back from the built index's fragment files. */
function indexedText(site: string): Map<string, string> {
  const dir = join(site, "pagefind", "fragment");
  return new Map(
    readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString("utf8");
      const record = JSON.parse(text.slice(text.indexOf("{"))) as { url: string; content: string };
      return [record.url, record.content];
    }),
  );
}

describe("what search indexes (issue 25: a page's words once, without the labels every page repeats)", () => {
  const review = "/partnerships/kestrel-waste/reviews/2023-audit-revised/";

  it("indexes a list page by what it is, and leaves its rows to the pages they come from", () => {
    const indexed = indexedText(SITE);
    expect(indexed.get("/compare/measurement/")).toBe(
      "Measurement. Whether the partners agree how performance is measured, share the data openly and act on what it " +
        "shows. 11 partnerships have a published view of measurement in their latest review.",
    );
    expect(indexed.get("/good-practice/")).toBe(
      "Good practice. What reviews found working well, and that other partnerships could adopt, grouped by the factor " +
        "it relates to. Strategy. Objectives. Delivery. Measurement. Outcomes. Governance.",
    );
    // The risk register's rows and the good practice are indexed on the review that records them.
    expect(indexed.get("/risks/")).not.toContain("The service agreement ends in March 2030");
    expect(indexed.get(review)).toContain("The service agreement ends in March 2030");
    expect(indexed.get(review)).toContain("District-level performance published every month.");
  });

  it("indexes a partnership's own words on its page, and its latest review's on that review's page", () => {
    const indexed = indexedText(SITE);
    const partnership = indexed.get("/partnerships/kestrel-waste/");
    expect(partnership).toContain("A joint venture company owned by Kestrelford Borough Council");
    expect(partnership).toContain("Three overdue recommendations.");
    // A question for members names who answers; its evidence is searched where it is recorded, and the notes
    // every flagged partnership repeats are not indexed.
    expect(partnership).toContain(
      "Three recommendations from the 2021 and 2023 reviews are overdue: when will the Head of Finance and Section " +
        "151 Officer and Environmental Services Client Manager complete them?",
    );
    for (const repeated of [
      "To answer",
      "kbc-2023-waste-04: Agree with Corvale",
      "This partnership meets the site's",
      "One question for each reason",
    ])
      expect(partnership, repeated).not.toContain(repeated);
    // Its latest review's summary is searched on that review's page.
    expect(partnership).not.toContain("This corrected report replaces our May 2023 report");
    expect(indexed.get(review)).toContain("This corrected report replaces our May 2023 report");
  });

  it("leaves out of a review the captions, field names and notes every review repeats, and keeps its own words", () => {
    const text = indexedText(SITE).get(review);
    for (const label of [
      "To use this chart in a report",
      "Cashable savings, cost avoidance and non-financial benefits",
      "Each risk, most severe first",
      "Progress reported",
      "Reported in",
      "Management response",
    ])
      expect(text, label).not.toContain(label);
    expect(text).toContain("Agree with Corvale a funded plan for replacing the fleet from 2026");
    expect(text).toContain("In March 2026 the shareholder board agreed to lease 30 of the 58 vehicles");
  });

  it("indexes the cost lines' column headings once: the totals above them leave theirs out", () => {
    const text = indexedText(SITE).get(review) ?? "";
    // The totals' headings ("Total", "Whole partnership", "Council's share", "Expected against reported") ran
    // together as one word, "TotalWhole partnershipCouncil's shareExpected against reported…".
    expect(text).not.toContain("Expected against reported");
    expect(text).not.toContain("TotalWhole");
    // The lines' headings, and the totals' own rows and figures, stay.
    expect(text.split("Whole partnership").length - 1).toBe(1);
    expect(text).toContain("KindDescriptionWhole partnershipExpectedPeriodBasis");
    expect(text).toContain(
      "Cashable savings (actual) (1 line) £745,000. £447,000. £900,000 expected, £745,000 reported.",
    );
  });
});

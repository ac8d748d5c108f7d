import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useServedSite } from "../support/served-site.ts";
import { SITE } from "./sites.ts";

const served = useServedSite(SITE);

/** Loads a page into the file's one tab at 1200 × 900. */
async function open(path: string): Promise<Page> {
  const page = await served.tab({ width: 1200, height: 900 });
  await page.goto(`${served.url}${path}`);
  return page;
}

/** Returns the slugs of the comparison rows a reader can see. */
function visibleRows(page: Page, rows = "#comparison tbody tr"): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLTableRowElement>(selector)]
        .filter((row) => !row.hidden)
        .map((row) => row.dataset["row"] ?? row.id),
    rows,
  );
}

function status(page: Page, form: string): Promise<string> {
  return page.locator(`#${form} [role=status]`).innerText();
}

describe("the comparison page", () => {
  it("shows every partnership without JavaScript", async () => {
    const page = await served.tab({ javaScript: false });
    await page.goto(`${served.url}compare/?p=shared-legal,kestrel-waste`);
    expect(await page.locator("#comparison tbody tr").count()).toBe(12);
    expect(await page.locator("#compare-filters").isVisible()).toBe(false);
  });

  it("lets a reader without JavaScript reach only the low-confidence partnerships and findings, at 375 px and 1280 px", async () => {
    const page = await served.tab({ javaScript: false });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${served.url}compare/`);
      // The filter form needs JavaScript and stays hidden; the links to each level's page do not.
      expect(await page.locator("#compare-filters").isVisible()).toBe(false);
      const link = page.getByRole("link", { name: "Low confidence", exact: true });
      expect(await link.isVisible(), `${width} px`).toBe(true);
      await link.click();
      await page.waitForURL(/\/compare\/confidence\/low\/$/);
      // Revenues and Benefits (low response from service users, and Delivery sensitive to weighting) and the VCS
      // Partnership (low response from the voluntary sector): their headlines, and their six low findings.
      expect(await page.locator("#comparison tbody tr").evaluateAll((rows) => rows.map((row) => row.id))).toEqual([
        "compare-revenues-benefits",
        "compare-vcs-partnership",
      ]);
      expect(await page.locator("#comparison .app-confidence").allInnerTexts()).toEqual([
        "Low confidence",
        "Low confidence",
      ]);
      const findings = await page
        .locator("#findings tbody tr")
        .evaluateAll((rows) =>
          rows.map((row) => [row.getAttribute("data-row"), row.querySelector(".app-confidence")?.textContent?.trim()]),
        );
      expect(findings.map(([row]) => row)).toEqual([
        "revenues-benefits/2024-independent/delivery",
        "vcs-partnership/2024-peer/strategy",
        "vcs-partnership/2024-peer/objectives",
        "vcs-partnership/2024-peer/measurement",
        "vcs-partnership/2024-peer/outcomes",
        "vcs-partnership/2024-peer/governance",
      ]);
      expect(findings[0]?.[1]).toBe(
        "Low confidence: low response from Service users (118 of 640 asked (18%)) and sensitive to weighting",
      );
      expect(findings.every(([, words]) => words?.startsWith("Low confidence: ") === true)).toBe(true);
      // Read on a phone and a desktop: nothing scrolls sideways, and every table shows its rows.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        `${width} px`,
      ).toBe(0);
      expect(await page.locator("#findings tbody tr").first().isVisible()).toBe(true);
    }
  });

  it("keeps two chosen partnerships in the URL, through a reload and the back button", async () => {
    const page = await open("compare/");
    expect(await visibleRows(page)).toHaveLength(12);
    await page.getByLabel("Kestrelford and Harrowby Shared Legal Service").check();
    await page.getByLabel("Kestrel Environmental Services Ltd").check();
    await page.waitForURL(/\?p=/);
    expect(new URL(page.url()).searchParams.get("p")?.split(",").sort()).toEqual(["kestrel-waste", "shared-legal"]);
    expect((await visibleRows(page)).sort()).toEqual(["kestrel-waste", "shared-legal"]);
    expect(await status(page, "compare-filters")).toBe("Showing 2 of 12 partnerships");

    await page.reload();
    expect((await visibleRows(page)).sort()).toEqual(["kestrel-waste", "shared-legal"]);
    expect(await page.getByLabel("Kestrel Environmental Services Ltd").isChecked()).toBe(true);

    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("p") === "shared-legal");
    expect(await visibleRows(page)).toEqual(["shared-legal"]);
    await page.goBack();
    await page.waitForFunction(() => location.search === "");
    expect(await visibleRows(page)).toHaveLength(12);
  });

  it("opens straight onto a shared link with a chosen subset", async () => {
    const page = await open("compare/?p=shared-legal,community-safety");
    expect((await visibleRows(page)).sort()).toEqual(["community-safety", "shared-legal"]);
  });

  it("narrows every chart on the page to the chosen partnerships, with a note under each", async () => {
    const page = await open("compare/?p=shared-legal,community-safety");
    const charts = page.locator("figure:has(svg g[data-row])");
    expect(await charts.count()).toBeGreaterThan(1);
    for (const figure of await charts.all()) {
      const shown = await figure
        .locator("svg g[data-row]:not([display=none])")
        .evaluateAll((groups) => [...new Set(groups.map((group) => group.getAttribute("data-row")))].sort());
      expect(shown).toEqual(["community-safety", "shared-legal"]);
      expect(await figure.locator("[data-filter-note]").innerText()).toMatch(
        /^The chart shows 2 of its \d+ partnerships/,
      );
    }
  });

  it("filters by form, basis, service area and partner sector, announcing the count", async () => {
    const page = await open("compare/");
    await page.selectOption("#compare-filters-basis", "statutory");
    expect((await visibleRows(page)).sort()).toEqual(["community-safety", "health-wellbeing-board"]);
    expect(await status(page, "compare-filters")).toBe("Showing 2 of 12 partnerships");
    await page.selectOption("#compare-filters-sector", "police");
    expect(await visibleRows(page)).toEqual(["community-safety"]);
    expect(new URL(page.url()).search).toBe("?basis=statutory&sector=police");
    await page.getByRole("button", { name: "Clear filters" }).click();
    expect(await visibleRows(page)).toHaveLength(12);
  });

  it("sorts a column with the keyboard and says which way", async () => {
    const page = await open("compare/");
    const header = page.locator("#comparison thead th", { hasText: "Highest risk score" });
    await header.locator("button").focus();
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const scores = await page.$$eval("#comparison tbody tr > :nth-child(5)", (cells) =>
      cells.map((cell) => Number((cell as HTMLElement).dataset["sortValue"])),
    );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe("the recommendations tracker", () => {
  it("filters by status, priority, partnership and factor, with a linkable row for each recommendation", async () => {
    const page = await open("recommendations/?status=overdue");
    const overdue = await visibleRows(page, "#tracker tbody tr[data-filter-status]");
    expect(overdue.length).toBeGreaterThan(0);
    const tags = await page.$$eval("#tracker tbody tr[data-filter-status]:not([hidden])", (rows) =>
      rows.map((row) => row.textContent ?? ""),
    );
    expect(tags.every((text) => text.includes("Overdue"))).toBe(true);
    await page.selectOption("#tracker-filters-partnership", "kestrel-waste");
    const narrowed = await visibleRows(page, "#tracker tbody tr[data-filter-status]");
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThanOrEqual(overdue.length);
    // Recommendation ids name the service ("kbc-2021-waste-03"); the committee's resolution about it is osc-2026-06-01.
    expect(narrowed.every((id) => id.includes("-waste-") || id === "res-osc-2026-06-01")).toBe(true);
    expect(await status(page, "tracker-filters")).toBe(
      `Showing ${narrowed.length} of ${await page.locator("#tracker tbody tr[data-filter-status]").count()} recommendations and resolutions`,
    );
  });

  it("groups recommendations by partnership and hides a group's heading when a filter leaves it empty", async () => {
    const page = await open("recommendations/?partnership=shared-legal");
    const headings = await page.$$eval("#tracker [data-group-row]:not([hidden])", (rows) =>
      rows.map((row) => row.closest("tbody")?.dataset["group"]),
    );
    expect(headings).toEqual(["shared-legal"]);
  });

  it("filters to committee resolutions only, or recommendations only, kept in the address", async () => {
    const page = await open("recommendations/?kind=resolution");
    expect(await visibleRows(page, "#tracker tbody tr[data-filter-kind]")).toEqual([
      "res-osc-2026-06-01",
      "res-osc-2026-06-02",
      "res-osc-2026-06-03",
    ]);
    expect(await status(page, "tracker-filters")).toBe("Showing 3 of 79 recommendations and resolutions");
    await page.selectOption("#tracker-filters-status", "overdue");
    expect(await visibleRows(page, "#tracker tbody tr[data-filter-kind]")).toEqual(["res-osc-2026-06-01"]);
    await page.selectOption("#tracker-filters-kind", "recommendation");
    await page.waitForURL(/kind=recommendation/);
    const recommendations = await visibleRows(page, "#tracker tbody tr[data-filter-kind]");
    expect(recommendations.length).toBeGreaterThan(0);
    expect(recommendations.every((id) => id.startsWith("rec-"))).toBe(true);
  });

  it("shows every recommendation and resolution, each labelled, without JavaScript, whatever the address asks", async () => {
    const page = await served.tab({ javaScript: false });
    await page.goto(`${served.url}recommendations/?kind=resolution`);
    expect(await page.locator("#tracker-filters").isVisible()).toBe(false);
    expect(await page.locator("#tracker tbody tr[data-filter-kind=resolution]:visible").count()).toBe(3);
    expect(await page.locator("#tracker tbody tr[data-filter-kind=recommendation]:visible").count()).toBe(76);
    expect(await page.locator("#res-osc-2026-06-01 th").innerText()).toContain("Committee resolution.");
  });

  it("links each row to the recommendation's permanent anchor on its review", async () => {
    const page = await open("recommendations/#rec-kbc-2020-legal-01");
    const href = await page.locator("#rec-kbc-2020-legal-01 a").first().getAttribute("href");
    expect(href).toBe("/partnerships/shared-legal/reviews/2020-annual/#rec-kbc-2020-legal-01");
    await page.goto(`${served.url}${href?.slice(1)}`);
    expect(await page.locator("#rec-kbc-2020-legal-01").count()).toBe(1);
  });
});

import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations, pressTab } from "../support/browser.ts";
import { useServedSite } from "../support/served-site.ts";
import { findBuiltPage } from "../support/find-page.ts";
import { SITE } from "./sites.ts";

/** Returns the first built page of the sample under `dir` whose HTML contains `text`, as a site path. */
function findPage(dir: string, text: string): string {
  const found = findBuiltPage(SITE, dir, text);
  if (found === undefined) throw new Error(`no page under ${dir} contains "${text}"`);
  return found;
}

/** One page of each type in the sample site. */
const PAGE_TYPES: Record<string, () => string> = {
  home: () => "",
  register: () => "partnerships/",
  partnership: () => findPage("partnerships/", "What changed since the previous review"),
  "partnership without a review": () => findPage("partnerships/", "no published review yet"),
  "current review": () => findPage("partnerships/", 'id="section-recommendations"'),
  "older review": () => findPage("partnerships/", "This is not the latest review"),
  "review with indicators": () => findPage("partnerships/", 'id="indicators-chart"'),
  "withdrawn review": () => findPage("partnerships/", "This review was withdrawn on"),
  compare: () => "compare/",
  "factor comparison": () => "compare/delivery/",
  "confidence comparison": () => "compare/confidence/low/",
  recommendations: () => "recommendations/",
  risks: () => "risks/",
  "good practice": () => "good-practice/",
  search: () => "search/",
  "open data": () => "data/",
  methodology: () => "methodology/",
  accessibility: () => "accessibility/",
  "not found": () => "no-such-page/",
};

const served = useServedSite(SITE);

async function open(path: string, width = 1024): Promise<Page> {
  const page = await served.tab({ width, height: 800 });
  // goto waits for the load event, after the page's module scripts have run; then for the web fonts. Waiting for the
  // network to be idle instead cost half a second a page.
  await page.goto(`${served.url}${path}`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Let enhancing scripts finish: the search page builds its filters once Pagefind has loaded.
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status");
    // The filters come after the first results; the page is whole when they are ready.
    return (
      status === null || (status.textContent !== "" && document.querySelector("#search-filters[data-ready]") !== null)
    );
  });
  return page;
}

describe.each(Object.entries(PAGE_TYPES))("the %s page", (_name, pathOf) => {
  // One load per page type; the checks run in an order in which none disturbs the next.
  let page: Page;
  beforeAll(async () => {
    page = await open(pathOf());
  });

  it("reaches every link and control with the Tab key, starting with the skip link", async () => {
    // Number every visible focusable element, then check that Tab visits each number once.
    const focusable = await page.evaluate(() => {
      const elements = [
        ...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]"),
      ].filter(
        (element) =>
          element.tabIndex >= 0 && element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }),
      );
      elements.forEach((element, index) => element.setAttribute("data-focus-index", String(index)));
      const reached: string[] = [];
      (window as unknown as { reached: string[] }).reached = reached;
      document.addEventListener("focusin", (event) =>
        reached.push((event.target as HTMLElement).getAttribute("data-focus-index") ?? "none"),
      );
      return elements.length;
    });
    await pressTab(page, focusable);
    const reached = await page.evaluate(() => (window as unknown as { reached: string[] }).reached);
    expect(reached.length).toBe(focusable);
    expect(reached[0]).toBe("0");
    expect(await page.locator('[data-focus-index="0"]').textContent()).toBe("Skip to main content");
    expect(new Set(reached).size).toBe(focusable);
    // Leave nothing focused: a focused link loses its underline, which the next check would report.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it("has no axe-core WCAG 2.2 AA violation, with every details element open", async () => {
    // Chart data tables and recommendation histories sit in <details>. Opened, they show what they hold and hide
    // nothing that shows while they are closed, so one run checks the page in both states.
    await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
    expect(await axeViolations(page)).toEqual([]);
  });

  it("does not scroll sideways at 320 px wide, with every details element open", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});

describe("notification banners", () => {
  /** Returns the colours the banner labelled by `titleId` is drawn in: its border and its title bar. */
  async function bannerColours(path: string, titleId: string, scheme: "light" | "dark") {
    const page = await served.tab({ width: 1024, height: 800, colorScheme: scheme });
    await page.goto(`${served.url}${path}`);
    return page.evaluate((id) => {
      const header = document.getElementById(id)?.parentElement as HTMLElement;
      const banner = header.parentElement as HTMLElement;
      return { border: getComputedStyle(banner).borderTopColor, title: getComputedStyle(header).backgroundColor };
    }, titleId);
  }

  it("draws a withdrawn review's banner in GOV.UK red, in both colour schemes", async () => {
    const path = findPage("partnerships/", "This review was withdrawn on");
    const red = { border: "rgb(202, 53, 53)", title: "rgb(202, 53, 53)" };
    expect(await bannerColours(path, "withdrawn-title", "light")).toEqual(red);
    expect(await bannerColours(path, "withdrawn-title", "dark")).toEqual(red);
  });

  it("draws an older review's banner, which is not important, in GOV.UK blue", async () => {
    const path = findPage("partnerships/", "This is not the latest review");
    const blue = { border: "rgb(29, 112, 184)", title: "rgb(29, 112, 184)" };
    expect(await bannerColours(path, "older-title", "light")).toEqual(blue);
  });
});

describe("data tables on a phone", () => {
  it("gives every row and cell of the register its role once the page has loaded, for Safari", async () => {
    const page = await open("partnerships/", 375);
    const roles = await page.evaluate(() =>
      [...document.querySelectorAll("#register tr")].slice(0, 2).map((row) => ({
        row: row.getAttribute("role"),
        cells: [...row.children].map((cell) => cell.getAttribute("role")),
      })),
    );
    expect(roles).toEqual([
      {
        row: "row",
        cells: ["columnheader", "columnheader", "columnheader", "columnheader", "columnheader", "columnheader"],
      },
      { row: "row", cells: ["rowheader", "cell", "cell", "cell", "cell", "cell"] },
    ]);
  });
});

describe("confidence, response rates and indicators (issue 26)", () => {
  /** Returns the text of each cell of the table captioned `caption`, row by row, headers first. */
  function tableText(page: Page, caption: string): Promise<string[][]> {
    return page.evaluate((wanted) => {
      const table = [...document.querySelectorAll("table")].find(
        (item) => item.caption?.textContent?.trim() === wanted,
      );
      if (table === undefined) return [];
      return [...table.rows].map((row) =>
        [...row.cells].map((cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim()),
      );
    }, caption);
  }

  it("shows each factor's confidence on the review page, with both readings of a factor sensitive to weighting", async () => {
    // Delivery: Service users 1.6 by 118 of 640 asked (18%), below 30%. Median of 1.6, 2.6, 3.0, 3.4, 3.8 is 3.0;
    // weighted (1.6 × 118 + 2.6 × 6 + 3.0 × 22 + 3.4 × 4 + 3.8 × 9) / 159 = 318.2 / 159 = 2.0.
    const page = await open("partnerships/revenues-benefits/reviews/2024-independent/");
    const rows = await tableText(page, "Consensus, agreement and the reviewer's judgement, by factor");
    expect(rows[0]).toContain("Confidence");
    const delivery = rows.find((row) => row[0] === "Delivery") ?? [];
    expect(delivery[rows[0]?.indexOf("Confidence") ?? -1]).toBe(
      "Low confidence: low response from Service users (118 of 640 asked (18%)) and sensitive to weighting" +
        "Weighted by respondents, the groups' views put Delivery at 2.0 (Networking), not 3.0 (Coordinating): the 118 responses from Service users pull it down.",
    );
    const groups = await tableText(page, "Each stakeholder group's level by factor");
    const users = groups[0]?.indexOf("Service users") ?? -1;
    expect(groups.find((row) => row[0] === "Delivery")?.[users]).toBe(
      "1.6 (Networking) (118 people; 118 of 640 asked (18%), low response)",
    );
  });

  it('says "response rate not stated" where a review does not say how many were asked', async () => {
    const page = await open("partnerships/revenues-benefits/reviews/2021-audit/");
    const groups = await tableText(page, "Each stakeholder group's level by factor");
    expect(groups.flat().filter((cell) => cell.includes("response rate not stated")).length).toBeGreaterThan(0);
    expect(groups.flat().some((cell) => / asked \(/.test(cell))).toBe(false);
  });

  it("draws a review's indicators as a table and a chart, with the perception and performance gap as a finding", async () => {
    const page = await open("partnerships/kestrel-waste/reviews/2023-audit-revised/");
    const rows = await tableText(page, "Performance indicators");
    expect(rows[0]).toEqual(["Indicator", "Period", "Actual", "Target", "Previous", "Met", "Trend", "Source"]);
    expect(rows.slice(1).map((row) => [row[2], row[3], row[5]])).toEqual([
      ["38 per 100,000 collections", "60 per 100,000 collections", "Met"],
      ["48.1%", "48.5%", "Not met"],
      ["11.6%", "10%", "Not met"],
    ]);
    const figure = page.locator("figure#indicators-chart");
    expect(await figure.locator("svg[role=img]").count()).toBe(2);
    expect(await figure.locator(".app-chart__summary").innerText()).toBe(
      "One of three indicators with a target met it; Household waste sent for reuse, recycling and composting and Contamination in dry recycling did not.",
    );
    expect(await page.locator(".app-performance-gaps").innerText()).toContain(
      "Delivery: the reviewer judged it adequate, but 2 of its 3 indicators miss their targets.",
    );
  });

  it("filters /compare/ by headline confidence from the URL, and shows the column to every reader without JavaScript", async () => {
    const plain = await served.tab({ javaScript: false });
    await plain.goto(`${served.url}compare/?confidence=low`);
    // Without JavaScript nothing is filtered: every row shows, each with its headline confidence in words.
    expect(await plain.locator("#comparison tbody tr").count()).toBe(12);
    expect(await plain.locator("#compare-revenues-benefits .app-confidence").innerText()).toBe("Low confidence");

    const page = await open("compare/?confidence=low");
    expect(await page.locator("#compare-filters-confidence").inputValue()).toBe("low");
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLTableRowElement>("#comparison tbody tr")]
        .filter((row) => !row.hidden)
        .map((row) => [row.dataset["row"], row.querySelector(".app-confidence")?.textContent?.trim()]),
    );
    expect(shown.map(([slug]) => slug)).toContain("revenues-benefits");
    expect(shown.map(([slug]) => slug)).not.toContain("neighbourhood-hub");
    expect(shown.every(([, confidence]) => confidence === "Low confidence")).toBe(true);
  });

  it("gives a partnership's headline confidence where it stands", async () => {
    const page = await open("partnerships/revenues-benefits/");
    expect(await page.locator("#headline-confidence").innerText()).toBe(
      "How sure: Low confidence: the lowest of the factors' confidence in this review (each factor's reasons are in the table below).",
    );
  });
});

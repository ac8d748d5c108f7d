import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.ts";
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
  "withdrawn review": () => findPage("partnerships/", "This review was withdrawn on"),
  compare: () => "compare/",
  "factor comparison": () => "compare/delivery/",
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
  const page = await served.browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${served.url}${path}`);
  // Let enhancing scripts finish: the search page builds its filters once Pagefind has loaded.
  await page.waitForLoadState("networkidle");
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
  afterAll(async () => {
    await page?.close();
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
    for (let i = 0; i < focusable; i++) await page.keyboard.press("Tab");
    const reached = await page.evaluate(() => (window as unknown as { reached: string[] }).reached);
    expect(reached.length).toBe(focusable);
    expect(reached[0]).toBe("0");
    expect(await page.locator('[data-focus-index="0"]').textContent()).toBe("Skip to main content");
    expect(new Set(reached).size).toBe(focusable);
    // Leave nothing focused: a focused link loses its underline, which the next check would report.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it("has no axe-core WCAG 2.2 AA violation, with every details element closed and then opened", async () => {
    expect(await axeViolations(page)).toEqual([]);
    // Chart data tables and recommendation histories sit in <details>: check them open too.
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
    const page = await served.browser.newPage({ viewport: { width: 1024, height: 800 }, colorScheme: scheme });
    await page.goto(`${served.url}${path}`);
    const colours = await page.evaluate((id) => {
      const header = document.getElementById(id)?.parentElement as HTMLElement;
      const banner = header.parentElement as HTMLElement;
      return { border: getComputedStyle(banner).borderTopColor, title: getComputedStyle(header).backgroundColor };
    }, titleId);
    await page.close();
    return colours;
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
    await page.close();
    expect(roles).toEqual([
      {
        row: "row",
        cells: ["columnheader", "columnheader", "columnheader", "columnheader", "columnheader", "columnheader"],
      },
      { row: "row", cells: ["rowheader", "cell", "cell", "cell", "cell", "cell"] },
    ]);
  });
});

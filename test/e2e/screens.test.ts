// Measures one page of each type on a phone, a small phone, a tablet and a desktop, in light, dark and print:
// no sideways scroll, chart text large enough to read, the search box usable, the wide tables' headers in view,
// and axe-core in dark mode. Each page is loaded once; the viewport and media change in place, to keep this fast.
// SCREENS_SITE names another built site to measure instead of the sample, such as a generated one:
//   SCREENS_SITE=/tmp/g250-site npx vitest run --project e2e test/e2e/screens.test.ts
// A page type that site has no page of is reported and skipped; the sample must have every one.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, COLOUR_RULES, type AxeViolation } from "../support/browser.ts";
import { findBuiltPage } from "../support/find-page.ts";
import { useServedSite } from "../support/served-site.ts";
import { SITE as SAMPLE_SITE } from "./sites.ts";

/** The built site measured: SCREENS_SITE when set, else the sample site. */
const SITE = process.env["SCREENS_SITE"] || SAMPLE_SITE;
const OTHER_SITE = SITE !== SAMPLE_SITE;

/** The widths measured, in CSS px: a small phone, a common phone, a tablet and a desktop. */
const WIDTHS = [320, 375, 768, 1280] as const;

/** How each width is seen: on screen in either colour scheme, and printed. */
const MODES = [
  { name: "light", colorScheme: "light", media: "screen" },
  { name: "dark", colorScheme: "dark", media: "screen" },
  { name: "print", colorScheme: "light", media: "print" },
] as const;

/** The smallest chart text a reader should have to read, in CSS px. */
const SMALLEST_CHART_TEXT_PX = 12;

/**
 * Returns axe-core's violations of the rules that depend on colour, which are the ones a dark scheme can break;
 * pages.test.ts runs every WCAG 2.2 AA rule in light. Running only these keeps the check to a fraction of a second.
 */
function colourViolations(page: Page): Promise<AxeViolation[]> {
  return axeViolations(page, COLOUR_RULES);
}

/** Returns the first built page under `dir` whose HTML contains `text`, as a site path; undefined only for another site. */
function findPage(dir: string, text: string): string | undefined {
  const found = findBuiltPage(SITE, dir, text);
  if (found === undefined && !OTHER_SITE) throw new Error(`no page under ${dir} contains "${text}"`);
  return found;
}

/** One page of each type in the sample site, as in pages.test.ts. */
const PAGE_TYPES: Record<string, () => string | undefined> = {
  home: () => "",
  register: () => "partnerships/",
  partnership: () => findPage("partnerships/", "What changed since the previous review"),
  "partnership without a review": () => findPage("partnerships/", "no published review yet"),
  "current review": () => findPage("partnerships/", 'id="section-recommendations"'),
  "withdrawn review": () => findPage("partnerships/", "This review was withdrawn on"),
  compare: () => "compare/",
  "factor comparison": () => "compare/delivery/",
  "confidence comparison": () => "compare/confidence/low/",
  recommendations: () => "recommendations/",
  risks: () => "risks/",
  "good practice": () => "good-practice/",
  search: () => "search/?q=measurement",
  "open data": () => "data/",
  methodology: () => "methodology/",
  accessibility: () => "accessibility/",
  "not found": () => "no-such-page/",
};

const served = useServedSite(SITE);
/** The file's one tab: each page type is loaded into it in turn, and measured at each width and mode in place. */
let page: Page;

/** Loads a page at 1280 px on screen in light, and waits for the search page's script to show its results. */
async function open(path: string): Promise<Page> {
  page = await served.tab({ width: 1280, height: 800 });
  await page.goto(`${served.url}${path}`);
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status");
    // The filters come after the first results; the page is whole when they are ready.
    const ready = document.querySelector("#search-filters[data-ready]") !== null;
    return status === null || (ready && /result|Enter words/.test(status.textContent ?? ""));
  });
  return page;
}

/** Returns how far the page scrolls sideways, in CSS px. */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Returns the smallest text of any visible chart on screen, in CSS px, or undefined when no chart shows. */
function smallestChartText(page: Page): Promise<number | undefined> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll<SVGSVGElement>("svg.app-chart__svg")]
      .filter((svg) => svg.checkVisibility() && svg.getBoundingClientRect().width > 0)
      .flatMap((svg) => {
        const scale = svg.getScreenCTM()?.a ?? 1;
        return [...svg.querySelectorAll("text")]
          .filter((text) => text.textContent?.trim() !== "")
          .map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
      });
    return sizes.length === 0 ? undefined : Math.round(Math.min(...sizes) * 100) / 100;
  });
}

/**
 * Returns the words inside the visible elements matching `selector` that the browser has broken across two lines (a
 * narrow column with `overflow-wrap: break-word` splits a word that does not fit, as "Recommend" and "ations"). A
 * word is a run of letters and digits between spaces and hyphens, where a line may break as written.
 */
function wordsBrokenInTwo(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      if (!element.checkVisibility()) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        for (const match of (node.textContent ?? "").matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

/** The narrowest window measured in print: near an A4 page's printable width (about 718 CSS px). */
const PRINT_FROM_WIDTH = 768;

/**
 * Every width and mode, in the order measured: each screen mode at every width, then print. A printout's width is
 * the paper's, not the window's, so print is measured only at widths a page of paper can have.
 */
const VIEWS = MODES.flatMap((mode) =>
  WIDTHS.filter((width) => mode.media !== "print" || width >= PRINT_FROM_WIDTH).map((width) => ({ width, mode })),
);

/** Sets the page to a width and mode in place. */
async function show(page: Page, width: number, mode: (typeof MODES)[number]): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: mode.colorScheme, media: mode.media });
}

/** Smallest chart text measured at each width, printed at the end for the report. */
const chartText: Record<string, number> = {};

/** Each page type with its path in the site measured; a type the site has no page of has none. */
const PAGES = Object.entries(PAGE_TYPES).map(([name, pathOf]) => ({ name, path: pathOf() }));
const missing = PAGES.filter((item) => item.path === undefined).map((item) => item.name);
if (missing.length > 0) process.stdout.write(`${SITE} has no page of these types, skipped: ${missing.join(", ")}\n`);

describe.each(PAGES.filter((item) => item.path !== undefined))("the $name page", ({ name, path }) => {
  beforeAll(async () => {
    await open(path ?? "");
  });

  it("does not scroll sideways, its chart text is at least 12 px and no summary-list key has a word broken in two, at every width in light and dark, and in print", async () => {
    const wide: string[] = [];
    const small: string[] = [];
    const broken: string[] = [];
    for (const { width, mode } of VIEWS) {
      await show(page, width, mode);
      const overflow = await sidewaysScroll(page);
      if (overflow !== 0) wide.push(`${width} px ${mode.name}: ${overflow} px`);
      if (mode.media === "print") continue;
      // Read in light only: the scheme changes no width. At the widths already laid out, so it costs no layout of its own.
      if (mode.name === "light") {
        for (const word of await wordsBrokenInTwo(page, ".govuk-summary-list__key"))
          broken.push(`${width} px: ${word}`);
      }
      const smallest = await smallestChartText(page);
      if (smallest === undefined) continue;
      chartText[width] = Math.min(chartText[width] ?? Infinity, smallest);
      if (smallest < SMALLEST_CHART_TEXT_PX) small.push(`${width} px ${mode.name}: ${smallest} px`);
    }
    expect(wide, `${name}: sideways scroll`).toEqual([]);
    expect(small, `${name}: chart text below ${SMALLEST_CHART_TEXT_PX} px`).toEqual([]);
    expect(broken, `${name}: summary-list key words broken across lines`).toEqual([]);
  });

  // A generated site's tracker can hold thousands of rows, which axe takes minutes over.
  it("has no axe-core colour contrast violation in dark mode", async () => {
    await show(page, 1280, MODES[1]);
    expect(await colourViolations(page)).toEqual([]);
  });
});

describe("the search box", () => {
  it("is at least 200 px wide at 320 px", async () => {
    await open("search/");
    await show(page, 320, MODES[0]);
    const box = await page.locator("#search-query").boundingBox();
    process.stdout.write(`search box at 320 px: ${box?.width} px\n`);
    expect(box?.width).toBeGreaterThanOrEqual(200);
  });
});

describe.each([
  ["register", "partnerships/"],
  ["comparison", "compare/"],
  ["confidence comparison", "compare/confidence/low/"],
])("the %s tables at 1280 px", (_name, path) => {
  it("show every column header within the viewport without scrolling their scroll region", async () => {
    await open(path);
    const outside = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll("table")].flatMap((table) => {
        const region = table.closest<HTMLElement>(".app-table-scroll");
        // The visible right edge: the scroll region's, scrolled to its start, or else the viewport's.
        const edge = Math.min(width, region?.getBoundingClientRect().right ?? width);
        const name = region?.getAttribute("aria-label") ?? table.querySelector("caption")?.textContent?.trim() ?? "";
        return [...table.querySelectorAll("thead th")].flatMap((header) => {
          const right = header.getBoundingClientRect().right;
          return right > edge + 0.5
            ? [`${name}: “${header.textContent?.trim()}” ends at ${Math.round(right)} px, past ${Math.round(edge)} px`]
            : [];
        });
      });
    });
    process.stdout.write(
      `${path} at 1280 px, rightmost header end by table: ${JSON.stringify(await headerEnds(page))}\n`,
    );
    expect(outside).toEqual([]);
  });
});

/** Returns, for each table on the page, where its rightmost column header ends, in CSS px, for the report. */
function headerEnds(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("table")].map((table, index) => [
        table.querySelector("caption")?.textContent?.trim() ?? `table ${index + 1}`,
        Math.round(
          Math.max(0, ...[...table.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect().right)),
        ),
      ]),
    ),
  );
}

afterAll(() => {
  process.stdout.write(`${SITE}: smallest chart text by width: ${JSON.stringify(chartText)}\n`);
});

// Issue 28's measurements of the readers' pages in Chromium: tap targets, tables that fit their column, printed type
// sizes and addresses, the tracker's keyword filter and search by synonym, on the sample site of the global setup.
import type { Page } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { useServedSite } from "../support/served-site.ts";
import { SITE } from "./sites.ts";

const served = useServedSite(SITE);
const REVIEW = "partnerships/shared-management/reviews/2023-peer/";
const PARTNERSHIP = "partnerships/shared-management/";
const PACK = "committee-pack.html";
async function open(path: string, width: number, media: "screen" | "print" = "screen"): Promise<Page> {
  const tab = await served.tab({ width, height: 800, media });
  // goto waits for the load event, after the page's module scripts have run; then for the web fonts, which set
  // every size measured here. (Waiting for the network to be idle instead cost half a second a page.)
  await tab.goto(`${served.url}${path}`);
  await tab.evaluate(() => document.fonts.ready.then(() => undefined));
  return tab;
}

/** Returns each visible link in a table cell or list item, and each button, shorter than 24 px, with its height. */
function smallTargets(tab: Page): Promise<string[]> {
  return tab.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("td a[href], th a[href], li a[href], button")]
      .filter((element) => element.checkVisibility())
      .map((element) => ({ element, height: element.getBoundingClientRect().height }))
      .filter(({ height }) => height < 24)
      .map(({ element, height }) => `${element.textContent?.trim().slice(0, 40)}: ${height.toFixed(1)} px`),
  );
}

/** Returns each visible table wider than the content box of the element its scrolling region sits in. */
function widerTables(tab: Page): Promise<string[]> {
  return tab.evaluate(() =>
    [...document.querySelectorAll("table")]
      .filter((table) => table.checkVisibility())
      .flatMap((table) => {
        const box = table.closest(".app-table-scroll")?.parentElement ?? table.parentElement;
        if (box === null) return [];
        const style = getComputedStyle(box);
        const column = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const width = table.getBoundingClientRect().width;
        return width > column + 0.5
          ? [`${table.caption?.textContent?.trim().slice(0, 50)}: ${Math.round(width)} in ${Math.round(column)} px`]
          : [];
      }),
  );
}

describe("target sizes (WCAG 2.2 2.5.8)", () => {
  for (const path of ["", "recommendations/", REVIEW, PARTNERSHIP, "partnerships/", "compare/", "data/"]) {
    for (const width of [375, 1280]) {
      it(`gives every link in a table or list, and every button, 24 px or more on /${path} at ${width} px`, async () => {
        expect(await smallTargets(await open(path, width))).toEqual([]);
      });
    }
  }
});

describe("the on-site committee pack on screen", () => {
  for (const width of [320, 375, 768, 1280]) {
    it(`fits every table in its column at ${width} px, and nothing scrolls sideways`, async () => {
      const tab = await open(PACK, width);
      expect(await widerTables(tab)).toEqual([]);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    });
  }
});

describe("words on a phone", () => {
  it("keeps the tracker's heading words whole at 320 px", async () => {
    const tab = await open("recommendations/", 320);
    const lines = await tab.locator("h1").evaluate((heading) => {
      const range = document.createRange();
      range.selectNodeContents(heading);
      const tops = [...new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))];
      // The words on each line: a word broken across lines would show as two halves.
      const words = [...(heading.textContent ?? "").matchAll(/\S+/g)].map((match) => {
        const word = document.createRange();
        const text = heading.firstChild as Text;
        word.setStart(text, match.index);
        word.setEnd(text, match.index + match[0].length);
        return new Set([...word.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      return { lines: tops.length, brokenWords: words.filter((count) => count > 1).length };
    });
    expect(lines).toEqual({ lines: 2, brokenWords: 0 });
  });

  it("shows /data/'s column dictionaries, Meaning included, within a 320 px screen", async () => {
    const tab = await open("data/", 320);
    const past = await tab.evaluate(
      () =>
        [...document.querySelectorAll("td, tbody th")]
          .filter((cell) => cell.checkVisibility())
          .filter((cell) => cell.getBoundingClientRect().right > document.documentElement.clientWidth).length,
    );
    expect(past).toBe(0);
    expect(await widerTables(tab)).toEqual([]);
  });
});

/** Returns the PDF of the page as printed, A4 with the pack's margins, and each page's share of text height. */
async function printed(tab: Page): Promise<number[]> {
  const pdf = await tab.pdf({ format: "A4", margin: { top: "20mm", bottom: "20mm", left: "15mm", right: "15mm" } });
  const loading = getDocument({ data: new Uint8Array(pdf) });
  const document = await loading.promise;
  const filled: number[] = [];
  // A4 less its 20 mm margins is 257 mm, 728.5 pt, of text height.
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const heights = content.items.flatMap((item) => ("transform" in item ? [item.transform[5] as number] : []));
    filled.push(heights.length === 0 ? 0 : (Math.max(...heights) - Math.min(...heights)) / 728.5);
  }
  await loading.destroy();
  return filled;
}

describe("printing", () => {
  for (const path of [REVIEW, PARTNERSHIP, "recommendations/", PACK]) {
    it(`sets /${path}'s table cells at 9 pt, nothing in a cell larger but a group's name, and repeats headers`, async () => {
      const tab = await open(path, 1024, "print");
      const sizes = await tab.evaluate(() => {
        const cells = [...document.querySelectorAll("td, tbody th")].filter((cell) => cell.checkVisibility());
        const points = (element: Element) => Math.round(parseFloat(getComputedStyle(element).fontSize) * 7.5) / 10;
        // A group's name heads its rows across the table (colspan), a little larger than the cells.
        const larger = cells
          .filter((cell) => !cell.hasAttribute("colspan"))
          .flatMap((cell) =>
            [...cell.querySelectorAll("*")]
              .filter((inner) => inner.checkVisibility() && (inner.textContent ?? "").trim() !== "")
              .filter((inner) => points(inner) > points(cell))
              .map((inner) => `${inner.className} ${points(inner)} pt in ${points(cell)} pt`),
          );
        return {
          cells: [...new Set(cells.filter((cell) => !cell.hasAttribute("colspan")).map(points))],
          larger,
          heads: [...new Set([...document.querySelectorAll("thead")].map((head) => getComputedStyle(head).display))],
        };
      });
      expect(sizes.cells.every((size) => size <= 9)).toBe(true);
      expect(sizes.larger).toEqual([]);
      expect(sizes.heads).toEqual(["table-header-group"]);
    });
  }

  for (const path of [REVIEW, PARTNERSHIP, "recommendations/"]) {
    it(`prints /${path}'s links to other pages as full addresses, none relative`, async () => {
      const tab = await open(path, 1024, "print");
      const printedAddresses = await tab.evaluate(() =>
        [...document.querySelectorAll("a[href]")]
          .filter((link) => link.checkVisibility())
          .map((link) => getComputedStyle(link, "::after").content)
          .filter((content) => content.startsWith('" ('))
          .map((content) => content.slice(3, -2)),
      );
      expect(printedAddresses.length).toBeGreaterThan(0);
      expect(printedAddresses.filter((address) => !address.startsWith("https://"))).toEqual([]);
      // A link within the page itself prints nothing: the paper holds what it points to.
      expect(printedAddresses.filter((address) => address.includes(`/${path}#`))).toEqual([]);
    });
  }

  for (const path of [REVIEW, PARTNERSHIP]) {
    it(`prints /${path} with no page but the last less than a fifth full`, async () => {
      const filled = await printed(await open(path, 1024, "print"));
      expect(filled.slice(0, -1).filter((share) => share < 0.2)).toEqual([]);
    });
  }
});

describe("the tracker's keyword filter", () => {
  it("shows the rows holding every word of ?q=, and keeps a new keyword in the address", async () => {
    const tab = await open("recommendations/?q=data+sharing", 1280);
    await tab.locator("#tracker-filters:not([hidden])").waitFor();
    expect(await tab.locator("#tracker-filters-q").inputValue()).toBe("data sharing");
    expect(await tab.locator("#tracker-filters [role=status]").innerText()).toBe(
      "Showing 1 of 79 recommendations and resolutions",
    );
    expect(
      await tab
        .locator("#tracker tbody tr:not([hidden]):not([data-group-row])")
        .evaluateAll((rows) => rows.map((row) => row.id)),
    ).toEqual(["rec-kbc-2020-vcs-02"]);
    await tab.locator("#tracker-filters-q").fill("kbc-2021-revs-02");
    await tab.locator("#tracker-filters-q").press("Enter");
    await tab.waitForURL(/\?q=kbc-2021-revs-02$/);
    expect(await tab.locator("#tracker-filters [role=status]").innerText()).toBe(
      "Showing 1 of 79 recommendations and resolutions",
    );
  });
});

describe("search by synonym", () => {
  it('finds the waste partnership first for "rubbish", a synonym of waste in site.json', async () => {
    const tab = await open("search/?q=rubbish", 1280);
    await tab.waitForFunction(() => /result/.test(document.getElementById("search-status")?.textContent ?? ""));
    const titles = await tab.locator(".app-search-result__link").allInnerTexts();
    expect(titles[0]).toBe("Kestrel Environmental Services Ltd");
    expect(await tab.locator("#search-status").innerText()).toBe("4 results for “rubbish”");
  });
});

describe("a phone's first screen, 375 × 667", () => {
  const HEIGHT = 667;

  /** Loads a page into the file's tab, or into its tab without JavaScript. */
  async function phone(path: string, javaScriptEnabled = true, width = 375): Promise<Page> {
    const tab = await served.tab({ width, height: HEIGHT, javaScript: javaScriptEnabled });
    await tab.goto(`${served.url}${path}`);
    if (javaScriptEnabled) await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    else await tab.waitForLoadState("networkidle");
    return tab;
  }

  /** Returns how far down the page the element ends, in px. */
  async function bottomOf(tab: Page, selector: string): Promise<number> {
    const box = await tab.locator(selector).first().boundingBox();
    if (box === null) throw new Error(`${selector} is not shown`);
    return box.y + box.height;
  }

  it("puts the main navigation behind a Menu button, which opens it", async () => {
    const tab = await phone("");
    const nav = tab.getByRole("navigation", { name: "Main" });
    const menu = nav.getByRole("button", { name: "Menu" });
    expect(await menu.isVisible()).toBe(true);
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await nav.getByRole("link", { name: "Compare" }).isVisible()).toBe(false);
    // The header, the Menu button and its border take 195 px, not the 330 of a navigation shown in full.
    expect(await bottomOf(tab, ".app-nav")).toBeLessThan(200);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    expect(await nav.getByRole("link", { name: "Compare" }).isVisible()).toBe(true);
  });

  it("shows the navigation in full without JavaScript, and no Menu button", async () => {
    const tab = await phone("", false);
    const nav = tab.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);
    for (const name of ["Partnerships", "Compare", "Recommendations", "Risks", "Search", "Open data", "Methodology"]) {
      expect(await nav.getByRole("link", { name }).isVisible(), name).toBe(true);
    }
  });

  it("shows the navigation in full, and no Menu button, at 1280 px", async () => {
    const tab = await phone("", true, 1280);
    const nav = tab.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);
    expect(await nav.getByRole("link", { name: "Methodology" }).isVisible()).toBe(true);
  });

  it("shows what the site is and the start of the needs-attention list on the home page", async () => {
    const tab = await phone("");
    expect(await bottomOf(tab, "main p.govuk-body-l")).toBeLessThanOrEqual(HEIGHT);
    expect(await bottomOf(tab, "#needs-attention")).toBeLessThanOrEqual(HEIGHT);
    expect(await bottomOf(tab, "li.app-attention__item a")).toBeLessThanOrEqual(HEIGHT);
    // Each partnership shows its most serious reason's finding; every reason in full opens from a disclosure.
    const first = tab.locator("li.app-attention__item").first();
    expect((await first.locator(".app-attention__headline").textContent())?.trim()).toBe(
      "Limited assurance from the 2023 review",
    );
    // Every partnership needing attention is listed, with its most serious reason, within two screens.
    expect(await bottomOf(tab, "li.app-attention__item:last-child")).toBeLessThanOrEqual(2 * HEIGHT);
    // The headline is the disclosure's words; opening it shows all eleven reasons.
    await first.locator("summary").click();
    expect(await first.locator("ul.app-attention__reasons > li").count()).toBe(11);
  });

  it("answers first on a partnership page: working, cost, attention and the question to ask, within two screens", async () => {
    const tab = await phone(`partnerships/kestrel-waste/`);
    const glance = tab.locator("dl.app-glance");
    const answer = async (key: string) =>
      (await glance.locator(".govuk-summary-list__row", { hasText: key }).locator("dd").textContent())?.trim();
    expect(await answer("Is it working?")).toBe(
      "Cooperating, where the target is Collaborating: one level below target. Medium confidence.",
    );
    expect(await answer("Cost to the council")).toBe(
      "£4,725,000 a year, what the council pays. The whole partnership: £9,450,000 a year, all partners together.",
    );
    expect(await answer("Needs attention?")).toBe("Yes, for eleven reasons. The reasons");
    expect(await answer("Ask first")).toMatch(/^Limited assurance from the 2023 review\. What will the Director/);
    expect(await bottomOf(tab, "dl.app-glance")).toBeLessThanOrEqual(2 * HEIGHT);
    await glance.getByRole("link", { name: "All eleven questions, with the evidence" }).click();
    expect(new URL(tab.url()).hash).toBe("#section-questions");
  });
});

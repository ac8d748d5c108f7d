import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDist } from "../../scripts/check-dist.ts";
import { main } from "../../scripts/pack.ts";
import { axeViolations, sharedBrowser } from "../support/browser.ts";
import { ROOT } from "../support/built-site.ts";
import { SITE } from "./sites.ts";

/** Words of the sample content that appear only where nothing may be published (as in search.test.ts). */
const PRIVATE_WORDS: [where: string, word: string][] = [
  // "wrenfield", not "sensitive": the pages say a factor is "sensitive to weighting" (content model version 3).
  ["a draft review of neighbourhood-hub", "wrenfield"],
  ["an embargoed review of shared-management", "privilege"],
  ["internal notes of kestrel-waste", "transcribed"],
];

/** The three partnerships whose private content the words above come from. */
const THREE = "kestrel-waste,shared-management,neighbourhood-hub";

/** One pack as made: the command's output, the HTML, the PDF and the PDF's text page by page. */
interface Made {
  status: number;
  stdout: string;
  stderr: string;
  html: string;
  pdf: Uint8Array;
  pages: string[];
  /** Every structure element's role in the PDF's tag tree, and the alternative text of each tagged figure. */
  roles: Set<string>;
  figureAlts: string[];
}

/** A node of pdf.js's structure tree. */
interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

const scratch = mkdtempSync(join(tmpdir(), "pack-e2e-"));

// "Now" for the packs (1 January 2027), after every --date below but the one in the future, so that no test
// depends on the day it is run.
const TODAY = { SOURCE_DATE_EPOCH: "1798761600" };

/** Runs the pack command in-process into a folder of its own and reads back both files. */
async function makePack(name: string, args: string[], env: Record<string, string> = TODAY): Promise<Made> {
  const out = join(scratch, name);
  let stdout = "";
  let stderr = "";
  const status = await main([...args, "--out", out], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    cwd: ROOT,
  });
  const files = readdirSync(out);
  const htmlFile = files.find((file) => file.endsWith(".html"));
  const pdfFile = files.find((file) => file.endsWith(".pdf"));
  if (htmlFile === undefined || pdfFile === undefined) throw new Error(`no pack in ${out}: ${stderr}`);
  const pdf = new Uint8Array(readFileSync(join(out, pdfFile)));
  const loading = getDocument({ data: pdf.slice() });
  const document = await loading.promise;
  const pages: string[] = [];
  const roles = new Set<string>();
  const figureAlts: string[] = [];
  const walk = (node: StructNode): void => {
    if (node.role !== undefined) roles.add(node.role);
    if (node.role === "Figure" && node.alt !== undefined && node.alt !== "") figureAlts.push(node.alt);
    for (const child of node.children ?? []) walk(child);
  };
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
    walk((await page.getStructTree()) as StructNode);
  }
  await loading.destroy();
  return { status, stdout, stderr, html: readFileSync(join(out, htmlFile), "utf8"), pdf, pages, roles, figureAlts };
}

let sample: Made;
let leaks: Made;
let browser: Browser;

beforeAll(async () => {
  sample = await makePack("sample", [
    "--content",
    resolve(ROOT, "content"),
    "--title",
    "Partnership reviews: report to the Scrutiny Committee",
    "--date",
    "2026-11-30",
    "--since",
    "2025-01-01",
    "--partnerships",
    THREE,
  ]);
  leaks = await makePack("leaks", [
    "--content",
    resolve(ROOT, "test/fixtures/leaks"),
    "--title",
    "Leak check",
    "--date",
    "2026-12-31",
    "--since",
    "2020-01-01",
  ]);
  browser = await sharedBrowser();
});

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("npm run pack on the sample content", () => {
  it("shows one line per step and the two files it wrote", () => {
    expect(sample.status).toBe(0);
    expect(sample.stderr).toBe("");
    const steps = sample.stdout
      .split("\n")
      .map((line) => line.replace(/ \/\S+/g, " PATH").replace(/\(\d+ KB\)/, "(N KB)"));
    expect(steps).toEqual([
      "Validating PATH",
      "Taking what was published by the end of 30 November 2026",
      "Covering 3 partnerships: kestrel-waste, shared-management, neighbourhood-hub",
      "Writing the HTML pack",
      "Printing the tagged PDF with Chromium",
      "Wrote PATH (N KB)",
      "Wrote PATH (N KB)",
      "Background papers link to https://partnerships.kestrelford.example.gov.uk/",
      "",
    ]);
  });

  it("names each PDF bookmark by its heading's words, once, with spaces where the heading wrapped", async () => {
    const loading = getDocument({ data: sample.pdf.slice() });
    const outline = (await (await loading.promise).getOutline()) ?? [];
    await loading.destroy();
    expect(outline.map((item) => item.title)).toEqual(["Partnership reviews: report to the Scrutiny Committee"]);
    const sections = (outline[0]?.items ?? []).map((item) => item.title);
    expect(sections.slice(0, 2)).toEqual(["Contents", "1. Purpose of the report"]);
    // Eleven covering sections with --since (purpose, recommendations, summary, needs attention, recommendations
    // without a response or not updated, financial, legal and equality implications, risks, what changed, background
    // papers), then the three partnerships in the order given.
    expect(sections.slice(-3)).toEqual([
      "12. Kestrel Environmental Services Ltd",
      "13. Kestrelford and Harrowby Shared Management Team",
      "14. Kestrelford Integrated Neighbourhood Hub",
    ]);
  });

  it("makes a tagged PDF with the pack's title and language, and embeds every font", async () => {
    const pdf = await PDFDocument.load(sample.pdf, { updateMetadata: false });
    const catalog = pdf.catalog;
    expect(catalog.has(PDFName.of("StructTreeRoot"))).toBe(true);
    const markInfo = catalog.lookup(PDFName.of("MarkInfo"), PDFDict);
    expect(String(markInfo.get(PDFName.of("Marked")))).toBe("true");
    expect(String(catalog.get(PDFName.of("Lang")))).toBe("(en-GB)");
    expect(pdf.getTitle()).toBe("Partnership reviews: report to the Scrutiny Committee");
    const fonts = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict)
      .filter((dict) => String(dict.get(PDFName.of("Type"))) === "/FontDescriptor");
    expect(fonts.length).toBeGreaterThan(0);
    const unembedded = fonts.filter((dict) =>
      ["FontFile", "FontFile2", "FontFile3"].every((key) => !dict.has(PDFName.of(key))),
    );
    expect(unembedded.map((dict) => String(dict.get(PDFName.of("FontName"))))).toEqual([]);
  });

  it("tags headings, paragraphs and tables, and each chart as a figure with its title and description", () => {
    expect(["H1", "H2", "H3", "P", "Table", "TH", "TD", "Caption"].filter((role) => !sample.roles.has(role))).toEqual(
      [],
    );
    expect(sample.figureAlts.map((alt) => alt.split(":")[0])).toEqual([
      "Kestrel Environmental Services Ltd",
      "Kestrelford and Harrowby Shared Management Team",
    ]);
    expect(sample.figureAlts[0]).toContain("Dot plot of");
  });

  it("numbers the paragraphs and every page, with the as-at date on every page", () => {
    const total = sample.pages.length;
    expect(total).toBeGreaterThan(3);
    sample.pages.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${total}`);
      expect(text).toContain("As at 30 November 2026");
    });
    expect(sample.pages[0]).toMatch(/1\.1 +This report gives the committee the published findings of the reviews of 3/);
    expect(sample.pages.join(" ")).toMatch(/2\.1 +That the committee notes the findings/);
  });

  it("prints each chart's title once: its caption, not again over its data table", () => {
    const text = sample.pages.join(" ").replace(/\s+/g, " ");
    const title =
      "Kestrel Environmental Services Ltd: stakeholder groups' views on the collaboration spectrum, Kestrel Environmental Services: internal audit of shareholder and client arrangements 2023 (corrected)";
    expect(text.split(title).length - 1).toBe(1);
  });

  it("starts each partnership on a page of its own", () => {
    for (const name of [
      "Kestrel Environmental Services Ltd",
      "Kestrelford and Harrowby Shared Management Team",
      "Kestrelford Integrated Neighbourhood Hub",
    ]) {
      const starts = sample.pages.filter((text) => new RegExp(`^\\d+\\. ${name}`).test(text.trim()));
      expect(starts.length, name).toBe(1);
    }
  });

  it("holds none of the sample content's private words, in the HTML or the PDF", () => {
    const pdfText = sample.pages.join("\n");
    for (const [where, word] of PRIVATE_WORDS) {
      const pattern = new RegExp(`\\b${word}`, "i");
      expect(pattern.test(sample.html), `${where} in the HTML`).toBe(false);
      expect(pattern.test(pdfText), `${where} in the PDF`).toBe(false);
    }
  });

  it("writes valid HTML with headings in order and no broken anchor, as check:dist judges a built page", async () => {
    expect(await checkDist(join(scratch, "sample"), "/")).toEqual([]);
  });

  describe("in Chromium", () => {
    // One page holds the pack for the checks below: a colour scheme or a width set on it restyles it in place.
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage();
      await page.setContent(sample.html, { waitUntil: "load" });
    });

    it.each(["light", "dark"] as const)("passes axe-core's WCAG 2.2 AA rules, %s", async (colorScheme) => {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    });

    it("fits a 320 px phone without sideways scrolling: wide tables scroll in their own region", async () => {
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  });
});

describe("npm run pack on the leaks fixture", () => {
  it("covers its partnership with nothing draft, embargoed, internal or suppressed, in the HTML or the PDF", () => {
    expect(leaks.status).toBe(0);
    expect(leaks.stdout).toContain("Covering 1 partnership: shared-legal");
    expect(leaks.html.match(/LEAK-[A-Z-]+/g)).toBeNull();
    expect(leaks.pages.join("\n").match(/LEAK-[A-Z-]+/g)).toBeNull();
    expect(leaks.pages.join("\n")).toContain("Shared Legal Service");
  });
});

describe("npm run pack for next week's meeting", () => {
  it("keeps today's embargoes while --date sets the as-at day for due dates, and says so", async () => {
    // Today is 27 November 2026; the meeting, far ahead, is after the fixture's embargo (1 January 2099) lifts.
    const future = await makePack(
      "future",
      ["--content", resolve(ROOT, "test/fixtures/leaks"), "--title", "Next meeting", "--date", "2099-06-01"],
      { SOURCE_DATE_EPOCH: "1795737600" },
    );
    expect(future.status).toBe(0);
    expect(future.html.match(/LEAK-[A-Z-]+/g)).toBeNull();
    expect(future.pages.join("\n").match(/LEAK-[A-Z-]+/g)).toBeNull();
    expect(future.html).toContain(
      "It uses only what Minimal partnership reviews had published by the end of 27 November 2026, the day the pack was made: anything under embargo then is left out, even if it is published by 1 June 2099. Due and overdue dates are as at 1 June 2099.",
    );
    expect(future.stdout).toContain("Taking what was published by the end of 27 November 2026, as at 1 June 2099");
  });
});

/** Returns the one element the selector finds in the root, or fails naming it. */
function one(root: HTMLElement, selector: string): HTMLElement {
  const found = root.querySelectorAll(selector);
  if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
  return found[0] as HTMLElement;
}

/** Returns the head and body of the table whose caption ends with these words, as HTML. */
function tableCaptioned(root: HTMLElement, caption: string): string {
  const table = root
    .querySelectorAll("table")
    .find((item) => item.querySelector("caption")?.text.trim().toLowerCase().endsWith(caption));
  if (table === undefined) throw new Error(`no table captioned "…${caption}"`);
  return `${one(table, "thead").toString()}${one(table, "tbody").toString()}`;
}

/** Returns each listed recommendation's status, flags and facts as HTML: the words its status is shown in. */
function statuses(root: HTMLElement): string[][] {
  return root
    .querySelectorAll("li.app-recommendation")
    .map((item) =>
      [".app-recommendation__status", ".app-recommendation__flags", ".app-recommendation__facts"].map(
        (selector) => item.querySelector(selector)?.toString() ?? "",
      ),
    );
}

describe("the site's committee pack and the site's pages, from one build", () => {
  const pack = parse(readFileSync(join(SITE, "committee-pack.html"), "utf8"));
  const sections = pack.querySelectorAll("section[id^=partnership-]");

  it("covers the partnerships needing attention, each with its factor table, chart and open recommendations", () => {
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) {
      expect(section.querySelectorAll("figure.app-chart").length, section.id).toBe(1);
    }
  });

  it("draws each partnership's factor findings, chart summary and recommendation statuses as its page does", () => {
    for (const section of sections) {
      const slug = section.id.replace(/^partnership-/, "");
      const page = parse(readFileSync(join(SITE, "partnerships", slug, "index.html"), "utf8"));
      // The pack's caption names the partnership, as several share the pack; the table itself is the page's.
      const caption = "stakeholder views by factor in the latest review";
      expect(tableCaptioned(section, caption), slug).toBe(tableCaptioned(page, caption));
      expect(one(section, ".app-chart__summary").toString(), slug).toBe(
        one(page, "#spectrum .app-chart__summary").toString(),
      );
      expect(statuses(section), slug).toEqual(statuses(page));
    }
  });
});

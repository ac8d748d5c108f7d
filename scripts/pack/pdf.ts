// Prints the pack's HTML to a tagged PDF with Chromium (through playwright-core): A4, the title and "as at"
// date at the top of every page and "Page N of M" at the foot, headings as the PDF's outline (bookmarks).
import { PDFDict, PDFDocument, PDFHexString, PDFName, type PDFRef } from "pdf-lib";
import type { Browser, Page } from "playwright-core";
import { escapeXml } from "../../src/lib/xml.ts";
import { chromiumPath, launchChromium } from "../browse/chromium.ts";

/**
 * The faces of the running header and footer, as the pack's print style sheet (src/styles/pack.scss) sets the
 * pages: Arial, or Liberation Sans (Arial's metrics) on Linux; Chromium embeds the one it uses in the PDF.
 */
export const PACK_FONT = 'Arial, "Liberation Sans", Helvetica, "DejaVu Sans", sans-serif';

/** Returns the running header: the pack's title and its "as at" date. Chromium shows no page styles here, so it is styled inline. */
export function headerTemplate(title: string, asAt: string): string {
  return `<div style="font-family: ${escapeXml(PACK_FONT)}; font-size: 8pt; color: #0b0c0c; width: 100%; margin: 0 15mm; display: flex; justify-content: space-between;"><span>${escapeXml(title)}</span><span>As at ${escapeXml(asAt)}</span></div>`;
}

/** Returns the running footer: "Page N of M", filled in by Chromium. */
export function footerTemplate(): string {
  return `<div style="font-family: ${escapeXml(PACK_FONT)}; font-size: 8pt; color: #0b0c0c; width: 100%; margin: 0 15mm; text-align: right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
}

/** Returns Chromium started for printing, or fails saying where it looked and how to install it. */
export async function startChromium(env: Readonly<Record<string, string | undefined>>): Promise<Browser> {
  return launchChromium(env).catch((error: unknown) => {
    throw new Error(
      `Chromium could not be started from ${chromiumPath(env)} (install Debian's chromium, or set CHROMIUM_PATH): ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
  });
}

/**
 * Returns the HTML printed as a tagged A4 PDF by the started Chromium, which it then closes; the PDF's title comes
 * from <title>, its language from <html lang>.
 */
export async function printPdf(
  html: string,
  page: { title: string; asAt: string },
  browser: Browser,
): Promise<Uint8Array> {
  try {
    const tab = await browser.newPage();
    // The pack is self-contained: nothing is fetched, so "load" means every style and chart is in.
    await tab.setContent(html, { waitUntil: "load" });
    await tab.emulateMedia({ media: "print" });
    const pdf = await tab.pdf({
      format: "A4",
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(page.title, page.asAt),
      footerTemplate: footerTemplate(),
      margin: { top: "20mm", bottom: "20mm", left: "15mm", right: "15mm" },
    });
    return await nameBookmarks(pdf, await printedHeadings(tab));
  } finally {
    await browser.close();
  }
}

/** Returns the text of every heading the printed page shows, in document order, its white space collapsed. */
async function printedHeadings(tab: Page): Promise<string[]> {
  return tab.evaluate(() =>
    [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
      .filter((heading) => heading.checkVisibility())
      .map((heading) => (heading.textContent ?? "").replace(/\s+/g, " ").trim()),
  );
}

/** Returns the outline's items in document order (depth first), as Chromium writes them. */
function outlineItems(pdf: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const visit = (first: unknown) => {
    let ref = first as PDFRef | undefined;
    while (ref !== undefined) {
      const item = pdf.context.lookup(ref, PDFDict);
      items.push(item);
      visit(item.get(PDFName.of("First")));
      ref = item.get(PDFName.of("Next")) as PDFRef | undefined;
    }
  };
  const outlines = pdf.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  visit(outlines?.get(PDFName.of("First")));
  return items;
}

/**
 * Returns the PDF with each bookmark named by its heading's own words. Chromium names a bookmark by the text it drew,
 * line by line with no space between lines and twice over for a heading that opens a page ("report tothe Scrutiny
 * Committee", "8. Kestrel Environmental Services Ltd8. Kestrel Environmental Services Ltd"). Unchanged when the
 * bookmarks and headings do not pair up one to one.
 */
export async function nameBookmarks(bytes: Uint8Array, headings: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const items = outlineItems(pdf);
  if (items.length === 0 || items.length !== headings.length) return bytes;
  for (const [index, item] of items.entries()) {
    item.set(PDFName.of("Title"), PDFHexString.fromText(headings[index] as string));
  }
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}

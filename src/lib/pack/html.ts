// Writes the committee pack as one self-contained, accessible HTML file: inline CSS, no scripts, no images
// other than inline SVG, so it can be uploaded to a committee system as it is, and printed by Chromium to PDF.
import { renderSvg } from "../../charts/index.ts";
import { formatDate } from "../format.ts";
import { escapeXml as escape } from "../xml.ts";
import {
  numberSections,
  type Figure,
  type NumberedParagraph,
  type NumberedSection,
  type PackDocument,
  type Table,
} from "./document.ts";

/** The font stack: metric-compatible fonts that Chromium embeds in the PDF (Liberation Sans stands in for Arial on Linux). */
export const PACK_FONT = 'Arial, "Liberation Sans", Helvetica, "DejaVu Sans", sans-serif';

// Print-first styles: black on white, A4 margins set by the PDF step, each partnership on a new page, tables and
// figures kept whole where they fit. Colours meet 4.5:1 on white.
const STYLES = `
html { font-family: ${PACK_FONT}; font-size: 11pt; line-height: 1.4; color: #0b0c0c; background: #ffffff; }
body { margin: 0 auto; max-width: 48rem; padding: 1rem; }
h1 { font-size: 1.8rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; break-after: avoid; }
h3 { font-size: 1.1rem; margin: 1rem 0 0.4rem; break-after: avoid; }
p { margin: 0 0 0.6rem; }
.pack-organisation, .pack-as-at { font-size: 1.1rem; margin: 0 0 0.4rem; }
.pack-para { display: flex; gap: 0.6rem; }
.pack-para__number { flex: 0 0 2.6rem; font-weight: bold; }
.pack-para__text { flex: 1 1 auto; overflow-wrap: anywhere; }
a { color: #1d4f91; }
.pack-table { overflow-x: auto; margin: 0 0 1rem; }
.pack-table:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; break-inside: auto; }
caption { text-align: left; font-weight: bold; padding: 0 0 0.3rem; }
th, td { border: 1px solid #505a5f; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
thead th { background: #f3f2f1; }
tr { break-inside: avoid; }
figure { margin: 0 0 1rem; }
figcaption { font-weight: bold; margin: 0 0 0.4rem; }
figure svg { max-width: 100%; height: auto; display: block; break-inside: avoid; }
.pack-contents { list-style: none; padding-left: 0; }
.pack-contents a { display: inline-block; min-height: 24px; line-height: 24px; }
.pack-section--new-page { break-before: page; }
figure table { font-size: 0.8rem; }
@media print { body { max-width: none; padding: 0; } .pack-table { overflow: visible; } }
@page { size: A4; }
`;

/** Returns a numbered paragraph, its number in its own column so the text lines up. */
export function renderParagraph(paragraph: NumberedParagraph): string {
  const link =
    paragraph.link === undefined ? "" : `<a href="${escape(paragraph.link.href)}">${escape(paragraph.link.text)}</a>`;
  return `<p class="pack-para" id="para-${paragraph.number.replace(".", "-")}"><span class="pack-para__number">${paragraph.number}</span> <span class="pack-para__text">${escape(paragraph.text)}${link}</span></p>`;
}

/**
 * Returns a data table with its caption, column headers and row headers, in a focusable region named by its caption
 * that scrolls sideways on a narrow screen, so that a wide table does not push the whole page wider.
 */
export function renderTable(table: Pick<Table, "caption" | "head" | "rows">): string {
  const head = table.head.map((cell) => `<th scope="col">${escape(cell)}</th>`).join("");
  const rows = table.rows
    .map(
      (row) =>
        `<tr><th scope="row">${escape(row.header)}</th>${row.cells.map((cell) => `<td>${escape(cell)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  const caption = escape(table.caption);
  return `<section class="pack-table" aria-label="${caption}" tabindex="0">\n<table>\n<caption>${caption}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n</section>`;
}

/** Returns a chart as a figure: its caption, the SVG (role="img" with <title> and <desc>), its summary in words and its data as a table. */
export function renderFigure(figure: Figure): string {
  return [
    `<figure id="${escape(figure.id)}">`,
    `<figcaption>${escape(figure.caption)}</figcaption>`,
    renderSvg(figure.chart, `${figure.id}-svg`),
    `<p>${escape(figure.chart.summary.join(" "))}</p>`,
    renderTable(figure.chart.table),
    "</figure>",
  ].join("\n");
}

/** Returns one numbered section: its heading ("4. Partnerships needing attention") and its blocks. */
export function renderSection(section: NumberedSection): string {
  const blocks = section.blocks.map((block) => {
    switch (block.kind) {
      case "paragraph":
        return renderParagraph(block);
      case "subheading":
        return `<h3>${escape(block.text)}</h3>`;
      case "table":
        return renderTable(block);
      case "figure":
        return renderFigure(block);
    }
  });
  const className = section.newPage === true ? ` class="pack-section--new-page"` : "";
  return [
    `<section id="${escape(section.id)}"${className} aria-labelledby="${escape(section.id)}-heading">`,
    `<h2 id="${escape(section.id)}-heading">${section.number}. ${escape(section.title)}</h2>`,
    ...blocks,
    "</section>",
  ].join("\n");
}

/** Returns the whole pack as one HTML document: lang set, a title, a contents list and numbered sections. */
export function renderPackHtml(pack: PackDocument): string {
  const sections = numberSections(pack.sections);
  const asAt = formatDate(pack.asAt);
  const contents = sections
    .map((section) => `<li><a href="#${escape(section.id)}">${section.number}. ${escape(section.title)}</a></li>`)
    .join("\n");
  return [
    "<!DOCTYPE html>",
    `<html lang="${escape(pack.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(pack.title)}</title>`,
    `<style>${STYLES}</style>`,
    "</head>",
    "<body>",
    "<main>",
    "<header>",
    `<p class="pack-organisation">${escape(pack.organisation)}</p>`,
    `<h1>${escape(pack.title)}</h1>`,
    `<p class="pack-as-at">As at ${escape(asAt)}: only reviews published by the end of that day.</p>`,
    "</header>",
    '<nav aria-labelledby="contents-heading">',
    '<h2 id="contents-heading">Contents</h2>',
    `<ol class="pack-contents">\n${contents}\n</ol>`,
    "</nav>",
    ...sections.map(renderSection),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

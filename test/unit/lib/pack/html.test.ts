import { describe, expect, it } from "vitest";
import { numberSections } from "../../../../src/lib/pack/document.ts";
import { renderPackHtml, renderParagraph, renderSection, renderTable } from "../../../../src/lib/pack/html.ts";
import { buildPack } from "../../../../src/lib/pack/pack-model.ts";
import { ROOT, sampleModel } from "../open-data/sample-model.ts";

function samplePack() {
  const model = sampleModel();
  return buildPack(model, model.partnerships, {
    title: "Partnerships <report> to Scrutiny",
    reasons: (item) => item.attention.map((reason) => reason.text),
    ruleText: "The rule.",
    siteRoot: ROOT,
    highRiskScore: 15,
  });
}

describe("renderParagraph(paragraph)", () => {
  it("renderParagraph(paragraph) writes the number in its own span, then the escaped text and link", () => {
    expect(
      renderParagraph({
        kind: "paragraph",
        number: "8.2",
        text: "Risks & issues: ",
        link: { text: "the register", href: "https://example.gov.uk/risks/?a=1&b=2" },
      }),
    ).toBe(
      '<p class="pack-para" id="para-8-2"><span class="pack-para__number">8.2</span> <span class="pack-para__text">Risks &amp; issues: <a href="https://example.gov.uk/risks/?a=1&amp;b=2">the register</a></span></p>',
    );
  });
});

describe("renderTable(table)", () => {
  it("renderTable(table) writes a caption, column headers and row headers with their scope, in a region that scrolls", () => {
    expect(renderTable({ caption: "Risks", head: ["Risk", "Score"], rows: [{ header: "A <b>", cells: ["12"] }] })).toBe(
      [
        '<section class="pack-table" aria-label="Risks" tabindex="0">',
        "<table>",
        "<caption>Risks</caption>",
        '<thead><tr><th scope="col">Risk</th><th scope="col">Score</th></tr></thead>',
        "<tbody>",
        '<tr><th scope="row">A &lt;b&gt;</th><td>12</td></tr>',
        "</tbody>",
        "</table>",
        "</section>",
      ].join("\n"),
    );
  });
});

describe("renderSection(section)", () => {
  it("renderSection(section) heads the section with its number and title and numbers its paragraphs", () => {
    const [section] = numberSections([
      { id: "purpose", title: "Purpose of the report", blocks: [{ kind: "paragraph", text: "Why." }] },
    ]);
    expect(section && renderSection(section)).toBe(
      [
        '<section id="purpose" aria-labelledby="purpose-heading">',
        '<h2 id="purpose-heading">1. Purpose of the report</h2>',
        '<p class="pack-para" id="para-1-1"><span class="pack-para__number">1.1</span> <span class="pack-para__text">Why.</span></p>',
        "</section>",
      ].join("\n"),
    );
  });
});

describe("renderPackHtml(pack)", () => {
  const html = renderPackHtml(samplePack());

  it("renderPackHtml(pack) sets the language and the escaped title", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain("<title>Partnerships &lt;report&gt; to Scrutiny</title>");
    expect(html).toContain("<h1>Partnerships &lt;report&gt; to Scrutiny</h1>");
    expect(html).toContain(
      '<p class="pack-as-at">As at 15 January 2026: only reviews published by the end of that day.</p>',
    );
  });

  it("renderPackHtml(pack) writes the headings in order: the title, the contents and each numbered section", () => {
    const headings = [...html.matchAll(/<h([1-3])[^>]*>([^<]*)</g)].map((match) => `h${match[1]} ${match[2]}`);
    expect(headings).toEqual([
      "h1 Partnerships &lt;report&gt; to Scrutiny",
      "h2 Contents",
      "h2 1. Purpose of the report",
      "h2 2. Recommendations",
      "h2 3. Summary of findings",
      "h2 4. Partnerships needing attention",
      "h2 5. Financial implications",
      "h2 6. Risks",
      "h2 7. Background papers",
      "h2 8. Community Safety Partnership",
      "h3 Where it stands",
      "h3 Open and overdue recommendations",
      "h2 9. Shared Legal Service",
      "h3 Where it stands",
      "h3 Current risks",
      "h3 Open and overdue recommendations",
    ]);
  });

  it("renderPackHtml(pack) numbers a paragraph so members can refer to it", () => {
    expect(html).toContain(
      '<p class="pack-para" id="para-4-4"><span class="pack-para__number">4.4</span> <span class="pack-para__text">Shared Legal Service needs attention for one reason. One overdue recommendation.</span></p>',
    );
  });

  it("renderPackHtml(pack) draws the chart as an SVG image with a title and description, its summary and its table", () => {
    expect(html).toContain('<figure id="chart-shared-legal">');
    expect(html).toMatch(
      /<svg [^>]*role="img" aria-labelledby="chart-shared-legal-svg-title chart-shared-legal-svg-desc"/,
    );
    expect(html).toContain('<title id="chart-shared-legal-svg-title">');
    expect(html).toContain('<desc id="chart-shared-legal-svg-desc">');
    expect(html).toContain("<p>No factor has published views from more than one group, so none can be compared.");
    expect(html).toMatch(
      /<figure id="chart-shared-legal">[\s\S]*<table>\n<caption>[\s\S]*<\/table>\n<\/section>\n<\/figure>/,
    );
  });

  it("renderPackHtml(pack) is self-contained: no script, no external style sheet or image", () => {
    expect(html).not.toMatch(/<script|<link|<img|src=/);
  });
});

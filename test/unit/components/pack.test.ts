import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import FactorTable from "../../../src/components/FactorTable.astro";
import RecommendationList from "../../../src/components/RecommendationList.astro";
import { renderPack, withoutInternetExplorerRules } from "../../../src/components/pack/render-pack.ts";
import { buildPack } from "../../../src/lib/pack/pack-model.ts";
import { partnershipPage } from "../../../src/lib/pages/partnership-page.ts";
import { PACK_FONT } from "../../../scripts/pack/pdf.ts";
import { ROOT, sampleModel } from "../lib/open-data/sample-model.ts";
import { render, tableRows, visibleText } from "./render.ts";

const model = sampleModel();
const legal = model.partnerships.find((partnership) => partnership.slug === "shared-legal");
if (legal?.current === undefined) throw new Error("the sample has no current review of shared-legal");
const current = legal.current;
const source = await renderPack(
  buildPack(model, model.partnerships, {
    title: "Partnerships <report> to Scrutiny",
    ruleText: "The rule.",
    siteRoot: ROOT,
  }),
);
const pack = parse(source, { comment: false });

/** Returns the one element the selector finds, or fails. */
function one(root: HTMLElement, selector: string): HTMLElement {
  const found = root.querySelectorAll(selector);
  if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
  return found[0] as HTMLElement;
}

/** Returns a table's head and body as HTML, without its caption. */
function withoutCaption(table: HTMLElement): string {
  return `${one(table, "thead").toString()}${one(table, "tbody").toString()}`;
}

/** Returns the outer HTML of each recommendation's status, flags and facts: the words a status is shown in. */
function statusParts(list: HTMLElement): string[][] {
  return list
    .querySelectorAll("li.app-recommendation")
    .map((item) =>
      [".app-recommendation__status", ".app-recommendation__flags", ".app-recommendation__facts"].map(
        (selector) => item.querySelector(selector)?.toString() ?? "",
      ),
    );
}

describe("withoutInternetExplorerRules(css)", () => {
  it("withoutInternetExplorerRules(css) leaves out `@media screen\\0` blocks, escaped or as a build writes them", () => {
    const css =
      ".a{color:red}@media screen\\0{.b{display:none}}.c{margin:0}@media screen\uFFFD and (min-width:1px){.d{x:y}.e{x:y}}.f{}";
    expect(withoutInternetExplorerRules(css)).toBe(".a{color:red}.c{margin:0}.f{}");
  });
});

describe("renderPack(pack)", () => {
  it("renderPack(pack) writes one HTML document: its language, escaped title, inline styles and no scripts or files", () => {
    expect(source.startsWith('<!DOCTYPE html><html lang="en-GB" class="govuk-template">')).toBe(true);
    expect(source).toContain("<title>Partnerships &lt;report&gt; to Scrutiny</title>");
    expect(source).not.toMatch(/<script|<link|<img|<iframe|src=/);
    const styles = one(pack, "head style").textContent;
    expect(styles).toContain(".app-pack-para__number");
    expect(styles).toContain(`font-family: ${PACK_FONT} !important`);
    // GOV.UK Frontend's Internet Explorer block (`@media screen\0`) is not valid CSS inside an HTML file; the
    // details component's own rules stay.
    expect(styles).not.toContain("screen\\0");
    expect(styles).not.toContain("screen\uFFFD");
    expect(styles).toContain(".govuk-details__summary");
  });

  it("renderPack(pack) heads it with the organisation, the title and the as-at day, then the contents", () => {
    expect(visibleText(one(pack, "header"))).toBe(
      // Then the front sheet: the meeting defaults to the as-at day; no committee was named.
      "Example Borough Council Partnerships <report> to Scrutiny As at 15 January 2026: only reviews published by the end of that day. Meeting date 15 January 2026 Contact officer Partnership reviews team (reviews@example.gov.uk) Wards affected All wards Key decision No: the report is for scrutiny and asks for no decision on spending or services",
    );
    expect(
      one(pack, "nav")
        .querySelectorAll("a")
        .map((link) => [link.getAttribute("href"), link.text]),
    ).toEqual([
      ["#purpose", "1. Purpose of the report"],
      ["#recommendations", "2. Recommendations"],
      ["#summary", "3. Summary of findings"],
      ["#needs-attention", "4. Partnerships needing attention"],
      ["#recommendation-flags", "5. Recommendations without a response or not updated"],
      ["#financial-implications", "6. Financial implications"],
      ["#legal-implications", "7. Legal implications"],
      ["#equality-implications", "8. Equality implications"],
      ["#risks", "9. Risks"],
      ["#background-papers", "10. Background papers"],
      ["#partnership-community-safety", "11. Community Safety Partnership"],
      ["#partnership-shared-legal", "12. Shared Legal Service"],
    ]);
  });

  it("renderPack(pack) keeps the headings in order: title, contents, sections, their sub-headings and recommendations", () => {
    expect(pack.querySelectorAll("h1, h2, h3, h4").map((heading) => `${heading.tagName} ${heading.text}`)).toEqual([
      "H1 Partnerships <report> to Scrutiny",
      "H2 Contents",
      "H2 1. Purpose of the report",
      "H2 2. Recommendations",
      "H2 3. Summary of findings",
      "H2 4. Partnerships needing attention",
      "H2 5. Recommendations without a response or not updated",
      "H2 6. Financial implications",
      "H2 7. Legal implications",
      "H2 8. Equality implications",
      "H2 9. Risks",
      "H2 10. Background papers",
      "H2 11. Community Safety Partnership",
      "H3 Where it stands",
      "H3 Questions for members",
      "H3 Open and overdue recommendations",
      "H2 12. Shared Legal Service",
      "H3 Where it stands",
      "H3 Questions for members",
      "H3 Current risks",
      "H3 Open and overdue recommendations",
      "H4 Agree shared measures.",
      "H4 +Publish costs",
    ]);
  });

  it("renderPack(pack) numbers each paragraph, with an anchor, and sets its reasons in a list under it", () => {
    const attention = one(pack, "#needs-attention");
    expect(attention.querySelectorAll("p.app-pack-para").map((paragraph) => paragraph.id)).toEqual([
      "para-4-1",
      "para-4-2",
      "para-4-3",
      "para-4-4",
    ]);
    expect(visibleText(one(pack, "#para-4-4"))).toBe("4.4 Shared Legal Service needs attention for two reasons:");
    expect(attention.querySelectorAll(".app-pack-indent li").map((item) => item.text)).toEqual([
      "No agreed target level",
      "Never reviewed; a review was due by 1 April 2001",
      "One overdue recommendation",
      "Two recommendations without a management response 3 months after publication",
    ]);
  });

  it("renderPack(pack) draws a partnership's factor findings with FactorTable, exactly as its page does", async () => {
    const section = one(pack, "#partnership-shared-legal");
    const table = section
      .querySelectorAll("table")
      .find(
        (item) =>
          item.querySelector("caption")?.text ===
          "Shared Legal Service: stakeholder views by factor in the latest review",
      );
    if (table === undefined) throw new Error("no factor table in the pack's section");
    expect(tableRows(table)).toEqual([
      ["Factor", "Consensus", "Spread", "Agreement and findings", "Confidence"],
      [
        "Strategy",
        "3.0 (Joined)",
        "–",
        "Not triangulated: views from Council officers only",
        "Low confidence: not triangulated",
      ],
      ["Delivery", "No published view", "–", "No published view", "Low confidence: not triangulated"],
    ]);
    // The partnership page's own call (src/pages/partnerships/[slug]/index.astro).
    const page = await render(FactorTable, {
      findings: current.findings,
      judgements: current.factorJudgements,
      caption: "Stakeholder views by factor in the latest review",
    });
    // The caption names the partnership, as several share the pack; the table itself is the page's.
    expect(withoutCaption(table)).toBe(withoutCaption(one(page, "table")));
  });

  it("renderPack(pack) shows each open recommendation's status with RecommendationList, exactly as its page does", async () => {
    const list = one(one(pack, "#partnership-shared-legal"), "ol.app-recommendations");
    expect(
      list
        .querySelectorAll("li.app-recommendation")
        .map((item) => [
          visibleText(one(item, ".app-recommendation__status")),
          visibleText(one(item, ".app-recommendation__flags")),
        ]),
    ).toEqual([
      // Neither recommendation has a management response, more than three months after its review.
      [
        "In progress as at 30 June 2025 (was open when made)",
        "Overdue: was due by 31 March 2025 Not updated since 30 June 2025 No management response",
      ],
      ["Open as at 30 June 2024", "Not updated since 30 June 2024 No management response"],
    ]);
    // The partnership page's own list of its open recommendations, drawn as the page draws it.
    const page = await render(RecommendationList, { items: partnershipPage(model, legal, [], "/").open });
    expect(statusParts(list)).toEqual(statusParts(one(page, "ol.app-recommendations")));
  });

  it("renderPack(pack) draws the spectrum chart with the site's figure: one caption, the SVG in two widths, its summary", () => {
    const figure = one(pack, "figure#chart-shared-legal");
    expect(visibleText(one(figure, "figcaption"))).toBe(
      "Shared Legal Service: stakeholder groups' views on the collaboration spectrum, Shared Legal Service: annual review 2025",
    );
    expect(figure.querySelectorAll("svg[role=img]").map((svg) => svg.getAttribute("aria-labelledby"))).toEqual([
      "chart-shared-legal-wide-title chart-shared-legal-wide-desc",
      "chart-shared-legal-narrow-title chart-shared-legal-narrow-desc",
    ]);
    expect(visibleText(one(figure, ".app-chart__summary"))).toBe(
      "No factor has published views from more than one group, so none can be compared. Strategy is not triangulated: only Council officers gave a published view. Delivery has no published view. Consensus is at the target level, Joined, on the one factor. Confidence is low on the one factor (the table gives the reasons).",
    );
  });
});

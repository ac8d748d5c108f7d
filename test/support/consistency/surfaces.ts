// Reads statements back from what a build publishes: the pages (review, partnership, /compare/, home, tracker), the
// chart tables on them, the CSV and JSON downloads and the committee pack, committee resolutions included. HTML is read with a real parser
// (node-html-parser), CSV with csv-parse. The site model is used only to name subjects (a factor's label gives its id,
// a review's path its partnership), never for a value: every value comes from the file.
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseHtml, type HTMLElement } from "node-html-parser";
import type { SiteModel } from "../../../src/lib/site-model.ts";
import { longDate } from "../../../src/lib/words.ts";
import { numberText } from "./layer.ts";
import {
  factorSubject,
  indicatorSubject,
  moveSubject,
  NONE,
  PORTFOLIO,
  resolutionStatusCount,
  S,
  Statements,
  statusCount,
  viewNumber,
  viewStatement,
  yesNo,
  type Statement,
} from "./statements.ts";

/** A built site's files by their path under the site's root, such as "data/factors.csv"; undefined when absent. */
export type SiteFiles = (path: string) => string | undefined;

type Say = (subject: string, statement: string, value: string) => void;

/** Returns the text of an element with its whitespace collapsed, as a reader sees it. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.text ?? "").replace(/\s+/g, " ").trim();
}

/** Returns the level text a cell starts with: "3.8 (Cooperating) (10 people)" gives "3.8 (Cooperating)". */
function levelIn(text: string): string {
  const match = /-?\d+(\.\d+)? \([^()]+\)/.exec(text);
  return match === null ? NONE : match[0];
}

/** Returns the spread a cell states: "1.0 level", or none where it says there is none ("Only one view"). */
function spreadIn(text: string): string {
  return /^\d/.test(text) ? text : NONE;
}

/** Returns a cell's findings: each list item, or the cell's text, joined with "; ". */
function findingsIn(cell: HTMLElement): string {
  const items = cell.querySelectorAll("li").map(textOf);
  return items.length > 0 ? items.join("; ") : textOf(cell);
}

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];

/** Returns a count written in digits or in words ("Six", "7") as digits; the text itself when it is neither. */
function countOf(text: string): string {
  const word = NUMBER_WORDS.indexOf(text.toLowerCase());
  return word >= 0 ? String(word) : text;
}

/** A table read by its column headings: each row's cells by heading. */
interface TableRows {
  caption: string;
  head: string[];
  rows: Map<string, HTMLElement>[];
}

/** Returns a table's rows as cells by column heading. */
function readTable(table: HTMLElement): TableRows {
  const head = table.querySelectorAll("thead th").map(textOf);
  const rows = table.querySelectorAll("tbody tr").map((row) => {
    const cells = row.querySelectorAll("th, td");
    return new Map(cells.map((cell, index) => [head[index] ?? String(index), cell]));
  });
  return { caption: textOf(table.querySelector("caption")), head, rows };
}

/** Returns the tables in an element whose headings include every one given. */
function tablesWith(root: HTMLElement, ...headings: string[]): TableRows[] {
  return root
    .querySelectorAll("table")
    .map(readTable)
    .filter((table) => headings.every((heading) => table.head.includes(heading)));
}

/** The site model's names for subjects: factor and group labels to ids. */
interface Names {
  factorId: Map<string, string>;
  groupLabels: { id: string; label: string }[];
}

function namesOf(model: SiteModel): Names {
  return {
    factorId: new Map(model.framework.factors.map((factor) => [factor.label, factor.id])),
    groupLabels: model.framework.stakeholderGroups.map((group) => ({ id: group.id, label: group.label })),
  };
}

/**
 * Reads the statements about each factor of one review from the factor tables in `root`: the spectrum chart's data
 * table (views, consensus, spread, finding), the factor table (consensus, spread, agreement and findings) and the
 * group table (each view with its respondents).
 */
function readFactorTables(root: HTMLElement, names: Names, slug: string, review: string, say: Say): void {
  const subject = (row: Map<string, HTMLElement>): string | undefined => {
    const id = names.factorId.get(textOf(row.get("Factor")));
    return id === undefined ? undefined : factorSubject(slug, review, id);
  };
  for (const table of tablesWith(root, "Factor", "Consensus", "Spread", "Finding")) {
    for (const row of table.rows) {
      const about = subject(row);
      if (about === undefined) continue;
      say(about, S.consensus, levelIn(textOf(row.get("Consensus"))));
      say(about, S.spread, spreadIn(textOf(row.get("Spread"))));
      const finding = row.get("Finding");
      if (finding !== undefined) say(about, S.findings, findingsIn(finding));
      const confidence = row.get("Confidence");
      // "Low confidence: …", then the weighting check's sentence after a full stop when the factor is sensitive.
      if (confidence !== undefined) say(about, S.confidence, textOf(confidence).split(". ")[0] ?? NONE);
      for (const { id, label } of names.groupLabels) {
        const cell = row.get(label);
        if (cell !== undefined && /\d/.test(textOf(cell))) say(about, viewStatement(id), levelIn(textOf(cell)));
      }
    }
  }
  for (const table of tablesWith(root, "Factor", "Consensus", "Agreement and findings")) {
    for (const row of table.rows) {
      const about = subject(row);
      if (about === undefined) continue;
      say(about, S.consensus, levelIn(textOf(row.get("Consensus"))));
      say(about, S.spread, spreadIn(textOf(row.get("Spread"))));
      const cell = row.get("Agreement and findings");
      if (cell !== undefined) say(about, S.findings, findingsIn(cell));
      const confidence = row.get("Confidence");
      if (confidence !== undefined) {
        say(about, S.confidence, textOf(confidence.querySelector("li") ?? confidence));
      }
    }
  }
  for (const table of root.querySelectorAll("table").map(readTable)) {
    if (!table.caption.startsWith("Each stakeholder group's level by factor")) continue;
    for (const row of table.rows) {
      const about = subject(row);
      if (about === undefined) continue;
      for (const { id, label } of names.groupLabels) {
        const cell = row.get(label);
        if (cell !== undefined && /\d/.test(textOf(cell))) say(about, viewStatement(id), levelIn(textOf(cell)));
      }
    }
  }
}

/**
 * Reads the spectrum chart's summary: "Confidence is high on Strategy and Delivery; low on Outcomes (the table gives the
 * reasons)." or "Confidence is medium on every factor." A level on "every factor" (or "the one factor") is stated about
 * each factor the chart's own table gives a consensus for; a count of factors names none.
 */
function readConfidenceSummary(root: HTMLElement, names: Names, slug: string, review: string, say: Say): void {
  for (const figure of root.querySelectorAll("figure")) {
    const table = figure.querySelector("table");
    if (table === null) continue;
    const { head, rows } = readTable(table);
    if (!["Factor", "Consensus", "Finding", "Confidence"].every((heading) => head.includes(heading))) continue;
    const sentence = /Confidence is ([^.]*?)(?: \(the table gives the reasons\))?\./.exec(
      textOf(figure.querySelector(".app-chart__summary")),
    );
    if (sentence?.[1] === undefined) continue;
    const rated = rows
      .filter((row) => levelIn(textOf(row.get("Consensus"))) !== NONE)
      .flatMap((row) => names.factorId.get(textOf(row.get("Factor"))) ?? []);
    for (const part of sentence[1].split("; ")) {
      const level = /^(high|medium|low) on (.*)$/.exec(part);
      if (level?.[1] === undefined || level[2] === undefined) continue;
      const factors = ["every factor", "the one factor"].includes(level[2])
        ? rated
        : level[2].split(/, | and /).flatMap((label) => names.factorId.get(label) ?? []);
      for (const factor of factors) say(factorSubject(slug, review, factor), S.confidenceLevel, level[1]);
    }
  }
}

/** Returns a page's words for "none" in an indicator cell ("No target", "Not given") as none. */
function indicatorCell(text: string): string {
  return text === "No target" || text === "Not given" || text === "" ? NONE : text;
}

/**
 * Reads a review page's indicator tables (the table under "Performance indicators" and the indicator chart's data
 * table): each row's actual, target and previous figures as shown, whether it met its target and its trend, and the
 * perception and performance gaps listed above them. A row names its indicator by its id ("indicator-<id>" or
 * data-row).
 */
function readIndicators(root: HTMLElement, names: Names, slug: string, review: string, say: Say): void {
  for (const table of root.querySelectorAll("table")) {
    const head = table.querySelectorAll("thead th").map(textOf);
    if (!["Indicator", "Actual", "Target", "Previous", "Met", "Trend"].every((heading) => head.includes(heading))) {
      continue;
    }
    for (const row of table.querySelectorAll("tbody tr")) {
      const id = row.getAttribute("data-row") ?? /^indicator-(.+)$/.exec(row.getAttribute("id") ?? "")?.[1];
      if (id === undefined) continue;
      const cells = new Map(row.querySelectorAll("th, td").map((cell, index) => [head[index] ?? "", textOf(cell)]));
      const subject = indicatorSubject(slug, review, id);
      say(subject, S.indicatorActual, indicatorCell(cells.get("Actual") ?? ""));
      say(subject, S.indicatorTarget, indicatorCell(cells.get("Target") ?? ""));
      say(subject, S.indicatorPrevious, indicatorCell(cells.get("Previous") ?? ""));
      say(subject, S.indicatorMetWords, indicatorCell(cells.get("Met") ?? ""));
      say(subject, S.indicatorTrendWords, indicatorCell(cells.get("Trend") ?? ""));
    }
  }
  // "Delivery: the reviewer judged it adequate, but 2 of its 3 indicators miss their targets."
  for (const item of root.querySelectorAll(".app-performance-gaps > ul > li")) {
    const words = textOf(item.querySelector("strong")).replace(/\.$/, "");
    const factor = names.factorId.get(words.split(":")[0] ?? "");
    if (factor !== undefined) say(factorSubject(slug, review, factor), S.performanceGapWords, words);
  }
}

/** Returns the elements after a heading up to the next heading of its rank or higher. */
function sectionAfter(heading: HTMLElement): HTMLElement[] {
  const rank = Number(heading.tagName.slice(1));
  const out: HTMLElement[] = [];
  for (let node = heading.nextElementSibling; node !== null; node = node.nextElementSibling) {
    if (/^H[1-6]$/.test(node.tagName) && Number(node.tagName.slice(1)) <= rank) break;
    out.push(node);
  }
  return out;
}

/**
 * Reads each committee resolution listed in `root` (a partnership page or the pack: li.app-recommendation with its
 * permanent anchor "res-<id>"): its status, the date it stands as at, and the overdue and not-updated flags.
 */
function readResolutionList(root: HTMLElement, say: Say): void {
  for (const item of root.querySelectorAll("li.app-recommendation[id^=res-]")) {
    const id = (item.getAttribute("id") ?? "").slice("res-".length);
    const status = item.querySelector(".app-recommendation__status");
    say(id, S.statusLabel, textOf(status?.querySelector(".govuk-tag")));
    say(id, S.asAt, status?.querySelector("time")?.getAttribute("datetime") ?? NONE);
    say(id, S.asAtWords, textOf(status?.querySelector("time")));
    const flags = item.querySelectorAll(".app-recommendation__flags > li").map(textOf);
    say(id, S.overdueWords, flags.find((flag) => flag.startsWith("Overdue")) ?? NONE);
    say(id, S.staleWords, flags.find((flag) => flag.startsWith("Not updated")) ?? NONE);
  }
}

/** Returns the reasons a "needs attention" list gives, joined with "; ". */
function reasonsIn(list: HTMLElement | null | undefined): string {
  const items = list?.querySelectorAll(":scope > li").map(textOf) ?? [];
  return items.length === 0 ? NONE : items.join("; ");
}

/** Review pages: every published or withdrawn review's factor tables. */
function reviewPages(files: SiteFiles, model: SiteModel, statements: Statements): void {
  const say = statements.from("review page");
  const names = namesOf(model);
  for (const review of model.reviews) {
    const html = files(`partnerships/${review.partnership}/reviews/${review.id}/index.html`);
    if (html === undefined) continue;
    const root = parseHtml(html);
    readFactorTables(root, names, review.partnership, review.id, say);
    readConfidenceSummary(root, names, review.partnership, review.id, say);
    readIndicators(root, names, review.partnership, review.id, say);
  }
}

/** Partnership pages: the current review's factor tables, the needs-attention reasons and what changed. */
function partnershipPages(files: SiteFiles, model: SiteModel, statements: Statements): void {
  const say = statements.from("partnership page");
  const names = namesOf(model);
  for (const partnership of model.partnerships) {
    const html = files(`partnerships/${partnership.slug}/index.html`);
    if (html === undefined) continue;
    const root = parseHtml(html);
    if (partnership.current !== undefined) {
      readFactorTables(root, names, partnership.slug, partnership.current.id, say);
      readConfidenceSummary(root, names, partnership.slug, partnership.current.id, say);
    }
    readResolutionList(root, say);
    const attention = root.querySelector("#section-attention");
    if (attention === null) {
      say(partnership.slug, S.needsAttention, NONE);
      say(partnership.slug, S.reasonCount, "0");
    } else {
      const section = sectionAfter(attention);
      const list = section.find((node) => node.tagName === "UL");
      say(partnership.slug, S.needsAttention, reasonsIn(list));
      const count = /for (\w+) reasons?/.exec(section.map(textOf).join(" "));
      if (count?.[1] !== undefined) say(partnership.slug, S.reasonCount, countOf(count[1]));
    }
    // "How sure: Low confidence: the lowest of …", or "How sure: Not assessed: no published view."
    const sure = /^How sure: (Not assessed: [^.]*|\w+ confidence)/.exec(
      textOf(root.querySelector("#headline-confidence")),
    );
    if (sure?.[1] !== undefined) say(partnership.slug, S.headline, sure[1]);
    readFactorTrends(root, model, partnership, say);
    const changes = partnership.changes;
    const heading = root.querySelector("#section-changes");
    if (changes === undefined || heading === null) continue;
    const moveOf = (factor: string) => moveSubject(partnership.slug, changes.previous.id, changes.current.id, factor);
    const section = sectionAfter(heading);
    const levels = section.findIndex((node) => textOf(node) === "Factor levels");
    if (levels < 0) continue;
    for (const node of sectionAfter(section[levels] as HTMLElement)) {
      if (node.tagName === "UL") {
        for (const item of node.querySelectorAll("li").map(textOf)) {
          const factor = names.factorId.get(item.split(":")[0] ?? "");
          if (factor === undefined) continue;
          say(moveOf(factor), S.moveCounted, yesNo(true));
          say(moveOf(factor), S.move, item);
        }
      }
      // "A and B moved by less than 0.5 of a level…", or "No factor's consensus moved by 0.5 of a level or more: A
      // and B moved by less…".
      const unchanged = /^(?:No factor.s consensus moved by [^:]*: )?(.*) moved by less\b/.exec(textOf(node));
      if (node.tagName === "P" && unchanged?.[1] !== undefined) {
        for (const label of unchanged[1].split(/, | and /)) {
          const factor = names.factorId.get(label);
          if (factor === undefined) continue;
          say(moveOf(factor), S.moveCounted, yesNo(false));
          say(moveOf(factor), S.move, NONE);
        }
      }
    }
  }
}

/**
 * Reads the factor-trend chart on a partnership page: its data table's consensus for each published review (a column
 * per review, headed by its date), and its summary's moves from the first review to the latest ("consensus rose on A
 * and fell on B. C and D moved by less than 0.5 of a level…").
 */
function readFactorTrends(
  root: HTMLElement,
  model: SiteModel,
  partnership: SiteModel["partnerships"][number],
  say: Say,
): void {
  const figure = root.querySelector("figure#factor-trends");
  if (figure === null) return;
  const published = partnership.reviews
    .filter((review) => review.published)
    .sort((a, b) => a.meta.date.localeCompare(b.meta.date) || a.id.localeCompare(b.id));
  // A column is headed by its review's date: the date names the review only when no other review has it.
  const byDate = new Map<string, string | undefined>();
  for (const review of published) {
    const day = longDate(review.meta.date);
    byDate.set(day, byDate.has(day) ? undefined : review.id);
  }
  const names = namesOf(model);
  const table = figure.querySelector("table");
  if (table !== null) {
    const { head, rows } = readTable(table);
    for (const row of rows) {
      const factor = names.factorId.get(textOf(row.get("Factor")));
      if (factor === undefined) continue;
      for (const day of head.slice(1)) {
        const review = byDate.get(day);
        const cell = textOf(row.get(day));
        if (review !== undefined) say(factorSubject(partnership.slug, review, factor), S.consensus, levelIn(cell));
      }
    }
  }
  const [first, latest] = [published[0], published.at(-1)];
  if (first === undefined || latest === undefined) return;
  const trend = (factor: string) => moveSubject(partnership.slug, first.id, latest.id, factor);
  const summary = textOf(figure.querySelector(".app-chart__summary"));
  const labelsIn = (list: string) => list.split(/, | and /).flatMap((label) => names.factorId.get(label) ?? []);
  for (const [, list] of summary.matchAll(/(?:rose|fell) on ((?:(?! and (?:rose|fell))[^.])*)/g)) {
    for (const factor of labelsIn(list ?? "")) say(trend(factor), S.trendCounted, yesNo(true));
  }
  // "D and E moved by less than 0.5 of a level…", or "…no factor's consensus moved by 0.5 of a level or more: D and E
  // moved by less…".
  const sentence = summary.split(/\. /).find((item) => item.includes(" moved by less")) ?? "";
  const small = sentence.slice(sentence.lastIndexOf(": ") + 1).split(" moved by less")[0] ?? "";
  for (const factor of labelsIn(small.trim())) say(trend(factor), S.trendCounted, yesNo(false));
}

/** Returns the partnership a link to its page names, by its address. */
function slugOfLink(link: HTMLElement | null): string | undefined {
  return /partnerships\/([a-z0-9-]+)\/$/.exec(link?.getAttribute("href") ?? "")?.[1];
}

/** /compare/: the needs-attention column and the heatmap's data table of each current review. */
function comparePage(files: SiteFiles, model: SiteModel, statements: Statements): void {
  const html = files("compare/index.html");
  if (html === undefined) return;
  const say = statements.from("/compare/");
  const root = parseHtml(html);
  for (const table of tablesWith(root, "Partnership", "Needs attention")) {
    for (const row of table.rows) {
      const slug = slugOfLink(row.get("Partnership")?.querySelector("a") ?? null);
      const cell = row.get("Needs attention");
      if (slug === undefined || cell === undefined) continue;
      const count = /^(\d+|No) reasons?/.exec(textOf(cell));
      say(slug, S.reasonCount, count?.[1] === undefined || count[1] === "No" ? "0" : count[1]);
      const confidence = row.get("Fit to target and confidence")?.querySelector(".app-confidence");
      if (confidence !== undefined && confidence !== null) say(slug, S.headline, textOf(confidence));
    }
  }
  const byName = new Map(model.partnerships.map((partnership) => [partnership.data.name, partnership]));
  for (const table of tablesWith(root, "Partnership", ...model.framework.factors.map((factor) => factor.label))) {
    for (const row of table.rows) {
      const partnership = byName.get(textOf(row.get("Partnership")));
      if (partnership?.current === undefined) continue;
      for (const factor of model.framework.factors) {
        const cell = textOf(row.get(factor.label));
        const subject = factorSubject(partnership.slug, partnership.current.id, factor.id);
        say(subject, S.consensus, levelIn(cell));
      }
    }
  }
}

/**
 * The pages of each headline confidence level under /compare/confidence/: each listed partnership's headline, and each
 * listed finding's consensus and confidence (a row names its finding as "slug/review/factor").
 */
function confidencePages(files: SiteFiles, statements: Statements): void {
  const say = statements.from("/compare/ by confidence");
  for (const level of ["not-assessed", "low", "medium", "high"]) {
    const html = files(`compare/confidence/${level}/index.html`);
    if (html === undefined) continue;
    const root = parseHtml(html);
    for (const row of root.querySelectorAll("#comparison tbody tr")) {
      const slug = slugOfLink(row.querySelector("th a"));
      const confidence = row.querySelector(".app-confidence");
      if (slug !== undefined && confidence !== null) say(slug, S.headline, textOf(confidence));
    }
    const findings = root.querySelector("table#findings");
    const head = findings?.querySelectorAll("thead th").map(textOf) ?? [];
    for (const row of findings?.querySelectorAll("tbody tr") ?? []) {
      const [slug, review, factor] = (row.getAttribute("data-row") ?? "").split("/");
      if (slug === undefined || review === undefined || factor === undefined) continue;
      const cells = row.querySelectorAll("th, td");
      const cell = (heading: string) => textOf(cells[head.indexOf(heading)]);
      say(factorSubject(slug, review, factor), S.consensus, levelIn(cell("Consensus")));
      say(factorSubject(slug, review, factor), S.confidence, cell("Confidence"));
    }
  }
}

/** The home page: how many active partnerships need attention, and each listed one's reasons. */
function homePage(files: SiteFiles, statements: Statements): void {
  const html = files("index.html");
  if (html === undefined) return;
  const say = statements.from("home page");
  const section = parseHtml(html).querySelector("section.app-attention");
  if (section === null) return;
  const figure = /^(\w+) of (\w+) active partnerships? needs? attention/.exec(textOf(section.querySelector("p")));
  if (figure?.[1] !== undefined && figure[2] !== undefined) {
    say(PORTFOLIO, S.needing, countOf(figure[1]));
    say(PORTFOLIO, S.active, countOf(figure[2]));
  }
  for (const item of section.querySelectorAll("li.app-attention__item")) {
    const slug = slugOfLink(item.querySelector("a"));
    if (slug === undefined) continue;
    const count = /^\((\d+) reasons?\)$/.exec(textOf(item.querySelector(".app-attention__count")));
    say(slug, S.reasonCount, count?.[1] ?? NONE);
    // The first reason's headline shows; every reason in full is in the disclosure after it, in the same order.
    const reasons = item.querySelectorAll("ul.app-attention__reasons > li").map(textOf);
    say(slug, S.needsAttention, reasons.length === 0 ? NONE : reasons.join("; "));
  }
}

/** The register (/partnerships/): each partnership's headline confidence, in small print under its fit. */
function registerPage(files: SiteFiles, statements: Statements): void {
  const html = files("partnerships/index.html");
  if (html === undefined) return;
  const say = statements.from("register");
  for (const row of parseHtml(html).querySelectorAll("tbody tr")) {
    const slug = slugOfLink(row.querySelector("th a"));
    if (slug === undefined) continue;
    for (const note of row.querySelectorAll(".app-small-print").map(textOf)) {
      if (/^(?:High|Medium|Low) confidence$|^Not assessed: /.test(note)) say(slug, S.headline, note);
    }
  }
}

/** The status labels of the tracker's figures, with the status each counts. */
const STATUS_LABELS = [
  ["Open", "open"],
  ["In progress", "in-progress"],
  ["Implemented", "implemented"],
  ["Not accepted", "not-accepted"],
  ["Superseded", "superseded"],
] as const;

/** Returns the rows of a summary list (dl) as its keys' values. */
function summaryList(list: HTMLElement | null): Map<string, string> {
  return new Map(
    (list?.querySelectorAll(".govuk-summary-list__row") ?? []).map((row) => [
      textOf(row.querySelector("dt")),
      textOf(row.querySelector("dd")),
    ]),
  );
}

/**
 * The recommendations tracker: the figures at its head (the recommendations' in the first list, the committee
 * resolutions' in #resolution-counts) and each recommendation's and resolution's status.
 */
function trackerPage(files: SiteFiles, statements: Statements): void {
  const html = files("recommendations/index.html");
  if (html === undefined) return;
  const say = statements.from("tracker");
  const root = parseHtml(html);
  const figures = (list: Map<string, string>) => (label: string, statement: string) => {
    const value = list.get(label);
    if (value !== undefined) say(PORTFOLIO, statement, value);
  };
  const figure = figures(summaryList(root.querySelector("main dl.govuk-summary-list:not(#resolution-counts)")));
  figure("Recommendations of active partnerships", S.recommendations);
  figure("Overdue", S.overdueCount);
  figure("Open or in progress, not updated for 6 months or more", S.staleCount);
  for (const [label, status] of STATUS_LABELS) figure(label, statusCount(status));
  const resolutionFigure = figures(summaryList(root.querySelector("dl#resolution-counts")));
  resolutionFigure("Committee resolutions about active partnerships", S.resolutions);
  resolutionFigure("Overdue", S.overdueResolutions);
  resolutionFigure("Open or in progress, not updated for 6 months or more", S.staleResolutions);
  for (const [label, status] of STATUS_LABELS) resolutionFigure(label, resolutionStatusCount(status));
  for (const row of root.querySelectorAll("tr[id^=rec-], tr[id^=res-]")) {
    // Both anchors are four characters, "rec-" and "res-"; the ids after them are unique across the two.
    const id = (row.getAttribute("id") ?? "").slice("rec-".length);
    const cell = row.querySelector("td");
    if (cell === null) continue;
    say(id, S.statusLabel, textOf(cell.querySelector(".govuk-tag")));
    say(id, S.asAt, cell.querySelector("time")?.getAttribute("datetime") ?? NONE);
    const flags = cell.querySelectorAll(":scope > strong.app-block").map(textOf);
    say(id, S.overdueWords, flags.find((flag) => flag.startsWith("Overdue")) ?? NONE);
    say(id, S.staleWords, flags.find((flag) => flag.startsWith("Not updated")) ?? NONE);
  }
}

/** Returns a CSV download's rows as records by column name. */
function csvRecords(text: string | undefined): Record<string, string>[] {
  if (text === undefined) return [];
  return parseCsv(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** Returns a CSV boolean ("true", "false", or empty for none) as a statement gives it. */
function flag(cell: string | undefined): string {
  return cell === "true" ? yesNo(true) : cell === "false" ? yesNo(false) : NONE;
}

/** The CSV downloads: factors.csv, indicators.csv, partnerships.csv, recommendations.csv and resolutions.csv. */
function csvDownloads(files: SiteFiles, statements: Statements): void {
  let say = statements.from("factors.csv");
  for (const row of csvRecords(files("data/factors.csv"))) {
    const subject = factorSubject(row.partnership_slug ?? "", row.review_id ?? "", row.factor_id ?? "");
    say(subject, S.consensus, row.consensus_label || NONE);
    say(subject, S.consensusNumber, row.consensus ? numberText(row.consensus) : NONE);
    say(subject, S.spreadNumber, row.spread ? numberText(row.spread) : NONE);
    say(subject, S.agreement, row.agreement_label || NONE);
    say(subject, S.agreementBand, row.agreement || NONE);
    say(subject, S.findings, row.findings ?? NONE);
    say(subject, S.fit, row.fit_label || NONE);
    say(subject, S.fitPosition, row.fit_to_target || NONE);
    say(subject, S.confidenceLevel, row.confidence || NONE);
    say(subject, S.confidenceReasons, row.confidence_reasons || NONE);
    say(subject, S.performanceGap, flag(row.performance_gap));
  }
  say = statements.from("indicators.csv");
  for (const row of csvRecords(files("data/indicators.csv"))) {
    const subject = indicatorSubject(row.partnership_slug ?? "", row.review_id ?? "", row.indicator_id ?? "");
    say(subject, S.indicatorActualNumber, row.actual ? numberText(row.actual) : NONE);
    say(subject, S.indicatorTargetNumber, row.target ? numberText(row.target) : NONE);
    say(subject, S.indicatorPreviousNumber, row.previous ? numberText(row.previous) : NONE);
    say(subject, S.indicatorMet, flag(row.met));
    say(subject, S.indicatorTrend, row.trend || NONE);
  }
  say = statements.from("partnerships.csv");
  for (const row of csvRecords(files("data/partnerships.csv"))) {
    const slug = row.partnership_slug ?? "";
    say(slug, S.needsAttention, row.needs_attention || NONE);
    say(slug, S.reasonCodes, row.needs_attention_codes || NONE);
    say(slug, S.headlineLevel, row.confidence || NONE);
    const cost = row.council_annual_cost;
    say(slug, S.councilCost, cost ? `${numberText(cost)} ${row.council_annual_cost_from ?? ""}` : NONE);
  }
  say = statements.from("recommendations.csv");
  for (const row of csvRecords(files("data/recommendations.csv"))) {
    const id = row.recommendation_id ?? "";
    say(id, S.status, row.current_status ?? NONE);
    say(id, S.asAt, row.status_as_at_date ?? NONE);
    say(id, S.overdue, row.overdue === "true" ? "yes" : "no");
    say(id, S.stale, row.stale === "true" ? "yes" : "no");
  }
  say = statements.from("resolutions.csv");
  for (const row of csvRecords(files("data/resolutions.csv"))) {
    const id = row.resolution_id ?? "";
    say(id, S.status, row.current_status ?? NONE);
    say(id, S.asAt, row.status_as_at_date ?? NONE);
    say(id, S.overdue, yesNo(row.overdue === "true"));
    say(id, S.stale, yesNo(row.stale === "true"));
  }
}

interface AllFactor {
  factor: string;
  consensus?: number;
  consensusLabel?: string;
  spread?: number;
  agreement?: string;
  agreementLabel?: string;
  findings: string[];
  fit?: { position: string; label: string };
  confidence: { level: string; reasons: string[]; label: string };
  ratings: { group: string; level: number }[];
}
interface AllIndicator {
  id: string;
  actual: number;
  target?: number;
  previous?: number;
  met?: boolean;
  trend?: string;
}
interface AllReview {
  id: string;
  factors?: AllFactor[];
  indicators?: AllIndicator[];
  recommendations?: {
    id: string;
    currentStatus: string;
    asAt: string;
    overdue: boolean;
    stale: boolean;
  }[];
}
interface AllPartnership {
  slug: string;
  needsAttention?: string[];
  needsAttentionCodes?: string[];
  confidence?: { level: string; label: string };
  fit?: { position: string; label: string };
  councilAnnualCost?: { amount: number; from: string };
  reviews: AllReview[];
}

/** data/all.json: every factor, reason and recommendation, nested by partnership and review. */
function allJson(files: SiteFiles, statements: Statements): void {
  const text = files("data/all.json");
  if (text === undefined) return;
  const say = statements.from("all.json");
  const all = JSON.parse(text) as { partnerships: AllPartnership[] };
  for (const partnership of all.partnerships) {
    const { slug } = partnership;
    say(slug, S.needsAttention, partnership.needsAttention?.join("; ") || NONE);
    say(slug, S.reasonCodes, partnership.needsAttentionCodes?.join("; ") || NONE);
    say(slug, S.reasonCount, String(partnership.needsAttention?.length ?? 0));
    if (partnership.confidence !== undefined) {
      say(slug, S.headline, partnership.confidence.label);
      say(slug, S.headlineLevel, partnership.confidence.level);
    }
    say(slug, S.fit, partnership.fit?.label ?? NONE);
    say(slug, S.fitPosition, partnership.fit?.position ?? NONE);
    const cost = partnership.councilAnnualCost;
    say(slug, S.councilCost, cost === undefined ? NONE : `${numberText(cost.amount)} ${cost.from}`);
    for (const review of partnership.reviews) {
      for (const factor of review.factors ?? []) {
        const subject = factorSubject(slug, review.id, factor.factor);
        say(subject, S.consensus, factor.consensusLabel ?? NONE);
        say(subject, S.consensusNumber, factor.consensus === undefined ? NONE : numberText(factor.consensus));
        say(subject, S.spreadNumber, factor.spread === undefined ? NONE : numberText(factor.spread));
        say(subject, S.agreement, factor.agreementLabel ?? NONE);
        say(subject, S.agreementBand, factor.agreement ?? NONE);
        say(subject, S.findings, factor.findings.join("; "));
        say(subject, S.fit, factor.fit?.label ?? NONE);
        say(subject, S.fitPosition, factor.fit?.position ?? NONE);
        say(subject, S.confidence, factor.confidence.label);
        say(subject, S.confidenceLevel, factor.confidence.level);
        say(subject, S.confidenceReasons, factor.confidence.reasons.join("; ") || NONE);
        for (const rating of factor.ratings) say(subject, viewNumber(rating.group), numberText(rating.level));
      }
      for (const indicator of review.indicators ?? []) {
        const subject = indicatorSubject(slug, review.id, indicator.id);
        const number = (value: number | undefined) => (value === undefined ? NONE : numberText(value));
        say(subject, S.indicatorActualNumber, number(indicator.actual));
        say(subject, S.indicatorTargetNumber, number(indicator.target));
        say(subject, S.indicatorPreviousNumber, number(indicator.previous));
        say(subject, S.indicatorMet, indicator.met === undefined ? NONE : yesNo(indicator.met));
        say(subject, S.indicatorTrend, indicator.trend ?? NONE);
      }
      for (const item of review.recommendations ?? []) {
        say(item.id, S.status, item.currentStatus);
        say(item.id, S.asAt, item.asAt);
        say(item.id, S.overdue, yesNo(item.overdue));
        say(item.id, S.stale, yesNo(item.stale));
      }
    }
  }
}

/** The committee pack: each partnership's reasons, its current review's factor tables and the committee's resolutions. */
function committeePack(files: SiteFiles, model: SiteModel, statements: Statements): void {
  const html = files("committee-pack.html");
  if (html === undefined) return;
  const say = statements.from("committee pack");
  const root = parseHtml(html);
  const names = namesOf(model);
  // Section 4 lists every partnership in the pack with its reasons: "<name> needs attention for seven reasons:".
  const summary = statements.from("committee pack summary");
  const byName = new Map(model.partnerships.map((partnership) => [partnership.data.name, partnership.slug]));
  for (const paragraph of root.querySelectorAll("section#needs-attention p")) {
    const intro = /^(.*) needs attention for (\w+) reasons?:$/.exec(
      textOf(paragraph.querySelector(".app-pack-para__text")),
    );
    const slug = byName.get(intro?.[1] ?? "");
    if (intro?.[2] === undefined || slug === undefined) continue;
    summary(slug, S.reasonCount, countOf(intro[2]));
    const list = paragraph.nextElementSibling;
    summary(slug, S.needsAttention, reasonsIn(list?.querySelector(":scope > ul")));
  }
  for (const partnership of model.partnerships) {
    const section = root.querySelector(`section#partnership-${partnership.slug}`);
    if (section === null) continue;
    const paragraphs = section.querySelectorAll("p").map(textOf).join(" ");
    const count = /needs attention for (\w+) reasons?/.exec(paragraphs);
    if (count?.[1] !== undefined) say(partnership.slug, S.reasonCount, countOf(count[1]));
    say(partnership.slug, S.needsAttention, reasonsIn(section.querySelector(".app-pack-indent > ul")));
    // Where it stands: "… places the partnership at Cooperating. … Medium confidence: the lowest of the factors' …".
    const sure = /\b((?:High|Medium|Low) confidence|Not assessed: [^.]*)(?:: the lowest of\b|\.)/.exec(paragraphs);
    if (sure?.[1] !== undefined) say(partnership.slug, S.headline, sure[1]);
    if (partnership.current !== undefined) {
      readFactorTables(section, names, partnership.slug, partnership.current.id, say);
      readConfidenceSummary(section, names, partnership.slug, partnership.current.id, say);
    }
  }
  readResolutionList(root, say);
}

/** The surfaces the checker reads, each by the name its statements carry. */
export const SURFACES = [
  "review page",
  "partnership page",
  "/compare/",
  "/compare/ by confidence",
  "home page",
  "register",
  "tracker",
  "factors.csv",
  "indicators.csv",
  "partnerships.csv",
  "recommendations.csv",
  "resolutions.csv",
  "all.json",
  "committee pack",
  "committee pack summary",
] as const;

/** Returns every statement the site's published files make, surface by surface. */
export function siteStatements(files: SiteFiles, model: SiteModel): Statement[] {
  const statements = new Statements();
  reviewPages(files, model, statements);
  partnershipPages(files, model, statements);
  comparePage(files, model, statements);
  confidencePages(files, statements);
  homePage(files, statements);
  registerPage(files, statements);
  trackerPage(files, statements);
  csvDownloads(files, statements);
  allJson(files, statements);
  committeePack(files, model, statements);
  return statements.list;
}

/**
 * The comparison table's rows: the columns a councillor needs to see which partnerships need
 * attention and why, in compareAll's order, with every finding in the shared words.
 */
import { compareAll, type ComparisonRow } from "../comparison.ts";
import type { HeadlineConfidence } from "../findings/confidence.ts";
import type { FactorFinding } from "../findings/factor-findings.ts";
import { partnershipFilterAttributes, type FilterOption } from "../filters.ts";
import { label } from "../labels.ts";
import { riskBand } from "../risks.ts";
import type { PublicPartnership, PublicReview, SiteModel } from "../site-model.ts";
import type { TableColumn, TableRow } from "../tables.ts";
import { fitInWords } from "../target-fit.ts";
import { partnershipPath, withBase } from "../urls.ts";
import { capitalise, longDate, plural } from "../words.ts";

/** A filter of the comparison: a drop-down of options, named as its URL parameter. */
export interface FilterControl {
  name: string;
  label: string;
  options: FilterOption[];
}

/** One cell: what it says and what browser-side sorting compares. */
export interface CompareCell {
  text: string;
  sort: string | number;
}

/** One partnership's row in the comparison table. */
export interface CompareTableRow {
  row: ComparisonRow;
  name: string;
  href: string;
  /** The form, in small print under the name. */
  form: string;
  /** "3 reasons", "On track", or "Proposed: not counted". */
  attention: CompareCell;
  /** The most serious reason, shown under the count; "" when there is none. */
  firstReason: string;
  fit: CompareCell;
  /** The headline confidence: the lowest among the current review's factors, or "Not assessed". */
  confidence: CompareCell;
  overdue: CompareCell;
  risk: CompareCell;
  /** The current review's date, or "Not yet reviewed". */
  lastReview: CompareCell & { datetime?: string };
}

/** Returns the attention cell: how many reasons for an active partnership, else why it is not counted. */
export function attentionCell(row: Pick<ComparisonRow, "status" | "attention">): CompareCell {
  if (row.status !== "active") return { text: `${capitalise(row.status)}: not counted`, sort: -1 };
  if (row.attention.length === 0) return { text: "On track", sort: 0 };
  return { text: plural(row.attention.length, "reason"), sort: row.attention.length };
}

/** Returns the fit cell: fitInWords, or why there is none. */
export function fitCell(row: Pick<ComparisonRow, "fit" | "assessed" | "target">): CompareCell {
  if (row.fit !== undefined) return { text: capitalise(fitInWords(row.fit)), sort: Math.abs(row.fit.distance) };
  return { text: row.assessed === undefined ? "Not yet reviewed" : "No target set", sort: -1 };
}

/** Headline confidence levels in the order a sort puts them, least sure first. */
const CONFIDENCE_ORDER: readonly HeadlineConfidence["level"][] = ["not-assessed", "low", "medium", "high"];

/** Returns the headline confidence cell: its words, sorted least sure first. */
export function confidenceCell(confidence: HeadlineConfidence): CompareCell {
  return { text: confidence.words, sort: CONFIDENCE_ORDER.indexOf(confidence.level) };
}

/** Each headline confidence level's name, as the filter and the level's own page give it. */
const CONFIDENCE_NAMES: Record<HeadlineConfidence["level"], string> = {
  "not-assessed": "Not assessed",
  low: "Low",
  medium: "Medium",
  high: "High",
};

/** Returns the headline confidence levels some partnership has, least sure first. */
export function confidenceLevelsUsed(model: Pick<SiteModel, "partnerships">): HeadlineConfidence["level"][] {
  const used = new Set(model.partnerships.map((partnership) => partnership.confidence.level));
  return CONFIDENCE_ORDER.filter((level) => used.has(level));
}

/** Returns the filter by headline confidence: one option per level some partnership has, least sure first. */
export function confidenceFilter(model: Pick<SiteModel, "partnerships">): FilterControl {
  return {
    name: "confidence",
    label: "Headline confidence",
    options: confidenceLevelsUsed(model).map((level) => ({ value: level, label: CONFIDENCE_NAMES[level] })),
  };
}

/** Returns the address, under the base, of one headline confidence level's own page: "compare/confidence/low/". */
export function confidencePath(level: HeadlineConfidence["level"]): string {
  return `compare/confidence/${level}/`;
}

/** A factor finding of a partnership's current review, for the page of its confidence level. */
export interface ConfidenceFindingRow {
  partnership: PublicPartnership;
  review: PublicReview;
  finding: FactorFinding;
}

/**
 * Returns the factor findings of every partnership's current review that have a published view and this confidence,
 * in the comparison table's order of partnerships, then the framework's order of factors. A finding without a view is
 * not judged, as the headline confidence leaves it out; "not assessed" has none.
 */
export function confidenceFindings(model: SiteModel, level: HeadlineConfidence["level"]): ConfidenceFindingRow[] {
  return compareTableRows(model, "/").flatMap(({ row }) => {
    const review = row.partnership.current;
    if (review === undefined) return [];
    return review.findings
      .filter((finding) => finding.views.length > 0 && finding.confidence.level === level)
      .map((finding) => ({ partnership: row.partnership, review, finding }));
  });
}

/** One link of /compare/'s list of confidence levels, to the level's own page, which needs no JavaScript. */
export interface ConfidenceLink {
  level: HeadlineConfidence["level"];
  /** "Low confidence", "Not assessed". */
  text: string;
  href: string;
  /** What the page holds: "3 partnerships; 14 findings". */
  note: string;
}

/** Returns the headline confidence's words for a level: "Low confidence", or "Not assessed". */
export function confidenceName(level: HeadlineConfidence["level"]): string {
  return level === "not-assessed" ? CONFIDENCE_NAMES[level] : `${CONFIDENCE_NAMES[level]} confidence`;
}

/** Returns a link to each level's page that some partnership has, least sure first, saying what the page holds. */
export function confidenceLinks(model: SiteModel, base: string): ConfidenceLink[] {
  return confidenceLevelsUsed(model).map((level) => {
    const partnerships = model.partnerships.filter((partnership) => partnership.confidence.level === level).length;
    const findings = confidenceFindings(model, level).length;
    return {
      level,
      text: confidenceName(level),
      href: withBase(base, confidencePath(level)),
      note: [
        plural(partnerships, "partnership"),
        ...(level === "not-assessed" ? [] : [plural(findings, "finding")]),
      ].join("; "),
    };
  });
}

/** The comparison table's columns. */
export const COMPARE_COLUMNS: TableColumn[] = [
  { label: "Partnership" },
  { label: "Needs attention" },
  // The headline confidence is small print under the fit: a column of its own would not fit 1280 px.
  { label: "Fit to target and confidence" },
  { label: "Overdue recommendations", numeric: true },
  { label: "Highest risk score", numeric: true },
  { label: "Last review" },
];

/** Returns the comparison table's rows as a data table draws them, with the attributes the filter form reads. */
export function compareTable(rows: readonly CompareTableRow[]): TableRow[] {
  const smallPrint = "app-small-print app-block";
  return rows.map((item) => ({
    id: `compare-${item.row.partnership.slug}`,
    attributes: {
      "data-row": item.row.partnership.slug,
      ...partnershipFilterAttributes(item.row.partnership.data),
      "data-filter-p": item.row.partnership.slug,
      "data-filter-confidence": item.row.partnership.confidence.level,
    },
    cells: [
      {
        text: item.name,
        sort: item.name,
        parts: [
          { text: item.name, href: item.href },
          " ",
          { span: [item.form], className: `${smallPrint} govuk-!-font-weight-regular` },
        ],
      },
      {
        ...item.attention,
        parts: [
          item.attention.text,
          " ",
          ...(item.firstReason === "" ? [] : [{ span: [item.firstReason], className: smallPrint }]),
        ],
      },
      {
        ...item.fit,
        parts: [item.fit.text, " ", { span: [item.confidence.text], className: `${smallPrint} app-confidence` }],
      },
      item.overdue,
      item.risk,
      item.lastReview,
    ],
  }));
}

/** Returns every partnership's row of the comparison table in the needs-attention list's order (byAttention), then on track, proposed and ended. */
export function compareTableRows(model: SiteModel, base: string): CompareTableRow[] {
  // The needs-attention list's own order, so the table and the list above it never disagree.
  const { needsAttention, onTrack, proposed, ended } = model.attention;
  const rank = new Map([...needsAttention, ...onTrack, ...proposed, ...ended].map((item, index) => [item.slug, index]));
  const ordered = compareAll(model).sort(
    (a, b) => (rank.get(a.partnership.slug) ?? 0) - (rank.get(b.partnership.slug) ?? 0),
  );
  return ordered.map((row) => {
    const { data, current } = row.partnership;
    return {
      row,
      name: data.name,
      href: withBase(base, partnershipPath(row.partnership.slug)),
      form: label(data.form),
      attention: attentionCell(row),
      firstReason: row.attention[0]?.text ?? "",
      fit: fitCell(row),
      confidence: confidenceCell(row.partnership.confidence),
      overdue: { text: row.overdue === 0 ? "None" : String(row.overdue), sort: row.overdue },
      risk: {
        text: row.riskCount === 0 ? "No risks recorded" : riskBand(row.topRiskScore, model.framework.thresholds).outOf,
        sort: row.topRiskScore,
      },
      lastReview:
        current === undefined
          ? { text: "Not yet reviewed", sort: "" }
          : { text: longDate(current.meta.date), sort: current.meta.date, datetime: current.meta.date },
    };
  });
}

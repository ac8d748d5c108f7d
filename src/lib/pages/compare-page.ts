/**
 * The comparison table's rows: the columns a councillor needs to see which partnerships need
 * attention and why, in compareAll's order, with every finding in the shared words.
 */
import { compareAll, type ComparisonRow } from "../comparison.ts";
import type { HeadlineConfidence } from "../findings/confidence.ts";
import type { FilterOption } from "../filters.ts";
import { label } from "../labels.ts";
import { riskBand } from "../risks.ts";
import type { SiteModel } from "../site-model.ts";
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

/** Returns the filter by headline confidence: one option per level some partnership has, least sure first. */
export function confidenceFilter(model: Pick<SiteModel, "partnerships">): FilterControl {
  const used = new Set(model.partnerships.map((partnership) => partnership.confidence.level));
  const names: Record<HeadlineConfidence["level"], string> = {
    "not-assessed": "Not assessed",
    low: "Low",
    medium: "Medium",
    high: "High",
  };
  return {
    name: "confidence",
    label: "Headline confidence",
    options: CONFIDENCE_ORDER.filter((level) => used.has(level)).map((level) => ({
      value: level,
      label: names[level],
    })),
  };
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

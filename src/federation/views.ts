// What each federation page shows, worked out from the federation's model: addresses, figures and table rows.
// Pages are thin templates over these, as a council's pages are over src/lib/pages/.
import { label } from "../lib/labels.ts";
import { reasonCodeName } from "../lib/needs-attention.ts";
import type { TableCell, TableColumn, TableRow } from "../lib/tables.ts";
import { formatMoney, longDate, plural } from "../lib/words.ts";
import { DIMENSIONS, filterAttributes, valueWords } from "./compare.ts";
import type { FederationModel, FederationPartnership, FrameworkGroup } from "./model.ts";

/** A member's page, relative to the site's base. */
export function memberPath(orgId: string): string {
  return `members/${orgId}/`;
}

/** A member's partnership's page, relative to the site's base. */
export function partnershipPath(orgId: string, slug: string): string {
  return `members/${orgId}/${slug}/`;
}

/** The headline finding in words, as the member published its parts: level, target and fit. */
export function headline(partnership: FederationPartnership): string {
  if (partnership.assessed === undefined) return "No published review.";
  const target =
    partnership.targetLevel === undefined ? "no target level is set" : `the target is ${partnership.targetLevel.label}`;
  const fit = partnership.fit === undefined ? "" : ` (${partnership.fit.label})`;
  return `${partnership.assessed.label}, where ${target}${fit}.`;
}

/** The fit in one or two words for a table: "Below target", or "Not published" where the member gave none. */
export function fitWords(partnership: FederationPartnership): string {
  if (partnership.fit !== undefined) return `${label(partnership.fit.position)} target`;
  return partnership.assessed === undefined ? "Not reviewed" : "Not published";
}

/** Confidence in words, or why there is none. */
export function confidenceWords(partnership: FederationPartnership): string {
  return partnership.confidence === undefined ? "Not published" : label(partnership.confidence.level);
}

/** The reasons' codes as names, or why they cannot be compared. */
export function reasonsCell(partnership: FederationPartnership): TableCell {
  if (partnership.reasons === undefined) return { text: "Not published (older data)" };
  if (partnership.reasons.length === 0) return { text: "None" };
  const names = partnership.reasons.map((reason) => (reason.code ? reasonCodeName(reason.code) : reason.text));
  return { text: names.join("; "), parts: [{ list: names, className: "app-small-print" }] };
}

const SMALL_PRINT = "app-small-print app-block govuk-!-font-weight-regular";

function partnershipCell(partnership: FederationPartnership, base: string): TableCell {
  return {
    text: partnership.name,
    parts: [
      { text: partnership.name, href: `${base}${partnershipPath(partnership.orgId, partnership.slug)}` },
      " ",
      { span: [partnership.memberName], className: SMALL_PRINT },
      " ",
      { span: [`${label(partnership.form)}, ${partnership.basis}`], className: SMALL_PRINT },
    ],
    sort: partnership.name,
  };
}

/** The columns of the comparison across frameworks: fit, confidence and reasons, never levels. */
export const ACROSS_COLUMNS: TableColumn[] = [
  { label: "Partnership" },
  { label: "Service area" },
  { label: "Fit to target and confidence" },
  { label: "Needs attention because" },
];

/** The partnerships' rows for the comparison across frameworks: fit, confidence and reasons. */
export function acrossRows(partnerships: readonly FederationPartnership[], base: string): TableRow[] {
  return partnerships.map((partnership) => ({
    cells: [
      partnershipCell(partnership, base),
      { text: partnership.serviceArea },
      {
        text: fitWords(partnership),
        parts: [
          fitWords(partnership),
          " ",
          {
            span: [`Confidence: ${confidenceWords(partnership).toLowerCase()}`],
            className: "app-small-print app-block",
          },
        ],
      },
      reasonsCell(partnership),
    ],
    attributes: filterAttributes(partnership),
  }));
}

/** The columns of one framework's comparison, where levels mean the same. */
export const LEVEL_COLUMNS: TableColumn[] = [
  { label: "Partnership" },
  { label: "Assessed level" },
  { label: "Target level" },
  { label: "Review" },
];

/** The partnerships' rows with their levels: only for partnerships of members that share one framework. */
export function levelRows(partnerships: readonly FederationPartnership[], base: string): TableRow[] {
  return partnerships.map((partnership) => ({
    cells: [
      partnershipCell(partnership, base),
      {
        text: partnership.assessed?.label ?? "Not reviewed",
        ...(partnership.assessed === undefined ? {} : { sort: partnership.assessed.order }),
      },
      {
        text: partnership.targetLevel?.label ?? "None set",
        ...(partnership.targetLevel === undefined ? {} : { sort: partnership.targetLevel.order }),
      },
      partnership.reviewDate === undefined
        ? { text: "None" }
        : { text: longDate(partnership.reviewDate), datetime: partnership.reviewDate, sort: partnership.reviewDate },
    ],
    attributes: filterAttributes(partnership),
  }));
}

/** The filter form's controls for a page's partnerships: each dimension but the page's own, with the values present. */
export function compareFilters(model: FederationModel, partnerships: readonly FederationPartnership[], except: string) {
  return DIMENSIONS.filter((dimension) => dimension.key !== except).flatMap((dimension) => {
    const values = [...new Set(partnerships.flatMap((partnership) => dimension.values(partnership)))];
    if (values.length < 2) return [];
    const options = values
      .map((value) => ({ value, label: valueWords(model, dimension, value) }))
      .sort((a, b) => a.label.localeCompare(b.label, "en-GB"));
    return [{ name: dimension.key, label: dimension.label, options }];
  });
}

/** A framework group's name with the members using it, such as "Collaboration spectrum (3 members)". */
export function frameworkName(model: FederationModel, framework: FrameworkGroup): string {
  const twins = model.frameworks.filter((other) => other.name === framework.name).length > 1;
  const levels = `${framework.spectrum.length} levels`;
  return `${framework.name}${twins ? `, ${framework.id}` : ""} (${levels}, ${plural(framework.members.length, "member")})`;
}

/** The members' figures table: one row per member that could be read. */
export const MEMBER_COLUMNS: TableColumn[] = [
  { label: "Member" },
  { label: "Active partnerships", numeric: true },
  { label: "Needing attention", numeric: true },
  { label: "Data as at" },
];

export function memberRows(model: FederationModel, base: string): TableRow[] {
  return model.available.map((member) => ({
    cells: [
      { text: member.name, href: `${base}${memberPath(member.orgId)}` },
      { text: String(member.figures.active), sort: member.figures.active },
      member.figures.needingAttention === undefined
        ? { text: "Not published", sort: -1 }
        : { text: String(member.figures.needingAttention), sort: member.figures.needingAttention },
      { text: longDate(member.asAt), datetime: member.asAt, sort: member.asAt },
    ],
  }));
}

/** Money in words, or that the member did not publish it. */
export function councilCostWords(partnership: FederationPartnership): string {
  return partnership.councilAnnualCost === undefined
    ? "Not published"
    : `${formatMoney(partnership.councilAnnualCost)} a year (the member's share)`;
}

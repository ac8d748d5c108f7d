import { compareRow, type ComparisonRow } from "../comparison.ts";
import { formatDate, formatMoney, levelById } from "../format.ts";
import { label } from "../labels.ts";
import { isOutstanding } from "../recommendations.ts";
import { changesSince, type ReviewChanges } from "../review-changes.ts";
import type { PublicPartnership, PublicReview, SiteModel, TrackedRecommendation } from "../site-model.ts";
import type { SummaryRow, TableRow } from "../tables.ts";
import { partnershipPath, reviewPath, withBase } from "../urls.ts";

/** Everything a partnership's page shows, worked out from the site model. */
export interface PartnershipPage {
  /** The register entry, as key and value rows. */
  about: SummaryRow[];
  /** Its reviews with a public page, newest first, as table rows linking to each report. */
  history: TableRow[];
  /** Its row in the comparison, for its distance from target. */
  own: ComparisonRow;
  /** What changed since the published review before the current one, when there are two. */
  changes?: ReviewChanges;
  /** Recommendations still open or in progress. */
  open: TrackedRecommendation[];
  /** Published reviews, newest first: the trend charts need two or more. */
  published: PublicReview[];
  /** This partnership and the similar ones, as table rows. */
  similar: TableRow[];
}

/** Returns the register entry of a partnership as summary rows, in the order the page shows them. */
export function aboutRows(model: SiteModel, partnership: PublicPartnership): SummaryRow[] {
  const { data } = partnership;
  const target = levelById(model.framework, data.targetLevel);
  const optional = (key: string, value: string | undefined): SummaryRow[] =>
    value === undefined || value === "" ? [] : [{ key, value }];
  return [
    { key: "Form", value: label(data.form) },
    { key: "Basis", value: label(data.basis) },
    ...optional("Statutory basis", data.statutoryRef),
    { key: "Service area", value: data.serviceArea },
    {
      key: "Partners",
      value: data.partners.map(
        (partner) =>
          `${partner.name} (${label(partner.sector).toLowerCase()} sector${partner.role ? `, ${label(partner.role).toLowerCase()}` : ""})`,
      ),
    },
    { key: "Lead officer", value: data.leadRole },
    ...optional("Governance", data.governanceBody),
    { key: "Started", value: formatDate(data.startDate) },
    ...optional("Ends", data.endDate && formatDate(data.endDate)),
    ...optional("Annual value", data.annualValue === undefined ? undefined : formatMoney(data.annualValue)),
    { key: "Target level", value: target ? target.label : "No target set" },
    { key: "Status", value: label(data.status) },
    ...optional("Tags", data.tags?.join(", ")),
  ];
}

/** Returns the page's data for one partnership; `base` is the site's base path, `similar` its similar partnerships. */
export function partnershipPage(
  model: SiteModel,
  partnership: PublicPartnership,
  similar: readonly PublicPartnership[],
  base: string,
): PartnershipPage {
  const { framework } = model;
  const { current } = partnership;
  const published = partnership.reviews.filter((review) => review.published);
  const previous = current ? published.find((review) => review.meta.date < current.meta.date) : undefined;
  const own = compareRow(model, partnership);
  const history = partnership.reviews.map((review): TableRow => ({
    cells: [
      {
        text: review.meta.title,
        href: withBase(base, reviewPath(partnership.slug, review.id)),
        ...(review.published
          ? {}
          : { status: review.preview ? (review.meta.status === "draft" ? "draft" : "embargoed") : "withdrawn" }),
      },
      { text: formatDate(review.meta.date), datetime: review.meta.date },
      { text: label(review.meta.reviewType) },
      { text: levelById(framework, review.meta.assessedLevel)?.label ?? review.meta.assessedLevel },
    ],
  }));
  const similarRows = [own, ...similar.map((other) => compareRow(model, other))].map((row): TableRow => ({
    cells: [
      row === own
        ? { text: `${row.partnership.data.name} (this partnership)` }
        : { text: row.partnership.data.name, href: withBase(base, partnershipPath(row.partnership.slug)) },
      { text: levelById(framework, row.partnership.current?.meta.assessedLevel)?.label ?? "Not yet reviewed" },
      { text: levelById(framework, row.partnership.data.targetLevel)?.label ?? "No target" },
      { text: String(row.open) },
    ],
  }));
  return {
    about: aboutRows(model, partnership),
    history,
    own,
    ...(current && previous
      ? { changes: changesSince(previous, current, partnership.recommendations, framework) }
      : {}),
    open: partnership.recommendations.filter((item) => isOutstanding(item.status)),
    published,
    similar: similar.length === 0 ? [] : similarRows,
  };
}

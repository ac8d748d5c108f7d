import { PARTNERSHIP_BASES, PARTNERSHIP_FORMS, RECOMMENDATION_STATUSES } from "../schema/index.ts";
import { factorLabel } from "./format.ts";
import { label } from "./labels.ts";
import type { SiteModel } from "./site-model.ts";
import { recommendationPath } from "./urls.ts";
import { asAt, notUpdatedSince } from "./words.ts";

/** One record for the search index that is not a page of its own, in Pagefind's custom-record shape. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The search filters, in the order the search page shows them, with the words readers see. */
export const SEARCH_FILTERS = [
  { key: "type", label: "Content type" },
  { key: "form", label: "Form" },
  { key: "basis", label: "Basis" },
  { key: "service", label: "Service area" },
  { key: "year", label: "Review year" },
  { key: "level", label: "Assessed level" },
  { key: "status", label: "Recommendation status" },
] as const;

/**
 * Returns one search record per published recommendation, landing on its permanent anchor. URLs are
 * site-relative: the search page adds the base path to every result, as it does for pages.
 */
export function recommendationRecords(model: SiteModel): SearchRecord[] {
  const partnerships = new Map(model.partnerships.map((partnership) => [partnership.slug, partnership]));
  const reviews = new Map(model.reviews.map((review) => [`${review.partnership}/${review.id}`, review]));
  const language = model.site.language.slice(0, 2).toLowerCase();
  return model.recommendations.map((item) => {
    const partnership = partnerships.get(item.partnership);
    const review = reviews.get(`${item.partnership}/${item.reviewId}`);
    const rec = item.recommendation;
    const notes = item.history.flatMap((update) => (update.note === undefined ? [] : [update.note]));
    return {
      url: `/${recommendationPath(item.partnership, item.reviewId, rec.id)}`,
      content: [
        rec.text,
        rec.factor ? factorLabel(model.framework, rec.factor) : "",
        rec.ownerRole ?? "",
        ...notes,
      ].join("\n"),
      language,
      meta: {
        title: `Recommendation ${rec.id}: ${partnership?.data.name ?? item.partnership}`,
        type: "Recommendation",
        partnership: partnership?.data.name ?? item.partnership,
        date: item.reviewDate,
        // A status is only true as at a date; a stale one says when it was last reported.
        status: `${label(item.status)}, ${item.stale ? notUpdatedSince(item.asAt) : asAt(item.asAt)}`,
        ...(review ? { review: review.meta.title } : {}),
      },
      filters: {
        type: ["recommendation"],
        status: [item.status],
        year: [item.reviewDate.slice(0, 4)],
        ...(partnership
          ? { form: [partnership.data.form], basis: [partnership.data.basis], service: [partnership.data.serviceArea] }
          : {}),
      },
      sort: { date: item.reviewDate },
    };
  });
}

/** Returns the words readers see for each filter value, by filter key; values without an entry show as they are. */
export function searchLabels(model: SiteModel): Record<string, Record<string, string>> {
  const enumLabels = (values: readonly string[]) => Object.fromEntries(values.map((value) => [value, label(value)]));
  return {
    type: { partnership: "Partnership", review: "Review", recommendation: "Recommendation" },
    form: enumLabels(PARTNERSHIP_FORMS),
    basis: enumLabels(PARTNERSHIP_BASES),
    status: enumLabels(RECOMMENDATION_STATUSES),
    level: Object.fromEntries(model.framework.spectrum.map((level) => [level.id, level.label])),
  };
}

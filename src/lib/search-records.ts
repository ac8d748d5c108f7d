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

/** A page type indexed by its route: its content type's filter value and the words readers see. */
export interface RouteIndexing {
  type: string;
  label: string;
}

/** The pages indexed by route, with the content type each is filed under; paths as built, under the site root. */
const INDEXED_ROUTES: [pattern: RegExp, indexing: RouteIndexing][] = [
  [/^compare\/(?:[a-z0-9-]+\/)?index\.html$/, { type: "comparison", label: "Comparison" }],
  [/^good-practice\/index\.html$/, { type: "good-practice", label: "Good practice" }],
  [/^risks\/index\.html$/, { type: "risks", label: "Risks" }],
  [/^methodology\/index\.html$/, { type: "methodology", label: "Methodology" }],
];

/** Returns how the built page at `sourcePath` (such as "compare/delivery/index.html") is indexed by route, if it is. */
export function routeIndexing(sourcePath: string): RouteIndexing | undefined {
  return INDEXED_ROUTES.find(([pattern]) => pattern.test(sourcePath))?.[1];
}

/** How many characters of a recommendation's text its search result title shows. */
const TITLE_LENGTH = 90;

/** Returns the text cut at a word boundary to at most `length` characters, with "…" when cut. */
export function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  // A cut that falls between words keeps the last word; otherwise the part-word goes, unless it is most of it.
  const space = flat[length - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

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
        // The result leads with what was recommended; its id comes after, for those who know it.
        title: `${shorten(rec.text, TITLE_LENGTH)} (recommendation ${rec.id})`,
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
    type: {
      partnership: "Partnership",
      review: "Review",
      recommendation: "Recommendation",
      ...Object.fromEntries(INDEXED_ROUTES.map(([, route]) => [route.type, route.label])),
    },
    form: enumLabels(PARTNERSHIP_FORMS),
    basis: enumLabels(PARTNERSHIP_BASES),
    status: enumLabels(RECOMMENDATION_STATUSES),
    level: Object.fromEntries(model.framework.spectrum.map((level) => [level.id, level.label])),
  };
}

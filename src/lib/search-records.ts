import { PARTNERSHIP_BASES, PARTNERSHIP_FORMS } from "../schema/index.ts";
import { label } from "./labels.ts";
import type { StatusShown } from "./findings/recommendation-status.ts";
import type { SiteModel } from "./site-model.ts";

/** The search filters, in the order the search page shows them, with the words readers see. */
export const SEARCH_FILTERS = [
  { key: "type", label: "Content type" },
  { key: "form", label: "Form" },
  { key: "basis", label: "Basis" },
  { key: "service", label: "Service area" },
  { key: "year", label: "Review year" },
  { key: "level", label: "Assessed level" },
] as const;

/**
 * The content types of the pages indexed whole, by their filter value, with the words readers see. A page asks
 * for its type through BaseLayout's `search` prop, which marks its <main> for Pagefind; the partnership and
 * review pages mark their own body, with their filters as search tags.
 */
export const PAGE_SEARCH_TYPES = {
  comparison: "Comparison",
  "good-practice": "Good practice",
  risks: "Risks",
  methodology: "Methodology",
} as const;

/**
 * How much a word counts on the pages about every partnership at once or about the method (Pagefind's
 * data-pagefind-weight, 1 by default): half, so that a partnership's own page comes first for words such as
 * "overdue", which the methodology explains and the comparison lists for many partnerships (issue 28).
 */
export const PAGE_SEARCH_WEIGHTS: Partial<Record<PageSearchType, number>> = { comparison: 0.5, methodology: 0.5 };

/** One of PAGE_SEARCH_TYPES's filter values. */
export type PageSearchType = keyof typeof PAGE_SEARCH_TYPES;

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
 * Returns the title of a recommendation's (or committee resolution's) search sub-result: what was recommended, its
 * id for those who know it, and its current status with its date, as the tracker gives them (issue 28: an officer
 * reads the status from the result). A recommendation is found as a part of its review page, landing on its
 * permanent anchor; it is not a record of its own (at 1,000 partnerships, 12,000 records were a fifth of the
 * index's time and most of its page list).
 */
export function recommendationResultTitle(
  text: string,
  id: string,
  status: Pick<StatusShown, "label" | "asAt">,
  kind = "Recommendation",
): string {
  return `${shorten(text, TITLE_LENGTH)} (${kind.toLowerCase()} ${id}): ${status.label}, ${status.asAt}`;
}

/** Returns the words readers see for each filter value, by filter key; values without an entry show as they are. */
export function searchLabels(model: SiteModel): Record<string, Record<string, string>> {
  const enumLabels = (values: readonly string[]) => Object.fromEntries(values.map((value) => [value, label(value)]));
  return {
    type: {
      partnership: "Partnership",
      review: "Review",
      ...PAGE_SEARCH_TYPES,
    },
    form: enumLabels(PARTNERSHIP_FORMS),
    basis: enumLabels(PARTNERSHIP_BASES),
    level: Object.fromEntries(model.framework.spectrum.map((level) => [level.id, level.label])),
  };
}

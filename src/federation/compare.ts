// The cross-council comparison: active partnerships by form, basis, service area, partner sector and framework.
// Each value of each of these has a page of its own (its address is the filter), in pages of at most PAGE_SIZE rows,
// so that the comparison stays a small page at ten thousand partnerships; /compare/ shows the counts of each.
import { label } from "../lib/labels.ts";
import type { FederationModel, FederationPartnership } from "./model.ts";

/** How many partnerships a comparison page lists at most. */
export const PAGE_SIZE = 200;

/** One way of cutting the comparison. */
export interface Dimension {
  key: "form" | "basis" | "area" | "sector" | "framework";
  label: string;
  /** The dimension's values of a partnership (a partnership has one or more partner sectors). */
  values: (partnership: FederationPartnership) => string[];
}

export const DIMENSIONS: readonly Dimension[] = [
  { key: "form", label: "Form", values: (p) => [p.form] },
  { key: "basis", label: "Basis", values: (p) => [p.basis] },
  { key: "area", label: "Service area", values: (p) => [p.serviceArea] },
  { key: "sector", label: "Partner sector", values: (p) => [...new Set(p.partners.map((partner) => partner.sector))] },
  { key: "framework", label: "Framework", values: (p) => [p.framework] },
];

/** A value in words: enum values as the members' sites word them; service areas and framework ids as given. */
export function valueWords(model: FederationModel, dimension: Dimension, value: string): string {
  if (dimension.key === "area") return value;
  if (dimension.key === "framework") return model.frameworks.find((framework) => framework.id === value)?.name ?? value;
  return label(value);
}

/** The data-filter-<key> attributes the filter form reads, one per dimension ("|" between several values). */
export function filterAttributes(partnership: FederationPartnership): Record<string, string> {
  return Object.fromEntries(
    DIMENSIONS.map((dimension) => [`data-filter-${dimension.key}`, dimension.values(partnership).join("|")]),
  );
}

/** One page of the comparison: the active partnerships with one value of one dimension. */
export interface ComparePage {
  dimension: Dimension;
  value: string;
  words: string;
  slug: string;
  /** 1 for the first page. */
  page: number;
  pages: number;
  /** The partnerships with this value, on every page, and the members they belong to. */
  total: number;
  members: number;
  partnerships: FederationPartnership[];
}

/** A value as a path segment: lowercase letters, digits and hyphens. */
function slugOf(value: string): string {
  return (
    value
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "other"
  );
}

/** A comparison page's address, relative to the site's base. */
export function comparePath(key: string, slug: string, page = 1): string {
  return page === 1 ? `compare/${key}/${slug}/` : `compare/${key}/${slug}/${page}/`;
}

/** Every value of every dimension among the active partnerships, with its slug, sorted by its words. */
export function dimensionValues(
  model: FederationModel,
  dimension: Dimension,
): { value: string; words: string; slug: string; partnerships: FederationPartnership[] }[] {
  const active = model.partnerships.filter((partnership) => partnership.status === "active");
  const byValue = new Map<string, FederationPartnership[]>();
  for (const partnership of active) {
    for (const value of dimension.values(partnership)) {
      const list = byValue.get(value) ?? [];
      list.push(partnership);
      byValue.set(value, list);
    }
  }
  const taken = new Set<string>();
  return [...byValue.keys()]
    .map((value) => ({ value, words: valueWords(model, dimension, value) }))
    .sort((a, b) => a.words.localeCompare(b.words, "en-GB") || a.value.localeCompare(b.value))
    .map(({ value, words }) => {
      let slug = slugOf(value);
      for (let n = 2; taken.has(slug); n++) slug = `${slugOf(value)}-${n}`;
      taken.add(slug);
      return { value, words, slug, partnerships: byValue.get(value) ?? [] };
    });
}

/** Every page of the comparison. */
export function comparePages(model: FederationModel): ComparePage[] {
  return DIMENSIONS.flatMap((dimension) =>
    dimensionValues(model, dimension).flatMap(({ value, words, slug, partnerships }) => {
      const pages = Math.max(1, Math.ceil(partnerships.length / PAGE_SIZE));
      const members = new Set(partnerships.map((partnership) => partnership.orgId)).size;
      return Array.from({ length: pages }, (_, index) => ({
        dimension,
        value,
        words,
        slug,
        page: index + 1,
        pages,
        total: partnerships.length,
        members,
        partnerships: partnerships.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE),
      }));
    }),
  );
}

/** The counts /compare/ gives for each value of a dimension. */
export interface ValueCounts {
  value: string;
  words: string;
  slug: string;
  active: number;
  needingAttention: number;
  below: number;
  at: number;
  above: number;
  /** Reviewed partnerships whose member published no fit (older data), or with no target. */
  noFit: number;
}

export function valueCounts(model: FederationModel, dimension: Dimension): ValueCounts[] {
  return dimensionValues(model, dimension).map(({ value, words, slug, partnerships }) => {
    const fit = (position: string) =>
      partnerships.filter((partnership) => partnership.fit?.position === position).length;
    return {
      value,
      words,
      slug,
      active: partnerships.length,
      needingAttention: partnerships.filter((partnership) => partnership.needsAttention).length,
      below: fit("below"),
      at: fit("at"),
      above: fit("above"),
      noFit: partnerships.filter((partnership) => partnership.fit === undefined).length,
    };
  });
}

/** How many active partnerships give each reason code, most first; reasons without a code are not compared. */
export function reasonCounts(model: FederationModel): { code: string; partnerships: number }[] {
  const counts = new Map<string, number>();
  for (const partnership of model.partnerships) {
    if (!partnership.needsAttention) continue;
    for (const code of new Set((partnership.reasons ?? []).flatMap((reason) => reason.code ?? []))) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([code, partnerships]) => ({ code, partnerships }))
    .sort((a, b) => b.partnerships - a.partnerships || a.code.localeCompare(b.code));
}

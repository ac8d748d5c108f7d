/**
 * The register's rows: every partnership by name, with the columns a councillor needs to find one and see
 * where its latest review left it. The level against target reads in the same words as /compare/.
 */
import { compareRow } from "../comparison.ts";
import { levelById } from "../format.ts";
import { partnershipFilterAttributes } from "../filters.ts";
import { label } from "../labels.ts";
import type { PublicPartnership, SiteModel } from "../site-model.ts";
import { partnershipPath, withBase } from "../urls.ts";
import { capitalise, formatMoney, listWords, longDate, plural } from "../words.ts";
import { fitCell, type CompareCell } from "./compare-page.ts";

/** One partnership's row in the register. */
export interface RegisterRow {
  slug: string;
  name: string;
  href: string;
  /** Form and basis, in small print under the name: "Shared service; contractual basis". */
  form: string;
  /** "proposed" or "ended", shown as a tag beside the name; undefined while active. */
  status: "proposed" | "ended" | undefined;
  serviceArea: string;
  /** How many partners and their sectors, in small print under the service area: "3 partners: public and private sectors". */
  partners: string;
  annualValue: CompareCell;
  /** "Cooperating (target: Collaborating)", v1 wording from meta.assessedLevel; sorted by distance from target. */
  level: CompareCell;
  /** The fit in the shared words of /compare/ (fitCell), or why there is none; "" for a proposed or ended partnership. */
  fit: string;
  /** The headline confidence, the lowest among the current review's factors: "Low confidence", "Not assessed: …". */
  confidence: string;
  lastReview: CompareCell & { datetime?: string };
  open: CompareCell;
  /** The row's data-filter-* attributes for the filter form. */
  filters: Record<string, string>;
}

/** Returns the assessed level with its target in words: "Cooperating (target: Collaborating)". */
export function levelAgainstTarget(assessed: string | undefined, target: string | undefined): string {
  return `${assessed ?? "Not yet reviewed"} ${target === undefined ? "(no target)" : `(target: ${target})`}`;
}

/** Returns the partners' sectors in small print: "public and voluntary sectors". */
export function sectorsInWords(partners: readonly { sector: string }[]): string {
  const sectors = [...new Set(partners.map((partner) => label(partner.sector).toLowerCase()))];
  return `${listWords(sectors)} ${sectors.length === 1 ? "sector" : "sectors"}`;
}

/** Returns one partnership's register row. */
export function registerRow(model: SiteModel, partnership: PublicPartnership, base: string): RegisterRow {
  const { data, current } = partnership;
  const row = compareRow(model, partnership);
  const assessed = levelById(model.framework, current?.meta.assessedLevel);
  const target = levelById(model.framework, data.targetLevel);
  const status = data.status === "active" ? undefined : data.status;
  const fit = fitCell(row);
  return {
    slug: partnership.slug,
    name: data.name,
    href: withBase(base, partnershipPath(partnership.slug)),
    form: `${label(data.form)}; ${label(data.basis).toLowerCase()} basis`,
    status,
    serviceArea: data.serviceArea,
    partners: `${plural(data.partners.length, "partner")}: ${sectorsInWords(data.partners)}`,
    annualValue:
      data.annualValue === undefined
        ? { text: "Not stated", sort: -1 }
        : { text: formatMoney(data.annualValue), sort: data.annualValue },
    level: { text: levelAgainstTarget(assessed?.label, target?.label), sort: fit.sort },
    // A partnership that is not active has no finding against its target: the status says why.
    fit: status !== undefined ? `${capitalise(status)}: not counted` : row.fit === undefined ? "" : fit.text,
    confidence: partnership.confidence.words,
    lastReview:
      current === undefined
        ? { text: "None published", sort: "" }
        : { text: longDate(current.meta.date), sort: current.meta.date, datetime: current.meta.date },
    open: { text: String(row.open), sort: row.open },
    filters: partnershipFilterAttributes(data),
  };
}

/** Returns the register's caption: "12 partnerships, by name". */
export function registerCaption(count: number): string {
  return `${plural(count, "partnership")}, by name`;
}

/** Returns every partnership's register row, in the site model's order (by name). */
export function registerRows(model: SiteModel, base: string): RegisterRow[] {
  return model.partnerships.map((partnership) => registerRow(model, partnership, base));
}

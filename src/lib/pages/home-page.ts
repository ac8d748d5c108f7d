/**
 * The needs-attention list as the home page and the comparison page show it: the active partnerships
 * that need attention with their reasons in words, then those on track, then proposed and ended ones
 * apart, never counted in the portfolio figures.
 */
import type { ComparisonRow } from "../comparison.ts";
import { sitePackLink, type SitePackLink } from "../pack/site-pack.ts";
import type { PublicPartnership, SiteModel } from "../site-model.ts";
import { partnershipPath, withBase } from "../urls.ts";
import { reasonHeadline } from "../needs-attention.ts";
import { capitalise, countOf, formatNumber, isAre, noun, plural, sentences, verb } from "../words.ts";

/** One partnership in the needs-attention list. */
export interface AttentionItem {
  name: string;
  href: string;
  /** The reasons in words, most serious first, each a sentence without its full stop; empty when on track. */
  reasons: string[];
  /** The most serious reason without its detail ("A current risk scores 16 out of 25"); "" when on track. */
  headline: string;
  /** How many reasons, in words: "2 reasons"; "" when on track. */
  count: string;
}

/** The needs-attention list, with proposed and ended partnerships apart. */
export interface AttentionView {
  /** One sentence of the headline count: "2 of 3 active partnerships need attention." */
  summary: string;
  needsAttention: AttentionItem[];
  onTrack: AttentionItem[];
  /** Proposed and ended partnerships, with a sentence saying why they are not counted; empty when there are none. */
  apart: { heading: string; items: AttentionItem[] }[];
  /** The sentence under the apart lists: "" when there are none. */
  apartNote: string;
  /** The site's committee pack of the partnerships needing attention; none when no partnership needs attention. */
  pack?: SitePackLink;
  /** When a list is cut to the limit: the sentence after it and where every partnership is listed. */
  more: { needsAttention?: MoreLink | undefined; onTrack?: MoreLink | undefined };
}

/** The link after a list cut short: "780 more partnerships need attention: see them all on the comparison page". */
export interface MoreLink {
  text: string;
  href: string;
}

/** How many partnerships of each list the home page shows; /compare/ shows every one. */
export const HOME_LIST_LIMIT = 20;

/** Returns a partnership as an item of the list. */
function attentionItem(partnership: PublicPartnership, base: string): AttentionItem {
  const reasons = partnership.attention.map((reason) => reason.text);
  return {
    name: partnership.data.name,
    href: withBase(base, partnershipPath(partnership.slug)),
    reasons,
    headline: partnership.attention[0] === undefined ? "" : reasonHeadline(partnership.attention[0]),
    count: reasons.length === 0 ? "" : plural(reasons.length, "reason"),
  };
}

/** Returns the headline sentence, such as "Two of three active partnerships need attention" with its full stop. */
export function attentionSummary(needing: number, active: number): string {
  if (active === 0) return "There are no active partnerships.";
  const counted = countOf(needing, active, "active partnerships");
  // "None of the three … needs", "one of three … needs", "two of three … need".
  return sentences([`${capitalise(counted)} ${needing < 2 ? "needs" : "need"} attention`]);
}

/**
 * Returns the needs-attention list of the site, with links under `base`; with `limit`, each list shows its first
 * `limit` partnerships and says how many more there are, linking to /compare/ where all are listed.
 */
export function attentionView(model: SiteModel, base: string, limit = Infinity): AttentionView {
  const figures = model.portfolio;
  const { needsAttention, onTrack, proposed, ended } = model.attention;
  const apart = [
    { heading: "Proposed", items: proposed.map((partnership) => attentionItem(partnership, base)) },
    { heading: "Ended", items: ended.map((partnership) => attentionItem(partnership, base)) },
  ].filter((group) => group.items.length > 0);
  const apartCount = proposed.length + ended.length;
  const pack = sitePackLink(model, base);
  return {
    summary: attentionSummary(figures.needsAttention, figures.partnerships),
    needsAttention: needsAttention.slice(0, limit).map((partnership) => attentionItem(partnership, base)),
    onTrack: onTrack.slice(0, limit).map((partnership) => attentionItem(partnership, base)),
    more: {
      needsAttention: moreLink(
        needsAttention.length - limit,
        (hidden) =>
          `${plural(hidden, "more partnership")} ${verb(hidden, "needs", "need")} attention: see every one on the comparison page`,
        withBase(base, "compare/#needs-attention"),
      ),
      onTrack: moreLink(
        onTrack.length - limit,
        (hidden) =>
          `${plural(hidden, "more partnership")} ${verb(hidden, "is", "are")} on track: see every one on the comparison page`,
        withBase(base, "compare/#needs-attention"),
      ),
    },
    apart,
    apartNote:
      apartCount === 0
        ? ""
        : sentences([
            `${plural(apartCount, "partnership")} ${isAre(apartCount)} proposed or ended: listed here, but not counted in any figure on this site`,
          ]),
    ...(pack === undefined ? {} : { pack }),
  };
}

/** Returns the link after a list cut short, which leaves out `hidden` partnerships; none when none are left out. */
function moreLink(hidden: number, text: (hidden: number) => string, href: string): MoreLink | undefined {
  return hidden > 0 ? { text: text(hidden), href } : undefined;
}

/** The home page's chart of partnerships against their targets: those it draws and, when cut, the link to all. */
export interface PositionsView {
  partnerships: PublicPartnership[];
  more?: MoreLink | undefined;
}

/**
 * Returns the reviewed active partnerships the home page draws against their targets: the first `limit` in the comparison
 * order (those needing attention most first), with a link to /compare/, which draws every one. A chart of every
 * partnership was 3.4 MB of the home page at 1,000 partnerships, and unreadable.
 */
export function positionsView(rows: readonly ComparisonRow[], base: string, limit = Infinity): PositionsView {
  // Active partnerships only, as the chart counts them: an ended one must not take a place in the first `limit`.
  const reviewed = rows.filter((row) => row.status === "active" && row.assessed !== undefined);
  return {
    partnerships: reviewed.slice(0, limit).map((row) => row.partnership),
    more: moreLink(
      reviewed.length - limit,
      (hidden) =>
        `${plural(hidden, "more reviewed partnership")}: see every one against its target on the comparison page`,
      withBase(base, "compare/#section-positions"),
    ),
  };
}

/** One headline figure: its number and the words after it, agreeing with it. */
export interface Figure {
  value: string;
  label: string;
  href: string;
}

/** Returns the home page's headline figures, counting active partnerships only (the model's portfolio). */
export function homeFigures(model: SiteModel, base: string): Figure[] {
  const figures = model.portfolio;
  const figure = (count: number, singular: string, pluralForm: string, href: string): Figure => ({
    value: formatNumber(count),
    label: noun(count, singular, pluralForm),
    href: withBase(base, href),
  });
  return [
    figure(figures.partnerships, "active partnership", "active partnerships", "partnerships/"),
    figure(figures.needsAttention, "needs attention", "need attention", "#needs-attention"),
    figure(
      figures.recommendations.overdue,
      "overdue recommendation",
      "overdue recommendations",
      "recommendations/?status=overdue",
    ),
    figure(
      figures.recommendations.stale,
      "recommendation not updated lately",
      "recommendations not updated lately",
      "recommendations/#stale",
    ),
  ];
}

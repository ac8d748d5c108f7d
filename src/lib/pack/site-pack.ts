// The committee pack the site publishes: the partnerships first on the needs-attention list as at the build, at
// most SITE_PACK_LIMIT of them, so that a regional or national site's pack stays one a committee can read.
import { attentionRuleText } from "../needs-attention.ts";
import type { SiteModel } from "../site-model.ts";
import { formatDate } from "../format.ts";
import { withBase } from "../urls.ts";
import { plural } from "../words.ts";
import type { PackDocument } from "./document.ts";
import { buildPack } from "./pack-model.ts";

/** The site's committee pack's address, relative to the site root. */
export const SITE_PACK_PATH = "committee-pack.html";

/** The most partnerships the site's pack covers: about what one committee meeting can take. */
export const SITE_PACK_LIMIT = 20;

/** Returns the partnerships the site's pack covers: the first SITE_PACK_LIMIT of the needs-attention list. */
export function sitePackPartnerships(model: Pick<SiteModel, "attention">): SiteModel["attention"]["needsAttention"] {
  return model.attention.needsAttention.slice(0, SITE_PACK_LIMIT);
}

/** Returns the title of the site's pack, such as "Kestrelford partnership reviews: partnerships needing attention". */
export function sitePackTitle(model: Pick<SiteModel, "site">): string {
  return `${model.site.title}: partnerships needing attention`;
}

/**
 * Returns the pack of the partnerships that need attention as at the model's day, in the needs-attention order,
 * judged by the site's own rule; `root` is the site's absolute root ending "/".
 */
export function sitePack(model: SiteModel, root: string): PackDocument {
  const all = model.attention.needsAttention.length;
  const covered = sitePackPartnerships(model);
  return buildPack(model, covered, {
    ...(covered.length < all
      ? {
          scope: `They are the first ${covered.length} of the ${all} partnerships needing attention, in the order of the needs-attention list; the others are listed at ${root}compare/.`,
        }
      : {}),
    title: sitePackTitle(model),
    ruleText: attentionRuleText(model.framework),
    siteRoot: root,
  });
}

/** The link to the site's pack, as the home page, the comparison page and /data/ offer it. */
export interface SitePackLink {
  href: string;
  /** The link's words, whole out of context: "Committee pack of the 3 partnerships needing attention". */
  text: string;
  /** What the file is, after the link: "(HTML web page, as at 1 December 2026)". */
  format: string;
  /** What it holds, to follow the format after a colon, with its full stop. */
  about: string;
}

/**
 * Returns the link to the site's pack under `base`, or undefined when no partnership needs attention: the pack
 * would then cover no partnership, so the site does not offer it.
 */
export function sitePackLink(model: Pick<SiteModel, "attention" | "today">, base: string): SitePackLink | undefined {
  const count = sitePackPartnerships(model).length;
  if (count === 0) return undefined;
  return {
    href: withBase(base, SITE_PACK_PATH),
    text:
      count < model.attention.needsAttention.length
        ? `Committee pack of the first ${count} of the ${plural(model.attention.needsAttention.length, "partnership")} needing attention`
        : `Committee pack of ${count === 1 ? "the partnership" : `the ${plural(count, "partnership")}`} needing attention`,
    format: `(HTML web page, as at ${formatDate(model.today)})`,
    about:
      "a covering report in the usual committee shape, then a section on each partnership with its chart, risks and open recommendations, every paragraph numbered, all in one file to read, print or send to a committee.",
  };
}

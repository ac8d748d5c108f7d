// The committee pack the site publishes: every partnership on the needs-attention list as at the build.
import { attentionRuleText } from "../needs-attention.ts";
import type { SiteModel } from "../site-model.ts";
import type { PackDocument } from "./document.ts";
import { buildPack } from "./pack-model.ts";

/** The site's committee pack's address, relative to the site root. */
export const SITE_PACK_PATH = "committee-pack.html";

/** Returns the title of the site's pack, such as "Kestrelford partnership reviews: partnerships needing attention". */
export function sitePackTitle(model: Pick<SiteModel, "site">): string {
  return `${model.site.title}: partnerships needing attention`;
}

/**
 * Returns the pack of the partnerships that need attention as at the model's day, in the needs-attention order,
 * judged by the site's own rule; `root` is the site's absolute root ending "/".
 */
export function sitePack(model: SiteModel, root: string): PackDocument {
  return buildPack(model, model.attention.needsAttention, {
    title: sitePackTitle(model),
    reasons: (partnership) => partnership.attention.map((reason) => reason.text),
    ruleText: attentionRuleText(model.framework),
    siteRoot: root,
    highRiskScore: model.framework.thresholds.highRiskScore,
  });
}

/** Returns the site-relative path of a partnership page, such as "partnerships/shared-legal/". */
export function partnershipPath(slug: string): string {
  return `partnerships/${slug}/`;
}

/** Returns the site-relative path of a review report. */
export function reviewPath(slug: string, reviewId: string): string {
  return `partnerships/${slug}/reviews/${reviewId}/`;
}

/** Returns the permanent anchor of a recommendation on its review page, such as "rec-kbc-2024-01". */
export function recommendationAnchor(id: string): string {
  return `rec-${id}`;
}

/** Returns the site-relative address of a recommendation: its review's path with its permanent anchor. */
export function recommendationPath(slug: string, reviewId: string, recommendationId: string): string {
  return `${reviewPath(slug, reviewId)}#${recommendationAnchor(recommendationId)}`;
}

/** Returns a site-relative path joined to the base path, such as "/reviews/" + "partnerships/" → "/reviews/partnerships/". */
export function withBase(base: string, path: string): string {
  return `${base.endsWith("/") ? base : `${base}/`}${path.replace(/^\/+/, "")}`;
}

/** The anchors of the page sections that other pages and the pack link to, named once for the pages and the links. */
export const ANCHORS = {
  /** A review page's table of ratings by factor and stakeholder group. */
  reviewRatings: "section-ratings",
  /** A review page's summary list: its date, reviewer, assessed and target levels, assurance opinion and basis. */
  reviewFacts: "section-facts",
  /** A partnership page's section on where it stands: its latest review's level against its target. */
  partnershipStanding: "section-standing",
  /** A partnership page's section about the partnership, with its agreement. */
  partnershipAbout: "section-about",
  /** A partnership page's list of its reviews. */
  partnershipHistory: "section-history",
  /** A partnership page's committee resolutions. */
  partnershipResolutions: "section-resolutions",
} as const;

/** Returns the permanent anchor of a risk on its review page, such as "risk-r1". */
export function riskAnchor(id: string): string {
  return `risk-${id}`;
}

/** Returns the permanent anchor of a committee resolution on its partnership's page, such as "res-osc-2026-01". */
export function resolutionAnchor(id: string): string {
  return `res-${id}`;
}

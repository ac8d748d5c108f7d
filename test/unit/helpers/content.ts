import type { ContentSet, PartnershipEntry, ReviewEntry } from "../../../src/lib/content.ts";
import { partnershipSchema, reviewDataSchema, reviewSchema } from "../../../src/schema/index.ts";
import { validateFixture } from "./fixtures.ts";

/** The minimal fixture's site and framework: strategy and delivery, rated by officers and users on 1 to 3. */
export const { site, framework } = await (async () => {
  const content = (await validateFixture("minimal")).content;
  if (content === undefined) throw new Error("the minimal fixture must be valid");
  return content;
})();

/** Returns a valid partnership entry; `data` overrides its front matter. */
export function partnership(slug: string, name: string, data: Record<string, unknown> = {}): PartnershipEntry {
  return {
    slug,
    file: `partnerships/${slug}.md`,
    body: "",
    data: partnershipSchema.parse({
      name,
      summary: "Summary.",
      form: "shared-service",
      basis: "contractual",
      serviceArea: "Area",
      partners: [{ name: "Council", sector: "public" }],
      leadRole: "Director",
      startDate: "2020-01-01",
      ...data,
    }),
  };
}

/** Returns a review entry; `meta` overrides a published review of the given date. */
export function review(slug: string, id: string, meta: Record<string, unknown>, data: object = {}): ReviewEntry {
  return {
    partnership: slug,
    id,
    file: `reviews/${slug}/${id}.md`,
    dataFile: `reviews/${slug}/${id}.json`,
    body: "",
    meta: reviewSchema.parse({
      title: `Review ${id}`,
      status: "published",
      reviewer: "Audit",
      reviewType: "peer",
      assessedLevel: "aligned",
      summary: "Summary.",
      ...meta,
    }),
    data: reviewDataSchema.parse(data),
  };
}

/** Returns a content set over the minimal fixture's site and framework. */
export function content(partnerships: PartnershipEntry[], reviews: ReviewEntry[]): ContentSet {
  return { site, framework, partnerships, reviews };
}

/** Returns an open, high-priority recommendation; `extra` overrides its fields. */
export const rec = (id: string, extra: object = {}) => ({
  id,
  text: `Do ${id}.`,
  priority: "high",
  status: "open",
  ...extra,
});

/** The fields that withdraw a review. */
export const WITHDRAWN = { status: "withdrawn", withdrawnDate: "2025-06-01", withdrawnReason: "A figure was wrong." };

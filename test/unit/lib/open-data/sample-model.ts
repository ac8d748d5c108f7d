import type { ContentSet, ReviewEntry } from "../../../../src/lib/content.ts";
import { buildSiteModel, type SiteModel } from "../../../../src/lib/site-model.ts";
import {
  frameworkSchema,
  partnershipSchema,
  reviewDataSchema,
  reviewSchema,
  siteSchema,
} from "../../../../src/schema/index.ts";

/** The build's "now" for the sample. */
export const TODAY = "2026-01-15";

/** The sample site's absolute root, served under a base path. */
export const ROOT = "https://reviews.example.gov.uk/partnership-reviews/";

const site = siteSchema.parse({
  title: "Example partnership reviews",
  organisation: { name: "Example Borough Council", url: "https://www.example.gov.uk" },
  url: "https://reviews.example.gov.uk",
  basePath: "/partnership-reviews/",
  licence: {
    name: "Open Government Licence v3.0",
    url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
  },
  contact: { email: "reviews@example.gov.uk" },
  accessibility: { lastReviewed: "2025-12-01" },
});

const framework = frameworkSchema.parse({
  id: "example",
  version: "1",
  name: "Example framework",
  spectrum: [
    { id: "arms-length", order: 1, label: "Arm's length", definition: "Partners trade at arm's length." },
    { id: "aligned", order: 2, label: "Aligned", definition: "Partners align their plans." },
    { id: "joined", order: 3, label: "Joined", definition: "Partners run one service together." },
  ],
  factors: [
    { id: "strategy", label: "Strategy", description: "Whether partners share a strategy." },
    { id: "delivery", label: "Delivery", description: "How well the service is delivered." },
  ],
  stakeholderGroups: [
    { id: "officers", label: "Council officers" },
    { id: "users", label: "Service users" },
  ],
});

function review(
  partnership: string,
  id: string,
  meta: Record<string, unknown>,
  data: Record<string, unknown> = {},
): ReviewEntry {
  return {
    partnership,
    id,
    file: `reviews/${partnership}/${id}.md`,
    dataFile: `reviews/${partnership}/${id}.json`,
    meta: reviewSchema.parse({
      reviewer: "Internal Audit",
      reviewType: "internal-audit",
      assessedLevel: "aligned",
      summary: `Summary of ${id}.`,
      ...meta,
    }),
    data: reviewDataSchema.parse(data),
    body: "",
  };
}

/** A content folder with every case the downloads must handle: published, withdrawn, draft and embargoed reviews, internal items, withheld ratings and hostile text. */
export const SAMPLE_CONTENT: ContentSet = {
  site,
  framework,
  partnerships: [
    {
      slug: "shared-legal",
      file: "partnerships/shared-legal.md",
      body: "",
      data: partnershipSchema.parse({
        name: "Shared Legal Service",
        summary: "Legal advice for two councils from one team.",
        form: "shared-service",
        basis: "contractual",
        serviceArea: "Legal services",
        partners: [
          { name: "Example Borough Council", sector: "public", role: "lead" },
          { name: "Nearby District Council", sector: "public" },
        ],
        leadRole: "Head of Legal Services",
        startDate: "2020-04-01",
        annualValue: 1250000,
        targetLevel: "joined",
        tags: ["legal", "shared services"],
      }),
    },
    {
      slug: "community-safety",
      file: "partnerships/community-safety.md",
      body: "",
      data: partnershipSchema.parse({
        name: "Community Safety Partnership",
        summary: "A statutory partnership: police, council, health.",
        form: "strategic-partnership",
        basis: "statutory",
        statutoryRef: "Crime and Disorder Act 1998, section 5",
        serviceArea: "Community safety",
        partners: [{ name: "Example Police", sector: "police" }],
        leadRole: "Community Safety Manager",
        startDate: "1999-04-01",
      }),
    },
  ],
  reviews: [
    review(
      "shared-legal",
      "2024-annual",
      {
        title: "Shared Legal Service: annual review 2024",
        date: "2024-06-30",
        status: "published",
        internalNotes: "LEAK-INTERNAL-NOTES",
      },
      {
        ratings: [
          { factor: "strategy", group: "users", level: 1, respondents: 8, method: "survey", comment: "=SUM(A1)" },
          { factor: "strategy", group: "officers", level: 3, respondents: 5, comment: 'Slow, "but" improving\nnow' },
          { factor: "delivery", group: "officers", level: 2.5, respondents: 5 },
          { factor: "delivery", group: "users", level: 2, respondents: 2, comment: "LEAK-SUPPRESSED-COMMENT" },
        ],
        risks: [
          {
            id: "risk-1",
            category: "supplier-failure",
            title: "Supplier fails",
            likelihood: 3,
            impact: 4,
            ownerRole: "Head of Legal",
          },
          { id: "risk-2", category: "other", title: "LEAK-INTERNAL-RISK", likelihood: 5, impact: 5, internal: true },
        ],
        recommendations: [
          {
            id: "ex-2024-01",
            text: "Agree shared measures.",
            priority: "high",
            factor: "delivery",
            due: "2025-03-31",
            status: "open",
          },
          { id: "ex-2024-02", text: "+Publish costs", priority: "low", status: "open" },
          { id: "ex-2024-03", text: "LEAK-INTERNAL-RECOMMENDATION", priority: "low", status: "open", internal: true },
        ],
        goodPractice: [{ title: "Shared triage", description: "One front door, one queue.", factor: "delivery" }],
        costsBenefits: [
          {
            kind: "saving",
            description: "Shared procurement",
            amount: 250000,
            period: "2024/25",
            basis: "actual",
            benefitCategory: "economies-of-scale",
          },
          { kind: "benefit", description: "@Culture change", basis: "estimate" },
        ],
      },
    ),
    review(
      "shared-legal",
      "2025-annual",
      {
        title: "Shared Legal Service: annual review 2025",
        date: "2025-06-30",
        publishDate: "2025-07-15",
        status: "published",
        assessedLevel: "joined",
      },
      {
        ratings: [{ factor: "strategy", group: "officers", level: 3 }],
        recommendationUpdates: [
          { id: "ex-2024-01", status: "in-progress", note: "Measures drafted." },
          { id: "ex-2024-03", status: "implemented", note: "LEAK-INTERNAL-UPDATE" },
        ],
      },
    ),
    review(
      "shared-legal",
      "2025-interim",
      {
        title: "Shared Legal Service: interim review",
        date: "2025-09-30",
        status: "withdrawn",
        withdrawnDate: "2025-10-10",
        withdrawnReason: "Figures were wrong.",
      },
      {
        ratings: [{ factor: "strategy", group: "users", level: 2, comment: "WITHDRAWN-RATING" }],
        risks: [{ id: "risk-1", category: "other", title: "WITHDRAWN-RISK", likelihood: 1, impact: 1 }],
        recommendations: [{ id: "ex-2025-w1", text: "WITHDRAWN-RECOMMENDATION", priority: "low", status: "open" }],
        recommendationUpdates: [{ id: "ex-2024-02", status: "implemented", note: "WITHDRAWN-UPDATE" }],
        goodPractice: [{ title: "WITHDRAWN-PRACTICE", description: "x" }],
        costsBenefits: [{ kind: "cost", description: "WITHDRAWN-COST", amount: 1, basis: "actual" }],
      },
    ),
    review(
      "shared-legal",
      "2025-draft",
      { title: "LEAK-DRAFT-TITLE", date: "2025-11-30", status: "draft", summary: "LEAK-DRAFT-SUMMARY" },
      { recommendationUpdates: [{ id: "ex-2024-01", status: "implemented", note: "LEAK-DRAFT-UPDATE" }] },
    ),
    review("shared-legal", "2026-embargoed", {
      title: "LEAK-EMBARGO-TITLE",
      date: "2025-12-30",
      publishDate: "2099-01-01",
      status: "published",
    }),
  ],
};

/** Returns the published model of the sample content. */
export function sampleModel(): SiteModel {
  return buildSiteModel(SAMPLE_CONTENT, TODAY);
}

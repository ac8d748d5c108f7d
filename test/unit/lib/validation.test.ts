import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateSources } from "../../../src/lib/validation.ts";
import { fixturePath, problemLines, readFixture, validateFixture } from "../helpers/fixtures.ts";

interface Case {
  /** The fixture folder under test/fixtures. */
  fixture: string;
  /** What the test shows, for its name. */
  what: string;
  /** Every problem, as "severity file: field: message (line L, column C)", in report order. */
  problems: string[];
}

/** Files and folders: each broken fixture and exactly what it reports. */
const FILES: Case[] = [
  {
    fixture: "broken/malformed-json",
    what: "a JSON syntax error with its line and column",
    problems: [
      "error reviews/shared-legal/2024-annual.json: (file): is not valid JSON: Expected ',' or ']' after array element (line 4, column 5)",
    ],
  },
  {
    fixture: "broken/malformed-json-trailing-comma",
    what: "a comma after the last item of a JSON list, with its line and column",
    problems: [
      "error reviews/shared-legal/2024-annual.json: (file): is not valid JSON: there is a comma after the last item of a list or group: remove it (line 6, column 77)",
    ],
  },
  {
    fixture: "broken/json-field-twice",
    what: "a JSON field written twice, which JSON.parse would silently drop",
    problems: [
      'error reviews/shared-legal/2024-annual.json: (file): has the field "ratings" written twice in one group: keep one (only the last would be read) (line 8, column 3)',
    ],
  },
  {
    fixture: "broken/malformed-yaml",
    what: "a YAML syntax error in front matter with its line and column",
    problems: [
      'error partnerships/shared-legal.md: (file): has front matter that is not valid YAML: a line is indented too far, or a value contains ": " (put such a value in quotes) (line 3, column 10)',
    ],
  },
  {
    fixture: "broken/missing-front-matter",
    what: "a Markdown file without front matter",
    problems: [
      'error reviews/shared-legal/2024-annual.md: (file): has no front matter: start the file with a line "---", the fields, then another "---" (line 1, column 1)',
    ],
  },
  {
    fixture: "broken/mdx-syntax",
    what: "an MDX body that cannot be compiled, with its line in the file",
    problems: [
      "error reviews/shared-legal/2024-annual.mdx: (body): is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{` (line 13, column 40)",
    ],
  },
  {
    fixture: "broken/mdx-undocumented-component",
    what: "an MDX body using a component that is not documented",
    problems: [
      "error reviews/shared-legal/2024-annual.mdx: (body): <Chart> is not a documented component: use Callout or SpectrumChart (line 17, column 1)",
    ],
  },
  {
    fixture: "broken/image-without-alt",
    what: 'a raw HTML image with no alt attribute, with its line in the file (Markdown images and alt="" pass)',
    problems: [
      'error reviews/shared-legal/2024-annual.md: (body): an image needs a text alternative: describe it in alt="…", or write alt="" if it is only decoration (line 17, column 1)',
    ],
  },
  {
    fixture: "broken/theme-colour-contrast",
    what: "a brand colour too light for the header's white text",
    problems: [
      "error site.json: theme.colour: #ffcc00 gives white text a contrast of only 1.51:1; choose a darker colour (at least 4.5:1) (line 19, column 5)",
    ],
  },
  {
    fixture: "broken/missing-site-json",
    what: "a missing site.json",
    problems: ["error site.json: (file): is missing: every content folder needs site.json"],
  },
  {
    fixture: "broken/missing-framework-json",
    what: "a missing framework.json",
    problems: ["error framework.json: (file): is missing: every content folder needs framework.json"],
  },
  {
    fixture: "broken/bad-partnership-slug",
    what: "a partnership file name that is not a slug",
    problems: [
      'error partnerships/Waste_Services.md: (file): the partnership slug "Waste_Services" must use lowercase letters, digits and single hyphens, such as shared-legal-service',
    ],
  },
  {
    fixture: "broken/bad-review-id",
    what: "a review id that is not a slug, for both of its files",
    problems: [
      'error reviews/shared-legal/2025_Annual.json: (file): the review id "2025_Annual" must use lowercase letters, digits and single hyphens, such as 2024-annual-review',
      'error reviews/shared-legal/2025_Annual.md: (file): the review id "2025_Annual" must use lowercase letters, digits and single hyphens, such as 2024-annual-review',
    ],
  },
  {
    fixture: "broken/bad-folder-name",
    what: "a review folder name that is not a slug, for both of its files",
    problems: [
      'error reviews/Shared_Legal/2025-annual.json: (file): the folder name "Shared_Legal" must be a partnership slug: lowercase letters, digits and single hyphens',
      'error reviews/Shared_Legal/2025-annual.md: (file): the folder name "Shared_Legal" must be a partnership slug: lowercase letters, digits and single hyphens',
    ],
  },
  {
    fixture: "broken/review-without-data",
    what: "a review .md without its .json",
    problems: [
      "error reviews/shared-legal/2024-annual.md: (file): has no data file beside it: add reviews/shared-legal/2024-annual.json (it may hold just {})",
    ],
  },
  {
    fixture: "broken/data-without-review",
    what: "a review .json without its .md",
    problems: [
      "error reviews/shared-legal/2024-annual.json: (file): has no report beside it: add reviews/shared-legal/2024-annual.md",
    ],
  },
  {
    fixture: "broken/partnership-md-and-mdx",
    what: "a partnership written as both .md and .mdx",
    problems: [
      'error partnerships/shared-legal.mdx: (file): another file already defines partnership "shared-legal": keep one of shared-legal.md and shared-legal.mdx',
    ],
  },
  {
    fixture: "broken/review-md-and-mdx",
    what: "a review written as both .md and .mdx",
    problems: [
      'error reviews/shared-legal/2024-annual.mdx: (file): another file already holds review "shared-legal/2024-annual": keep one of 2024-annual.md and 2024-annual.mdx',
    ],
  },
  {
    fixture: "broken/review-folder-without-partnership",
    what: "a review folder with no partnership file, suggesting the near slug",
    problems: [
      'error reviews/shared-legl: (file): there is no partnerships/shared-legl.md for this folder\'s reviews. Did you mean "shared-legal"?',
    ],
  },
];

/** Fields: each broken fixture and exactly what it reports. */
const FIELDS: Case[] = [
  {
    fixture: "broken/unknown-field-did-you-mean",
    what: "a misspelt field with the field it probably means",
    problems: [
      "error reviews/shared-legal/2024-annual.md: assessedLevel: is required (line 2, column 1)",
      'error reviews/shared-legal/2024-annual.md: assesedLevel: is not a known field. Did you mean "assessedLevel"? (line 7, column 1)',
    ],
  },
  {
    fixture: "broken/unknown-field",
    what: "an unknown field with no near match",
    problems: ["error partnerships/shared-legal.md: favouriteColour: is not a known field. (line 15, column 1)"],
  },
  {
    fixture: "broken/unknown-field-nested",
    what: "a misspelt field inside a group of fields, with a swap of two letters",
    problems: [
      "error site.json: contact.email: is required (line 10, column 3)",
      'error site.json: contact.emial: is not a known field. Did you mean "email"? (line 10, column 16)',
    ],
  },
  {
    fixture: "broken/unknown-field-in-list",
    what: "a misspelt field in a list item",
    problems: [
      'error reviews/shared-legal/2024-annual.json: ratings[0].respondants: is not a known field. Did you mean "respondents"? (line 3, column 62)',
    ],
  },
  {
    fixture: "broken/wrong-type",
    what: "text where a list is expected",
    problems: ['error partnerships/shared-legal.md: tags: must be a list, not "procurement" (line 17, column 1)'],
  },
  {
    fixture: "broken/wrong-type-number",
    what: "text where a number is expected",
    problems: [
      "error reviews/shared-legal/2024-annual.json: ratings[2].level: must be a number on the spectrum's order scale, such as 4.2 (line 5, column 50)",
    ],
  },
  {
    fixture: "broken/missing-required",
    what: "a missing required field",
    problems: ["error reviews/shared-legal/2024-annual.md: reviewer: is required (line 2, column 1)"],
  },
  {
    fixture: "broken/enum-did-you-mean",
    what: "a misspelt choice with the allowed ones and the one it probably means",
    problems: [
      'error partnerships/shared-legal.md: form: "shared-servise" is not allowed: use one of shared-service, shared-management, shared-delivery, joint-venture, strategic-partnership, contract, spin-off, merger, other. Did you mean "shared-service"? (line 4, column 1)',
    ],
  },
  {
    fixture: "broken/enum-no-match",
    what: "a choice with no near match, with the allowed ones",
    problems: [
      'error reviews/shared-legal/2024-annual.md: reviewType: "scrutiny" is not allowed: use one of independent, internal-audit, self-assessment, peer. (line 6, column 1)',
    ],
  },
  {
    fixture: "broken/partnership-summary-too-long",
    what: "a partnership summary of 301 characters",
    problems: ["error partnerships/shared-legal.md: summary: must be at most 300 characters (line 3, column 1)"],
  },
  {
    fixture: "broken/review-summary-too-long",
    what: "a review summary of 601 characters",
    problems: ["error reviews/shared-legal/2024-annual.md: summary: must be at most 600 characters (line 8, column 1)"],
  },
  {
    fixture: "broken/statutory-without-reference",
    what: "a statutory partnership without statutoryRef",
    problems: [
      "error partnerships/shared-legal.md: statutoryRef: is required when basis is statutory: name the Act or duty (line 2, column 1)",
    ],
  },
  {
    fixture: "broken/withdrawn-without-date-and-reason",
    what: "a withdrawn review without withdrawnDate and withdrawnReason",
    problems: [
      "error reviews/shared-legal/2024-annual.md: withdrawnDate: is required when status is withdrawn (line 2, column 1)",
      "error reviews/shared-legal/2024-annual.md: withdrawnReason: is required when status is withdrawn (line 2, column 1)",
    ],
  },
  {
    fixture: "broken/withdrawn-fields-on-published",
    what: "withdrawnDate and withdrawnReason on a published review",
    problems: [
      "error reviews/shared-legal/2024-annual.md: withdrawnDate: is set but status is published: set status to withdrawn, or remove it (line 5, column 1)",
      "error reviews/shared-legal/2024-annual.md: withdrawnReason: is set but status is published: set status to withdrawn, or remove it (line 6, column 1)",
    ],
  },
  {
    fixture: "broken/publish-date-before-date",
    what: "a publishDate before the report date",
    problems: [
      "error reviews/shared-legal/2024-annual.md: publishDate: 2024-06-01 is before the report date (2024-06-30) (line 5, column 1)",
    ],
  },
  {
    fixture: "broken/end-date-before-start-date",
    what: "an endDate before startDate",
    problems: [
      "error partnerships/shared-legal.md: endDate: 2019-03-31 is before startDate (2020-04-01) (line 16, column 1)",
    ],
  },
  {
    fixture: "broken/invalid-date",
    what: "a date that is not on the calendar (2024-02-30)",
    problems: [
      "error reviews/shared-legal/2024-annual.md: date: 2024-02-30 is not a real calendar date (line 3, column 1)",
    ],
  },
  {
    fixture: "broken/date-wrong-format",
    what: "a date not written YYYY-MM-DD, with one message only",
    problems: [
      "error reviews/shared-legal/2024-annual.md: date: write dates as YYYY-MM-DD, such as 2024-03-31 (line 3, column 1)",
    ],
  },
  {
    fixture: "broken/likelihood-out-of-range",
    what: "a risk likelihood above 5",
    problems: [
      "error reviews/shared-legal/2024-annual.json: risks[0].likelihood: must be from 1 to 5 (line 9, column 99)",
    ],
  },
];

/** framework.json: each broken fixture and exactly what it reports. */
const FRAMEWORK: Case[] = [
  {
    fixture: "broken/framework-orders-not-consecutive",
    what: "spectrum orders that are not consecutive",
    problems: [
      "error framework.json: spectrum[2].order: 4 should be 3: orders must be consecutive whole numbers in ascending order (line 8, column 23)",
    ],
  },
  {
    fixture: "broken/framework-duplicate-ids",
    what: "a stakeholder group id used twice",
    problems: ['error framework.json: stakeholderGroups[2].id: "officers" is used more than once (line 17, column 7)'],
  },
  {
    fixture: "broken/framework-one-level",
    what: "a spectrum with fewer than 2 levels",
    problems: ["error framework.json: spectrum: needs at least 2 levels (line 5, column 3)"],
  },
  {
    fixture: "broken/framework-one-group",
    what: "fewer than 2 stakeholder groups",
    problems: ["error framework.json: stakeholderGroups: needs at least 2 groups (line 14, column 3)"],
  },
];

/** Rules across files: each broken fixture and exactly what it reports. */
const RULES: Case[] = [
  {
    fixture: "broken/unknown-target-level",
    what: "a targetLevel that is not a spectrum id, suggesting the near one",
    problems: [
      'error partnerships/shared-legal.md: targetLevel: "alined" is not a spectrum level in framework.json: use one of arms-length, aligned, joined. Did you mean "aligned"? (line 16, column 1)',
    ],
  },
  {
    fixture: "broken/unknown-assessed-level",
    what: "an assessedLevel that is not a spectrum id, with the allowed ones",
    problems: [
      'error reviews/shared-legal/2024-annual.md: assessedLevel: "integrated" is not a spectrum level in framework.json: use one of arms-length, aligned, joined. (line 7, column 1)',
    ],
  },
  {
    fixture: "broken/rating-unknown-factor",
    what: "a rating of a factor not in the framework",
    problems: [
      'error reviews/shared-legal/2024-annual.json: ratings[4].factor: "stratgey" is not a factor in framework.json: use one of strategy, delivery. Did you mean "strategy"? (line 7, column 7)',
    ],
  },
  {
    fixture: "broken/rating-unknown-group",
    what: "a rating by a group not in the framework",
    problems: [
      'error reviews/shared-legal/2024-annual.json: ratings[4].group: "residents" is not a stakeholder group in framework.json: use one of officers, users. (line 7, column 29)',
    ],
  },
  {
    fixture: "broken/recommendation-unknown-factor",
    what: "a recommendation about a factor not in the framework",
    problems: [
      'error reviews/shared-legal/2024-annual.json: recommendations[0].factor: "measurement" is not a factor in framework.json: use one of strategy, delivery. (line 13, column 7)',
    ],
  },
  {
    fixture: "broken/rating-below-lowest-level",
    what: "a rating level below the lowest spectrum order",
    problems: [
      "error reviews/shared-legal/2024-annual.json: ratings[1].level: 0.5 is below the lowest spectrum level (1) (line 4, column 47)",
    ],
  },
  {
    fixture: "broken/rating-above-highest-level",
    what: "a rating level above the highest spectrum order",
    problems: [
      "error reviews/shared-legal/2024-annual.json: ratings[0].level: 3.5 is above the highest spectrum level (3) (line 3, column 50)",
    ],
  },
  {
    fixture: "broken/duplicate-rating",
    what: "a second rating of the same factor by the same group",
    problems: [
      'error reviews/shared-legal/2024-annual.json: ratings[4]: a second rating of factor "strategy" by group "officers": give at most one per factor and group (line 7, column 5)',
    ],
  },
  {
    fixture: "broken/duplicate-risk-id",
    what: "a risk id used twice in one review",
    problems: [
      'error reviews/shared-legal/2024-annual.json: risks[1].id: "risk-1" is used by another risk in this review (line 10, column 7)',
    ],
  },
  {
    fixture: "broken/duplicate-recommendation-id",
    what: "a recommendation id used by two partnerships",
    problems: [
      'error reviews/waste/2024-annual.json: recommendations[0].id: "min-2024-01" is already used by a recommendation in reviews/shared-legal/2024-annual.json: recommendation ids are permanent and unique across the folder (line 4, column 7)',
    ],
  },
  {
    fixture: "broken/update-unknown-recommendation",
    what: "an update of an unknown recommendation, suggesting the near id",
    problems: [
      'error reviews/shared-legal/2025-annual.json: recommendationUpdates[0].id: "min-2024-1" is not a recommendation of any review of shared-legal. Did you mean "min-2024-01"? (line 4, column 7)',
    ],
  },
  {
    fixture: "broken/update-other-partnership",
    what: "an update of another partnership's recommendation",
    problems: [
      'error reviews/shared-legal/2025-annual.json: recommendationUpdates[0].id: "waste-2024-01" is a recommendation of waste, not of shared-legal: updates must be about the same partnership (line 4, column 7)',
    ],
  },
  {
    fixture: "broken/update-same-review",
    what: "an update of a recommendation of the same review",
    problems: [
      'error reviews/shared-legal/2024-annual.json: recommendationUpdates[0].id: "min-2024-01" is a recommendation of this same review: set its status there instead (line 17, column 31)',
    ],
  },
  {
    fixture: "broken/update-later-review",
    what: "an update of a recommendation from a later review",
    problems: [
      'error reviews/shared-legal/2023-annual.json: recommendationUpdates[0].id: "min-2024-01" comes from review 2024-annual (2024-06-30), which is not earlier than this review (2023-06-30) (line 4, column 7)',
    ],
  },
];

/** Version 2 fields and the updates file kind: each broken fixture and exactly what it reports. */
const VERSION_2: Case[] = [
  {
    fixture: "broken/agree-below-above-gap-threshold",
    what: "agreeBelow above gapThreshold",
    problems: [
      "error framework.json: triangulation.agreeBelow: 2.5 is above gapThreshold (2): groups cannot agree beyond a perception gap (line 18, column 38)",
    ],
  },
  {
    fixture: "broken/medium-risk-not-below-high",
    what: "a medium-risk score not below the high-risk score",
    problems: [
      "error framework.json: thresholds.mediumRiskScore: 12 is not below highRiskScore (12): a medium risk must score less than a high one (line 19, column 40)",
    ],
  },
  {
    fixture: "broken/threshold-misspelt",
    what: "a misspelt threshold and a high-risk score above 25",
    problems: [
      "error framework.json: thresholds.highRiskScore: must be from 1 to 25 (line 19, column 41)",
      'error framework.json: thresholds.staleAfterMonth: is not a known field. Did you mean "staleAfterMonths"? (line 19, column 19)',
    ],
  },
  {
    fixture: "broken/group-side-misspelt",
    what: "a misspelt group side with the one it probably means",
    problems: [
      'error framework.json: stakeholderGroups[1].side: "service-users" is not allowed: use one of council, partner, service-user, independent. Did you mean "service-user"? (line 16, column 48)',
    ],
  },
  {
    fixture: "broken/agreement-end-before-start",
    what: "an agreement that ends before it starts",
    problems: [
      "error partnerships/shared-legal.md: agreement.end: 2019-03-31 is before start (2020-04-01) (line 20, column 3)",
    ],
  },
  {
    fixture: "broken/org-id-wrong-shape",
    what: "an organisation identifier not in org-id.guide form",
    problems: [
      "error partnerships/shared-legal.md: partners[0].orgId: must be an org-id.guide identifier: country code, list code and id joined by hyphens, such as GB-COH-01234567 or GB-LAE-KES (line 11, column 5)",
    ],
  },
  {
    fixture: "broken/lifecycle-stage-did-you-mean",
    what: "a misspelt lifecycle stage with the one it probably means",
    problems: [
      'error partnerships/shared-legal.md: lifecycleStage: "value-creaton" is not allowed: use one of awareness, knowledge, internal-assessment, partner-selection, working-together, value-creation, staying-together, exit-strategy. Did you mean "value-creation"? (line 17, column 1)',
    ],
  },
  {
    fixture: "broken/factor-judgement-unknown-factor",
    what: "a factor judgement of a factor not in the framework",
    problems: [
      'error reviews/shared-legal/2024-annual.json: factorJudgements[0].factor: "deliverry" is not a factor in framework.json: use one of strategy, delivery. Did you mean "delivery"? (line 8, column 26)',
    ],
  },
  {
    fixture: "broken/factor-judgement-twice",
    what: "two judgements of one factor in a review",
    problems: [
      'error reviews/shared-legal/2024-annual.json: factorJudgements[1].factor: "delivery" is judged more than once in this review: give at most one judgement per factor (line 10, column 7)',
    ],
  },
  {
    fixture: "broken/factor-judgement-health-misspelt",
    what: "a misspelt factor health",
    problems: [
      'error reviews/shared-legal/2024-annual.json: factorJudgements[0].health: "failling" is not allowed: use one of strong, adequate, weak, failing. Did you mean "failing"? (line 8, column 48)',
    ],
  },
  {
    fixture: "broken/response-decision-misspelt",
    what: "a misspelt management response decision",
    problems: [
      'error reviews/shared-legal/2024-annual.json: recommendations[0].response.decision: "acepted" is not allowed: use one of accepted, partly-accepted, rejected. Did you mean "accepted"? (line 15, column 21)',
    ],
  },
  {
    fixture: "broken/council-share-above-amount",
    what: "a council share above the amount",
    problems: [
      "error reviews/shared-legal/2024-annual.json: costsBenefits[0].councilShare: 45000 is above the amount (40000): the council's share cannot exceed the whole (line 9, column 80)",
    ],
  },
  {
    fixture: "broken/cashable-on-cost-avoidance",
    what: "cashable on cost avoidance",
    problems: [
      "error reviews/shared-legal/2024-annual.json: costsBenefits[0].cashable: is for savings and income only, not cost-avoidance: remove it (line 9, column 97)",
    ],
  },
  {
    fixture: "broken/update-file-name-not-date",
    what: "an update file whose name is not a date",
    problems: [
      'error updates/shared-legal/september.json: (file): the update\'s file name "september" must be its date as YYYY-MM-DD, such as 2025-03-31',
    ],
  },
  {
    fixture: "broken/update-date-not-file-name",
    what: "an update whose date is not the one in its file name",
    problems: [
      "error updates/shared-legal/2024-09-30.json: date: 2024-09-03 is not the date in the file name (2024-09-30): rename the file or correct the date (line 2, column 3)",
    ],
  },
  {
    fixture: "broken/update-folder-without-partnership",
    what: "an updates folder with no partnership file",
    problems: [
      'error updates/shared-legl: (file): there is no partnerships/shared-legl.md for this folder\'s updates. Did you mean "shared-legal"?',
    ],
  },
  {
    fixture: "broken/update-file-status-misspelt",
    what: "a misspelt update status",
    problems: [
      'error updates/shared-legal/2024-09-30.json: status: "publshed" is not allowed: use one of draft, published. Did you mean "published"? (line 3, column 3)',
    ],
  },
  {
    fixture: "broken/update-file-unknown-recommendation",
    what: "an update file naming an unknown recommendation",
    problems: [
      'error updates/shared-legal/2024-09-30.json: recommendationUpdates[0].id: "min-2024-1" is not a recommendation of any review of shared-legal. Did you mean "min-2024-01"? (line 6, column 6)',
    ],
  },
  {
    fixture: "broken/update-file-other-partnership",
    what: "an update file naming another partnership's recommendation",
    problems: [
      'error updates/shared-legal/2024-09-30.json: recommendationUpdates[0].id: "waste-2024-01" is a recommendation of waste, not of shared-legal: updates must be about the same partnership (line 6, column 6)',
    ],
  },
  {
    fixture: "broken/update-file-before-review",
    what: "an update file dated before the review that made the recommendation",
    problems: [
      'error updates/shared-legal/2024-06-29.json: recommendationUpdates[0].id: "min-2024-01" comes from review 2024-annual (2024-06-30), which is later than this update (2024-06-29) (line 6, column 6)',
    ],
  },
  {
    fixture: "broken/update-file-withdrawn-review",
    what: "an update file naming a recommendation of a withdrawn review",
    problems: [
      'error updates/shared-legal/2024-09-30.json: recommendationUpdates[0].id: "min-2024-01" comes from review 2024-annual, which is withdrawn: update only recommendations of published or draft reviews (line 6, column 6)',
    ],
  },
];

/** Warnings and notes, which do not stop the build: each broken fixture and exactly what it reports. */
const NOTICES: Case[] = [
  {
    fixture: "broken/partner-response-unknown-organisation",
    what: "a partner's reply from an organisation that is not a partner, as a warning",
    problems: [
      'warning reviews/shared-legal/2024-annual.md: partnerResponses[0].organisation: "Nearby County Council" is not one of the partnership\'s partners (Minimal Borough Council, Nearby District Council). (line 14, column 5)',
    ],
  },
  {
    fixture: "broken/stray-file",
    what: "a stray file as a warning",
    problems: [
      "warning partnerships/shared-legal.docx: (file): is not part of the content model and is ignored (expected site.json, framework.json, partnerships/<slug>.md, reviews/<slug>/<review-id>.md and .json, updates/<slug>/<YYYY-MM-DD>.json, or scrutiny/<YYYY-MM-DD>-<meeting>.json)",
    ],
  },
  {
    fixture: "broken/ignored-underscore-files",
    what: "nothing for files whose name starts with _",
    problems: [],
  },
  {
    fixture: "broken/not-triangulated",
    what: "a factor rated by one group as a warning",
    problems: [
      'warning reviews/shared-legal/2024-annual.json: ratings: factor "delivery" is not triangulated: its published views come from 1 group (officers), fewer than the 2 needed (line 2, column 3)',
    ],
  },
  {
    fixture: "broken/not-triangulated-methods",
    what: "a factor whose views come from fewer methods than minMethods",
    problems: [
      'warning reviews/shared-legal/2024-annual.json: ratings: factor "strategy" is not triangulated: its published views use 1 method (survey), fewer than the 2 methods needed (line 2, column 3)',
    ],
  },
  {
    fixture: "broken/placeholder-text",
    what: "placeholder text left from a scaffold",
    problems: [
      'warning partnerships/shared-legal.md: (text): still holds placeholder text "[TO COMPLETE]": replace it and delete the mark (line 3, column 11)',
    ],
  },
  {
    fixture: "broken/suppressed-rating",
    what: "a rating from too few respondents as a note, not an error",
    problems: [
      'warning reviews/shared-legal/2024-annual.json: ratings: factor "strategy" is not triangulated: its published views come from 1 group (officers), fewer than the 2 needed (line 2, column 3)',
      "info reviews/shared-legal/2024-annual.json: ratings[1].respondents: 2 respondents is below the minimum of 3, so this rating (and its comment) is withheld from the published site (line 4, column 59)",
    ],
  },
];
/** Version 3, part 2: agreements, groupSides, assurance basis and committee meetings' resolutions. */
const VERSION_3: Case[] = [
  {
    fixture: "broken/meeting-date-not-file-name",
    what: "a meeting whose date is not its file name's",
    problems: [
      "error scrutiny/2024-10-10-audit-governance.json: date: 2024-10-11 is not the date in the file name (2024-10-10): rename the file or correct the date (line 2, column 3)",
    ],
  },
  {
    fixture: "broken/resolution-unknown-partnership",
    what: "a resolution about a partnership that does not exist, and the update reporting on it",
    problems: [
      'error scrutiny/2024-10-10-audit-governance.json: resolutions[1].partnership: "leisure" is not a partnership: use the slug of a file in partnerships/. (line 17, column 7)',
      'error updates/shared-legal/2024-12-01.json: recommendationUpdates[2].id: "agc-2024-10-02" is a resolution about leisure, not shared-legal: updates must be about the same partnership (line 17, column 7)',
    ],
  },
  {
    fixture: "broken/resolution-id-same-as-recommendation",
    what: "a resolution id already used by a recommendation",
    problems: [
      'error scrutiny/2024-10-10-audit-governance.json: resolutions[0].id: "v2-2024-01" is already used by reviews/shared-legal/2024-annual.json: resolution and recommendation ids are permanent and unique across the folder (line 8, column 7)',
    ],
  },
  {
    fixture: "broken/group-sides-unknown-group",
    what: "groupSides naming a group the framework does not have",
    problems: [
      'error partnerships/shared-legal.md: groupSides.members: "members" is not a stakeholder group in framework.json: use one of officers, staff, users, auditors. (line 37, column 3)',
    ],
  },
  {
    fixture: "broken/break-clause-outside-agreement",
    what: "a break clause of a list after the agreement's end",
    problems: [
      "error partnerships/shared-legal.md: agreement.breakClause[1]: 2026-09-30 is after the agreement's end (2026-03-31) (line 26, column 7)",
    ],
  },
  {
    fixture: "broken/assurance-basis-without-assurance",
    what: "an assurance basis without an opinion",
    problems: [
      "error reviews/shared-legal/2023-self.md: assuranceBasis: is given without an assurance opinion: add assurance, or remove the basis (line 8, column 1)",
    ],
  },
  {
    fixture: "broken/update-resolution-before-meeting",
    what: "an update reporting on a resolution before its meeting",
    problems: [
      'error updates/shared-legal/2024-10-01.json: recommendationUpdates[0].id: "agc-2024-10-02" comes from the meeting of 2024-10-10, which is later than this update (2024-10-01) (line 7, column 7)',
    ],
  },
];
const TEN_MISTAKES = [
  'error partnerships/shared-legal.md: form: "shared-servise" is not allowed: use one of shared-service, shared-management, shared-delivery, joint-venture, strategic-partnership, contract, spin-off, merger, other. Did you mean "shared-service"? (line 4, column 1)',
  "error partnerships/shared-legal.md: endDate: 2019-03-31 is before startDate (2020-04-01) (line 16, column 1)",
  'error partnerships/Waste.md: (file): the partnership slug "Waste" must use lowercase letters, digits and single hyphens, such as shared-legal-service',
  "error reviews/shared-legal/2023-annual.json: (file): has no report beside it: add reviews/shared-legal/2023-annual.md",
  "error reviews/shared-legal/2024-annual.json: ratings[0].level: 7 is above the highest spectrum level (3) (line 3, column 50)",
  'error reviews/shared-legal/2024-annual.json: ratings[4]: a second rating of factor "delivery" by group "users": give at most one per factor and group (line 7, column 5)',
  'error reviews/shared-legal/2024-annual.md: assessedLevel: "integrated" is not a spectrum level in framework.json: use one of arms-length, aligned, joined. (line 7, column 1)',
  "error reviews/shared-legal/2025-annual.json: risks[0].likelihood: must be from 1 to 5 (line 7, column 7)",
  "error reviews/shared-legal/2025-annual.md: withdrawnReason: is required when status is withdrawn (line 2, column 1)",
  "error site.json: contact.email: must be an email address, such as reviews@example.gov.uk (line 10, column 16)",
];

describe.each([
  ["files and folders", FILES],
  ["fields", FIELDS],
  ["framework.json", FRAMEWORK],
  ["rules across files", RULES],
  ["version 2", VERSION_2],
  ["version 3", VERSION_3],
])("validateSources(sources): %s", (_, cases) => {
  it.each(cases)("validateSources(sources) reports $what ($fixture)", async ({ fixture, problems }) => {
    const result = await validateFixture(fixture);
    expect(problemLines(result.problems)).toEqual(problems);
    expect(result.content).toBeUndefined();
  });
});

describe("validateSources(sources): warnings and notes", () => {
  it.each(NOTICES)("validateSources(sources) reports $what ($fixture)", async ({ fixture, problems }) => {
    const result = await validateFixture(fixture);
    expect(problemLines(result.problems)).toEqual(problems);
    // Warnings and notes never stop the build.
    expect(result.content).toBeDefined();
  });
});

describe("validateSources(sources)", () => {
  it("validateSources(sources) reports all ten mistakes of broken/ten-mistakes in one run", async () => {
    const result = await validateFixture("broken/ten-mistakes");
    expect(problemLines(result.problems)).toEqual(TEN_MISTAKES);
    expect(result.content).toBeUndefined();
  });

  it("validateSources(sources) has a test for every folder under test/fixtures/broken", () => {
    const tested = [...FILES, ...FIELDS, ...FRAMEWORK, ...RULES, ...VERSION_2, ...VERSION_3, ...NOTICES].map(
      (c) => c.fixture,
    );
    const folders = readdirSync(fixturePath("broken")).map((name) => `broken/${name}`);
    expect([...tested, "broken/ten-mistakes"].sort()).toEqual(folders.sort());
  });

  it("validateSources(sources) accepts the minimal fixture and returns its content with defaults applied", async () => {
    const result = await validateFixture("minimal");
    expect(result.problems).toEqual([]);
    const content = result.content;
    expect(content?.site.basePath).toBe("/");
    expect(content?.site.language).toBe("en-GB");
    expect(content?.framework.triangulation).toEqual({
      minGroups: 2,
      gapThreshold: 2,
      minRespondents: 3,
      minMethods: 1,
      agreeBelow: 1,
    });
    expect(content?.framework.thresholds).toEqual({
      targetTolerance: 0.5,
      changeThreshold: 0.5,
      highRiskScore: 15,
      reviewCycleMonths: 24,
      staleAfterMonths: 6,
      renewalWindowMonths: 12,
      minResponseRate: 0.3,
      responseDueMonths: 3,
      evidenceMaxAgeMonths: 36,
    });
    expect(content?.updates).toEqual([]);
    expect(
      content?.partnerships.map(({ slug, file, data, body }) => ({ slug, file, status: data.status, body })),
    ).toEqual([
      {
        slug: "shared-legal",
        file: "partnerships/shared-legal.md",
        status: "active",
        body: "\nOne legal team serves both councils.\n",
      },
    ]);
    expect(
      content?.reviews.map(({ partnership, id, file, dataFile, meta, body }) => ({
        partnership,
        id,
        file,
        dataFile,
        date: meta.date,
        body,
      })),
    ).toEqual([
      {
        partnership: "shared-legal",
        id: "2024-annual",
        file: "reviews/shared-legal/2024-annual.md",
        dataFile: "reviews/shared-legal/2024-annual.json",
        date: "2024-06-30",
        body: "\n## Findings\n\nThe service meets most of its targets.\n",
      },
    ]);
    expect(content?.reviews[0]?.data.risks).toEqual([]);
    expect(content?.reviews[0]?.data.recommendations[0]?.internal).toBe(false);
  });

  it("validateSources(sources) reports both missing settings files for an empty folder", () => {
    expect(problemLines(validateSources([]).problems)).toEqual([
      "error framework.json: (file): is missing: every content folder needs framework.json",
      "error site.json: (file): is missing: every content folder needs site.json",
    ]);
  });

  it("validateSources(sources) warns about files in the wrong place and reads nothing from them", async () => {
    const sources = [
      ...(await readFixture("minimal")),
      { path: "reviews/2024-annual.md", text: "---\n---\n" },
      { path: "partnerships/old/shared-legal.md", text: "not front matter" },
      { path: "reviews/shared-legal/2024-annual.yaml", text: "a: [" },
    ];
    const expected =
      "is not part of the content model and is ignored (expected site.json, framework.json, partnerships/<slug>.md, reviews/<slug>/<review-id>.md and .json, updates/<slug>/<YYYY-MM-DD>.json, or scrutiny/<YYYY-MM-DD>-<meeting>.json)";
    const result = validateSources(sources);
    expect(problemLines(result.problems)).toEqual([
      `warning partnerships/old/shared-legal.md: (file): ${expected}`,
      `warning reviews/2024-annual.md: (file): ${expected}`,
      `warning reviews/shared-legal/2024-annual.yaml: (file): ${expected}`,
    ]);
    expect(result.content?.reviews.length).toBe(1);
  });

  it("validateSources(sources) gives the same result whatever order the files come in", async () => {
    const sources = await readFixture("broken/ten-mistakes");
    expect(problemLines(validateSources([...sources].reverse()).problems)).toEqual(TEN_MISTAKES);
  });
});

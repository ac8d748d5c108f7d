// The skeletons npm run new writes: a partnership or a review that validates, with placeholders to fill in.
import type { z } from "zod";
import { PLACEHOLDER_MARK } from "../../src/lib/placeholders.ts";
import type { Problem } from "../../src/lib/problems.ts";
import { issuesToProblems } from "../../src/lib/schema-issues.ts";
import { parseJsonSource, type SourceFile } from "../../src/lib/sources.ts";
import { addMonths } from "../../src/lib/words.ts";
import { frameworkSchema, SLUG_PATTERN, type Framework, type reviewDataSchema } from "../../src/schema/index.ts";

/** One file a scaffold writes, with its path relative to the content folder. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/** Returns a plain message when `value` cannot be a slug or review id, else undefined. */
export function slugProblem(what: string, value: string, example: string): string | undefined {
  if (SLUG_PATTERN.test(value)) return undefined;
  const suggestion = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const hint = suggestion === "" || suggestion === value ? "" : ` Did you mean "${suggestion}"?`;
  return `"${value}" is not a valid ${what}: use lowercase letters, digits and single hyphens, such as ${example}.${hint}`;
}

/** Returns the validated framework, or the problems that make framework.json unusable. */
export function parseFramework(
  source: SourceFile,
): { ok: true; framework: Framework } | { ok: false; problems: Problem[] } {
  const parsed = parseJsonSource(source);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const { data, locate } = parsed.source;
  const result = frameworkSchema.safeParse(data);
  if (!result.success) {
    return { ok: false, problems: issuesToProblems(source.path, result.error.issues, frameworkSchema, data, locate) };
  }
  return { ok: true, framework: result.data };
}

/** Returns a YAML double-quoted string (JSON strings are valid YAML). */
function quoted(value: string): string {
  return JSON.stringify(value);
}

/** Returns text on one line, for a YAML comment. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** Returns the framework's spectrum as comment lines: id, order and label, one level a line. */
function levelLines(framework: Framework): string[] {
  const width = Math.max(...framework.spectrum.map((level) => level.id.length));
  return framework.spectrum.map(
    (level) => `#   ${level.id.padEnd(width)}  ${String(level.order).padStart(2)}  ${oneLine(level.label)}`,
  );
}

/** Returns the middle spectrum level (the lower of the two middle ones when the count is even). */
export function middleLevel(framework: Framework): Framework["spectrum"][number] {
  return framework.spectrum[Math.floor((framework.spectrum.length - 1) / 2)] as Framework["spectrum"][number];
}

/** Returns the skeleton of partnerships/<slug>.md: every required field, marked placeholders that validate. */
export function partnershipScaffold(slug: string, framework: Framework, today: string): ScaffoldFile {
  const mark = PLACEHOLDER_MARK;
  const lines = [
    "---",
    `# Partnership register entry "${slug}". Lines starting with # are notes for you; they never appear on the site.`,
    `# Replace every value marked TO COMPLETE in square brackets, and delete the mark; then run: npm run validate`,
    "",
    "# The partnership's name, as readers will see it.",
    `name: ${quoted(`${mark} Name of the partnership`)}`,
    "# One or two sentences for lists and search results; at most 300 characters.",
    `summary: ${quoted(`${mark} What the partnership does, and for whom.`)}`,
    "# The form: shared-service, shared-management, shared-delivery, joint-venture,",
    "# strategic-partnership, contract, spin-off, merger or other.",
    `form: other # ${mark} choose the form`,
    "# What the partnership rests on: statutory, contractual, voluntary or mixed.",
    "# For statutory, also fill in statutoryRef below (the Act or duty).",
    `basis: mixed # ${mark} choose the basis`,
    '# The service area, such as "Legal services".',
    `serviceArea: ${quoted(`${mark} Service area`)}`,
    "# The organisations in the partnership, at least one. Copy the three lines for each partner.",
    "# sector: public, private, voluntary, health, police, education or other.",
    "# role (optional): lead, member, supplier or accountable-body.",
    "partners:",
    `  - name: ${quoted(`${mark} Partner organisation`)}`,
    "    sector: public",
    "    role: lead",
    "# The lead officer's role title, never a person's name, such as \"Head of Legal Services\".",
    `leadRole: ${quoted(`${mark} Lead officer's role title`)}`,
    "# The date the partnership started, YYYY-MM-DD.",
    `startDate: ${today} # ${mark} the real start date`,
    "",
    "# Optional fields: delete the # at the start of a line to use one.",
    '# statutoryRef: "The Act or duty, required when basis is statutory"',
    '# governanceBody: "The board or committee that governs the partnership"',
    `# endDate: ${today}  # when it ended or will end; not before startDate`,
    "# annualValue: 1250000  # pounds sterling, as a plain number",
    "# status: active  # proposed, active (the default) or ended",
    "# tags: [procurement, savings]  # free keywords for search",
    `# targetLevel: ${middleLevel(framework).id}  # the level of collaboration it should have (higher is not always better):`,
    ...levelLines(framework),
    "---",
    "",
    `${mark} Describe the partnership: what it does, who the partners are and how it is governed.`,
    "",
  ];
  return { path: `partnerships/${slug}.md`, text: lines.join("\n") };
}

/** What a review skeleton needs to know. */
export interface ReviewScaffoldInput {
  partnership: string;
  /** The partnership's name, when its file could be read. */
  partnershipName?: string;
  id: string;
  framework: Framework;
  today: string;
}

/** The comment that marks the example rating of a new review's data: the import removes a rating with exactly this comment. */
export const EXAMPLE_RATING_COMMENT = `${PLACEHOLDER_MARK} An example: npm run import replaces it with the survey's ratings, or replace or delete it by hand. respondents is how many of the group answered; invited, how many were asked.`;

/** A review's data as an author writes it, before defaults. */
export type ReviewDataInput = z.input<typeof reviewDataSchema>;

/**
 * Returns a new review's data: one example rating that says how many were asked (invited), one example indicator,
 * and every other list empty. Each example holds placeholder text, so validation warns until it is replaced.
 */
export function reviewDataScaffold(framework: Framework): ReviewDataInput {
  const mark = PLACEHOLDER_MARK;
  const factor = framework.factors[0]?.id ?? "";
  return {
    ratings: [
      {
        factor,
        group: framework.stakeholderGroups[0]?.id ?? "",
        level: middleLevel(framework).order,
        respondents: 10,
        invited: 25,
        method: "survey",
        comment: EXAMPLE_RATING_COMMENT,
      },
    ],
    risks: [],
    recommendations: [],
    recommendationUpdates: [],
    goodPractice: [],
    costsBenefits: [],
    indicators: [
      {
        id: "example-indicator",
        name: `${mark} What is measured, such as Household waste sent for recycling`,
        unit: "%",
        polarity: "higher-is-better",
        period: `${mark} The period of the figure, such as 2025/26`,
        actual: 48.1,
        target: 50,
        previous: 47.4,
        source: `${mark} Where the figure comes from`,
        factor,
      },
    ],
  };
}

/** Returns a value as JSON on one line, with a space inside braces and after each colon and comma: { "a": 1, "b": 2 }. */
function jsonOnOneLine(value: object): string {
  return `{ ${Object.entries(value)
    .map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(item)}`)
    .join(", ")} }`;
}

/** Returns the data file's text: two-space indents, each rating on one line as the import writes them. */
export function reviewDataText(data: ReviewDataInput): string {
  const fields = Object.entries(data).map(([key, value]) => {
    const written =
      key === "ratings" && Array.isArray(value) && value.length > 0
        ? `[\n${value.map((rating: object) => `    ${jsonOnOneLine(rating)}`).join(",\n")}\n  ]`
        : JSON.stringify(value, null, 2).replace(/\n/g, "\n  ");
    return `  ${JSON.stringify(key)}: ${written}`;
  });
  return `{\n${fields.join(",\n")}\n}\n`;
}

/** Returns the skeletons of reviews/<slug>/<id>.md and .json: a draft with marked placeholders that validate. */
export function reviewScaffold(input: ReviewScaffoldInput): [ScaffoldFile, ScaffoldFile] {
  const { partnership, id, framework, today } = input;
  const mark = PLACEHOLDER_MARK;
  const middle = middleLevel(framework);
  const name = input.partnershipName === undefined ? partnership : oneLine(input.partnershipName);
  const lines = [
    "---",
    `# Review "${id}" of ${name}. Lines starting with # are notes for you; they never appear on the site.`,
    `# Replace every value marked TO COMPLETE in square brackets, and delete the mark; then run: npm run validate`,
    "",
    "# The report's title, as readers will see it.",
    `title: ${quoted(`${mark} ${name}: review title`)}`,
    "# The date of the report, YYYY-MM-DD.",
    `date: ${today} # ${mark} the date of the report`,
    "# draft keeps the review off the published site entirely (npm run dev still shows it).",
    "# Change it to published when the review is agreed.",
    "status: draft",
    '# The organisation or team that carried out the review, such as "Internal Audit".',
    `reviewer: ${quoted(`${mark} Reviewing organisation or team`)}`,
    "# The kind of review: independent, internal-audit, self-assessment or peer.",
    `reviewType: independent # ${mark} choose the kind of review`,
    "# Where the reviewer judges the partnership sits overall: one of these spectrum level ids.",
    ...levelLines(framework),
    `assessedLevel: ${middle.id} # ${mark} the middle level, as a placeholder: choose the right one`,
    "# A summary for lists and search results; at most 600 characters.",
    `summary: ${quoted(`${mark} What the review found, in two or three sentences.`)}`,
    "",
    "# Optional fields: delete the # at the start of a line to use one.",
    `# publishDate: ${today}  # embargo: the review stays unpublished until this date`,
    '# scope: "What the review covered and what it left out."',
    '# internalNotes: "Notes for the review team. Never published anywhere."',
    "---",
    "",
    "## Findings",
    "",
    `${mark} What the review found. Use ## and ### headings; the page provides the title.`,
    "",
    "## Conclusions",
    "",
    `${mark} What the review concludes, and what should happen next.`,
    "",
  ];
  return [
    { path: `reviews/${partnership}/${id}.md`, text: lines.join("\n") },
    { path: `reviews/${partnership}/${id}.json`, text: reviewDataText(reviewDataScaffold(framework)) },
  ];
}

/**
 * Returns the skeleton of scrutiny/<date>-<meeting>.json: a draft of the meeting on `date`, with one example resolution
 * about the partnership, due three months after the meeting.
 */
export function meetingScaffold(date: string, meeting: string, partnership: string): ScaffoldFile {
  const mark = PLACEHOLDER_MARK;
  const data = {
    date,
    committee: `${mark} The committee's name, such as Overview and Scrutiny Committee`,
    status: "draft",
    minutesUrl: "https://example.gov.uk/replace-with-the-address-of-the-minutes",
    resolutions: [
      {
        id: `${meeting}-${date}-01`,
        partnership,
        text: `${mark} What the committee resolved, in one sentence.`,
        ownerRole: `${mark} The role that must act on it, never a person's name`,
        due: addMonths(date, 3),
        status: "open",
      },
    ],
  };
  return { path: `scrutiny/${date}-${meeting}.json`, text: `${JSON.stringify(data, null, 2)}\n` };
}

import { breakClauses } from "../needs-attention.ts";
import type { TrackedItem } from "../../scripts/search-state.ts";
import { compareRow, type ComparisonRow } from "../comparison.ts";
import { formatDate, formatMoney, levelById } from "../format.ts";
import { label } from "../labels.ts";
import { isOutstanding } from "../recommendations.ts";
import type { HeadlineConfidence } from "../findings/confidence.ts";
import type { ReviewChanges } from "../review-changes.ts";
import type { PublicPartnership, PublicReview, SiteModel, TrackedRecommendation } from "../site-model.ts";
import type { SummaryRow, TableRow } from "../tables.ts";
import { ANCHORS, partnershipPath, recommendationPath, reviewPath, withBase } from "../urls.ts";
import { capitalise, formatNumber, listWords, noun, plural } from "../words.ts";
import { questionsForMembers, type MemberQuestion } from "../findings/questions.ts";
import {
  differWords,
  recommendationView,
  resolutionView,
  type NarrativeHeading,
  type RecommendationView,
} from "./review-page.ts";

/** One entry of a page's contents list: a section's id and heading. */
export interface ContentsEntry {
  id: string;
  label: string;
}

/** Where the partnership stands in its current review, in words. */
export interface Standing {
  /** The reviewer's assessed level's name: the headline. */
  assessed: string;
  /** The fit to target in a sentence, such as "The target is Joined: it is one level below target." */
  fit: string;
  /** "Reviewer and stakeholders differ: …" when they differ by a level or more. */
  differ?: string;
  /** The headline confidence, the lowest among the review's factors: "Low confidence". */
  confidence: string;
  /** The sentence that says what the headline confidence is: "the lowest of its factors in this review". */
  confidenceWords: string;
}

/**
 * The answers at the top of a partnership page (issue 28), in under 120 words: whether it is working, what it costs
 * the council a year, whether it needs attention and the first question to ask. The detail follows on the page.
 */
export interface Glance {
  /** The headline finding and its confidence: "Cooperating: one level below target (Collaborating). Medium confidence." */
  working: string;
  /** What the council pays a year and where the figure comes from; the whole partnership's value labelled apart. */
  cost: string;
  /** "Yes, for eleven reasons." or "No." with why not. */
  attention: string;
  /** The question for the most serious reason, when it needs attention. */
  firstQuestion?: MemberQuestion;
  /** The words of the link to all the questions and their evidence: "All eleven questions, with the evidence". */
  questionsLink?: string;
}

/** What changed since the previous review, in words. */
export interface ChangesInWords {
  /** How the two reviews differ in type or in the groups that gave views; empty when like for like. */
  differences: string[];
  /** Each factor that moved by at least the change threshold. */
  moved: string[];
  /** The factors that moved by less, named in one sentence; absent when none did. */
  unchanged?: string;
  /** The recommendations' movement, one line each. */
  recommendations: string[];
}

/** Everything a partnership's page shows, worked out from the site model. */
export interface PartnershipPage {
  /** The register entry, as key and value rows. */
  about: SummaryRow[];
  /** The answers at the top of the page. */
  glance: Glance;
  /** Its reviews with a public page, newest first, as table rows linking to each report. */
  history: TableRow[];
  /** Its row in the comparison, for its distance from target. */
  own: ComparisonRow;
  /** Where it stands in its current review, when it has one. */
  standing?: Standing;
  /** The reasons it needs attention, in words, most serious first; empty when it does not. */
  attention: string[];
  /** What changed since the published review before the current one, when there are two. */
  changes?: ReviewChanges<PublicReview, TrackedRecommendation>;
  /** The same, in words. */
  changesInWords?: ChangesInWords;
  /** Recommendations still open or in progress, ready to list. */
  open: RecommendationView[];
  /** One question for members per reason it needs attention, naming who must answer and the evidence. */
  questions: MemberQuestion[];
  /** Every published committee resolution about it, newest meeting first, with its status now. */
  resolutions: RecommendationView[];
  /** The committee resolutions, as search narrows to them by kind and status. */
  tracked: TrackedItem[];
  /** Published reviews, newest first: the trend charts need two or more. */
  published: PublicReview[];
  /** This partnership and the similar ones, as table rows. */
  similar: TableRow[];
  /** The page's sections, for its contents list. */
  contents: ContentsEntry[];
}

/** Returns a partner as the register lists it: name, sector, role and organisation id. */
function partnerText(partner: PublicPartnership["data"]["partners"][number]): string {
  const details = [
    `${label(partner.sector).toLowerCase()} sector`,
    ...(partner.role ? [label(partner.role).toLowerCase()] : []),
    ...(partner.orgId ? [`organisation id ${partner.orgId}`] : []),
  ];
  return `${partner.name} (${details.join(", ")})`;
}

/** Returns the partners' organisation ids as pieces to keep on one line ({} when none has one): they hold hyphens. */
function unbrokenIds(partners: PublicPartnership["data"]["partners"]): { unbroken?: string[] } {
  const ids = partners.flatMap((partner) => (partner.orgId ? [partner.orgId] : []));
  return ids.length === 0 ? {} : { unbroken: ids };
}

/** How far an exit plan has got, in words. */
const EXIT_PLAN_WORDS = {
  none: "None in place",
  outline: "Outline only, not agreed",
  agreed: "Agreed",
  tested: "Agreed and tested",
} as const;

/** Returns the register entry of a partnership as summary rows, in the order the page shows them. */
export function aboutRows(model: SiteModel, partnership: PublicPartnership): SummaryRow[] {
  const { data } = partnership;
  const { today } = model;
  const target = levelById(model.framework, data.targetLevel);
  const optional = (key: string, value: string | string[] | undefined): SummaryRow[] =>
    value === undefined || value === "" || value.length === 0 ? [] : [{ key, value }];
  const starts = data.status === "proposed" || data.startDate > today;
  const ended = data.endDate !== undefined && data.endDate < today;
  const { agreement, accountability } = data;
  const agreementLines = agreement
    ? [
        ...(agreement.kind ? [capitalise(agreement.kind)] : []),
        ...(agreement.start
          ? [`${agreement.start > today ? "Starts" : "Started"} ${formatDate(agreement.start)}`]
          : []),
        ...(agreement.end ? [`${agreement.end < today ? "Ended" : "Ends"} ${formatDate(agreement.end)}`] : []),
        ...breakClauses(agreement).map((date) => `Break clause ${formatDate(date)}`),
        ...(agreement.noticeMonths ? [`${plural(agreement.noticeMonths, "month", "months")}' notice to leave`] : []),
      ]
    : [];
  const point = partnership.decisionPoint;
  const decision =
    point === undefined
      ? undefined
      : `${formatDate(point.date)}${point.date < today ? " (passed)" : ""}: ${
          point.noticeMonths > 0
            ? `the last day to give notice for the ${point.event.kind === "break-clause" ? "break clause" : "agreement's end"} on ${formatDate(point.event.date)}`
            : `the ${point.event.kind === "break-clause" ? "break clause" : "agreement's end"} itself`
        }`;
  const exitPlan = agreement?.exitPlan;
  const exitPlanWords =
    exitPlan === undefined
      ? undefined
      : `${EXIT_PLAN_WORDS[exitPlan.status]}${exitPlan.date ? `, as at ${formatDate(exitPlan.date)}` : ""}`;
  const overdue = partnership.reviewDue < today;
  return [
    { key: "Form", value: label(data.form) },
    { key: "Basis", value: label(data.basis) },
    ...optional("Statutory basis", data.statutoryRef),
    { key: "Service area", value: data.serviceArea },
    { key: "Partners", value: data.partners.map(partnerText), ...unbrokenIds(data.partners) },
    { key: "Lead officer", value: data.leadRole },
    ...optional("Governance", data.governanceBody),
    ...optional("Portfolio", accountability?.portfolio),
    ...optional("Committee", accountability?.committee),
    ...optional("Senior responsible officer", accountability?.seniorResponsibleOfficer),
    { key: starts ? "Starts" : "Started", value: formatDate(data.startDate) },
    ...optional(ended ? "Ended" : "Ends", data.endDate && formatDate(data.endDate)),
    ...optional("Agreement", agreementLines),
    ...optional("Decision on the agreement due", decision),
    ...optional("Exit plan", exitPlanWords),
    ...optional("Exit arrangements", data.exitArrangements),
    ...optional(
      "What the council pays a year",
      partnership.councilAnnualCost &&
        (partnership.councilAnnualCost.from === "stated"
          ? formatMoney(partnership.councilAnnualCost.amount)
          : `${formatMoney(partnership.councilAnnualCost.amount)}, its share of the annual value below`),
    ),
    ...optional(
      "Annual value of the whole partnership",
      data.annualValue === undefined ? undefined : `${formatMoney(data.annualValue)}, all partners together`,
    ),
    ...optional(
      "The council's share",
      data.councilSharePercent === undefined ? undefined : `${formatNumber(data.councilSharePercent)}%`,
    ),
    ...optional("Contact", data.contact && `${data.contact.role} (${data.contact.email ?? model.site.contact.email})`),
    { key: "Target level", value: target ? target.label : "No target set" },
    { key: "Status", value: label(data.status) },
    ...optional("Lifecycle stage", data.lifecycleStage && label(data.lifecycleStage)),
    ...(data.status === "ended"
      ? []
      : [
          {
            key: partnership.current ? "Next review due" : "First review due",
            value: `${formatDate(partnership.reviewDue)}${overdue ? " (overdue)" : ""}`,
          },
        ]),
    ...optional("Tags", data.tags?.join(", ")),
  ];
}

/** Returns where the partnership stands in its current review: the reviewer's level, its fit to target and whether stakeholders see it otherwise. */
export function standing(model: SiteModel, partnership: PublicPartnership): Standing | undefined {
  const { framework } = model;
  const assessed = levelById(framework, partnership.current?.meta.assessedLevel);
  if (assessed === undefined) return undefined;
  const target = levelById(framework, partnership.data.targetLevel);
  const { fit } = partnership;
  return {
    assessed: assessed.label,
    fit:
      target === undefined || fit === undefined
        ? "No target level is set."
        : `The target is ${target.label}: the reviewer's level is ${fit.words}.`,
    ...(partnership.reviewerAndStakeholdersDiffer && partnership.stakeholderLevel !== undefined
      ? {
          differ: differWords(framework, partnership.stakeholderLevel),
        }
      : {}),
    confidence: partnership.confidence.words,
    confidenceWords: confidenceInWords(partnership.confidence),
  };
}

/** Returns the answers at the top of a partnership's page, from its findings and its questions for members. */
export function glance(model: SiteModel, partnership: PublicPartnership, questions: readonly MemberQuestion[]): Glance {
  const { framework } = model;
  const { data, fit, councilAnnualCost: cost } = partnership;
  const assessed = levelById(framework, partnership.current?.meta.assessedLevel);
  const target = levelById(framework, data.targetLevel);
  const headline =
    assessed === undefined
      ? "Not yet reviewed."
      : fit === undefined || target === undefined
        ? `${assessed.label}; no target level is set.`
        : `${assessed.label}, where the target is ${target.label}: ${fit.words}.`;
  const whole =
    data.annualValue === undefined
      ? ""
      : ` The whole partnership: ${formatMoney(data.annualValue)} a year, all partners together.`;
  const costWords =
    cost === undefined
      ? `Not published.${whole}`
      : cost.from === "stated"
        ? `${formatMoney(cost.amount)} a year, what the council pays.${whole}`
        : `${formatMoney(cost.amount)} a year: the council's ${formatNumber(data.councilSharePercent ?? 0)}% share of the whole partnership's ${formatMoney(data.annualValue ?? 0)}.`;
  const reasons = partnership.attention.length;
  const first = questions[0];
  return {
    working: assessed === undefined ? headline : `${headline} ${partnership.confidence.words}.`,
    cost: costWords,
    attention:
      reasons === 0
        ? data.status === "active"
          ? "No: none of the needs-attention rule's reasons applies."
          : `No: the rule applies to active partnerships, and this one is ${label(data.status).toLowerCase()}.`
        : `Yes, for ${plural(reasons, "reason", "reasons", true)}.`,
    ...(first === undefined
      ? {}
      : {
          firstQuestion: first,
          questionsLink:
            questions.length === 1
              ? "Who answers, and the evidence"
              : questions.length === 2
                ? "Both questions, with the evidence"
                : `All ${plural(questions.length, "question", "questions", true)}, with the evidence`,
        }),
  };
}

/** Returns the headline confidence in a sentence: "Low confidence: the lowest of the factors' confidence in this review." */
export function confidenceInWords(confidence: HeadlineConfidence): string {
  return confidence.level === "not-assessed"
    ? `${confidence.words}.`
    : `${confidence.words}: the lowest of the factors' confidence in this review (each factor's reasons are in the table below).`;
}

/** Returns what changed since the previous review in words: factor movements of at least the change threshold, and recommendations. */
export function changesInWords(
  model: SiteModel,
  changes: ReviewChanges<PublicReview, TrackedRecommendation>,
): ChangesInWords {
  const { framework } = model;
  const threshold = formatNumber(framework.thresholds.changeThreshold);
  const small = listWords(changes.unchanged.map((move) => move.label));
  const { asAt, earlier, implemented, outstanding, closed } = changes.recommendations;
  const howMany = (count: number) => (count === 0 ? "none" : formatNumber(count));
  const counts = [
    `${howMany(implemented.length)} implemented`,
    `${howMany(outstanding.length)} still open or in progress`,
    ...(closed.length > 0 ? [`${formatNumber(closed.length)} not accepted or superseded`] : []),
  ];
  return {
    differences: changes.comparability.differences,
    moved: changes.moved.map((move) => move.words),
    ...(changes.unchanged.length === 0
      ? changes.moved.length === 0
        ? { unchanged: "No factor has a published consensus in both reviews, so none can be compared." }
        : {}
      : {
          unchanged:
            changes.moved.length === 0
              ? `No factor's consensus moved by ${threshold} of a level or more: ${small} moved by less, which is not counted as a change.`
              : `${capitalise(small)} moved by less than ${threshold} of a level, which is not counted as a change.`,
        }),
    recommendations: [
      earlier.length === 0
        ? "No earlier recommendation"
        : `Of ${plural(earlier.length, "earlier recommendation")}, as at this review (${formatDate(asAt)}): ${listWords(counts)}`,
      `${changes.opened.length === 0 ? "No" : formatNumber(changes.opened.length)} new ${noun(changes.opened.length, "recommendation")} made in this review`,
    ],
  };
}

/**
 * Returns the partnership's recommendations still open or in progress, ready to list, each linking to its review:
 * its page shows them, and so does the committee pack, with `base` the site's absolute root.
 */
export function openRecommendations(
  model: SiteModel,
  partnership: PublicPartnership,
  base: string,
): RecommendationView[] {
  return partnership.recommendations
    .filter((item) => isOutstanding(item.status))
    .map((item) =>
      recommendationView(model, item, base, {
        href: withBase(base, recommendationPath(item.partnership, item.reviewId, item.recommendation.id)),
      }),
    );
}

/** The partnership page's sections: each heading's id and words, used by the headings and the contents list alike. */
export const PARTNERSHIP_SECTIONS = {
  attention: { id: "section-attention", label: "Needs attention" },
  standing: { id: ANCHORS.partnershipStanding, label: "Where it stands" },
  changes: { id: "section-changes", label: "What changed since the previous review" },
  about: { id: ANCHORS.partnershipAbout, label: "About the partnership" },
  history: { id: ANCHORS.partnershipHistory, label: "Review history" },
  questions: { id: "section-questions", label: "Questions for members" },
  recommendations: { id: "section-recommendations", label: "Open recommendations" },
  resolutions: { id: ANCHORS.partnershipResolutions, label: "Committee resolutions" },
  risks: { id: "section-risks", label: "Current risks" },
  goodPractice: { id: "section-good-practice", label: "Good practice" },
  costsBenefits: { id: "section-costs-benefits", label: "Costs and benefits" },
  similar: { id: "section-similar", label: "Similar partnerships" },
  downloads: { id: "section-downloads", label: "Downloads" },
} as const satisfies Record<string, ContentsEntry>;

/**
 * Returns the page's data for one partnership; `base` is the site's base path, `similar` its similar
 * partnerships, `narrative` the headings of its description (their second-level ones join the contents).
 */
export function partnershipPage(
  model: SiteModel,
  partnership: PublicPartnership,
  similar: readonly PublicPartnership[],
  base: string,
  narrative: readonly NarrativeHeading[] = [],
): PartnershipPage {
  const { framework } = model;
  const { current, changes } = partnership;
  const published = partnership.reviews.filter((review) => review.published);
  const own = compareRow(model, partnership);
  const history = partnership.reviews.map((review): TableRow => ({
    cells: [
      {
        text: review.meta.title,
        href: withBase(base, reviewPath(partnership.slug, review.id)),
        ...(review.published
          ? {}
          : { status: review.preview ? (review.meta.status === "draft" ? "draft" : "embargoed") : "withdrawn" }),
      },
      { text: formatDate(review.meta.date), datetime: review.meta.date },
      { text: label(review.meta.reviewType) },
      { text: levelById(framework, review.meta.assessedLevel)?.label ?? review.meta.assessedLevel },
    ],
  }));
  const similarRows = [own, ...similar.map((other) => compareRow(model, other))].map((row): TableRow => ({
    cells: [
      row === own
        ? { text: `${row.partnership.data.name} (this partnership)` }
        : { text: row.partnership.data.name, href: withBase(base, partnershipPath(row.partnership.slug)) },
      { text: levelById(framework, row.partnership.current?.meta.assessedLevel)?.label ?? "Not yet reviewed" },
      { text: levelById(framework, row.partnership.data.targetLevel)?.label ?? "No target" },
      { text: String(row.open) },
    ],
  }));
  const where = standing(model, partnership);
  const S = PARTNERSHIP_SECTIONS;
  const contents: ContentsEntry[] = [
    ...(partnership.attention.length > 0 ? [S.attention, S.questions] : []),
    S.standing,
    ...(changes ? [S.changes] : []),
    S.about,
    ...narrative.filter((heading) => heading.depth === 2).map((heading) => ({ id: heading.slug, label: heading.text })),
    S.history,
    S.recommendations,
    ...(partnership.resolutions.length > 0 ? [S.resolutions] : []),
    ...(partnership.currentRisks.length > 0 ? [S.risks] : []),
    ...(current && current.goodPractice.length > 0 ? [S.goodPractice] : []),
    ...(current && current.costsBenefits.length > 0 ? [S.costsBenefits] : []),
    ...(similar.length > 0 ? [S.similar] : []),
    S.downloads,
  ];

  const questions = questionsForMembers(partnership, framework.thresholds.responseDueMonths);
  const resolutions = partnership.resolutions
    .toSorted((a, b) => b.meeting.date.localeCompare(a.meeting.date))
    .map((item) => resolutionView(model, item, base));
  return {
    glance: glance(model, partnership, questions),
    about: aboutRows(model, partnership),
    history,
    own,
    ...(where ? { standing: where } : {}),
    attention: partnership.attention.map((reason) => reason.text),
    ...(changes ? { changes, changesInWords: changesInWords(model, changes) } : {}),
    open: openRecommendations(model, partnership, base),
    questions,
    resolutions,
    tracked: resolutions.flatMap((view) =>
      view.anchor === undefined
        ? []
        : [{ anchor: view.anchor, kind: "resolution", statusKeys: view.status.filterKeys }],
    ),
    published,
    similar: similar.length === 0 ? [] : similarRows,
    contents,
  };
}

// The committee pack's content, worked out from the published site model: a covering report in the usual
// UK committee report shape, then one section per partnership. Pure: the model and the chosen partnerships come
// in; a document to render comes out. Every figure it states is read from the findings layer (needs-attention
// reasons, portfolio counts, factor findings, statuses, cost totals, risk scores), never worked out here.
import { totalCostsBenefits, totalLabel } from "../costs-benefits.ts";
import { currentRisks } from "../comparison.ts";
import { countRecommendations, portfolioFigures } from "../findings/portfolio.ts";
import { formatDate, levelById } from "../format.ts";
import { fitInWords } from "../target-fit.ts";
import { label } from "../labels.ts";
import { absoluteUrl } from "../links.ts";
import { openRecommendations, standing as pageStanding } from "../pages/partnership-page.ts";
import { assuranceWords, resolutionView } from "../pages/review-page.ts";
import { questionsForMembers } from "../findings/questions.ts";
import { contactRole } from "../findings/accountable-role.ts";
import { riskRanking } from "../pages/risks-page.ts";
import { releaseDate } from "../publication.ts";
import { riskBand, riskScore } from "../risks.ts";
import { statusShown } from "../findings/recommendation-status.ts";
import {
  capitalise,
  countOf,
  formatMoney,
  hasHave,
  howManyOfThem,
  isAre,
  listWords,
  lowerFirst,
  numberWord,
  plural,
  withoutFullStop,
} from "../words.ts";
import type {
  PublicPartnership,
  PublicReview,
  SiteModel,
  TrackedRecommendation,
  TrackedResolution,
} from "../site-model.ts";
import { partnershipPath, recommendationPath, resolutionAnchor, reviewPath } from "../urls.ts";
import type { RecommendationStatus } from "../../schema/index.ts";
import type { Block, PackDocument, Paragraph, Section } from "./document.ts";

/** What the pack is about. */
export interface PackOptions {
  title: string;
  /** The needs-attention rule in one sentence, for readers. */
  ruleText: string;
  /** The absolute address of the published site's root, ending "/", for the background papers and every link. */
  siteRoot: string;
  /** Optional YYYY-MM-DD: report what changed since this day. */
  since?: string;
  /**
   * Optional YYYY-MM-DD: the day whose publications the pack holds, when it is before the model's "as at" day (a pack
   * made today for next week's meeting); the pack then says so.
   */
  publishedBy?: string;
  /** Optional: a sentence on how the partnerships were chosen, closing the report's purpose. */
  scope?: string;
  /** Optional: the committee the report goes to, for the front sheet. */
  committee?: string;
  /** Optional YYYY-MM-DD: the meeting's date, for the front sheet. */
  meetingDate?: string;
}

/** Which partnerships a pack covers: named ones, those needing attention, or (neither) every one. */
export type Choice = { slugs: readonly string[] } | { needsAttention: true } | { all: true };

/**
 * Returns the chosen partnerships, or the first slug that names no partnership. Those needing attention come in
 * the site's needs-attention order, as the home page lists them; every one comes in the same order, then the rest by
 * name.
 */
export function choosePartnerships(
  model: SiteModel,
  choice: Choice,
): { partnerships: PublicPartnership[] } | { unknown: string } {
  if ("slugs" in choice) {
    const bySlug = new Map(model.partnerships.map((partnership) => [partnership.slug, partnership]));
    const unknown = choice.slugs.find((slug) => !bySlug.has(slug));
    if (unknown !== undefined) return { unknown };
    return { partnerships: [...new Set(choice.slugs)].map((slug) => bySlug.get(slug) as PublicPartnership) };
  }
  const { needsAttention, onTrack, proposed, ended } = model.attention;
  if ("needsAttention" in choice) return { partnerships: [...needsAttention] };
  // Every partnership in the site's order: those needing attention first, as the home page and the site's pack list
  // them, then the rest by name; a partnership in none of the lists (of another status) comes last.
  const listed = [...needsAttention, ...onTrack, ...proposed, ...ended];
  const seen = new Set(listed.map((partnership) => partnership.slug));
  return { partnerships: [...listed, ...model.partnerships.filter((partnership) => !seen.has(partnership.slug))] };
}

/** Returns "30 June 2025". */
const day = formatDate;

/** Returns a numbered paragraph. */
function paragraph(text: string, link?: { text: string; href: string }): Paragraph {
  return { kind: "paragraph", text, ...(link === undefined ? {} : { link }) };
}

/** Returns the level's label, or the id when the framework does not name it. */
function levelLabel(model: SiteModel, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (levelById(model.framework, id)?.label ?? id);
}

/**
 * Returns where a partnership stands, in the words of its page: "The current review, … (internal audit by Internal
 * Audit, dated 30 June 2025), places the partnership at Joined. The target is Joined: the reviewer's level is at target."
 */
export function standing(model: SiteModel, partnership: PublicPartnership): string {
  const review = partnership.current;
  const words = pageStanding(model, partnership);
  if (review === undefined || words === undefined) {
    return `No review of ${partnership.data.name} had been published by ${day(model.today)}.`;
  }
  return [
    `The current review, ${review.meta.title} (${label(review.meta.reviewType).toLowerCase()} by ${review.meta.reviewer}, dated ${day(review.meta.date)}), places the partnership at ${words.assessed}.`,
    words.fit,
    ...(words.differ === undefined ? [] : [words.differ]),
    words.confidenceWords,
  ].join(" ");
}

/** Returns "three open recommendations, one overdue", "one open recommendation, none overdue" or "no open recommendation". */
function openWords(outstanding: number, overdue: number): string {
  if (outstanding === 0) return "no open recommendation";
  return `${plural(outstanding, "open recommendation", "open recommendations", true)}, ${overdue === 0 ? "none" : numberWord(overdue)} overdue`;
}

/** Returns the one-paragraph finding for a partnership in the covering report's summary. */
function finding(model: SiteModel, partnership: PublicPartnership, section: number): string {
  const name = `${partnership.data.name} (section ${section})`;
  const review = partnership.current;
  if (review === undefined) return `${name}: no review had been published by ${day(model.today)}.`;
  const assessed = levelLabel(model, review.meta.assessedLevel);
  const target = levelLabel(model, partnership.data.targetLevel);
  const fit =
    target === undefined || partnership.fit === undefined
      ? "with no target set"
      : `against a target of ${target}, ${fitInWords(partnership.fit)}`;
  const recommendations = countRecommendations(partnership.recommendations);
  const [top] = partnership.currentRisks;
  const risks =
    top === undefined
      ? "no current risks"
      : `${plural(partnership.currentRisks.length, "current risk", "current risks", true)} (highest score ${riskScore(top)} of 25, a ${riskBand(riskScore(top), model.framework.thresholds).band} risk)`;
  return `${name}: assessed as ${assessed} ${fit}, in ${review.meta.title} of ${day(review.meta.date)}; ${openWords(recommendations.outstanding, recommendations.overdue)}; ${risks}.`;
}

/** A published review with its partnership. */
interface PlacedReview {
  partnership: PublicPartnership;
  review: PublicReview;
}

/** A change of a recommendation's status by a review published in the period. */
export interface StatusChange {
  item: TrackedRecommendation;
  partnership: PublicPartnership;
  was: RecommendationStatus;
  now: RecommendationStatus;
  /** The date of the review that gave the new status. */
  date: string;
}

/** A committee resolution made, or whose status changed, in the period. */
export interface ResolutionChange {
  item: TrackedResolution;
  partnership: PublicPartnership;
  /** The status before the change; undefined for a resolution made in the period. */
  was?: RecommendationStatus;
  now: RecommendationStatus;
  /** The date of the meeting that made it, or of the update file that gave the new status. */
  date: string;
}

/** A partner's published reply to a review, published in the period. */
export interface ResponseSince {
  partnership: PublicPartnership;
  review: PublicReview;
  response: NonNullable<PublicReview["meta"]["partnerResponses"]>[number];
  /** When the reply became public: its date, or its review's release when that came later. */
  published: string;
}

/** What changed in the period: reviews, recommendation statuses, committee resolutions and partners' replies. */
export interface ChangesSince {
  reviews: PlacedReview[];
  changes: StatusChange[];
  resolutions: ResolutionChange[];
  responses: ResponseSince[];
}

/**
 * Returns the published reviews released on or after `since`, oldest first, the recommendation status changes they
 * and update files made, the committee resolutions made or changed, and the partners' replies published since then.
 */
export function changesSince(
  model: SiteModel,
  partnerships: readonly PublicPartnership[],
  since: string,
): ChangesSince {
  const reviews = partnerships
    .flatMap((partnership) =>
      partnership.reviews
        .filter((review) => review.published && releaseDate(review.meta) >= since)
        .map((review) => ({ partnership, review })),
    )
    .sort(
      (a, b) =>
        releaseDate(a.review.meta).localeCompare(releaseDate(b.review.meta)) || a.review.id.localeCompare(b.review.id),
    );
  const changes = partnerships.flatMap((partnership) =>
    partnership.recommendations.flatMap((item) =>
      item.history.flatMap((update, index): StatusChange[] => {
        const was =
          index === 0 ? item.recommendation.status : (item.history[index - 1]?.status ?? item.recommendation.status);
        const review = model.reviewsByKey.get(`${update.partnership}/${update.reviewId}`);
        const when = review === undefined ? update.reviewDate : releaseDate(review.meta);
        return when >= since && was !== update.status
          ? [{ item, partnership, was, now: update.status, date: update.reviewDate }]
          : [];
      }),
    ),
  );
  const resolutions = partnerships
    .flatMap((partnership) =>
      partnership.resolutions.flatMap((item): ResolutionChange[] => {
        // A meeting's resolutions are public from its publishDate, else from the day of the meeting.
        const made: ResolutionChange[] =
          (item.meeting.publishDate ?? item.meeting.date) >= since
            ? [{ item, partnership, now: item.resolution.status, date: item.meeting.date }]
            : [];
        const moved = item.history.flatMap((update, index): ResolutionChange[] => {
          const was =
            index === 0 ? item.resolution.status : (item.history[index - 1]?.status ?? item.resolution.status);
          return update.reviewDate >= since && was !== update.status
            ? [{ item, partnership, was, now: update.status, date: update.reviewDate }]
            : [];
        });
        return [...made, ...moved];
      }),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.item.resolution.id.localeCompare(b.item.resolution.id));
  const responses = partnerships
    .flatMap((partnership) =>
      partnership.reviews
        .filter((review) => review.published)
        .flatMap((review) =>
          (review.meta.partnerResponses ?? []).map((response) => {
            const released = releaseDate(review.meta);
            return { partnership, review, response, published: response.date > released ? response.date : released };
          }),
        ),
    )
    .filter((item) => item.published >= since)
    .sort((a, b) => a.published.localeCompare(b.published) || a.review.id.localeCompare(b.review.id));
  return { reviews, changes, resolutions, responses };
}

/** Returns a reply to a review as the pack prints it, in the reply's own words. */
function replyWords(organisation: string, date: string, text: string, to?: string): string {
  return `On ${day(date)}, ${organisation} replied to ${to ?? "the review"}: "${text}"`;
}

/**
 * Returns the sentence on a partnership's open recommendations, as at the pack's day: "As at 1 December 2026, three
 * recommendations are open or in progress; one is overdue." The counts are the findings layer's.
 */
export function openSentence(asAt: string, outstanding: number, overdue: number): string {
  if (outstanding === 0) return `No recommendation was open or in progress as at ${asAt}.`;
  return `As at ${asAt}, ${plural(outstanding, "recommendation", "recommendations", true)} ${outstanding === 1 ? "is" : "are"} open or in progress; ${howManyOfThem(overdue, outstanding)} ${overdue <= 1 ? "is" : "are"} overdue.`;
}

/** Returns the sentence that introduces a partnership's reasons for attention: "It needs attention for two reasons:". */
export function attentionWords(subject: string, reasons: number): string {
  return `${subject} needs attention for ${plural(reasons, "reason", "reasons", true)}:`;
}

/** The role the front sheet names as the report's contact: the team that publishes the reviews. */
const CONTACT_ROLE = "Partnership reviews team";

/** Returns the words after "a" or "an", as they are said: "an inter-authority agreement", "a service agreement". */
function withArticle(words: string): string {
  return `${/^[aeiou]/i.test(words) ? "an" : "a"} ${words}`;
}

/** Returns what a partnership rests on in law and when a decision on its agreement falls due, in a sentence. */
function legalWords(model: SiteModel, partnership: PublicPartnership): string {
  const { data } = partnership;
  const rests =
    data.basis === "statutory"
      ? `a statutory duty${data.statutoryRef ? ` (${data.statutoryRef})` : ""}`
      : data.agreement?.kind
        ? withArticle(data.agreement.kind)
        : withArticle(`${label(data.basis).toLowerCase()} basis`);
  const point = partnership.decisionPoint;
  const decision =
    point === undefined
      ? "no agreement date is published"
      : point.date < model.today
        ? `the last day to decide on its agreement was ${day(point.date)}`
        : `a decision on its agreement falls due by ${day(point.date)}`;
  return `${data.name} rests on ${rests}; ${decision}.`;
}

/** Returns whether the current review says an equality impact assessment covered the partnership, in a sentence. */
function equalityWords(partnership: PublicPartnership): string {
  const impact = partnership.current?.meta.equalityImpact;
  const name = partnership.data.name;
  if (partnership.current === undefined) return `${name} has no published review.`;
  if (impact === undefined) return `${name}: the current review does not say whether one was done.`;
  if (!impact.assessed) return `${name}: no equality impact assessment covered the partnership.`;
  return `${name}: assessed${impact.date ? ` on ${day(impact.date)}` : ""}${impact.summary ? `. ${withoutFullStop(impact.summary)}` : ""}.`;
}

/**
 * Returns a partnership's money totals in its current review, each figure labelled as the council's share or the
 * whole partnership's: "Shared Legal Service, current review of 30 June 2025: costs (actual): council's share £11,200,
 * whole partnership £18,000; …". Undefined when the review gives no amount. The totals are the findings layer's.
 */
function moneyWords(partnership: PublicPartnership): string | undefined {
  const review = partnership.current;
  const phrases = (review?.costTotals ?? []).flatMap((total) => {
    if (total.amount === undefined) return [];
    const whole = `whole partnership ${formatMoney(total.amount)}${total.withoutAmount > 0 ? ` (${plural(total.withoutAmount, "line")} not quantified)` : ""}`;
    const share = total.councilShare === undefined ? [] : [`council's share ${formatMoney(total.councilShare)}`];
    return [`${lowerFirst(totalLabel(total))}: ${[...share, whole].join(", ")}`];
  });
  if (review === undefined || phrases.length === 0) return undefined;
  return `${partnership.data.name}, current review of ${day(review.meta.date)}: ${phrases.join("; ")}.`;
}

/** Returns the section about one partnership. */
function partnershipSection(model: SiteModel, partnership: PublicPartnership, siteRoot: string): Section {
  const review = partnership.current;
  const name = partnership.data.name;
  const blocks: Block[] = [paragraph(partnership.data.summary), { kind: "subheading", text: "Where it stands" }];
  blocks.push(paragraph(standing(model, partnership)));
  const assurance = review?.meta.assurance;
  if (assurance !== undefined) {
    blocks.push(
      paragraph(
        `Assurance: ${assuranceWords(assurance).toLowerCase()}. The basis of the opinion: ${withoutFullStop(review?.meta.assuranceBasis ?? "not published")}.`,
      ),
    );
  }
  if (partnership.attention.length > 0) {
    blocks.push(paragraph(attentionWords("It", partnership.attention.length)));
    blocks.push({ kind: "reasons", reasons: partnership.attention.map((reason) => reason.text) });
    blocks.push({ kind: "subheading", text: "Questions for members" });
    blocks.push(paragraph("One question for each reason, with who should answer it and the evidence behind it."));
    blocks.push({
      kind: "questions",
      questions: questionsForMembers(partnership, model.framework.thresholds.responseDueMonths),
      root: siteRoot,
    });
  }
  if (review !== undefined) {
    blocks.push(paragraph(`The review's summary: ${review.meta.summary}`));
    blocks.push({
      kind: "spectrum",
      id: `chart-${partnership.slug}`,
      title: `${name}: stakeholder groups' views on the collaboration spectrum, ${review.meta.title}`,
      framework: model.framework,
      findings: review.findings,
      targetLevel: partnership.data.targetLevel,
    });
    // The partnership page's table; its caption names the partnership, as several share the pack.
    blocks.push({
      kind: "factors",
      caption: `${name}: stakeholder views by factor in the latest review`,
      findings: review.findings,
      judgements: review.factorJudgements,
    });
    blocks.push({ kind: "subheading", text: "Current risks" });
    const risks = partnership.currentRisks;
    if (risks.length === 0) blocks.push(paragraph("The current review records no risks."));
    else {
      blocks.push(
        paragraph(
          `The current review records ${plural(risks.length, "risk", "risks", true)}, scored likelihood × impact out of 25.`,
        ),
      );
      blocks.push({
        kind: "risks",
        framework: model.framework,
        caption: `${name}: current risks, from the latest review, most severe first`,
        risks,
        idPrefix: `${partnership.slug}-`,
      });
    }
  }
  blocks.push({ kind: "subheading", text: "Open and overdue recommendations" });
  const recommendations = countRecommendations(partnership.recommendations);
  blocks.push(paragraph(openSentence(day(model.today), recommendations.outstanding, recommendations.overdue)));
  if (recommendations.outstanding > 0) {
    blocks.push(paragraph("Each status is the latest published word on the recommendation, as at the date shown."));
    blocks.push({ kind: "recommendations", items: openRecommendations(model, partnership, siteRoot) });
  }
  if (partnership.resolutions.length > 0) {
    blocks.push({ kind: "subheading", text: "What the committee resolved, and what happened" });
    blocks.push(paragraph("Each resolution's status is the latest published progress on it, as at the date shown."));
    blocks.push({
      kind: "recommendations",
      items: partnership.resolutions
        .toSorted((a, b) => b.meeting.date.localeCompare(a.meeting.date))
        .map((item) => resolutionView(model, item, siteRoot)),
    });
  }
  for (const response of review?.meta.partnerResponses ?? []) {
    blocks.push({ kind: "subheading", text: `Right of reply: ${response.organisation}` });
    blocks.push(paragraph(replyWords(response.organisation, response.date, response.text)));
  }
  const { contact } = partnership.data;
  blocks.push(
    paragraph(
      `Contact officer: ${contactRole(partnership.data).role} (${contact?.email ?? model.site.contact.email}).`,
    ),
  );
  return { id: `partnership-${partnership.slug}`, title: name, newPage: true, blocks };
}

/** Returns the committee pack for the chosen partnerships, as at the model's day. */
export function buildPack(
  model: SiteModel,
  partnerships: readonly PublicPartnership[],
  options: PackOptions,
): PackDocument {
  const asAt = day(model.today);
  const names = partnerships.map((partnership) => partnership.data.name);
  const attention = partnerships.filter((partnership) => partnership.attention.length > 0);
  // The findings layer's counts over the partnerships in the pack: active ones only, as every figure on the site.
  const figures = portfolioFigures(partnerships);
  const { overdue, outstanding, stale, noResponse } = figures.recommendations;
  const { responseDueMonths, staleAfterMonths } = model.framework.thresholds;
  const coveringCount = options.since === undefined ? 10 : 11;
  const sectionOf = (index: number) => coveringCount + index + 1;
  const first = sectionOf(0);
  const last = sectionOf(partnerships.length - 1);
  const partnershipSections =
    partnerships.length === 1
      ? `section ${first}`
      : `sections ${first} ${partnerships.length === 2 ? "and" : "to"} ${last}`;
  /** Returns "the partnership" for one, "the three partnerships" for more. */
  const the = (count: number, noun: string) =>
    count === 1 ? `the ${noun}` : `the ${plural(count, noun, `${noun}s`, true)}`;
  const site = model.site.title;

  const purpose: Section = {
    id: "purpose",
    title: "Purpose of the report",
    blocks: [
      paragraph(
        `This report gives the committee the published findings of the reviews of ${plural(partnerships.length, "partnership")}, as at ${asAt}, so that members can scrutinise how each partnership is working and what is being done about the reviews' findings.`,
      ),
      paragraph(
        options.publishedBy === undefined || options.publishedBy === model.today
          ? `It uses only what ${site} had published by the end of ${asAt}. Draft and embargoed reviews, internal notes and views from groups too small to stay anonymous are not part of it.`
          : `It uses only what ${site} had published by the end of ${day(options.publishedBy)}, the day the pack was made: anything under embargo then is left out, even if it is published by ${asAt}. Due and overdue dates are as at ${asAt}. Draft reviews, internal notes and views from groups too small to stay anonymous are not part of it.`,
      ),
      ...(partnerships.length === 0
        ? []
        : [paragraph(`The partnerships are ${listWords(names)}, each set out in ${partnershipSections}.`)]),
      ...(options.scope === undefined ? [] : [paragraph(options.scope)]),
    ],
  };

  const recommendations: Section = {
    id: "recommendations",
    title: "Recommendations",
    blocks: [
      paragraph(
        `That the committee notes the findings of the reviews of the partnerships in this report, as at ${asAt}.`,
      ),
      ...(figures.needsAttention === 0
        ? []
        : [
            paragraph(
              `That the committee considers ${the(figures.needsAttention, "partnership")} listed in section 4 as needing attention, and decides whether to ask for a further report on any of them.`,
            ),
          ]),
      ...(overdue === 0
        ? []
        : [
            paragraph(
              `That the committee asks the lead officers for an explanation of ${the(overdue, "overdue recommendation")} set out in ${partnershipSections}, and a date by which ${overdue === 1 ? "it" : "each"} will be done.`,
            ),
          ]),
      ...(noResponse === 0 && stale === 0
        ? []
        : [
            paragraph(
              `That the committee asks the lead officers for ${[
                ...(noResponse === 0
                  ? []
                  : [`a management response to ${the(noResponse, "recommendation")} without one`]),
                ...(stale === 0 ? [] : [`progress on ${the(stale, "recommendation")} not updated`]),
              ].join(" and for ")}, listed in section 5.`,
            ),
          ]),
    ],
  };

  const summary: Section = {
    id: "summary",
    title: "Summary of findings",
    blocks:
      partnerships.length === 0
        ? [paragraph(`No partnership is covered by this report as at ${asAt}.`)]
        : partnerships.map((partnership, index) => paragraph(finding(model, partnership, sectionOf(index)))),
  };

  const needsAttention: Section = {
    id: "needs-attention",
    title: "Partnerships needing attention",
    blocks: [
      paragraph(
        figures.needsAttention === 0
          ? `None of the partnerships in this report needs attention as at ${asAt}.`
          : `${capitalise(countOf(figures.needsAttention, partnerships.length, "partnerships"))} in this report ${figures.needsAttention === 1 ? "needs" : "need"} attention as at ${asAt}, for the reasons given.`,
      ),
      paragraph(options.ruleText),
      ...attention.flatMap((partnership): Block[] => [
        paragraph(attentionWords(partnership.data.name, partnership.attention.length)),
        { kind: "reasons", reasons: partnership.attention.map((reason) => reason.text) },
      ]),
    ],
  };

  // The flags the findings layer set on each recommendation, of the active partnerships its counts cover.
  const flagged = partnerships
    .filter((partnership) => partnership.data.status === "active")
    .flatMap((partnership) =>
      partnership.recommendations
        .filter((item) => item.noResponse || item.stale)
        .map((item) => ({ partnership, item, shown: statusShown(item) })),
    );
  const flags: Section = {
    id: "recommendation-flags",
    title: "Recommendations without a response or not updated",
    blocks: [
      paragraph(
        outstanding === 0
          ? `No recommendation of the partnerships in this report is open or in progress as at ${asAt}, so none awaits a management response or an update.`
          : `As at ${asAt}, ${plural(outstanding, "recommendation", "recommendations", true)} ${isAre(outstanding)} open or in progress: ${
              noResponse === 0
                ? `${outstanding === 1 ? "it has" : "each has"} a management response`
                : `${howManyOfThem(noResponse, outstanding)} ${hasHave(noResponse)} no management response ${plural(responseDueMonths, "month")} after ${noResponse === 1 ? "its" : "their"} review was published`
            }, and ${
              stale === 0
                ? `${outstanding === 1 ? "it has" : "each has"} been updated in the last ${plural(staleAfterMonths, "month")}`
                : `${howManyOfThem(stale, outstanding)} ${hasHave(stale)} not been updated for ${plural(staleAfterMonths, "month")} or more`
            }.`,
      ),
      ...(flagged.length === 0
        ? []
        : [
            paragraph("Each is listed with its flags, as its partnership's section shows them."),
            {
              kind: "table" as const,
              caption: "Open recommendations without a management response or not updated, by partnership",
              columns: [
                { label: "Recommendation" },
                { label: "Reference" },
                { label: "Partnership" },
                { label: "Status" },
                { label: "Flags" },
              ],
              rows: flagged.map(({ partnership, item, shown }) => ({
                cells: [
                  {
                    text: item.recommendation.text,
                    href: absoluteUrl(
                      options.siteRoot,
                      recommendationPath(partnership.slug, item.reviewId, item.recommendation.id),
                    ),
                  },
                  { text: item.recommendation.id },
                  { text: partnership.data.name },
                  { text: `${shown.label}, ${shown.asAt}`, datetime: shown.asAtDate },
                  { text: [shown.noResponse, shown.stale].filter((flag) => flag !== undefined).join("; ") },
                ],
              })),
            },
          ]),
    ],
  };

  const totals = totalCostsBenefits(partnerships.flatMap((partnership) => partnership.current?.costsBenefits ?? []));
  const financial: Section = {
    id: "financial-implications",
    title: "Financial implications",
    blocks:
      totals.length === 0
        ? [
            paragraph(
              "None of the current reviews reports costs or benefits. This report has no financial implications of its own.",
            ),
          ]
        : [
            paragraph(
              "The figures are those reported in the partnerships' current reviews, in pounds; they are not audited accounts. This report has no financial implications of its own.",
            ),
            paragraph(
              "Each kind is totalled separately for each basis, and savings and income also by whether they are cashable: costs, savings, income, cost avoidance and non-financial benefits are never added together, and actual figures are never added to estimates or targets. Cost avoidance is money that did not have to be spent; it is not a saving.",
            ),
            paragraph(
              "Each figure is labelled as the council's share, given only where every line in the total has one, or as the whole partnership's figure, all partners together. The two are never added together. For each partnership:",
            ),
            ...partnerships.flatMap((partnership) => {
              const words = moneyWords(partnership);
              return words === undefined ? [] : [paragraph(words)];
            }),
            paragraph(
              "Across these partnerships, each total gives the council's share only where every line in it, in every partnership, has one:",
            ),
            {
              kind: "cost-totals",
              caption: "Costs and benefits in the current reviews, totalled by kind and basis",
              totals,
            },
          ],
  };

  const legal: Section = {
    id: "legal-implications",
    title: "Legal implications",
    blocks: [
      paragraph(
        "This report asks for no decision with legal effect. What each partnership rests on, and when a decision on its agreement falls due:",
      ),
      ...partnerships.map((partnership) => paragraph(legalWords(model, partnership))),
    ],
  };
  const equality: Section = {
    id: "equality-implications",
    title: "Equality implications",
    blocks: [
      paragraph(
        "Under the public sector equality duty, each current review says whether an equality impact assessment covered the partnership:",
      ),
      ...partnerships.map((partnership) => paragraph(equalityWords(partnership))),
    ],
  };

  const { highRiskScore } = model.framework.thresholds;
  const chosen = new Set(partnerships.map((partnership) => partnership.slug));
  const high = currentRisks(model).filter(
    (placed) => placed.band.band === "high" && chosen.has(placed.partnership.slug),
  );
  const ranking = riskRanking(model, options.siteRoot, high);
  const risks: Section = {
    id: "risks",
    title: "Risks",
    blocks:
      high.length === 0
        ? [paragraph(`None of the current reviews records a risk scoring ${highRiskScore} or more out of 25.`)]
        : [
            paragraph(
              `The current reviews record ${plural(high.length, "risk", "risks", true)} scoring ${highRiskScore} or more out of 25 (likelihood × impact). Each partnership's section lists all its current risks.`,
            ),
            {
              kind: "table",
              caption: `Current risks scoring ${highRiskScore} or more, highest first`,
              columns: ranking.columns,
              rows: ranking.rows,
            },
          ],
  };

  const sinceSections: Section[] = [];
  if (options.since !== undefined) {
    const since = day(options.since);
    const { reviews, changes, resolutions, responses } = changesSince(model, partnerships, options.since);
    const blocks: Block[] = [
      paragraph(
        reviews.length === 0
          ? `No review of these partnerships was published between ${since} and ${asAt}.`
          : `${capitalise(plural(reviews.length, "review", "reviews", true))} of these partnerships ${reviews.length === 1 ? "was" : "were"} published between ${since} and ${asAt}.`,
      ),
    ];
    if (reviews.length > 0) {
      blocks.push({
        kind: "table",
        caption: `Reviews published since ${since}`,
        columns: [{ label: "Review" }, { label: "Partnership" }, { label: "Published" }, { label: "Assessed level" }],
        rows: reviews.map(({ partnership, review }) => ({
          cells: [
            { text: review.meta.title, href: absoluteUrl(options.siteRoot, reviewPath(partnership.slug, review.id)) },
            { text: partnership.data.name },
            { text: day(releaseDate(review.meta)), datetime: releaseDate(review.meta) },
            { text: levelLabel(model, review.meta.assessedLevel) ?? review.meta.assessedLevel },
          ],
        })),
      });
    }
    blocks.push(
      paragraph(
        changes.length === 0
          ? `No recommendation's status changed between ${since} and ${asAt}.`
          : `${capitalise(plural(changes.length, "recommendation status change", "recommendation status changes", true))} ${changes.length === 1 ? "was" : "were"} published between ${since} and ${asAt}.`,
      ),
    );
    if (changes.length > 0) {
      blocks.push({
        kind: "table",
        caption: `Recommendations whose status changed since ${since}`,
        columns: [
          { label: "Recommendation" },
          { label: "Reference" },
          { label: "Partnership" },
          { label: "Was" },
          { label: "Now" },
          { label: "As at" },
        ],
        rows: changes.map((change) => ({
          cells: [
            { text: change.item.recommendation.text },
            { text: change.item.recommendation.id },
            { text: change.partnership.data.name },
            { text: label(change.was) },
            { text: label(change.now) },
            { text: day(change.date), datetime: change.date },
          ],
        })),
      });
    }
    const made = resolutions.filter((change) => change.was === undefined).length;
    const moved = resolutions.length - made;
    blocks.push(
      paragraph(
        resolutions.length === 0
          ? `No committee resolution about these partnerships was made or changed status between ${since} and ${asAt}.`
          : `Between ${since} and ${asAt}, ${listWords([
              ...(made === 0
                ? []
                : [
                    `${plural(made, "committee resolution", "committee resolutions", true)} ${made === 1 ? "was" : "were"} made`,
                  ]),
              ...(moved === 0
                ? []
                : [
                    `${plural(moved, "resolution status change", "resolution status changes", true)} ${moved === 1 ? "was" : "were"} published`,
                  ]),
            ])}.`,
      ),
    );
    if (resolutions.length > 0) {
      blocks.push({
        kind: "table",
        caption: `Committee resolutions made or changed since ${since}`,
        columns: [
          { label: "Resolution" },
          { label: "Reference" },
          { label: "Partnership" },
          { label: "Was" },
          { label: "Now" },
          { label: "As at" },
        ],
        rows: resolutions.map((change) => ({
          cells: [
            {
              text: change.item.resolution.text,
              href: absoluteUrl(
                options.siteRoot,
                `${partnershipPath(change.partnership.slug)}#${resolutionAnchor(change.item.resolution.id)}`,
              ),
            },
            { text: change.item.resolution.id },
            { text: change.partnership.data.name },
            {
              text:
                change.was === undefined ? `New: resolved by the ${change.item.meeting.committee}` : label(change.was),
            },
            { text: label(change.now) },
            { text: day(change.date), datetime: change.date },
          ],
        })),
      });
    }
    blocks.push(
      paragraph(
        responses.length === 0
          ? `No partner's reply to a review of these partnerships was published between ${since} and ${asAt}.`
          : `${capitalise(plural(responses.length, "partner's reply", "partners' replies", true))} to reviews of these partnerships ${responses.length === 1 ? "was" : "were"} published between ${since} and ${asAt}, printed as written:`,
      ),
    );
    for (const { review, response } of responses) {
      blocks.push(paragraph(replyWords(response.organisation, response.date, response.text, review.meta.title)));
    }
    sinceSections.push({ id: "changes", title: `What has changed since ${since}`, blocks });
  }

  const background: Section = {
    id: "background-papers",
    title: "Background papers",
    blocks: [
      paragraph(`The published reviews and the partnerships' pages on ${site}:`),
      ...partnerships.flatMap((partnership) => {
        const page = absoluteUrl(options.siteRoot, partnershipPath(partnership.slug));
        const papers = [paragraph(`${partnership.data.name}, partnership page: `, { text: page, href: page })];
        if (partnership.current !== undefined) {
          const report = absoluteUrl(options.siteRoot, reviewPath(partnership.slug, partnership.current.id));
          papers.push(
            paragraph(`${partnership.current.meta.title}, the current review: `, { text: report, href: report }),
          );
        }
        return papers;
      }),
      paragraph("Every recommendation and its current status: ", {
        text: absoluteUrl(options.siteRoot, "recommendations/"),
        href: absoluteUrl(options.siteRoot, "recommendations/"),
      }),
    ],
  };

  return {
    lang: model.site.language,
    title: options.title,
    organisation: model.site.organisation.name,
    asAt: model.today,
    frontSheet: [
      ...(options.committee === undefined ? [] : [{ key: "Committee", value: options.committee }]),
      { key: "Meeting date", value: day(options.meetingDate ?? model.today) },
      { key: "Contact officer", value: `${CONTACT_ROLE} (${model.site.contact.email})` },
      { key: "Wards affected", value: "All wards" },
      { key: "Key decision", value: "No: the report is for scrutiny and asks for no decision on spending or services" },
    ],
    sections: [
      purpose,
      recommendations,
      summary,
      needsAttention,
      flags,
      financial,
      legal,
      equality,
      risks,
      ...sinceSections,
      background,
      ...partnerships.map((partnership) => partnershipSection(model, partnership, options.siteRoot)),
    ],
  };
}

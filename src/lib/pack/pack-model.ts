// The committee pack's content, worked out from the published site model: a covering report in the usual
// UK committee report shape, then one section per partnership. Pure: the model, the chosen partnerships and
// the needs-attention rule come in; a document to render comes out.
import { buildSpectrumChart, listWords, plural } from "../../charts/index.ts";
import { spectrumChartInput } from "../findings/spectrum-text.ts";
import { compareRow } from "../comparison.ts";
import { formatDate, formatMoney, levelById } from "../format.ts";
import { fitInWords } from "../target-fit.ts";
import { label, RISK_CATEGORY_TEXT } from "../labels.ts";
import { absoluteUrl } from "../open-data/links.ts";
import { riskTable } from "../pages/review-tables.ts";
import { releaseDate } from "../publication.ts";
import { riskBand } from "../risks.ts";
import { isOutstanding } from "../recommendations.ts";
import { sentences } from "../words.ts";
import type { PublicPartnership, PublicReview, SiteModel, TrackedRecommendation } from "../site-model.ts";
import { partnershipPath, reviewPath } from "../urls.ts";
import { COST_BENEFIT_BASES, COST_BENEFIT_KINDS, type RecommendationStatus } from "../../schema/index.ts";
import type { Block, PackDocument, Paragraph, Section, Table } from "./document.ts";

/** Returns, in words, why a partnership needs attention; an empty list when it does not. */
export type NeedsAttentionRule = (partnership: PublicPartnership) => string[];

/** What the pack is about and how it judges attention. */
export interface PackOptions {
  title: string;
  /** The needs-attention rule: an input, so the shared rule can replace the interim one without touching the pack. */
  reasons: NeedsAttentionRule;
  /** The rule in one sentence, for readers. */
  ruleText: string;
  /** The absolute address of the published site's root, ending "/", for the background papers. */
  siteRoot: string;
  /** Optional YYYY-MM-DD: report what changed since this day. */
  since?: string;
  /**
   * Optional YYYY-MM-DD: the day whose publications the pack holds, when it is before the model's "as at" day (a pack
   * made today for next week's meeting); the pack then says so.
   */
  publishedBy?: string;
  /** A current risk scoring at least this is listed in the covering report's risks. */
  highRiskScore: number;
  /** Optional: a sentence on how the partnerships were chosen, closing the report's purpose. */
  scope?: string;
}

/** Which partnerships a pack covers: named ones, those needing attention, or (neither) every one. */
export type Choice = { slugs: readonly string[] } | { needsAttention: true } | { all: true };

/** Returns the chosen partnerships, or the first slug that names no partnership. */
export function choosePartnerships(
  model: SiteModel,
  choice: Choice,
  reasons: NeedsAttentionRule,
): { partnerships: PublicPartnership[] } | { unknown: string } {
  if ("slugs" in choice) {
    const bySlug = new Map(model.partnerships.map((partnership) => [partnership.slug, partnership]));
    const unknown = choice.slugs.find((slug) => !bySlug.has(slug));
    if (unknown !== undefined) return { unknown };
    return { partnerships: [...new Set(choice.slugs)].map((slug) => bySlug.get(slug) as PublicPartnership) };
  }
  if ("needsAttention" in choice) {
    return {
      partnerships: model.partnerships.filter((partnership) => attentionReasons(partnership, reasons).length > 0),
    };
  }
  return { partnerships: [...model.partnerships] };
}

/** Returns the rule's reasons for an active partnership; proposed and ended ones never need attention, whatever the rule says. */
export function attentionReasons(partnership: PublicPartnership, reasons: NeedsAttentionRule): string[] {
  return partnership.data.status === "active" ? reasons(partnership) : [];
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

/** Returns the day a recommendation's current status was given: its latest published update's review date, else the day it was made. */
export function statusAsAt(item: TrackedRecommendation): string {
  return item.history.at(-1)?.reviewDate ?? item.reviewDate;
}

/** Returns a recommendation's status in words, such as "In progress, overdue". */
function statusWords(item: TrackedRecommendation): string {
  return `${label(item.status)}${item.overdue ? ", overdue" : ""}`;
}

/** Returns where a partnership stands, in a sentence or two. */
export function standing(model: SiteModel, partnership: PublicPartnership): string {
  const review = partnership.current;
  if (review === undefined) return `No review of ${partnership.data.name} had been published by ${day(model.today)}.`;
  const assessed = levelLabel(model, review.meta.assessedLevel);
  const target = levelLabel(model, partnership.data.targetLevel);
  // The same words as the site's own pages: the fit, with the framework's tolerance.
  const fit =
    target === undefined || partnership.fit === undefined
      ? "No target level is set, so its distance from a target cannot be judged."
      : `Its target is ${target}: it is ${fitInWords(partnership.fit)}.`;
  return `The current review, ${review.meta.title} (${label(review.meta.reviewType).toLowerCase()} by ${review.meta.reviewer}, dated ${day(review.meta.date)}), assesses the partnership as ${assessed}. ${fit}`;
}

/** Returns the one-paragraph finding for a partnership in the covering report's summary. */
function finding(model: SiteModel, partnership: PublicPartnership, section: number): string {
  const row = compareRow(model, partnership);
  const name = `${partnership.data.name} (section ${section})`;
  if (partnership.current === undefined) return `${name}: no review had been published by ${day(model.today)}.`;
  const assessed = levelLabel(model, partnership.current.meta.assessedLevel);
  const target = levelLabel(model, partnership.data.targetLevel);
  const fit =
    target === undefined || partnership.fit === undefined
      ? "with no target set"
      : `against a target of ${target}, ${fitInWords(partnership.fit)}`;
  const risks =
    row.riskCount === 0
      ? "no current risks"
      : `${plural(row.riskCount, "current risk")} (highest score ${row.topRiskScore} of 25, a ${riskBand(row.topRiskScore, model.framework.thresholds).band} risk)`;
  return `${name}: assessed as ${assessed} ${fit}, in ${partnership.current.meta.title} of ${day(partnership.current.meta.date)}; ${plural(row.open, "open recommendation")}, ${row.overdue} overdue; ${risks}.`;
}

/** Returns the costs and benefits of the current reviews totalled by kind and basis; kinds and bases are never added together. */
export function financeTable(partnerships: readonly PublicPartnership[]): Table | undefined {
  const items = partnerships.flatMap((partnership) => partnership.current?.costsBenefits ?? []);
  if (items.length === 0) return undefined;
  const kinds = COST_BENEFIT_KINDS.filter((kind) => items.some((item) => item.kind === kind));
  return {
    kind: "table",
    caption: "Costs and benefits reported in the current reviews, totalled by kind and basis",
    head: ["Kind", ...COST_BENEFIT_BASES.map((basis) => label(basis)), "Items without an amount"],
    rows: kinds.map((kind) => {
      const own = items.filter((item) => item.kind === kind);
      return {
        header: label(kind),
        cells: [
          ...COST_BENEFIT_BASES.map((basis) => {
            const amounts = own.filter((item) => item.basis === basis && item.amount !== undefined);
            return amounts.length === 0 ? "–" : formatMoney(amounts.reduce((sum, item) => sum + (item.amount ?? 0), 0));
          }),
          String(own.filter((item) => item.amount === undefined).length),
        ],
      };
    }),
  };
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

/** Returns the published reviews released on or after `since`, oldest first, and the status changes they made. */
export function changesSince(
  model: SiteModel,
  partnerships: readonly PublicPartnership[],
  since: string,
): { reviews: PlacedReview[]; changes: StatusChange[] } {
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
  return { reviews, changes };
}

/** Returns the table of a partnership's open and overdue recommendations, overdue first. */
export function recommendationTable(partnership: PublicPartnership): Table | undefined {
  const open = partnership.recommendations
    .filter((item) => isOutstanding(item.status))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.recommendation.due ?? "9999").localeCompare(b.recommendation.due ?? "9999") ||
        a.recommendation.id.localeCompare(b.recommendation.id),
    );
  if (open.length === 0) return undefined;
  return {
    kind: "table",
    caption: `Open and overdue recommendations: ${partnership.data.name}`,
    head: ["Recommendation", "Reference", "Priority", "Due", "Status", "Status as at"],
    rows: open.map((item) => ({
      header: item.recommendation.text,
      cells: [
        item.recommendation.id,
        label(item.recommendation.priority),
        item.recommendation.due === undefined ? "No due date" : day(item.recommendation.due),
        statusWords(item),
        day(statusAsAt(item)),
      ],
    })),
  };
}

/**
 * Returns why a partnership needs attention, one sentence per reason, as the rule words them: "Shared Legal Service
 * needs attention for two reasons. One overdue recommendation. Never reviewed; a review was due by 1 April 2001." A
 * reason may hold a semicolon or start with a capital, so reasons are never run together in one sentence.
 */
export function attentionWords(subject: string, reasons: readonly string[]): string {
  return `${subject} needs attention for ${plural(reasons.length, "reason", "reasons", true)}. ${sentences(reasons)}`;
}

/** Returns the section about one partnership. */
function partnershipSection(model: SiteModel, partnership: PublicPartnership, reasons: string[]): Section {
  const review = partnership.current;
  const blocks: Block[] = [paragraph(partnership.data.summary), { kind: "subheading", text: "Where it stands" }];
  blocks.push(paragraph(standing(model, partnership)));
  if (reasons.length > 0) blocks.push(paragraph(attentionWords("It", reasons)));
  if (review !== undefined) {
    blocks.push(paragraph(`The review's summary: ${review.meta.summary}`));
    const chart = buildSpectrumChart(
      spectrumChartInput(
        model.framework,
        review.findings,
        partnership.data.targetLevel,
        `${partnership.data.name}: stakeholder groups' views on the collaboration spectrum, ${review.meta.title}`,
      ),
    );
    blocks.push({ kind: "figure", id: `chart-${partnership.slug}`, caption: chart.title, chart });
    blocks.push({ kind: "subheading", text: "Current risks" });
    if (review.risks.length === 0) blocks.push(paragraph("The current review records no risks."));
    else {
      const risks = riskTable(review.risks, model.framework.thresholds);
      blocks.push(
        paragraph(
          `The current review records ${plural(review.risks.length, "risk")}, scored likelihood × impact out of 25.`,
        ),
      );
      blocks.push({
        kind: "table",
        caption: `Current risks: ${partnership.data.name}, highest score first`,
        head: risks.columns.map((column) => column.label),
        rows: risks.rows.map((row) => {
          const [first, ...rest] = row.cells;
          return {
            header: first?.text ?? "",
            cells: rest.map((cell) => (cell.note === undefined ? cell.text : `${cell.text} ${cell.note}`)),
          };
        }),
      });
    }
  }
  blocks.push({ kind: "subheading", text: "Open and overdue recommendations" });
  const open = partnership.recommendations.filter((item) => isOutstanding(item.status));
  const overdue = open.filter((item) => item.overdue).length;
  const recommendations = recommendationTable(partnership);
  if (recommendations === undefined) {
    blocks.push(paragraph(`No recommendation was open or in progress as at ${day(model.today)}.`));
  } else {
    blocks.push(
      paragraph(
        `As at ${day(model.today)}, ${plural(open.length, "recommendation")} ${open.length === 1 ? "is" : "are"} open or in progress, ${overdue} of them overdue. Each status is the latest published word on it, as at the date shown.`,
      ),
    );
    blocks.push(recommendations);
  }
  return { id: `partnership-${partnership.slug}`, title: partnership.data.name, newPage: true, blocks };
}

/** Returns the committee pack for the chosen partnerships, as at the model's day. */
export function buildPack(
  model: SiteModel,
  partnerships: readonly PublicPartnership[],
  options: PackOptions,
): PackDocument {
  const asAt = day(model.today);
  const names = partnerships.map((partnership) => partnership.data.name);
  const attention = partnerships
    .map((partnership) => ({ partnership, reasons: attentionReasons(partnership, options.reasons) }))
    .filter((entry) => entry.reasons.length > 0);
  const reasonsOf = new Map(attention.map((entry) => [entry.partnership.slug, entry.reasons]));
  const overdue = partnerships.reduce((sum, partnership) => sum + compareRow(model, partnership).overdue, 0);
  const coveringCount = options.since === undefined ? 7 : 8;
  const sectionOf = (index: number) => coveringCount + index + 1;
  const first = sectionOf(0);
  const last = sectionOf(partnerships.length - 1);
  const partnershipSections =
    partnerships.length === 1
      ? `section ${first}`
      : `sections ${first} ${partnerships.length === 2 ? "and" : "to"} ${last}`;
  /** Returns "the partnership" for one, "the 3 partnerships" for more. */
  const the = (count: number, noun: string) => (count === 1 ? `the ${noun}` : `the ${plural(count, noun)}`);
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
      ...(attention.length === 0
        ? []
        : [
            paragraph(
              `That the committee considers ${the(attention.length, "partnership")} listed in section 4 as needing attention, and decides whether to ask for a further report on any of them.`,
            ),
          ]),
      ...(overdue === 0
        ? []
        : [
            paragraph(
              `That the committee asks the lead officers for an explanation of ${the(overdue, "overdue recommendation")} set out in ${partnershipSections}, and a date by which ${overdue === 1 ? "it" : "each"} will be done.`,
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
        attention.length === 0
          ? `None of the partnerships in this report needs attention as at ${asAt}.`
          : `${attention.length} of the ${plural(partnerships.length, "partnership")} in this report ${attention.length === 1 ? "needs" : "need"} attention as at ${asAt}, for the reasons given.`,
      ),
      paragraph(options.ruleText),
      ...attention.map((entry) => paragraph(attentionWords(entry.partnership.data.name, entry.reasons))),
    ],
  };

  const finance = financeTable(partnerships);
  const financial: Section = {
    id: "financial-implications",
    title: "Financial implications",
    blocks:
      finance === undefined
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
              "Each kind is totalled separately for each basis: costs, savings, income, cost avoidance and non-financial benefits are never added together, and actual figures are never added to estimates or targets.",
            ),
            finance,
          ],
  };

  const highRisks = partnerships
    .flatMap((partnership) =>
      (partnership.current?.risks ?? []).map((risk) => ({ partnership, risk, score: risk.likelihood * risk.impact })),
    )
    .filter((entry) => entry.score >= options.highRiskScore)
    .sort((a, b) => b.score - a.score || a.partnership.data.name.localeCompare(b.partnership.data.name, "en-GB"));
  const risks: Section = {
    id: "risks",
    title: "Risks",
    blocks:
      highRisks.length === 0
        ? [paragraph(`None of the current reviews records a risk scoring ${options.highRiskScore} or more out of 25.`)]
        : [
            paragraph(
              `The current reviews record ${plural(highRisks.length, "risk")} scoring ${options.highRiskScore} or more out of 25 (likelihood × impact). Each partnership's section lists all its current risks.`,
            ),
            {
              kind: "table",
              caption: `Current risks scoring ${options.highRiskScore} or more, highest first`,
              head: ["Risk", "Partnership", "Category", "Likelihood", "Impact", "Score", "Mitigation and owner"],
              rows: highRisks.map(({ partnership, risk, score }) => ({
                header: risk.title,
                cells: [
                  partnership.data.name,
                  RISK_CATEGORY_TEXT[risk.category]?.label ?? risk.category,
                  `${risk.likelihood} of 5`,
                  `${risk.impact} of 5`,
                  riskBand(score, model.framework.thresholds).outOf,
                  `${risk.mitigation ?? "No mitigation recorded."}${risk.ownerRole ? ` Owner: ${risk.ownerRole}.` : ""}`,
                ],
              })),
            },
          ],
  };

  const sinceSections: Section[] = [];
  if (options.since !== undefined) {
    const since = day(options.since);
    const { reviews, changes } = changesSince(model, partnerships, options.since);
    const blocks: Block[] = [
      paragraph(
        reviews.length === 0
          ? `No review of these partnerships was published between ${since} and ${asAt}.`
          : `${plural(reviews.length, "review")} of these partnerships ${reviews.length === 1 ? "was" : "were"} published between ${since} and ${asAt}.`,
      ),
    ];
    if (reviews.length > 0) {
      blocks.push({
        kind: "table",
        caption: `Reviews published since ${since}`,
        head: ["Review", "Partnership", "Published", "Assessed level"],
        rows: reviews.map(({ partnership, review }) => ({
          header: review.meta.title,
          cells: [
            partnership.data.name,
            day(releaseDate(review.meta)),
            levelLabel(model, review.meta.assessedLevel) ?? review.meta.assessedLevel,
          ],
        })),
      });
    }
    blocks.push(
      paragraph(
        changes.length === 0
          ? `No recommendation's status changed between ${since} and ${asAt}.`
          : `${plural(changes.length, "recommendation status change", "recommendation status changes")} ${changes.length === 1 ? "was" : "were"} published between ${since} and ${asAt}.`,
      ),
    );
    if (changes.length > 0) {
      blocks.push({
        kind: "table",
        caption: `Recommendations whose status changed since ${since}`,
        head: ["Recommendation", "Reference", "Partnership", "Was", "Now", "As at"],
        rows: changes.map((change) => ({
          header: change.item.recommendation.text,
          cells: [
            change.item.recommendation.id,
            change.partnership.data.name,
            label(change.was),
            label(change.now),
            day(change.date),
          ],
        })),
      });
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
    sections: [
      purpose,
      recommendations,
      summary,
      needsAttention,
      financial,
      risks,
      ...sinceSections,
      background,
      ...partnerships.map((partnership) =>
        partnershipSection(model, partnership, reasonsOf.get(partnership.slug) ?? []),
      ),
    ],
  };
}

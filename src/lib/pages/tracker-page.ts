/**
 * The recommendations tracker: every published recommendation grouped by partnership, in the
 * needs-attention order, with its current status as at the date of the latest word, overdue and
 * not updated lately shown and counted apart, the management response and the history of words.
 */
import { statusShown, type StatusShown } from "../findings/recommendation-status.ts";
import { factorLabel } from "../format.ts";
import { label } from "../labels.ts";
import { RECOMMENDATION_STATUSES } from "../../schema/index.ts";
import type { SiteModel, TrackedRecommendation } from "../site-model.ts";
import { recommendationAnchor, recommendationPath, withBase } from "../urls.ts";
import { capitalise, listWords, longDate, plural, sentences, withoutFullStop } from "../words.ts";

/** One recommendation as the tracker shows it. */
export interface TrackerItem {
  /** The row's id: the recommendation's permanent anchor. */
  anchor: string;
  id: string;
  href: string;
  text: string;
  /** Small print under the text: the priority, the review it came from, the factor and the owner, in sentences. */
  detail: string;
  /** The current status with its "as at" date, overdue and not updated lately, in words. */
  status: StatusShown;
  priority: string;
  /** The due date in words, or "No due date". */
  due: string;
  dueIso: string | undefined;
  /** The management response in words, or "No management response published". */
  response: string;
  /** Each published word, oldest first: "30 June 2025, progress update by the Head of Legal: in progress. Note". */
  history: string[];
  /** The values the filters read: status (with "overdue" and "stale"), priority, partnership, factor. */
  filters: { status: string; priority: string; partnership: string; factor: string };
}

/** One partnership's recommendations. */
export interface TrackerGroup {
  slug: string;
  name: string;
  href: string;
  /** "5 recommendations: 2 open, 1 overdue, 1 not updated lately". */
  summary: string;
  items: TrackerItem[];
}

/** The tracker page. */
export interface TrackerPage {
  /** The headline counts, as key and value rows: overdue and not updated lately apart. */
  counts: { key: string; value: string; id?: string }[];
  /** The sentence under the counts about the recommendations of proposed and ended partnerships; "" when none. */
  apartNote: string;
  groups: TrackerGroup[];
}

const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Returns the order within a partnership: overdue first, then not updated lately, then priority, due date and id. */
export function byUrgency(a: TrackedRecommendation, b: TrackedRecommendation): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    Number(b.stale) - Number(a.stale) ||
    PRIORITY_ORDER[a.recommendation.priority] - PRIORITY_ORDER[b.recommendation.priority] ||
    (a.recommendation.due ?? "9999").localeCompare(b.recommendation.due ?? "9999") ||
    a.recommendation.id.localeCompare(b.recommendation.id)
  );
}

/** Returns the management response in words, such as "Accepted (12 March 2024): We will do it". */
export function responseText(item: TrackedRecommendation): string {
  const response = item.recommendation.response;
  if (response === undefined) return "No management response published";
  const dated = response.date === undefined ? "" : ` (${longDate(response.date)})`;
  const words = response.text === undefined ? "" : `: ${withoutFullStop(response.text)}`;
  return `${label(response.decision)}${dated}${words}`;
}

/** Returns the history of published words, oldest first, beginning with the review that made it. */
export function historyLines(item: TrackedRecommendation): string[] {
  const made = `${longDate(item.reviewDate)}, made by the review: ${label(item.recommendation.status).toLowerCase()}`;
  return [
    made,
    ...item.history.map((update) => {
      const source =
        update.source === "update"
          ? `progress update${update.authorRole === undefined ? "" : ` by the ${withoutFullStop(update.authorRole)}`}`
          : "later review";
      const note = update.note === undefined ? "" : `. ${withoutFullStop(update.note)}`;
      return `${longDate(update.reviewDate)}, ${source}: ${label(update.status).toLowerCase()}${note}`;
    }),
  ];
}

/** Returns one recommendation as the tracker shows it, with links under `base`. */
export function trackerItem(model: SiteModel, item: TrackedRecommendation, base: string): TrackerItem {
  const rec = item.recommendation;
  const detail = sentences([
    `${label(rec.priority)} priority`,
    [
      `From the review of ${longDate(item.reviewDate)}`,
      ...(rec.factor === undefined ? [] : [`factor: ${factorLabel(model.framework, rec.factor)}`]),
      ...(rec.ownerRole === undefined ? [] : [`owner: ${withoutFullStop(rec.ownerRole)}`]),
    ].join("; "),
  ]);
  return {
    anchor: recommendationAnchor(rec.id),
    id: rec.id,
    href: withBase(base, recommendationPath(item.partnership, item.reviewId, rec.id)),
    text: rec.text,
    detail,
    status: statusShown(item),
    priority: label(rec.priority),
    due: rec.due === undefined ? "No due date" : longDate(rec.due),
    dueIso: rec.due,
    response: responseText(item),
    history: historyLines(item),
    filters: {
      status: [item.status, ...(item.overdue ? ["overdue"] : []), ...(item.stale ? ["stale"] : [])].join("|"),
      priority: rec.priority,
      partnership: item.partnership,
      factor: rec.factor ?? "",
    },
  };
}

/** Returns a partnership's counts in words: "5 recommendations: 2 open, 1 overdue and 1 not updated lately". */
export function groupSummary(items: readonly TrackedRecommendation[]): string {
  const byStatus = new Map<string, number>();
  for (const item of items) byStatus.set(item.status, (byStatus.get(item.status) ?? 0) + 1);
  const parts = [...byStatus].map(([status, count]) => `${count} ${label(status).toLowerCase()}`);
  const overdue = items.filter((item) => item.overdue).length;
  const stale = items.filter((item) => item.stale).length;
  if (overdue > 0) parts.push(`${overdue} overdue`);
  if (stale > 0) parts.push(`${stale} not updated lately`);
  return sentences([`${plural(items.length, "recommendation")}: ${listWords(parts)}`]);
}

/** Returns the tracker page: counts, then the recommendations grouped by partnership in the needs-attention order. */
export function trackerPage(model: SiteModel, base: string): TrackerPage {
  const counts = model.portfolio.recommendations;
  const { apart } = model.portfolio;
  const { needsAttention, onTrack, proposed, ended } = model.attention;
  const bySlug = Map.groupBy(model.recommendations, (item) => item.partnership);
  const groups = [...needsAttention, ...onTrack, ...proposed, ...ended].flatMap((partnership) => {
    const items = bySlug.get(partnership.slug);
    if (items === undefined) return [];
    return [
      {
        slug: partnership.slug,
        name: partnership.data.name,
        href: withBase(base, `recommendations/#group-${partnership.slug}`),
        summary: groupSummary(items),
        items: [...items].sort(byUrgency).map((item) => trackerItem(model, item, base)),
      },
    ];
  });
  return {
    counts: [
      { key: "Recommendations of active partnerships", value: String(counts.total) },
      ...RECOMMENDATION_STATUSES.map((status) => ({ key: label(status), value: String(counts.byStatus[status] ?? 0) })),
      { key: "Overdue", value: String(counts.overdue), id: "overdue" },
      {
        key: `Open or in progress, not updated for ${plural(model.framework.thresholds.staleAfterMonths, "month")} or more`,
        value: String(counts.stale),
        id: "stale",
      },
    ],
    apartNote:
      apart.recommendations === 0
        ? ""
        : sentences([
            `${capitalise(plural(apart.recommendations, "more recommendation"))} of proposed or ended partnerships ${apart.recommendations === 1 ? "is" : "are"} listed below but not counted in these figures`,
          ]),
    groups,
  };
}

/**
 * The recommendations tracker: every published recommendation and committee resolution grouped by partnership, in
 * the needs-attention order, with its current status as at the date of the latest word, overdue and not updated
 * lately shown and counted apart, the management response and the history of words. The headline counts are the
 * findings layer's (model.portfolio), and each status is statusShown's, as on the partnership pages and in the pack.
 */
import { statusShown, type StatusShown } from "../findings/recommendation-status.ts";
import { factorLabel } from "../format.ts";
import { label } from "../labels.ts";
import { RECOMMENDATION_STATUSES } from "../../schema/index.ts";
import type { PublicUpdate, SiteModel, TrackedRecommendation, TrackedResolution } from "../site-model.ts";
import type { RecommendationCounts } from "../findings/portfolio.ts";
import { partnershipPath, recommendationAnchor, recommendationPath, resolutionAnchor, withBase } from "../urls.ts";
import { capitalise, listWords, longDate, plural, sentences, withoutFullStop } from "../words.ts";

/** What a tracker row is: a review's recommendation or a committee resolution. */
export type TrackerKind = "recommendation" | "resolution";

/** The tracker's filter of kinds: its values and their names. */
export const TRACKER_KINDS: readonly { value: TrackerKind; label: string }[] = [
  { value: "recommendation", label: "Recommendations" },
  { value: "resolution", label: "Committee resolutions" },
];

/** The management response cell of a committee resolution, which asks for none. */
export const RESOLUTION_RESPONSE = "None asked for: a committee resolution";

/** One recommendation or committee resolution as the tracker shows it. */
export interface TrackerItem {
  kind: TrackerKind;
  /** The row's id: the recommendation's permanent anchor, or the resolution's as on its partnership page. */
  anchor: string;
  id: string;
  href: string;
  text: string;
  /**
   * Small print under the text, in sentences: a recommendation's priority, the review it came from, its factor and
   * owner; a resolution's committee, meeting and owner.
   */
  detail: string;
  /** The current status with its "as at" date, overdue and not updated lately, in words. */
  status: StatusShown;
  /** The priority in words; "" for a committee resolution, which has none. */
  priority: string;
  /** The due date in words, or "No due date". */
  due: string;
  dueIso: string | undefined;
  /** The management response in words, or "No management response published"; RESOLUTION_RESPONSE for a resolution. */
  response: string;
  /** Each published word, oldest first: "30 June 2025, progress update by the Head of Legal: in progress. Note". */
  history: string[];
  /** The values the filters read: kind, status (with "overdue" and "stale"), priority, partnership, factor. */
  filters: { kind: TrackerKind; status: string; priority: string; partnership: string; factor: string };
}

/** One partnership's recommendations and committee resolutions. */
export interface TrackerGroup {
  slug: string;
  name: string;
  href: string;
  /** "5 recommendations: 2 open, 1 overdue, 1 not updated lately. 1 committee resolution: 1 open." */
  summary: string;
  items: TrackerItem[];
}

/** One headline figure, as a key and value row. */
export interface TrackerCount {
  key: string;
  value: string;
  id?: string;
}

/** The tracker page. */
export interface TrackerPage {
  /** The recommendations' headline counts: overdue and not updated lately apart. */
  counts: TrackerCount[];
  /** The sentence under the counts about the recommendations of proposed and ended partnerships; "" when none. */
  apartNote: string;
  /** True when the site publishes a committee resolution: the page then counts them and filters by kind. */
  hasResolutions: boolean;
  /** The committee resolutions' headline counts, as the recommendations'; empty when there is no resolution. */
  resolutionCounts: TrackerCount[];
  /** The sentence under them about the resolutions of proposed and ended partnerships; "" when none. */
  resolutionApartNote: string;
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

/** Returns each published word in a line, oldest first: "30 June 2025, progress update by the Head of Legal: …". */
function wordLines(history: readonly PublicUpdate[]): string[] {
  return history.map((update) => {
    const source =
      update.source === "update"
        ? `progress update${update.authorRole === undefined ? "" : ` by the ${withoutFullStop(update.authorRole)}`}`
        : "later review";
    const note = update.note === undefined ? "" : `. ${withoutFullStop(update.note)}`;
    return `${longDate(update.reviewDate)}, ${source}: ${label(update.status).toLowerCase()}${note}`;
  });
}

/** Returns the history of published words, oldest first, beginning with the review that made it. */
export function historyLines(item: TrackedRecommendation): string[] {
  const made = `${longDate(item.reviewDate)}, made by the review: ${label(item.recommendation.status).toLowerCase()}`;
  return [made, ...wordLines(item.history)];
}

/** Returns a resolution's history of published words, oldest first, beginning with the meeting that resolved it. */
export function resolutionHistoryLines(item: TrackedResolution): string[] {
  const made = `${longDate(item.meeting.date)}, resolved by the committee: ${label(item.resolution.status).toLowerCase()}`;
  return [made, ...wordLines(item.history)];
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
  const status = statusShown(item);
  return {
    kind: "recommendation",
    anchor: recommendationAnchor(rec.id),
    id: rec.id,
    href: withBase(base, recommendationPath(item.partnership, item.reviewId, rec.id)),
    text: rec.text,
    detail,
    status,
    priority: label(rec.priority),
    due: rec.due === undefined ? "No due date" : longDate(rec.due),
    dueIso: rec.due,
    response: responseText(item),
    history: historyLines(item),
    filters: {
      kind: "recommendation",
      status: status.filterKeys.join("|"),
      priority: rec.priority,
      partnership: item.partnership,
      factor: rec.factor ?? "",
    },
  };
}

/**
 * Returns the tracker's filter by status, its values and their names: each status, then overdue and not updated
 * lately. The search page narrows to recommendations by the same values and words.
 */
export function trackerStatusOptions(): { value: string; label: string }[] {
  return [
    ...RECOMMENDATION_STATUSES.map((status) => ({ value: status, label: label(status) })),
    { value: "overdue", label: "Overdue" },
    { value: "stale", label: "Not updated lately" },
  ];
}

/** Returns one committee resolution as the tracker shows it, linked to its anchor on its partnership's page. */
export function trackerResolution(item: TrackedResolution, base: string): TrackerItem {
  const { resolution, meeting } = item;
  const status = statusShown({ ...item, recommendation: resolution });
  const detail = sentences([
    "Committee resolution",
    [
      `Resolved by the ${withoutFullStop(meeting.committee)} on ${longDate(meeting.date)}`,
      ...(resolution.ownerRole === undefined ? [] : [`owner: ${withoutFullStop(resolution.ownerRole)}`]),
    ].join("; "),
  ]);
  return {
    kind: "resolution",
    anchor: resolutionAnchor(resolution.id),
    id: resolution.id,
    href: withBase(base, `${partnershipPath(item.partnership)}#${resolutionAnchor(resolution.id)}`),
    text: resolution.text,
    detail,
    status,
    priority: "",
    due: resolution.due === undefined ? "No due date" : longDate(resolution.due),
    dueIso: resolution.due,
    response: RESOLUTION_RESPONSE,
    history: resolutionHistoryLines(item),
    filters: {
      kind: "resolution",
      status: status.filterKeys.join("|"),
      priority: "",
      partnership: item.partnership,
      factor: "",
    },
  };
}

/**
 * Returns a partnership's counts in words: "5 recommendations: 2 open, 1 overdue and 1 not updated lately.", or of
 * its committee resolutions with `noun` "committee resolution"; "" when there are none.
 */
export function groupSummary(
  items: readonly Pick<TrackedRecommendation, "status" | "overdue" | "stale">[],
  noun = "recommendation",
): string {
  if (items.length === 0) return "";
  const byStatus = new Map<string, number>();
  for (const item of items) byStatus.set(item.status, (byStatus.get(item.status) ?? 0) + 1);
  const parts = [...byStatus].map(([status, count]) => `${count} ${label(status).toLowerCase()}`);
  const overdue = items.filter((item) => item.overdue).length;
  const stale = items.filter((item) => item.stale).length;
  if (overdue > 0) parts.push(`${overdue} overdue`);
  if (stale > 0) parts.push(`${stale} not updated lately`);
  return sentences([`${plural(items.length, noun)}: ${listWords(parts)}`]);
}

/** Returns the order of rows within a partnership: overdue first, then not updated lately, then resolutions. */
function byRowUrgency(
  a: { item: TrackerItem; tracked: { overdue: boolean; stale: boolean } },
  b: { item: TrackerItem; tracked: { overdue: boolean; stale: boolean } },
): number {
  return (
    Number(b.tracked.overdue) - Number(a.tracked.overdue) ||
    Number(b.tracked.stale) - Number(a.tracked.stale) ||
    Number(b.item.kind === "resolution") - Number(a.item.kind === "resolution")
  );
}

/** Returns headline counts as key and value rows, the ids of the overdue and stale rows starting with `idPrefix`. */
function countRows(
  counts: RecommendationCounts,
  total: string,
  staleAfterMonths: number,
  idPrefix: string,
): TrackerCount[] {
  return [
    { key: total, value: String(counts.total) },
    ...RECOMMENDATION_STATUSES.map((status) => ({ key: label(status), value: String(counts.byStatus[status] ?? 0) })),
    { key: "Overdue", value: String(counts.overdue), id: `${idPrefix}overdue` },
    {
      key: `Open or in progress, not updated for ${plural(staleAfterMonths, "month")} or more`,
      value: String(counts.stale),
      id: `${idPrefix}stale`,
    },
  ];
}

/** Returns the sentence about items of proposed or ended partnerships, listed but not counted; "" when none. */
function apartSentence(count: number, noun: string): string {
  return count === 0
    ? ""
    : sentences([
        `${capitalise(plural(count, `more ${noun}`))} of proposed or ended partnerships ${count === 1 ? "is" : "are"} listed below but not counted in these figures`,
      ]);
}

/**
 * Returns the tracker page: counts, then the recommendations and committee resolutions grouped by partnership in the
 * needs-attention order.
 */
export function trackerPage(model: SiteModel, base: string): TrackerPage {
  const { apart } = model.portfolio;
  const { staleAfterMonths } = model.framework.thresholds;
  const { needsAttention, onTrack, proposed, ended } = model.attention;
  const bySlug = Map.groupBy(model.recommendations, (item) => item.partnership);
  const resolutionsBySlug = Map.groupBy(model.resolutions, (item) => item.partnership);
  const groups = [...needsAttention, ...onTrack, ...proposed, ...ended].flatMap((partnership) => {
    const recommendations = bySlug.get(partnership.slug) ?? [];
    const resolutions = resolutionsBySlug.get(partnership.slug) ?? [];
    if (recommendations.length === 0 && resolutions.length === 0) return [];
    const rows = [
      ...[...recommendations].sort(byUrgency).map((tracked) => ({ tracked, item: trackerItem(model, tracked, base) })),
      ...[...resolutions]
        .sort(
          (a, b) =>
            (a.resolution.due ?? "9999").localeCompare(b.resolution.due ?? "9999") ||
            a.resolution.id.localeCompare(b.resolution.id),
        )
        .map((tracked) => ({ tracked, item: trackerResolution(tracked, base) })),
    ];
    return [
      {
        slug: partnership.slug,
        name: partnership.data.name,
        href: withBase(base, `recommendations/#group-${partnership.slug}`),
        summary: [groupSummary(recommendations), groupSummary(resolutions, "committee resolution")]
          .filter((part) => part !== "")
          .join(" "),
        items: rows.sort(byRowUrgency).map((row) => row.item),
      },
    ];
  });
  const hasResolutions = model.resolutions.length > 0;
  return {
    counts: countRows(model.portfolio.recommendations, "Recommendations of active partnerships", staleAfterMonths, ""),
    apartNote: apartSentence(apart.recommendations, "recommendation"),
    hasResolutions,
    resolutionCounts: hasResolutions
      ? countRows(
          model.portfolio.resolutions,
          "Committee resolutions about active partnerships",
          staleAfterMonths,
          "resolutions-",
        )
      : [],
    resolutionApartNote: apartSentence(apart.resolutions, "committee resolution"),
    groups,
  };
}

/**
 * A recommendation's current status as every surface states it: the status with the date it stands as at, then,
 * apart, whether it is overdue (with the date it was due by) and whether nobody has reported on it lately.
 */
import type { RecommendationStatus } from "../../schema/index.ts";
import { label } from "../labels.ts";
import type { TrackedRecommendation } from "../site-model.ts";
import { asAt, capitalise, longDate, notUpdatedSince, sentences } from "../words.ts";

/** The status of a recommendation in words. */
export interface StatusShown {
  status: RecommendationStatus;
  /** The status's name, such as "In progress". */
  label: string;
  /** "as at 2 October 2023": the date of the word the status comes from. */
  asAt: string;
  asAtDate: string;
  /** "Overdue: was due by 30 September 2022", when overdue. */
  overdue?: string;
  /** "Not updated since 2 October 2023", when open or in progress with no word for staleAfterMonths. */
  stale?: string;
  /** "No management response", when open or in progress without one responseDueMonths after publication. */
  noResponse?: string;
  /** All of it in sentences, for a table cell or a file: "In progress, as at 2 October 2023. Overdue: was due by …". */
  text: string;
  /**
   * The values a filter by status finds it by, in the tracker and in search: the status, then "overdue" and "stale"
   * when it is, such as ["in-progress", "overdue"].
   */
  filterKeys: string[];
}

/** The words of the no-management-response flag, shown apart from the status, as overdue and stale are. */
export const NO_RESPONSE = "No management response";

/** Returns a tracked recommendation's (or committee resolution's) current status in words. */
export function statusShown(
  item: Pick<TrackedRecommendation, "status" | "asAt" | "overdue" | "stale"> & {
    recommendation: { due?: string | undefined };
    noResponse?: boolean;
  },
): StatusShown {
  const due = item.recommendation.due;
  const overdue = item.overdue && due !== undefined ? `Overdue: was due by ${longDate(due)}` : undefined;
  const stale = item.stale ? capitalise(notUpdatedSince(item.asAt)) : undefined;
  const shown = { label: label(item.status), asAt: asAt(item.asAt) };
  return {
    status: item.status,
    ...shown,
    asAtDate: item.asAt,
    ...(overdue === undefined ? {} : { overdue }),
    ...(stale === undefined ? {} : { stale }),
    ...(item.noResponse === true ? { noResponse: NO_RESPONSE } : {}),
    text: sentences([
      `${shown.label}, ${shown.asAt}`,
      ...(overdue === undefined ? [] : [overdue]),
      ...(stale ? [stale] : []),
    ]),
    filterKeys: [item.status, ...(item.overdue ? ["overdue"] : []), ...(item.stale ? ["stale"] : [])],
  };
}

import { releaseDate } from "../publication.ts";
import type { PublicPartnership, PublicReview, SiteModel } from "../site-model.ts";
import { partnershipPath, reviewPath } from "../urls.ts";
import { absoluteUrl, partnershipFeedPath, SITE_FEED_PATH } from "../links.ts";
import { textElement, xmlAttributes, XML_DECLARATION } from "./xml.ts";

/** One entry of an Atom feed. */
export interface AtomEntry {
  /** A permanent id: the entry's absolute page address. */
  id: string;
  title: string;
  url: string;
  /** RFC 3339 date-times. */
  published: string;
  updated: string;
  author: string;
  summary: string;
  categories: { term: string; label: string }[];
}

/** An Atom feed (RFC 4287). */
export interface AtomFeed {
  /** A permanent id: the feed's own absolute address. */
  id: string;
  title: string;
  subtitle: string;
  /** The newest entry's updated date-time, so that the same content always gives the same feed. */
  updated: string;
  selfUrl: string;
  /** The web page the feed follows. */
  pageUrl: string;
  author: { name: string; uri?: string };
  rights: string;
  language: string;
  entries: AtomEntry[];
}

/** Returns an ISO date as an RFC 3339 date-time at midnight UTC, such as "2024-06-30T00:00:00Z". */
export function atomDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

/** Returns the Atom XML of a feed. */
export function atomXml(feed: AtomFeed): string {
  const indent = (lines: string[], depth: number) => lines.map((line) => `${"  ".repeat(depth)}${line}`);
  const entry = (item: AtomEntry): string[] => [
    "<entry>",
    ...indent(
      [
        textElement("id", item.id),
        textElement("title", item.title, { type: "text" }),
        `<link${xmlAttributes({ rel: "alternate", type: "text/html", href: item.url })}/>`,
        textElement("published", item.published),
        textElement("updated", item.updated),
        `<author>${textElement("name", item.author)}</author>`,
        ...item.categories.map((category) => `<category${xmlAttributes(category)}/>`),
        textElement("summary", item.summary, { type: "text" }),
      ],
      1,
    ),
    "</entry>",
  ];
  const author = [
    "<author>",
    `  ${textElement("name", feed.author.name)}`,
    ...(feed.author.uri === undefined ? [] : [`  ${textElement("uri", feed.author.uri)}`]),
    "</author>",
  ];
  const lines = [
    XML_DECLARATION,
    `<feed${xmlAttributes({ xmlns: "http://www.w3.org/2005/Atom", "xml:lang": feed.language })}>`,
    ...indent(
      [
        textElement("id", feed.id),
        textElement("title", feed.title, { type: "text" }),
        textElement("subtitle", feed.subtitle, { type: "text" }),
        textElement("updated", feed.updated),
        `<link${xmlAttributes({ rel: "self", type: "application/atom+xml", href: feed.selfUrl })}/>`,
        `<link${xmlAttributes({ rel: "alternate", type: "text/html", href: feed.pageUrl })}/>`,
        ...author,
        textElement("rights", feed.rights, { type: "text" }),
        ...feed.entries.flatMap(entry),
      ],
      1,
    ),
    "</feed>",
  ];
  return `${lines.join("\n")}\n`;
}

/** Returns published reviews newest first: by the day they were published, then report date, then id. */
function newestFirst(reviews: readonly PublicReview[]): PublicReview[] {
  return reviews
    .filter((review) => review.published)
    .sort(
      (a, b) =>
        releaseDate(b.meta).localeCompare(releaseDate(a.meta)) ||
        b.meta.date.localeCompare(a.meta.date) ||
        b.partnership.localeCompare(a.partnership) ||
        b.id.localeCompare(a.id),
    );
}

/** Returns the feed of published reviews: the whole site's, or one partnership's. Withdrawn reviews leave the feeds. */
export function reviewsFeed(model: SiteModel, root: string, partnership?: PublicPartnership): AtomFeed {
  const { site } = model;
  // A partnership's own feed names only that partnership: a map of every name for each of 10,000 feeds was quadratic.
  const names = new Map(
    (partnership === undefined ? model.partnerships : [partnership]).map((item) => [item.slug, item.data.name]),
  );
  const reviews = newestFirst(partnership === undefined ? model.reviews : partnership.reviews);
  const entries = reviews.map((review): AtomEntry => {
    const url = absoluteUrl(root, reviewPath(review.partnership, review.id));
    const released = atomDate(releaseDate(review.meta));
    return {
      id: url,
      title: review.meta.title,
      url,
      published: released,
      updated: released,
      author: review.meta.reviewer,
      summary: review.meta.summary,
      categories: [{ term: review.partnership, label: names.get(review.partnership) ?? review.partnership }],
    };
  });
  const selfUrl = absoluteUrl(root, partnership === undefined ? SITE_FEED_PATH : partnershipFeedPath(partnership.slug));
  return {
    id: selfUrl,
    title: partnership === undefined ? `${site.title}: reviews` : `${partnership.data.name}: reviews`,
    subtitle:
      partnership === undefined
        ? `Reviews of ${site.organisation.name}'s partnerships, newest first.`
        : `Reviews of ${partnership.data.name}, newest first. From ${site.title}.`,
    // Never the clock: the newest entry, else the build's "now", so a rebuild of the same content is identical.
    updated: entries[0]?.updated ?? atomDate(model.today),
    selfUrl,
    pageUrl: partnership === undefined ? root : absoluteUrl(root, partnershipPath(partnership.slug)),
    author: {
      name: site.organisation.name,
      ...(site.organisation.url === undefined ? {} : { uri: site.organisation.url }),
    },
    rights: `${site.licence.attribution} ${site.licence.url}`,
    language: site.language,
    entries,
  };
}

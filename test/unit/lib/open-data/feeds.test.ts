import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { atomDate, atomXml, reviewsFeed, type AtomFeed } from "../../../../src/lib/open-data/feeds.ts";
import { ROOT, sampleModel } from "./sample-model.ts";

const model = sampleModel();
const sharedLegal = model.partnerships.find((partnership) => partnership.slug === "shared-legal");
const communitySafety = model.partnerships.find((partnership) => partnership.slug === "community-safety");
const REVIEWS = `${ROOT}partnerships/shared-legal/reviews/`;

describe("atomDate(isoDate)", () => {
  it("returns midnight UTC as an RFC 3339 date-time", () => {
    expect(atomDate("2024-06-30")).toBe("2024-06-30T00:00:00Z");
  });
});

describe("reviewsFeed(model, root)", () => {
  const feed = reviewsFeed(model, ROOT);

  it("lists published reviews only, newest first by the day they were published", () => {
    expect(feed.entries.map((entry) => [entry.id, entry.published])).toEqual([
      [`${REVIEWS}2025-annual/`, "2025-07-15T00:00:00Z"],
      [`${REVIEWS}2024-annual/`, "2024-06-30T00:00:00Z"],
    ]);
  });

  it("takes its updated time from the newest entry, never the clock", () => {
    expect(feed.updated).toBe("2025-07-15T00:00:00Z");
  });

  it("names itself, the site and the publisher", () => {
    expect(feed).toMatchObject({
      id: `${ROOT}feed.xml`,
      selfUrl: `${ROOT}feed.xml`,
      pageUrl: ROOT,
      title: "Example partnership reviews: reviews",
      author: { name: "Example Borough Council", uri: "https://www.example.gov.uk" },
      language: "en-GB",
    });
  });

  it("gives a partnership without a published review an empty feed dated at the build", () => {
    if (communitySafety === undefined) throw new Error("no community-safety");
    const empty = reviewsFeed(model, ROOT, communitySafety);
    expect([empty.entries, empty.updated, empty.selfUrl]).toEqual([
      [],
      "2026-01-15T00:00:00Z",
      `${ROOT}partnerships/community-safety/feed.xml`,
    ]);
  });
});

describe("atomXml(feed)", () => {
  it("writes one partnership's feed exactly", () => {
    if (sharedLegal === undefined) throw new Error("no shared-legal");
    const feed = reviewsFeed(model, ROOT, sharedLegal);
    const xml = atomXml({ ...feed, entries: feed.entries.slice(0, 1) });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
        `  <id>${ROOT}partnerships/shared-legal/feed.xml</id>`,
        '  <title type="text">Shared Legal Service: reviews</title>',
        '  <subtitle type="text">Reviews of Shared Legal Service, newest first. From Example partnership reviews.</subtitle>',
        "  <updated>2025-07-15T00:00:00Z</updated>",
        `  <link rel="self" type="application/atom+xml" href="${ROOT}partnerships/shared-legal/feed.xml"/>`,
        `  <link rel="alternate" type="text/html" href="${ROOT}partnerships/shared-legal/"/>`,
        "  <author>",
        "    <name>Example Borough Council</name>",
        "    <uri>https://www.example.gov.uk</uri>",
        "  </author>",
        '  <rights type="text">Contains public sector information licensed under the Open Government Licence v3.0. https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/</rights>',
        "  <entry>",
        `    <id>${REVIEWS}2025-annual/</id>`,
        '    <title type="text">Shared Legal Service: annual review 2025</title>',
        `    <link rel="alternate" type="text/html" href="${REVIEWS}2025-annual/"/>`,
        "    <published>2025-07-15T00:00:00Z</published>",
        "    <updated>2025-07-15T00:00:00Z</updated>",
        "    <author><name>Internal Audit</name></author>",
        '    <category term="shared-legal" label="Shared Legal Service"/>',
        '    <summary type="text">Summary of 2025-annual.</summary>',
        "  </entry>",
        "</feed>",
        "",
      ].join("\n"),
    );
  });

  it("escapes markup and drops characters XML cannot hold, so the feed still parses", () => {
    const feed: AtomFeed = {
      ...reviewsFeed(model, ROOT),
      title: `Reviews <b>& "more"</b>\u0001`,
      entries: [
        {
          id: "https://x.example/a?b=1&c=2",
          title: "</title><script>alert(1)</script>",
          url: "https://x.example/a?b=1&c=2",
          published: "2025-01-01T00:00:00Z",
          updated: "2025-01-01T00:00:00Z",
          author: "O'Brien & Co",
          summary: "]]> <!-- x -->",
          categories: [{ term: 'a"b', label: "<c>" }],
        },
      ],
    };
    // A strict parser: any warning or error fails the test.
    const document = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    }).parseFromString(atomXml(feed), "application/xml");
    const atom = (name: string) => Array.from(document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name));
    expect(atom("title").map((element) => element.textContent)).toEqual([
      'Reviews <b>& "more"</b>',
      "</title><script>alert(1)</script>",
    ]);
    expect(atom("category")[0]?.getAttribute("term")).toBe('a"b');
    expect(atom("summary")[0]?.textContent).toBe("]]> <!-- x -->");
  });
});

import { resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { calendarEvents } from "../../../../src/lib/findings/calendar.ts";
import { calendarIcs } from "../../../../src/lib/open-data/calendar-ics.ts";
import {
  aboutData,
  allDownload,
  allDownloadSchema,
  calendarDownload,
  calendarDownloadSchema,
  frameworkDownload,
  frameworkDownloadSchema,
  JSON_DOWNLOADS,
  jsonFile,
  jsonFilePieces,
  jsonFields,
  jsonFileStream,
  jsonSchemaOf,
  partnershipFile,
  partnershipFileSchema,
  type JsonDownload,
} from "../../../../src/lib/open-data/downloads.ts";
import { ROOT, sampleModel } from "./sample-model.ts";

const model = sampleModel();
const all = allDownload(model, ROOT);
const sharedLegal = model.partnerships.find((partnership) => partnership.slug === "shared-legal");
if (sharedLegal === undefined) throw new Error("the sample has no shared-legal");
const one = partnershipFile(model, sharedLegal, ROOT);

/** Returns a validator for a download's published JSON Schema. */
function validatorFor(download: JsonDownload) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(jsonSchemaOf(download, ROOT));
}

describe("aboutData(model, root)", () => {
  it("gives the publisher, licence, attribution, citation and build date", () => {
    expect(aboutData(model, ROOT)).toEqual({
      title: "Example partnership reviews",
      publisher: "Example Borough Council",
      homepage: ROOT,
      documentation: `${ROOT}data/`,
      licence: {
        name: "Open Government Licence v3.0",
        url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
      },
      citation: `Example Borough Council (2026). Example partnership reviews: open data. Data built 15 January 2026. ${ROOT}data/`,
      built: "2026-01-15",
    });
  });
});

describe("frameworkDownload(model, root)", () => {
  it("is the framework with its defaults and the address of its schema", () => {
    const framework = frameworkDownload(model, ROOT);
    expect(framework.$schema).toBe(`${ROOT}data/framework.schema.json`);
    expect(framework.triangulation).toEqual({
      minGroups: 3,
      gapThreshold: 2,
      minRespondents: 3,
      minMethods: 1,
      agreeBelow: 1,
    });
    expect(framework.spectrum.map((level) => level.id)).toEqual(["arms-length", "aligned", "joined"]);
    expect(frameworkDownloadSchema.safeParse(framework).success).toBe(true);
  });

  it("fills in mediumRiskScore as the band rule reads it, and leaves it out when there is no medium band", () => {
    expect(frameworkDownload(model, ROOT).thresholds).toMatchObject({ highRiskScore: 15, mediumRiskScore: 8 });
    const low = {
      ...model,
      framework: { ...model.framework, thresholds: { ...model.framework.thresholds, highRiskScore: 6 } },
    };
    const thresholds = frameworkDownload(low, ROOT).thresholds;
    expect(thresholds.highRiskScore).toBe(6);
    expect("mediumRiskScore" in thresholds).toBe(false);
  });
});

describe("allDownload(model, root)", () => {
  it("matches its zod schema", () => {
    expect(allDownloadSchema.safeParse(all).error).toBeUndefined();
  });

  it("lists each partnership with its reviews newest first, drafts and embargoed reviews left out", () => {
    expect(
      all.partnerships.map((partnership) => [partnership.slug, partnership.reviews.map((review) => review.id)]),
    ).toEqual([
      ["community-safety", []],
      ["shared-legal", ["2025-interim", "2025-annual", "2024-annual"]],
    ]);
  });

  it("lists a withdrawn review with its date and reason, without its findings", () => {
    const withdrawn = all.partnerships[1]?.reviews[0];
    expect(withdrawn).toMatchObject({
      id: "2025-interim",
      status: "withdrawn",
      withdrawnDate: "2025-10-10",
      withdrawnReason: "Figures were wrong.",
      current: false,
      ratingsWithheld: 0,
      factors: [],
      risks: [],
      recommendations: [],
      recommendationUpdates: [],
      goodPractice: [],
      costsBenefits: [],
    });
  });

  it("gives a published review's factor readings, risks and tracked recommendations", () => {
    const review = all.partnerships[1]?.reviews[2];
    expect(review?.ratingsWithheld).toBe(1);
    expect(review?.factors[1]).toEqual({
      factor: "delivery",
      factorLabel: "Delivery",
      consensus: 2.5,
      consensusLabel: "2.5 (Joined)",
      // One published view has no spread, as the pages and factors.csv say: none, not 0.
      triangulated: false,
      perceptionGap: false,
      partnersDisagree: false,
      // 2.5 is half a level below the target, Joined (3): exactly the tolerance, so at target.
      fit: { position: "at", label: "at target" },
      findings: ["Not triangulated: views from Council officers only", "1 group view withheld (too few respondents)"],
      confidence: { level: "low", reasons: ["not triangulated"], label: "Low confidence: not triangulated" },
      withheld: 1,
      ratings: [
        { group: "officers", groupLabel: "Council officers", level: 2.5, levelLabel: "Joined", respondents: 5 },
      ],
    });
    expect(review?.risks).toEqual([
      {
        id: "risk-1",
        category: "supplier-failure",
        title: "Supplier fails",
        likelihood: 3,
        impact: 4,
        score: 12,
        ownerRole: "Head of Legal",
      },
    ]);
    expect(review?.recommendations[0]).toEqual({
      id: "ex-2024-01",
      text: "Agree shared measures.",
      priority: "high",
      factor: "delivery",
      due: "2025-03-31",
      statusAsMade: "open",
      currentStatus: "in-progress",
      asAt: "2025-06-30",
      overdue: true,
      stale: true,
      updates: [
        {
          source: "review",
          reviewId: "2025-annual",
          reviewDate: "2025-06-30",
          status: "in-progress",
          note: "Measures drafted.",
        },
      ],
      url: `${ROOT}partnerships/shared-legal/reviews/2024-annual/#rec-ex-2024-01`,
    });
  });

  it("gives each partnership's headline fit, and no orgId, jointId or council cost the content does not give", () => {
    expect(all.about).not.toHaveProperty("orgId");
    expect(
      all.partnerships.map(({ slug, fit, jointId, councilAnnualCost }) => ({ slug, fit, jointId, councilAnnualCost })),
    ).toEqual([
      { slug: "community-safety", fit: undefined, jointId: undefined, councilAnnualCost: undefined },
      {
        slug: "shared-legal",
        fit: { position: "at", label: "at target" },
        jointId: undefined,
        councilAnnualCost: undefined,
      },
    ]);
  });

  it("holds nothing unpublished, internal, withheld or withdrawn, and no internal flag", () => {
    const text = jsonFile(all);
    expect(text.match(/(LEAK|WITHDRAWN)-[A-Z-]+/g)).toBeNull();
    expect(text).not.toContain('"internal"');
    expect(text).not.toContain("internalNotes");
  });
});

describe("partnershipFile(model, partnership, root)", () => {
  it("holds the partnership as all.json does, with links to its schema, the framework and its feed", () => {
    expect(one.$schema).toBe(`${ROOT}data/partnership.schema.json`);
    expect(one.framework).toBe(`${ROOT}data/framework.json`);
    expect(one.partnership).toEqual(all.partnerships[1]);
    expect(one.partnership.feedUrl).toBe(`${ROOT}partnerships/shared-legal/feed.xml`);
    expect(one.partnership.currentReview).toBe("2025-annual");
    expect(partnershipFileSchema.safeParse(one).error).toBeUndefined();
  });
});

describe("jsonSchemaOf(download, root)", () => {
  it("is a draft 2020-12 schema with its own address, title and descriptions", () => {
    const schema = jsonSchemaOf(JSON_DOWNLOADS.all, ROOT);
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["$id"]).toBe(`${ROOT}data/all.schema.json`);
    expect(schema["title"]).toBe("Everything published");
    expect(schema["additionalProperties"]).toBe(false);
    expect(JSON.stringify(schema)).toContain("The sentence re-users must include when they use the data.");
  });

  it("accepts each download as built", () => {
    const checks: [JsonDownload, unknown][] = [
      [JSON_DOWNLOADS.all, all],
      [JSON_DOWNLOADS.framework, frameworkDownload(model, ROOT)],
      [JSON_DOWNLOADS.partnership, one],
    ];
    for (const [download, data] of checks) {
      const validate = validatorFor(download);
      expect(validate(JSON.parse(jsonFile(data))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("rejects a field that is not in the published shape, such as internalNotes", () => {
    const validate = validatorFor(JSON_DOWNLOADS.partnership);
    const leaked = structuredClone(one) as { partnership: { reviews: Record<string, unknown>[] } };
    (leaked.partnership.reviews[0] as Record<string, unknown>)["internalNotes"] = "secret";
    expect(validate(leaked)).toBe(false);
  });
});

describe("allDownload(model, root): the v2-full fixture", async () => {
  const { validateFixture } = await import("../../helpers/fixtures.ts");
  const { buildSiteModel } = await import("../../../../src/lib/site-model.ts");
  const result = await validateFixture("v2-full");
  const v2 = allDownload(buildSiteModel(result.content ?? (undefined as never), "2025-06-30"), ROOT);
  const legal = v2.partnerships.find((partnership) => partnership.slug === "shared-legal");

  it("matches its zod schema with every version 2 field", () => {
    expect(allDownloadSchema.safeParse(v2).error).toBeUndefined();
  });

  it("carries the version 2 fields and findings", () => {
    expect(legal?.partners.map((partner) => partner.orgId)).toEqual(["GB-LAE-MIN", "GB-LAE-NEA"]);
    expect(legal?.reviewDue).toBe("2025-06-30");
    expect(legal?.needsAttention).toHaveLength(9);
    expect(legal?.needsAttentionCodes).toEqual([
      "limited-assurance",
      "failing-factor",
      "high-risk",
      "overdue-recommendation",
      "off-target",
      "perception-gap",
      "decision-point",
      "no-exit-plan",
      "assurance-basis",
    ]);
    expect(legal?.progressUpdates.map((update) => update.date)).toEqual(["2024-12-01"]);
    const current = legal?.reviews.find((review) => review.current);
    expect(current?.assurance).toBe("limited");
    expect(current?.risks[0]).toMatchObject({ score: 16, inherentScore: 20, carriedBy: "shared", trend: "rising" });
    expect(current?.recommendations[0]).toMatchObject({
      asAt: "2024-12-01",
      stale: true,
      response: { decision: "accepted", date: "2024-07-31" },
    });
    expect(current?.costsBenefits.find((item) => item.kind === "cost-avoidance")).toMatchObject({ amount: 40000 });
  });
});

describe("allDownload(model, root): what a federation reads of the sample, as at 27 November 2026", async () => {
  const { validateFolder } = await import("../../../../src/loaders/content-folder.ts");
  const { buildSiteModel } = await import("../../../../src/lib/site-model.ts");
  const { ROOT: PROJECT } = await import("../../helpers/fixtures.ts");
  const { content } = await validateFolder(resolve(PROJECT, "content"), "2026-11-27");
  if (content === undefined) throw new Error("the sample content must be valid");
  const sample = buildSiteModel(content, "2026-11-27");
  const SAMPLE_ROOT = "https://partnerships.kestrelford.example.gov.uk/";
  const sampleAll = allDownload(sample, SAMPLE_ROOT);
  const below = { position: "below", label: "one level below target" };
  const at = { position: "at", label: "at target" };

  it("names the publisher by its orgId, in all.json, each data.json and calendar.json", () => {
    expect(sampleAll.about.orgId).toBe("GB-LAE-KSF");
    const [first] = sample.partnerships;
    if (first === undefined) throw new Error("the sample has partnerships");
    expect(partnershipFile(sample, first, SAMPLE_ROOT).about.orgId).toBe("GB-LAE-KSF");
    expect(calendarDownload(sample, SAMPLE_ROOT).about.orgId).toBe("GB-LAE-KSF");
  });

  it("gives each partnership's jointId, the council's annual cost and the headline fit, as the pages state them", () => {
    expect(
      Object.fromEntries(
        sampleAll.partnerships.map(({ slug, jointId, councilAnnualCost, fit }) => [
          slug,
          { jointId, councilAnnualCost, fit },
        ]),
      ),
    ).toEqual({
      // Collaborating against a target of Integrated; 30% of the whole partnership's £2,050,000.
      "building-control": {
        jointId: "GB-LAE-HRB+GB-LAE-KSF+GB-LAE-FNB/building-control",
        councilAnnualCost: { amount: 615000, from: "share" },
        fit: below,
      },
      // No target level.
      "climate-compact": { jointId: undefined, councilAnnualCost: undefined, fit: undefined },
      "community-safety": { jointId: undefined, councilAnnualCost: undefined, fit: at },
      "health-wellbeing-board": { jointId: undefined, councilAnnualCost: undefined, fit: at },
      // Cooperating (the revised 2023 audit; the first was withdrawn) against Collaborating; a stated cost; shared
      // with Harrowby as building control is, and told apart from it by its jointId.
      "kestrel-waste": {
        jointId: "GB-LAE-KSF+GB-LAE-HRB/kestrel-environmental-services",
        councilAnnualCost: { amount: 4725000, from: "stated" },
        fit: below,
      },
      "leisure-trust": { jointId: undefined, councilAnnualCost: undefined, fit: at },
      // Proposed, with only a draft review.
      "neighbourhood-hub": { jointId: undefined, councilAnnualCost: undefined, fit: undefined },
      // Networking against a target of Transactional: above target is never a success.
      "revenues-benefits": {
        jointId: undefined,
        councilAnnualCost: undefined,
        fit: { position: "above", label: "one level above target (more joint working than its purpose needs)" },
      },
      // Ended: the finding stands, though portfolio figures leave it out.
      "shared-cctv": { jointId: undefined, councilAnnualCost: undefined, fit: below },
      "shared-legal": { jointId: undefined, councilAnnualCost: { amount: 1010000, from: "stated" }, fit: at },
      // The 2026 review is embargoed until January 2027: the 2023 peer review's Collaborating against Integrated.
      "shared-management": { jointId: undefined, councilAnnualCost: undefined, fit: below },
      // The 2026 self-assessment is a draft: the 2024 peer review's Cooperating against Collaborating.
      "vcs-partnership": { jointId: undefined, councilAnnualCost: undefined, fit: below },
    });
  });

  it("is accepted by the published JSON Schema, which refuses a fit position it does not name", () => {
    const validate = validatorFor(JSON_DOWNLOADS.all);
    const parsed = JSON.parse(jsonFile(sampleAll)) as { partnerships: { fit?: { position: string } }[] };
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    const [first] = parsed.partnerships;
    if (first?.fit === undefined) throw new Error("the first partnership has a fit");
    first.fit.position = "on-target";
    expect(validate(parsed)).toBe(false);
  });
});

describe("calendarDownload(model, root): data/calendar.json of the v3-full fixture as at 30 June 2025", async () => {
  const { validateFixture } = await import("../../helpers/fixtures.ts");
  const { buildSiteModel } = await import("../../../../src/lib/site-model.ts");
  const v3 = buildSiteModel((await validateFixture("v3-full")).content ?? (undefined as never), "2025-06-30");
  const calendar = calendarDownload(v3, ROOT);
  const legal = `${ROOT}partnerships/shared-legal/`;
  const event = (kind: string, date: string, about: string, title: string, url: string) => ({
    uid: `${kind}.shared-legal.${about}@reviews.example.gov.uk`,
    date,
    kind,
    partnership: "shared-legal",
    partnershipName: "Shared Legal Service",
    about,
    title,
    url,
  });

  it("lists exactly the active partnership's dates from 12 months back, each with its UID and evidence", () => {
    // Shared Legal (active): break clauses 30 September 2024 and 2025, six months' notice, so the decision point is
    // 30 March 2025 (six months before 30 September 2025, the next break on or after today); the agreement ends
    // 31 March 2026; the next review is due 30 June 2025. Recommendations v2-2024-01 (in progress, due 31 December
    // 2024) and v2-2023-02 (open, due 31 March 2026); v2-2023-01 is implemented and v2-2024-02 has no due date.
    // Resolution agc-2024-10-01 (open, due 31 March 2025); agc-2024-10-02 is implemented, and the draft meeting's
    // resolution is published nowhere. The proposed hub and the ended waste contract have no dates.
    expect(calendar.from).toBe("2024-06-30");
    expect(calendar.events).toEqual([
      event("break-clause", "2024-09-30", "breakClause-2", "Break clause in the agreement", `${legal}#section-about`),
      event(
        "recommendation-due",
        "2024-12-31",
        "v2-2024-01",
        "Recommendation v2-2024-01 due: Agree a joint strategy for the service beyond 2026",
        `${legal}reviews/2024-annual/#rec-v2-2024-01`,
      ),
      event(
        "decision-point",
        "2025-03-30",
        "agreement",
        "Notice due for the break clause on 30 September 2025",
        `${legal}#section-about`,
      ),
      event(
        "resolution-due",
        "2025-03-31",
        "agc-2024-10-01",
        "Committee resolution agc-2024-10-01 due: Ask the Director of Resources to report the joint strategy by March 2025",
        `${legal}#res-agc-2024-10-01`,
      ),
      event("review-due", "2025-06-30", "nextReview", "Next review due", legal),
      event("break-clause", "2025-09-30", "breakClause-1", "Break clause in the agreement", `${legal}#section-about`),
      event("agreement-end", "2026-03-31", "agreement-end", "The agreement ends", `${legal}#section-about`),
      event(
        "recommendation-due",
        "2026-03-31",
        "v2-2023-02",
        "Recommendation v2-2023-02 due: Publish the service's annual report",
        `${legal}reviews/2023-self/#rec-v2-2023-02`,
      ),
    ]);
    expect(jsonFile(calendar)).not.toContain("DRAFT-RESOLUTION-CANARY");
    expect(jsonFile(calendar)).not.toContain("agc-2025-07-01");
  });

  it("holds the same events as calendar.ics: UIDs, days, links and summaries, read back by an iCalendar parser", () => {
    const ics = calendarIcs(calendarEvents(v3.partnerships, v3.today), {
      siteName: v3.site.title,
      root: ROOT,
      today: v3.today,
    });
    const parsed = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((vevent) => {
      const item = new ICAL.Event(vevent);
      return [item.uid, item.startDate.toString(), vevent.getFirstPropertyValue("url"), item.summary];
    });
    expect(
      calendar.events.map((item) => [item.uid, item.date, item.url, `${item.partnershipName}: ${item.title}`]),
    ).toEqual(parsed);
  });

  it("matches its zod schema and its published JSON Schema, which rejects a field it does not name", () => {
    expect(calendarDownloadSchema.safeParse(calendar).error).toBeUndefined();
    expect(calendar.$schema).toBe(`${ROOT}data/calendar.schema.json`);
    const validate = validatorFor(JSON_DOWNLOADS.calendar);
    expect(validate(JSON.parse(jsonFile(calendar))), JSON.stringify(validate.errors)).toBe(true);
    const leaked = structuredClone(calendar) as { events: Record<string, unknown>[] };
    (leaked.events[0] as Record<string, unknown>)["internalNotes"] = "secret";
    expect(validate(leaked)).toBe(false);
  });

  it("has a field dictionary, from the schema's own words, for the open data page", () => {
    const fields = jsonFields(JSON_DOWNLOADS.calendar);
    expect(fields.map((field) => [field.name, field.type, field.required])).toEqual([
      ["$schema", "url", true],
      ["about", "object", true],
      ["from", "date", true],
      ["events", "list", true],
      ["events[].uid", "string", true],
      ["events[].date", "date", true],
      ["events[].kind", "string", true],
      ["events[].partnership", "string", true],
      ["events[].partnershipName", "string", true],
      ["events[].about", "string", true],
      ["events[].title", "string", true],
      ["events[].url", "url", true],
    ]);
    expect(fields.find((field) => field.name === "events[].kind")?.values).toEqual([
      "decision-point",
      "break-clause",
      "agreement-end",
      "review-due",
      "recommendation-due",
      "resolution-due",
    ]);
    expect(fields.every((field) => field.description.length > 0)).toBe(true);
  });
});

describe("jsonFilePieces(value) and jsonFileStream(value)", () => {
  it("jsonFilePieces(value) joins to exactly jsonFile(value): all.json, nesting, empty and skipped values", () => {
    const cases: unknown[] = [
      all,
      one,
      { a: undefined, b: [], c: {}, d: [undefined, () => 1, { e: [1, { f: "x\ny" }] }], g: null },
      [],
      "text",
      { date: new Date(0) },
    ];
    for (const value of cases) expect([...jsonFilePieces(value)].join("")).toBe(jsonFile(value));
  });

  it("jsonFileStream(value) streams the UTF-8 bytes of jsonFile(value)", async () => {
    const text = await new Response(jsonFileStream(all)).text();
    expect(text).toBe(jsonFile(all));
  });
});

import { describe, expect, it } from "vitest";
import { countProblems } from "../../../../src/lib/problems.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";
import {
  DEFAULT_NOW,
  generateSyntheticContent,
  type SyntheticContent,
} from "../../../../scripts/generate/synthetic-content.ts";
import { validateSources, type ValidationResult } from "../../../../src/lib/validation.ts";
import {
  PARTNER_ROLES,
  PARTNER_SECTORS,
  PARTNERSHIP_BASES,
  PARTNERSHIP_FORMS,
  PARTNERSHIP_STATUSES,
  REVIEW_TYPES,
} from "../../../../src/schema/index.ts";

/** Returns the generated content and what the validator makes of it. */
function generateAndValidate(
  partnerships: number,
  reviews: number,
  seed: number,
): SyntheticContent & { validation: ValidationResult } {
  const content = generateSyntheticContent({ partnerships, reviews, seed });
  return { ...content, validation: validateSources(content.files) };
}

const sample = generateAndValidate(30, 3, 1);

describe("generateSyntheticContent(options)", () => {
  it("generateSyntheticContent(options) gives identical files for the same seed and sizes", () => {
    expect(generateSyntheticContent({ partnerships: 30, reviews: 3, seed: 1 }).files).toEqual(sample.files);
  });

  it("generateSyntheticContent(options) gives different files for a different seed", () => {
    const other = generateSyntheticContent({ partnerships: 30, reviews: 3, seed: 2 }).files;
    const texts = new Map(sample.files.map((file) => [file.path, file.text]));
    expect(other.filter((file) => texts.get(file.path) === file.text).length).toBeLessThan(other.length / 10);
  });

  it("generateSyntheticContent(options) sets embargoes against a fixed now, never the clock", () => {
    expect(sample.summary.now).toBe(DEFAULT_NOW);
    expect(sample.summary.sourceDateEpoch).toBe(1767225600);
    expect(generateSyntheticContent({ partnerships: 30, reviews: 3, seed: 1, now: DEFAULT_NOW }).files).toEqual(
      sample.files,
    );
  });

  it("generateSyntheticContent(options) keeps each partnership the same whatever the number of partnerships", () => {
    const smaller = generateSyntheticContent({ partnerships: 10, reviews: 3, seed: 1 }).files;
    const texts = new Map(sample.files.map((file) => [file.path, file.text]));
    expect(smaller.filter((file) => file.path.includes("/")).every((file) => texts.get(file.path) === file.text)).toBe(
      true,
    );
  });

  it("generateSyntheticContent(options) uses every version 2 field and file kind", () => {
    const all = sample.files.map((file) => file.text).join("\n");
    const fields = [
      '"side": "partner"',
      "lifecycleStage:",
      "agreement:",
      "breakClause:",
      "accountability:",
      "exitArrangements:",
      "orgId: GB-LAE-",
      "assurance:",
      '"factorJudgements"',
      '"inherentLikelihood"',
      '"carriedBy"',
      '"trend"',
      '"response"',
      '"cost-avoidance"',
      '"cashable"',
      '"councilShare"',
      '"expected"',
      '"authorRole"',
    ];
    expect(fields.filter((field) => !all.includes(field))).toEqual([]);
  });

  it("generateSyntheticContent(options) writes one partnership file, two files per review and progress updates", () => {
    expect(sample.files.filter((file) => file.path.startsWith("reviews/")).length).toBe(30 * 3 * 2);
    expect(sample.files.filter((file) => file.path.startsWith("updates/")).length).toBe(52);
    expect(sample.files.length).toBe(2 + 30 + 30 * 3 * 2 + 52);
    expect(sample.files.filter((file) => file.path.startsWith("partnerships/")).length).toBe(30);
    expect(new Set(sample.files.map((file) => file.path)).size).toBe(sample.files.length);
  });

  it.each([
    [30, 3, 1],
    [12, 4, 2],
    [40, 2, 3],
    [9, 1, 4],
    [5, 6, 5],
  ])("generateSyntheticContent(%i partnerships × %i reviews, seed %i) validates with no error", (n, m, seed) => {
    const { validation } = generateAndValidate(n, m, seed);
    expect(validation.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(validation.content?.reviews.length).toBe(n * m);
  });

  it("generateSyntheticContent(options) reports as many withheld ratings as the validator finds", () => {
    const withheld = sample.validation.problems.filter((problem) => problem.message.includes("is withheld"));
    expect(withheld.length).toBe(sample.summary.suppressedRatings);
    expect(countProblems(sample.validation.problems).info).toBe(sample.summary.suppressedRatings);
  });

  it("generateSyntheticContent(options) reports as many drafts, embargoed, withdrawn and published reviews as the site model finds", () => {
    const content = sample.validation.content;
    if (content === undefined) throw new Error("the content must be valid");
    const model = buildSiteModel(content, DEFAULT_NOW);
    const { summary } = sample;
    expect(content.reviews.filter((review) => review.meta.status === "draft").length).toBe(summary.drafts);
    expect(model.reviews.filter((review) => review.published).length).toBe(summary.published);
    expect(model.reviews.filter((review) => review.meta.status === "withdrawn").length).toBe(summary.withdrawn);
    expect(summary.drafts + summary.embargoed + summary.withdrawn + summary.published).toBe(summary.reviews);
    expect(
      content.reviews.filter(
        (review) => review.meta.status === "published" && (review.meta.publishDate ?? "") > DEFAULT_NOW,
      ).length,
    ).toBe(summary.embargoed);
  });

  it("generateSyntheticContent(options) exercises every feature of the content model", () => {
    const { summary } = sample;
    expect(summary.forms).toEqual([...PARTNERSHIP_FORMS].sort());
    expect(summary.bases).toEqual([...PARTNERSHIP_BASES].sort());
    expect(summary.sectors).toEqual([...PARTNER_SECTORS].sort());
    expect(summary.roles).toEqual([...PARTNER_ROLES].sort());
    expect(summary.statuses).toEqual([...PARTNERSHIP_STATUSES].sort());
    expect(summary.reviewTypes).toEqual([...REVIEW_TYPES].sort());
    for (const count of [
      summary.drafts,
      summary.embargoed,
      summary.withdrawn,
      summary.mdx,
      summary.withInternalNotes,
      summary.suppressedRatings,
      summary.singleGroupFactors,
      summary.perceptionGaps,
      summary.internalRisks,
      summary.internalRecommendations,
      summary.recommendationUpdates,
      summary.chainedUpdates,
      summary.goodPractice,
      summary.costsBenefits,
    ]) {
      expect(count).toBeGreaterThan(0);
    }
  });

  it("generateSyntheticContent(options) gives every statutory partnership its Act and most a target level", () => {
    const partnerships = sample.validation.content?.partnerships ?? [];
    const statutory = partnerships.filter((partnership) => partnership.data.basis === "statutory");
    expect(statutory.length).toBeGreaterThan(0);
    expect(statutory.every((partnership) => partnership.data.statutoryRef !== undefined)).toBe(true);
    const targeted = partnerships.filter((partnership) => partnership.data.targetLevel !== undefined);
    expect(targeted.length).toBeGreaterThan(partnerships.length / 2);
  });

  it("generateSyntheticContent(options) finds perception gaps and factors seen by one group as the site does", () => {
    const content = sample.validation.content;
    if (content === undefined) throw new Error("the content must be valid");
    const model = buildSiteModel(content, DEFAULT_NOW, { preview: true });
    const readings = model.reviews.flatMap((review) => review.factors);
    expect(readings.filter((reading) => reading.gap).length).toBeGreaterThanOrEqual(sample.summary.perceptionGaps);
    expect(readings.filter((reading) => reading.ratings.length === 1).length).toBeGreaterThanOrEqual(
      sample.summary.singleGroupFactors,
    );
  });

  it("generateSyntheticContent(options) updates recommendations across rounds, ids unique across the folder", () => {
    const reviews = sample.validation.content?.reviews ?? [];
    const ids = reviews.flatMap((review) => review.data.recommendations.map((rec) => rec.id));
    expect(new Set(ids).size).toBe(ids.length);
    const updates = reviews.flatMap((review) => review.data.recommendationUpdates);
    expect(updates.length).toBe(sample.summary.recommendationUpdates);
    // A chain: the same recommendation updated by two or more later reviews.
    const chained = [...Map.groupBy(updates, (update) => update.id).values()].reduce(
      (sum, list) => sum + list.length - 1,
      0,
    );
    expect(chained).toBe(sample.summary.chainedUpdates);
    expect(chained).toBeGreaterThan(0);
  });

  it("generateSyntheticContent(options) writes review bodies of 400 to 900 words", () => {
    expect(sample.summary.reviewWords.min).toBeGreaterThanOrEqual(400);
    expect(sample.summary.reviewWords.max).toBeLessThanOrEqual(900);
  });

  it("generateSyntheticContent(options) refuses sizes below 1 and a now that is not a date", () => {
    expect(() => generateSyntheticContent({ partnerships: 0, reviews: 1 })).toThrow(RangeError);
    expect(() => generateSyntheticContent({ partnerships: 1, reviews: 1.5 })).toThrow(RangeError);
    expect(() => generateSyntheticContent({ partnerships: 1, reviews: 1, now: "2026-02-30" })).toThrow(
      'now must be a date written as YYYY-MM-DD, not "2026-02-30"',
    );
  });

  it("generateSyntheticContent({ framework: 'four-level' }) writes four levels with thresholds of their own", () => {
    const { files } = generateSyntheticContent({ partnerships: 4, reviews: 2, seed: 1, framework: "four-level" });
    const framework = JSON.parse(files.find((file) => file.path === "framework.json")?.text ?? "{}") as {
      spectrum: { id: string; order: number }[];
      triangulation: Record<string, number>;
      thresholds: Record<string, number>;
    };
    expect(framework.spectrum.map(({ id, order }) => `${order} ${id}`)).toEqual([
      "1 separate",
      "2 linked",
      "3 pooled",
      "4 unified",
    ]);
    expect(framework.triangulation).toEqual({ minGroups: 2, gapThreshold: 1.2, minRespondents: 3, agreeBelow: 0.6 });
    expect(framework.thresholds).toEqual({ changeThreshold: 0.3 });
    const levels = files
      .filter((file) => file.path.startsWith("reviews/") && file.path.endsWith(".json"))
      .flatMap((file) => (JSON.parse(file.text) as { ratings: { level: number }[] }).ratings.map((item) => item.level));
    expect(Math.max(...levels)).toBeLessThanOrEqual(4);
    expect(validateSources(files).problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("generateSyntheticContent({ edges: true }) puts spreads on the band edges and moves on changeThreshold", () => {
    const { files } = generateSyntheticContent({ partnerships: 3, reviews: 3, seed: 2, edges: true });
    const validation = validateSources(files);
    expect(validation.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    if (validation.content === undefined) throw new Error("the generated content must be valid");
    const model = buildSiteModel(validation.content, DEFAULT_NOW);
    const review = model.reviews.find((item) => item.published);
    const finding = (factor: string) => review?.findings.find((item) => item.factor === factor);
    // agreeBelow is 1 and gapThreshold 2 in the six-level framework: each spread sits exactly on its band's edge.
    expect([finding("strategy")?.spread?.text, finding("strategy")?.agreement?.words]).toEqual([
      "1.0 level",
      "Groups differ",
    ]);
    expect([finding("objectives")?.spread?.text, finding("objectives")?.agreement?.words]).toEqual([
      "2.0 levels",
      "Perception gap",
    ]);
    // Delivery moves by exactly changeThreshold (0.5) between rounds, and counts; Measurement by 0.4, and does not.
    const moves = model.partnerships.flatMap((item) =>
      item.changes === undefined ? [] : [...item.changes.moved, ...item.changes.unchanged],
    );
    const delivery = moves.filter((move) => move.factor === "delivery");
    const measurement = moves.filter((move) => move.factor === "measurement");
    expect(delivery.length).toBeGreaterThan(0);
    expect(new Set(delivery.map((move) => `${Math.abs(move.change ?? 0)} ${move.counted}`))).toEqual(
      new Set(["0.5 true"]),
    );
    expect(new Set(measurement.map((move) => `${Math.abs(move.change ?? 0)} ${move.counted}`))).toEqual(
      new Set(["0.4 false"]),
    );
  });

  it("generateSyntheticContent({ council, joint, frameworkIdentity, councilCosts }) writes a named council's shared partnerships", () => {
    const { files } = generateSyntheticContent({
      partnerships: 3,
      reviews: 2,
      seed: 4,
      council: { name: "Harrowby District Council", place: "Harrowby", county: "Wenmoor", orgId: "GB-LAE-HRB" },
      frameworkIdentity: { id: "wenmoor-collaboration", name: "Wenmoor partnership framework" },
      councilCosts: true,
      joint: [
        {
          jointId: "GB-LAE-HRB+GB-LAE-KSF/building-control",
          slug: "building-control",
          name: "Wenmoor Building Control Partnership",
          service: "building-control",
          form: "shared-service",
          basis: "mixed",
          annualValue: 2050000,
          councilSharePercent: 40,
          partners: [
            { name: "Harrowby District Council", sector: "public", role: "lead", orgId: "GB-LAE-HRB" },
            { name: "Kestrelford Borough Council", sector: "public", role: "member", orgId: "GB-LAE-KSF" },
          ],
        },
      ],
    });
    const validation = validateSources(files);
    expect(validation.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    const content = validation.content;
    expect(content?.site.organisation).toEqual({
      name: "Harrowby District Council",
      url: "https://harrowby.example.gov.uk",
      orgId: "GB-LAE-HRB",
    });
    expect([content?.framework.id, content?.framework.name]).toEqual([
      "wenmoor-collaboration",
      "Wenmoor partnership framework",
    ]);
    const shared = content?.partnerships.find((entry) => entry.slug === "building-control")?.data;
    expect(shared).toMatchObject({
      name: "Wenmoor Building Control Partnership",
      jointId: "GB-LAE-HRB+GB-LAE-KSF/building-control",
      serviceArea: "Building control",
      form: "shared-service",
      basis: "mixed",
      status: "active",
      annualValue: 2050000,
      councilSharePercent: 40,
      partners: [
        { name: "Harrowby District Council", sector: "public", role: "lead", orgId: "GB-LAE-HRB" },
        { name: "Kestrelford Borough Council", sector: "public", role: "member", orgId: "GB-LAE-KSF" },
      ],
    });
    // Every other partnership names the council by its orgId, and has no jointId; recommendation ids start "hrb-".
    const others = content?.partnerships.filter((entry) => entry.slug !== "building-control") ?? [];
    expect(others.map((entry) => [entry.data.partners[0]?.orgId, entry.data.jointId])).toEqual([
      ["GB-LAE-HRB", undefined],
      ["GB-LAE-HRB", undefined],
    ]);
    const ids = content?.reviews.flatMap((review) => review.data.recommendations.map((item) => item.id)) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !id.startsWith("hrb-"))).toEqual([]);
  });

  it("generateSyntheticContent(options) gives council costs only when asked, and refuses joint partnerships that do not fit", () => {
    const costs = (councilCosts: boolean) =>
      generateSyntheticContent({ partnerships: 20, reviews: 1, seed: 3, councilCosts })
        .files.filter((file) => file.path.startsWith("partnerships/"))
        .filter((file) => /^council(SharePercent|AnnualCost):/m.test(file.text)).length;
    expect(costs(false)).toBe(0);
    expect(costs(true)).toBeGreaterThan(5);
    const joint = {
      jointId: "GB-LAE-AAA+GB-LAE-BBB/waste",
      slug: "waste",
      name: "Shared waste",
      service: "waste",
      partners: [{ name: "A", sector: "public" as const }],
    };
    expect(() =>
      generateSyntheticContent({ partnerships: 1, reviews: 1, joint: [joint, { ...joint, slug: "b" }] }),
    ).toThrow("2 joint partnerships do not fit in 1 partnerships");
    expect(() =>
      generateSyntheticContent({ partnerships: 1, reviews: 1, joint: [{ ...joint, service: "parks" }] }),
    ).toThrow(/a joint partnership's service must be one of legal, revenues-benefits, .*, not "parks"/);
  });
});

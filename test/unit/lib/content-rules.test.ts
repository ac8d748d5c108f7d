import { describe, expect, it } from "vitest";
import { checkContentRules, type Checked, type ReviewParts, type RuleInput } from "../../../src/lib/content-rules.ts";
import {
  frameworkSchema,
  partnershipSchema,
  reviewDataSchema,
  reviewSchema,
  type Framework,
  type ReviewData,
} from "../../../src/schema/index.ts";
import { problemLines } from "../helpers/fixtures.ts";

const FRAMEWORK = frameworkSchema.parse({
  id: "test",
  version: "1",
  name: "Test framework",
  spectrum: [
    { id: "low", order: 1, label: "Low", definition: "Low." },
    { id: "mid", order: 2, label: "Mid", definition: "Mid." },
    { id: "high", order: 3, label: "High", definition: "High." },
  ],
  factors: [{ id: "strategy", label: "Strategy", description: "Strategy." }],
  stakeholderGroups: [
    { id: "officers", label: "Officers" },
    { id: "members", label: "Members" },
    { id: "users", label: "Users" },
  ],
  triangulation: { minGroups: 2 },
});

/** Returns a checked value whose fields have no position, as when a file was built in memory. */
function checked<T>(file: string, value: T): Checked<T> {
  return { file, value, locate: () => undefined };
}

/** Returns a review of partnership `slug` dated `date`, with the given structured data. */
function review(slug: string, id: string, date: string, data: object = {}): ReviewParts {
  const base = `reviews/${slug}/${id}`;
  return {
    partnership: slug,
    id,
    meta: checked(
      `${base}.md`,
      reviewSchema.parse({
        title: "Review",
        date,
        status: "published",
        reviewer: "Audit",
        reviewType: "peer",
        assessedLevel: "mid",
        summary: "Summary.",
      }),
    ),
    data: checked(`${base}.json`, reviewDataSchema.parse(data)),
  };
}

function input(reviews: ReviewParts[], framework: Framework = FRAMEWORK): RuleInput {
  const slugs = [...new Set(reviews.map((r) => r.partnership))];
  return {
    framework,
    partnershipSlugs: new Set(slugs),
    partnerships: slugs.map((slug) =>
      checked(
        `partnerships/${slug}.md`,
        partnershipSchema.parse({
          name: slug,
          summary: "Summary.",
          form: "other",
          basis: "voluntary",
          serviceArea: "Area",
          partners: [{ name: "Council", sector: "public" }],
          leadRole: "Director",
          startDate: "2020-01-01",
        }),
      ),
    ),
    reviews,
  };
}

const rec = (id: string, extra: object = {}): object => ({
  id,
  text: "Do it.",
  priority: "low",
  status: "open",
  ...extra,
});
const ratings = (level: number, groups = ["officers", "members"]): ReviewData["ratings"] =>
  groups.map((group) => ({ factor: "strategy", group, level }));

describe("checkContentRules(input)", () => {
  it("checkContentRules(input) finds nothing wrong with two triangulated ratings at the lowest and highest levels", () => {
    const reviews = [
      review("a", "one", "2024-01-01", { ratings: [...ratings(1, ["officers"]), ...ratings(3, ["users"])] }),
    ];
    expect(checkContentRules(input(reviews))).toEqual([]);
  });

  it("checkContentRules(input) skips the framework and triangulation rules when framework.json is invalid", () => {
    const reviews = [review("a", "one", "2024-01-01", { ratings: [{ factor: "nope", group: "nobody", level: 99 }] })];
    expect(checkContentRules({ ...input(reviews), framework: undefined })).toEqual([]);
  });

  it("checkContentRules(input) reports a folder without a partnership once, however many reviews it holds", () => {
    const parts = input([review("a", "one", "2024-01-01")]);
    const orphans = [review("b", "one", "2024-01-01"), review("b", "two", "2025-01-01")];
    const problems = checkContentRules({ ...parts, reviews: [...parts.reviews, ...orphans] });
    expect(problemLines(problems)).toEqual([
      'error reviews/b: (file): there is no partnerships/b.md for this folder\'s reviews. Did you mean "a"?',
    ]);
  });

  it("checkContentRules(input) reports an unknown factor in good practice", () => {
    const reviews = [
      review("a", "one", "2024-01-01", {
        goodPractice: [{ title: "Board papers", description: "Short papers.", factor: "strategi" }],
      }),
    ];
    expect(problemLines(checkContentRules(input(reviews)))).toEqual([
      'error reviews/a/one.json: goodPractice[0].factor: "strategi" is not a factor in framework.json: use one of strategy. Did you mean "strategy"?',
    ]);
  });

  it("checkContentRules(input) reports a recommendation id used twice in one review", () => {
    const reviews = [review("a", "one", "2024-01-01", { recommendations: [rec("a-01"), rec("a-01")] })];
    expect(problemLines(checkContentRules(input(reviews)))).toEqual([
      'error reviews/a/one.json: recommendations[1].id: "a-01" is already used by a recommendation in this review: recommendation ids are permanent and unique across the folder',
    ]);
  });

  it("checkContentRules(input) reports an update of a recommendation from a review of the same date", () => {
    const reviews = [
      review("a", "one", "2024-01-01", { recommendations: [rec("a-01")] }),
      review("a", "two", "2024-01-01", { recommendationUpdates: [{ id: "a-01", status: "implemented" }] }),
    ];
    expect(problemLines(checkContentRules(input(reviews)))).toEqual([
      'error reviews/a/two.json: recommendationUpdates[0].id: "a-01" comes from review one (2024-01-01), which is not earlier than this review (2024-01-01)',
    ]);
  });

  it("checkContentRules(input) accepts an update of a recommendation from an earlier review", () => {
    const reviews = [
      review("a", "one", "2023-12-31", { recommendations: [rec("a-01")] }),
      review("a", "two", "2024-01-01", { recommendationUpdates: [{ id: "a-01", status: "implemented" }] }),
    ];
    expect(checkContentRules(input(reviews))).toEqual([]);
  });

  it("checkContentRules(input) reports the second update of one recommendation in a review", () => {
    const reviews = [
      review("a", "one", "2023-01-01", { recommendations: [rec("a-01")] }),
      review("a", "two", "2024-01-01", {
        recommendationUpdates: [
          { id: "a-01", status: "in-progress" },
          { id: "a-01", status: "implemented" },
        ],
      }),
    ];
    expect(problemLines(checkContentRules(input(reviews)))).toEqual([
      'error reviews/a/two.json: recommendationUpdates[1].id: "a-01" is updated twice in this review: give one update per recommendation',
    ]);
  });

  it("checkContentRules(input) warns that an update of an internal recommendation is never published", () => {
    const reviews = [
      review("a", "one", "2023-01-01", { recommendations: [rec("a-01", { internal: true })] }),
      review("a", "two", "2024-01-01", { recommendationUpdates: [{ id: "a-01", status: "implemented" }] }),
    ];
    expect(problemLines(checkContentRules(input(reviews)))).toEqual([
      'warning reviews/a/two.json: recommendationUpdates[0].id: "a-01" is an internal recommendation, so this update is never published',
    ]);
  });

  it("checkContentRules(input) cannot date an update whose earlier review's front matter is invalid, so reports nothing", () => {
    const earlier = { ...review("a", "one", "2025-01-01", { recommendations: [rec("a-01")] }), meta: undefined };
    const later = review("a", "two", "2024-01-01", { recommendationUpdates: [{ id: "a-01", status: "implemented" }] });
    expect(checkContentRules(input([earlier, later]))).toEqual([]);
  });

  it("checkContentRules(input) notes a rating from 1 respondent in the singular", () => {
    const reviews = [
      review("a", "one", "2024-01-01", {
        ratings: [
          ...ratings(2, ["officers", "members"]),
          { factor: "strategy", group: "users", level: 1, respondents: 1 },
        ],
      }),
    ];
    expect(problemLines(checkContentRules(input(reviews)))).toEqual([
      "info reviews/a/one.json: ratings[2].respondents: 1 respondent is below the minimum of 3, so this rating (and its comment) is withheld from the published site",
    ]);
  });

  it("checkContentRules(input) warns about a factor no published group rated, using the framework's minGroups", () => {
    const framework = { ...FRAMEWORK, triangulation: { ...FRAMEWORK.triangulation, minGroups: 3 } };
    const reviews = [
      review("a", "one", "2024-01-01", {
        ratings: [
          ...ratings(2, ["officers", "members"]),
          { factor: "strategy", group: "users", level: 1, respondents: 2 },
        ],
      }),
      review("a", "two", "2024-06-01", { ratings: [] }),
    ];
    expect(problemLines(checkContentRules(input(reviews, framework)))).toEqual([
      'warning reviews/a/one.json: ratings: factor "strategy" is not triangulated: its published views come from 2 groups (officers, members), fewer than the 3 needed',
      "info reviews/a/one.json: ratings[2].respondents: 2 respondents is below the minimum of 3, so this rating (and its comment) is withheld from the published site",
    ]);
  });

  it("checkContentRules(input) says a factor came from no group when every rating of it is withheld", () => {
    const framework = {
      ...FRAMEWORK,
      factors: [...FRAMEWORK.factors, { id: "delivery", label: "Delivery", description: "Delivery." }],
    };
    const reviews = [review("a", "one", "2024-01-01", { ratings: ratings(2, ["officers", "members"]) })];
    expect(problemLines(checkContentRules(input(reviews, framework)))).toEqual([
      'warning reviews/a/one.json: ratings: factor "delivery" is not triangulated: its published views come from no group, fewer than the 2 needed',
    ]);
  });
});

describe("checkContentRules(input): replacedBy", () => {
  /** Returns the review withdrawn in favour of `replacedBy`. */
  const withdrawn = (replacedBy: string): ReviewParts => {
    const parts = review("legal", "2023-audit", "2023-05-18");
    if (parts.meta === undefined) throw new Error("the review has front matter");
    return {
      ...parts,
      meta: checked(parts.meta.file, {
        ...parts.meta.value,
        status: "withdrawn",
        withdrawnDate: "2023-08-04",
        withdrawnReason: "Errors.",
        replacedBy,
      }),
    };
  };

  it("checkContentRules accepts a replacedBy that names another review of the same partnership", () => {
    expect(
      problemLines(
        checkContentRules(input([withdrawn("2023-revised"), review("legal", "2023-revised", "2023-09-01")])),
      ),
    ).toEqual([]);
  });

  it("checkContentRules names a replacedBy that is no review of the partnership, or the review itself", () => {
    expect(
      problemLines(
        checkContentRules(
          input([
            withdrawn("2023-revise"),
            review("legal", "2023-revised", "2023-09-01"),
            review("waste", "2023-revise", "2023-09-01"),
          ]),
        ),
      ),
    ).toEqual([
      'error reviews/legal/2023-audit.md: replacedBy: "2023-revise" is not a review of legal: use one of 2023-revised. Did you mean "2023-revised"?',
    ]);
    expect(problemLines(checkContentRules(input([withdrawn("2023-audit")])))).toEqual([
      "error reviews/legal/2023-audit.md: replacedBy: names this review itself: name the review that replaces it",
    ]);
  });
});

describe("checkContentRules(input): indicators", () => {
  const indicator = (id: string, factor?: string) => ({
    id,
    name: "Recycling rate",
    unit: "%",
    polarity: "higher-is-better",
    period: "2025/26",
    actual: 46.8,
    ...(factor === undefined ? {} : { factor }),
  });

  it("checkContentRules names an indicator's unknown factor and an indicator id used twice in one review", () => {
    const data = { indicators: [indicator("recycling", "strategy"), indicator("recycling", "stratgy")] };
    expect(problemLines(checkContentRules(input([review("legal", "2025", "2025-06-30", data)])))).toEqual([
      'error reviews/legal/2025.json: indicators[1].factor: "stratgy" is not a factor in framework.json: use one of strategy. Did you mean "strategy"?',
      'error reviews/legal/2025.json: indicators[1].id: "recycling" is used by another indicator in this review',
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { agreementOf, isSuppressed, median, readFactor, readFactors } from "../../../src/lib/triangulation.ts";
import { frameworkSchema, type Rating, type Thresholds } from "../../../src/schema/index.ts";

const THRESHOLDS: Thresholds = { minGroups: 2, gapThreshold: 2, minRespondents: 3, minMethods: 1, agreeBelow: 1 };

/** Returns a rating of `factor` by `group`. */
function rating(factor: string, group: string, level: number, respondents?: number, method?: Rating["method"]): Rating {
  return {
    factor,
    group,
    level,
    ...(respondents === undefined ? {} : { respondents }),
    ...(method === undefined ? {} : { method }),
  };
}

describe("agreementOf(spread, thresholds)", () => {
  it("agreementOf(spread, thresholds) is agree just below agreeBelow, differ at exactly agreeBelow, a gap at exactly gapThreshold", () => {
    const thresholds = { agreeBelow: 1, gapThreshold: 2 };
    expect([0, 0.99, 1, 1.8, 1.99, 2, 5].map((spread) => agreementOf(spread, thresholds))).toEqual([
      "agree",
      "agree",
      "differ",
      "differ",
      "differ",
      "gap",
      "gap",
    ]);
  });
});

describe("readFactor(factor, ratings, thresholds, sides): version 2", () => {
  const V2: Thresholds = { minGroups: 3, gapThreshold: 2, minRespondents: 3, minMethods: 2, agreeBelow: 1 };

  it("readFactor is not triangulated from two views under the version 2 default of three groups", () => {
    const two = [
      rating("strategy", "officers", 2, undefined, "survey"),
      rating("strategy", "users", 2, undefined, "interview"),
    ];
    expect(readFactor("strategy", two, V2).triangulated).toBe(false);
  });

  it("readFactor needs minMethods different methods: three groups by survey alone are not triangulated", () => {
    const survey = ["officers", "members", "users"].map((group) => rating("strategy", group, 3, undefined, "survey"));
    expect(readFactor("strategy", survey, V2)).toMatchObject({ methods: 1, triangulated: false });
    const mixed = [...survey.slice(0, 2), rating("strategy", "users", 3, undefined, "workshop")];
    expect(readFactor("strategy", mixed, V2)).toMatchObject({ methods: 2, triangulated: true });
  });

  it("readFactor reads a spread of 1.8 on six levels as groups differ, not agree", () => {
    const ratings = [rating("strategy", "officers", 4.3), rating("strategy", "users", 2.5)];
    expect(readFactor("strategy", ratings, V2)).toMatchObject({ spread: 1.8, agreement: "differ", gap: false });
  });

  it("readFactor finds partners disagree at exactly gapThreshold between the council-side and partner-side medians", () => {
    const sides = new Map([
      ["officers", "council" as const],
      ["members", "council" as const],
      ["staff", "partner" as const],
      ["users", "service-user" as const],
    ]);
    const ratings = [
      rating("strategy", "officers", 4),
      rating("strategy", "members", 5),
      rating("strategy", "staff", 2.5),
      rating("strategy", "users", 4),
    ];
    expect(readFactor("strategy", ratings, V2, sides)).toMatchObject({
      councilMedian: 4.5,
      partnerMedian: 2.5,
      partnersDisagree: true,
    });
    const closer = ratings.map((item) => (item.group === "staff" ? { ...item, level: 2.6 } : item));
    expect(readFactor("strategy", closer, V2, sides)).toMatchObject({ partnerMedian: 2.6, partnersDisagree: false });
  });
});

describe("median(values)", () => {
  it("median(values) is the middle value of an odd count, whatever the order", () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it("median(values) is the mean of the middle two of an even count", () => {
    expect(median([4, 1, 2, 6])).toBe(3);
  });

  it("median(values) is the tied value when the middle values tie", () => {
    expect(median([2, 2, 2, 5])).toBe(2);
    expect(median([1, 4, 4])).toBe(4);
  });

  it("median(values) is the value itself for a single value", () => {
    expect(median([4.2])).toBe(4.2);
  });

  it("median(values) is undefined for no values", () => {
    expect(median([])).toBeUndefined();
  });

  it("median(values) leaves its input unsorted", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("isSuppressed(rating, minRespondents)", () => {
  it("isSuppressed(rating, minRespondents) withholds a rating from minRespondents - 1 people", () => {
    expect(isSuppressed({ respondents: 2 }, 3)).toBe(true);
  });

  it("isSuppressed(rating, minRespondents) publishes a rating from exactly minRespondents people", () => {
    expect(isSuppressed({ respondents: 3 }, 3)).toBe(false);
  });

  it("isSuppressed(rating, minRespondents) never withholds a rating that gives no respondents", () => {
    expect(isSuppressed({}, 3)).toBe(false);
    expect(isSuppressed({ respondents: undefined }, 100)).toBe(false);
  });
});

describe("readFactor(factor, ratings, thresholds)", () => {
  it("readFactor(factor, ratings, thresholds) gives the consensus and spread of the factor's own ratings", () => {
    const ratings = [
      rating("strategy", "officers", 4.5),
      rating("strategy", "members", 3),
      rating("strategy", "users", 2),
      rating("delivery", "officers", 1),
    ];
    expect(readFactor("strategy", ratings, THRESHOLDS)).toEqual({
      factor: "strategy",
      ratings: ratings.slice(0, 3),
      withheld: 0,
      consensus: 3,
      spread: 2.5,
      methods: 0,
      triangulated: true,
      gap: true,
      agreement: "gap",
      councilMedian: undefined,
      partnerMedian: undefined,
      partnersDisagree: false,
    });
  });

  it("readFactor(factor, ratings, thresholds) is triangulated at exactly minGroups and not one below", () => {
    const two = [rating("strategy", "officers", 2), rating("strategy", "users", 2)];
    expect(readFactor("strategy", two, THRESHOLDS).triangulated).toBe(true);
    expect(readFactor("strategy", two.slice(0, 1), THRESHOLDS).triangulated).toBe(false);
    expect(readFactor("strategy", two, { ...THRESHOLDS, minGroups: 3 }).triangulated).toBe(false);
  });

  it("readFactor(factor, ratings, thresholds) flags a gap at exactly the threshold and not just below it", () => {
    const at = [rating("strategy", "officers", 4), rating("strategy", "users", 2)];
    const below = [rating("strategy", "officers", 3.9), rating("strategy", "users", 2)];
    expect(readFactor("strategy", at, THRESHOLDS)).toMatchObject({ spread: 2, gap: true });
    expect(readFactor("strategy", below, THRESHOLDS)).toMatchObject({ spread: 1.9, gap: false });
  });

  it("readFactor(factor, ratings, thresholds) flags a gap of exactly the threshold between fractional levels", () => {
    // 3.3 - 1.3 is 1.9999999999999998 in floating point; the reading rounds it to 2.
    const ratings = [rating("strategy", "officers", 3.3), rating("strategy", "users", 1.3)];
    expect(readFactor("strategy", ratings, THRESHOLDS)).toMatchObject({ spread: 2, gap: true, consensus: 2.3 });
  });

  it("readFactor(factor, ratings, thresholds) rounds a consensus of fractional levels to 6 decimal places", () => {
    const ratings = [rating("strategy", "officers", 2.1), rating("strategy", "users", 2.2)];
    expect(readFactor("strategy", ratings, THRESHOLDS).consensus).toBe(2.15);
  });

  it("readFactor(factor, ratings, thresholds) never flags a gap from one group", () => {
    const ratings = [rating("strategy", "officers", 3)];
    expect(readFactor("strategy", ratings, { ...THRESHOLDS, gapThreshold: 0.001 })).toMatchObject({
      spread: 0,
      gap: false,
      triangulated: false,
    });
  });

  it("readFactor(factor, ratings, thresholds) withholds a rating from minRespondents - 1 people and counts it", () => {
    const ratings = [
      rating("strategy", "officers", 3, 3),
      rating("strategy", "members", 1, 2),
      rating("strategy", "users", 2),
    ];
    expect(readFactor("strategy", ratings, THRESHOLDS)).toEqual({
      factor: "strategy",
      ratings: [ratings[0], ratings[2]],
      withheld: 1,
      consensus: 2.5,
      spread: 1,
      methods: 0,
      triangulated: true,
      gap: false,
      agreement: "differ",
      councilMedian: undefined,
      partnerMedian: undefined,
      partnersDisagree: false,
    });
  });

  it("readFactor(factor, ratings, thresholds) is not triangulated when withholding leaves too few groups", () => {
    const ratings = [rating("strategy", "officers", 3, 5), rating("strategy", "users", 1, 2)];
    expect(readFactor("strategy", ratings, THRESHOLDS)).toMatchObject({
      withheld: 1,
      consensus: 3,
      spread: 0,
      triangulated: false,
      gap: false,
    });
  });

  it("readFactor(factor, ratings, thresholds) has no consensus or spread when no rating is published", () => {
    const ratings = [rating("strategy", "officers", 3, 1)];
    expect(readFactor("strategy", ratings, THRESHOLDS)).toEqual({
      factor: "strategy",
      ratings: [],
      withheld: 1,
      consensus: undefined,
      spread: undefined,
      methods: 0,
      triangulated: false,
      gap: false,
      agreement: undefined,
      councilMedian: undefined,
      partnerMedian: undefined,
      partnersDisagree: false,
    });
    expect(readFactor("delivery", [], THRESHOLDS)).toMatchObject({ withheld: 0, consensus: undefined });
  });
});

describe("readFactors(framework, ratings)", () => {
  const framework = frameworkSchema.parse({
    id: "f",
    version: "1",
    name: "F",
    spectrum: [
      { id: "low", order: 1, label: "Low", definition: "Low." },
      { id: "high", order: 2, label: "High", definition: "High." },
    ],
    factors: [
      { id: "strategy", label: "Strategy", description: "S." },
      { id: "delivery", label: "Delivery", description: "D." },
    ],
    stakeholderGroups: [
      { id: "officers", label: "Officers" },
      { id: "members", label: "Members" },
      { id: "users", label: "Users" },
    ],
    triangulation: { minGroups: 3, minRespondents: 5 },
  });

  it("readFactors(framework, ratings) gives one reading per factor in framework order, groups in framework order", () => {
    const ratings = [
      rating("delivery", "users", 2),
      rating("strategy", "users", 1),
      rating("strategy", "officers", 2),
      rating("strategy", "members", 1.5, 6),
    ];
    const readings = readFactors(framework, ratings);
    expect(readings.map((r) => r.factor)).toEqual(["strategy", "delivery"]);
    expect(readings[0]?.ratings.map((r) => r.group)).toEqual(["officers", "members", "users"]);
    expect(readings[0]).toMatchObject({ consensus: 1.5, spread: 1, triangulated: true, gap: false });
    expect(readings[1]).toMatchObject({ consensus: 2, triangulated: false, withheld: 0 });
  });

  it("readFactors(framework, ratings) applies the framework's own thresholds", () => {
    const ratings = [rating("strategy", "officers", 2, 4), rating("strategy", "users", 1, 5)];
    const [strategy] = readFactors(framework, ratings);
    expect(strategy).toMatchObject({ withheld: 1, triangulated: false });
    expect(strategy?.ratings).toEqual([ratings[1]]);
  });

  it("readFactors(framework, ratings) applies the gap threshold default of 2", () => {
    const ratings = [
      rating("delivery", "officers", 1),
      rating("delivery", "members", 2),
      rating("delivery", "users", 3),
    ];
    expect(framework.triangulation.gapThreshold).toBe(2);
    expect(readFactors(framework, ratings)[1]).toMatchObject({ spread: 2, gap: true, triangulated: true });
  });

  it("readFactors(framework, ratings, sides) lets a partnership's groupSides take the framework's place", () => {
    const sided = frameworkSchema.parse({
      ...framework,
      stakeholderGroups: [
        { id: "officers", label: "Officers", side: "council" },
        { id: "members", label: "Members", side: "council" },
        { id: "users", label: "Users", side: "partner" },
      ],
    });
    // Officers 1, members 1, users 3: council side 1, partner side 3, two levels apart.
    const ratings = [
      rating("strategy", "officers", 1),
      rating("strategy", "members", 1),
      rating("strategy", "users", 3),
    ];
    expect(readFactors(sided, ratings)[0]).toMatchObject({
      councilMedian: 1,
      partnerMedian: 3,
      partnersDisagree: true,
    });
    // The officers are the host partner's staff: the partner side is now officers 1 and users 3, median 2.
    expect(readFactors(sided, ratings, { officers: "partner" })[0]).toMatchObject({
      councilMedian: 1,
      partnerMedian: 2,
      partnersDisagree: false,
    });
  });
});

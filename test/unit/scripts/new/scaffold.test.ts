import { describe, expect, it } from "vitest";
import {
  EXAMPLE_RATING_COMMENT,
  meetingScaffold,
  middleLevel,
  parseFramework,
  partnershipScaffold,
  reviewDataScaffold,
  reviewScaffold,
  slugProblem,
} from "../../../../scripts/new/scaffold.ts";
import { findPlaceholders, PLACEHOLDER_MARK } from "../../../../src/lib/placeholders.ts";
import { parseMarkdownSource } from "../../../../src/lib/sources.ts";
import { validateSources } from "../../../../src/lib/validation.ts";
import { frameworkSchema, type Framework } from "../../../../src/schema/index.ts";
import { problemLines, readFixture } from "../../helpers/fixtures.ts";

/** Returns the warning, as problemLines writes it, for a placeholder left at `line` and `column` of `file`. */
function placeholderWarning(file: string, line: number | undefined, column: number | undefined): string {
  return `warning ${file}: (text): still holds placeholder text "[TO COMPLETE]": replace it and delete the mark (line ${line}, column ${column})`;
}

/** Returns the framework of the minimal fixture. */
async function minimalFramework(): Promise<Framework> {
  const file = (await readFixture("minimal")).find((source) => source.path === "framework.json");
  return frameworkSchema.parse(JSON.parse(file?.text ?? ""));
}

/** Returns a framework with `count` spectrum levels and otherwise minimal content. */
function frameworkWithLevels(count: number): Framework {
  return frameworkSchema.parse({
    id: "f",
    version: "1",
    name: "F",
    spectrum: Array.from({ length: count }, (_, i) => ({
      id: `level-${i + 1}`,
      order: i + 1,
      label: `Level ${i + 1}`,
      definition: "A level.",
    })),
    factors: [{ id: "strategy", label: "Strategy", description: "Strategy." }],
    stakeholderGroups: [
      { id: "a", label: "A" },
      { id: "b", label: "B" },
    ],
  });
}

describe("slugProblem(what, value, example)", () => {
  it("slugProblem(what, value, example) accepts a slug", () => {
    expect(slugProblem("partnership slug", "shared-legal-2", "x")).toBeUndefined();
  });

  it("slugProblem(what, value, example) explains the rule and suggests a slug", () => {
    expect(slugProblem("review id", "2025 Annual_Review", "2025-annual-review")).toBe(
      '"2025 Annual_Review" is not a valid review id: use lowercase letters, digits and single hyphens, such as 2025-annual-review. Did you mean "2025-annual-review"?',
    );
  });

  it("slugProblem(what, value, example) suggests nothing when no slug can be made", () => {
    expect(slugProblem("partnership slug", "--", "shared-legal-service")).toBe(
      '"--" is not a valid partnership slug: use lowercase letters, digits and single hyphens, such as shared-legal-service.',
    );
  });
});

describe("parseFramework(source)", () => {
  it("parseFramework(source) returns the framework with defaults", async () => {
    const source = (await readFixture("minimal")).find((file) => file.path === "framework.json");
    const parsed = parseFramework(source ?? { path: "framework.json", text: "" });
    expect(parsed.ok && parsed.framework.triangulation).toEqual({
      minGroups: 2,
      gapThreshold: 2,
      minRespondents: 3,
      minMethods: 1,
      agreeBelow: 1,
    });
  });

  it("parseFramework(source) returns plain problems for an invalid framework", () => {
    const parsed = parseFramework({ path: "framework.json", text: '{ "id": "f" }' });
    expect(parsed.ok ? [] : problemLines(parsed.problems)).toEqual([
      "error framework.json: factors: is required (line 1, column 1)",
      "error framework.json: name: is required (line 1, column 1)",
      "error framework.json: spectrum: is required (line 1, column 1)",
      "error framework.json: stakeholderGroups: is required (line 1, column 1)",
      "error framework.json: version: is required (line 1, column 1)",
    ]);
  });

  it("parseFramework(source) returns the syntax error of malformed JSON", () => {
    const parsed = parseFramework({ path: "framework.json", text: "{" });
    expect(parsed.ok ? [] : problemLines(parsed.problems)).toEqual([
      "error framework.json: (file): is not valid JSON: the file ends too soon: a closing } or ] may be missing (line 1, column 2)",
    ]);
  });
});

describe("middleLevel(framework)", () => {
  it("middleLevel(framework) is the middle level, or the lower middle one for an even count", () => {
    expect([2, 3, 4, 5, 6].map((count) => middleLevel(frameworkWithLevels(count)).id)).toEqual([
      "level-1",
      "level-2",
      "level-2",
      "level-3",
      "level-3",
    ]);
  });
});

describe("partnershipScaffold(slug, framework, today)", () => {
  it("partnershipScaffold(slug, framework, today) writes partnerships/<slug>.md that validates, warning only of its placeholders", async () => {
    const file = partnershipScaffold("shared-waste", await minimalFramework(), "2025-01-31");
    expect(file.path).toBe("partnerships/shared-waste.md");
    const { problems } = validateSources([...(await readFixture("minimal")), file]);
    // name, summary, form, basis, service area, the partner's name, lead role, start date and the body.
    expect(problemLines(problems)).toEqual(
      [
        [6, 8],
        [8, 11],
        [11, 15],
        [14, 16],
        [16, 15],
        [21, 12],
        [25, 12],
        [27, 25],
        [42, 1],
      ].map(([line, column]) => placeholderWarning("partnerships/shared-waste.md", line, column)),
    );
  });

  it("partnershipScaffold(slug, framework, today) marks every text field as a placeholder and uses today's date", async () => {
    const file = partnershipScaffold("shared-waste", await minimalFramework(), "2025-01-31");
    const parsed = parseMarkdownSource(file);
    expect(parsed.ok && parsed.source.data).toEqual({
      name: "[TO COMPLETE] Name of the partnership",
      summary: "[TO COMPLETE] What the partnership does, and for whom.",
      form: "other",
      basis: "mixed",
      serviceArea: "[TO COMPLETE] Service area",
      partners: [{ name: "[TO COMPLETE] Partner organisation", sector: "public", role: "lead" }],
      leadRole: "[TO COMPLETE] Lead officer's role title",
      startDate: "2025-01-31",
    });
    expect(parsed.ok && parsed.source.body).toBe(
      "\n[TO COMPLETE] Describe the partnership: what it does, who the partners are and how it is governed.\n",
    );
  });

  it("partnershipScaffold(slug, framework, today) marks the placeholder choices on their own lines", async () => {
    const { text } = partnershipScaffold("shared-waste", await minimalFramework(), "2025-01-31");
    const marked = text
      .split("\n")
      .filter((line) => line.includes(PLACEHOLDER_MARK))
      .map((line) => line.split(":")[0]);
    expect(marked).toEqual([
      "name",
      "summary",
      "form",
      "basis",
      "serviceArea",
      "  - name",
      "leadRole",
      "startDate",
      "[TO COMPLETE] Describe the partnership",
    ]);
  });

  it("partnershipScaffold(slug, framework, today) lists the framework's own levels for targetLevel", async () => {
    const { text } = partnershipScaffold("shared-waste", await minimalFramework(), "2025-01-31");
    expect(text).toContain(
      [
        "# targetLevel: aligned  # the level of collaboration it should have (higher is not always better):",
        "#   arms-length   1  Arm's length",
        "#   aligned       2  Aligned",
        "#   joined        3  Joined",
      ].join("\n"),
    );
  });
});

describe("reviewScaffold(input)", () => {
  const input = async () => ({
    partnership: "shared-legal",
    partnershipName: "Shared Legal Service",
    id: "2025-annual",
    framework: await minimalFramework(),
    today: "2025-01-31",
  });

  it("reviewScaffold(input) writes a draft review and its data that validate, warning of placeholders and of the example's one group", async () => {
    const files = reviewScaffold(await input());
    expect(files.map((file) => file.path)).toEqual([
      "reviews/shared-legal/2025-annual.md",
      "reviews/shared-legal/2025-annual.json",
    ]);
    const { problems, content } = validateSources([...(await readFixture("minimal")), ...files]);
    // In the report: title, date, reviewer, review type, assessed level, summary and the body's two sections.
    const report = [
      [6, 9],
      [8, 20],
      [13, 12],
      [15, 27],
      [20, 26],
      [22, 11],
      [32, 1],
      [36, 1],
    ].map(([line, column]) => placeholderWarning("reviews/shared-legal/2025-annual.md", line, column));
    expect(problemLines(problems.filter((problem) => problem.file.endsWith(".md")))).toEqual(report);
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    // The example rating is one group's view, so until the survey is imported no factor is triangulated.
    expect(problemLines(problems.filter((problem) => problem.field !== "(text)"))).toEqual([
      'warning reviews/shared-legal/2025-annual.json: ratings: factor "strategy" is not triangulated: its published views come from 1 group (officers), fewer than the 2 needed (line 2, column 3)',
      'warning reviews/shared-legal/2025-annual.json: ratings: factor "delivery" is not triangulated: its published views come from no group, fewer than the 2 needed (line 2, column 3)',
    ]);
    const review = content?.reviews.find((item) => item.id === "2025-annual");
    expect(review?.meta.status).toBe("draft");
    expect(review?.data.ratings[0]).toMatchObject({ respondents: 10, invited: 25 });
    expect(review?.data.indicators.map((indicator) => indicator.id)).toEqual(["example-indicator"]);
  });

  it("reviewScaffold(input) fills the front matter with marked placeholders, today's date and the middle level", async () => {
    const [report] = reviewScaffold(await input());
    const parsed = parseMarkdownSource(report);
    expect(parsed.ok && parsed.source.data).toEqual({
      title: "[TO COMPLETE] Shared Legal Service: review title",
      date: "2025-01-31",
      status: "draft",
      reviewer: "[TO COMPLETE] Reviewing organisation or team",
      reviewType: "independent",
      assessedLevel: "aligned",
      summary: "[TO COMPLETE] What the review found, in two or three sentences.",
    });
    expect(report.text).toContain(
      "assessedLevel: aligned # [TO COMPLETE] the middle level, as a placeholder: choose the right one\n",
    );
  });

  it("reviewScaffold(input) writes every list of the data file, with an example rating that says how many were asked and an example indicator", async () => {
    const [, data] = reviewScaffold(await input());
    expect(data.text).toBe(`{
  "ratings": [
    { "factor": "strategy", "group": "officers", "level": 2, "respondents": 10, "invited": 25, "method": "survey", "comment": "[TO COMPLETE] An example: npm run import replaces it with the survey's ratings, or replace or delete it by hand. respondents is how many of the group answered; invited, how many were asked." }
  ],
  "risks": [],
  "recommendations": [],
  "recommendationUpdates": [],
  "goodPractice": [],
  "costsBenefits": [],
  "indicators": [
    {
      "id": "example-indicator",
      "name": "[TO COMPLETE] What is measured, such as Household waste sent for recycling",
      "unit": "%",
      "polarity": "higher-is-better",
      "period": "[TO COMPLETE] The period of the figure, such as 2025/26",
      "actual": 48.1,
      "target": 50,
      "previous": 47.4,
      "source": "[TO COMPLETE] Where the figure comes from",
      "factor": "strategy"
    }
  ]
}
`);
    expect(JSON.parse(data.text).ratings[0].comment).toBe(EXAMPLE_RATING_COMMENT);
  });

  it("reviewScaffold(input) marks each text of the examples as a placeholder, and nothing else in the data file", async () => {
    const [, data] = reviewScaffold(await input());
    expect(findPlaceholders(data.text)).toEqual([
      { line: 3, column: 128 },
      { line: 13, column: 16 },
      { line: 16, column: 18 },
      { line: 20, column: 18 },
    ]);
  });

  it("reviewScaffold(input) names the partnership by its slug when its name is unknown", async () => {
    const { partnershipName: _, ...rest } = await input();
    const [report] = reviewScaffold(rest);
    expect(report.text).toContain('title: "[TO COMPLETE] shared-legal: review title"\n');
  });

  it("reviewDataScaffold(framework) rates the framework's first factor by its first group at the middle level", () => {
    const data = reviewDataScaffold(frameworkWithLevels(6));
    expect(data.ratings?.[0]).toMatchObject({ factor: "strategy", group: "a", level: 3 });
    expect(data.indicators?.[0]?.factor).toBe("strategy");
  });

  it("reviewScaffold(input) uses a framework's own level ids, whatever their number", () => {
    const [report] = reviewScaffold({
      partnership: "p",
      id: "r",
      framework: frameworkWithLevels(6),
      today: "2025-01-31",
    });
    expect(report.text).toContain("assessedLevel: level-3 #");
    expect(report.text).toContain("#   level-6   6  Level 6\n");
  });
});

describe("meetingScaffold(date, meeting, partnership)", () => {
  it("meetingScaffold(date, meeting, partnership) dates and names the file by the meeting, due three months on", () => {
    // 30 November plus three months is 28 February: the day of the month is clamped to the month's last day.
    expect(meetingScaffold("2026-11-30", "overview-scrutiny", "shared-legal")).toEqual({
      path: "scrutiny/2026-11-30-overview-scrutiny.json",
      text: `{
  "date": "2026-11-30",
  "committee": "[TO COMPLETE] The committee's name, such as Overview and Scrutiny Committee",
  "status": "draft",
  "minutesUrl": "https://example.gov.uk/replace-with-the-address-of-the-minutes",
  "resolutions": [
    {
      "id": "overview-scrutiny-2026-11-30-01",
      "partnership": "shared-legal",
      "text": "[TO COMPLETE] What the committee resolved, in one sentence.",
      "ownerRole": "[TO COMPLETE] The role that must act on it, never a person's name",
      "due": "2027-02-28",
      "status": "open"
    }
  ]
}
`,
    });
  });
});

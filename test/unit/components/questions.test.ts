// Every question for members on every partnership page of generated sites (and of the sample content), made in
// process as the build's routes make them: each page's questions drawn by QuestionsForMembers with the props the
// partnership page passes, and the anchors of the pages they link to drawn by the components those pages use
// (RecommendationList, RiskTable) beside the headings their contents lists name. test/e2e/questions.test.ts holds the
// built sample's own pages to the same rule.
import { resolve } from "node:path";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import QuestionsForMembers from "../../../src/components/QuestionsForMembers.astro";
import RecommendationList from "../../../src/components/RecommendationList.astro";
import RiskTable from "../../../src/components/RiskTable.astro";
import type { ContentSet } from "../../../src/lib/content.ts";
import { PARTNERSHIP_SECTIONS, partnershipPage } from "../../../src/lib/pages/partnership-page.ts";
import { reviewContents, reviewPage } from "../../../src/lib/pages/review-page.ts";
import { buildSiteModel, type SiteModel } from "../../../src/lib/site-model.ts";
import { ANCHORS, partnershipPath, reviewPath } from "../../../src/lib/urls.ts";
import { validateSources } from "../../../src/lib/validation.ts";
import { validateFolder } from "../../../src/loaders/content-folder.ts";
import { generateSyntheticContent } from "../../../scripts/generate/synthetic-content.ts";
import { namedRoles, questionProblems, readQuestions, type ReadQuestion } from "../../support/questions.ts";
import { ROOT } from "../helpers/fixtures.ts";

const container = await AstroContainer.create();

/** Returns the ids in a piece of HTML. */
function ids(html: string): string[] {
  return parse(html)
    .querySelectorAll("[id]")
    .map((element) => element.id);
}

/** Returns every partnership page's questions as drawn, and the anchors of every page they may link to, by path. */
async function drawn(model: SiteModel): Promise<{ questions: ReadQuestion[]; anchors: Map<string, Set<string>> }> {
  const questions: ReadQuestion[] = [];
  const anchors = new Map<string, Set<string>>();
  for (const partnership of model.partnerships) {
    const page = partnershipPage(model, partnership, [], "/");
    const html = await container.renderToString(QuestionsForMembers, {
      props: { questions: page.questions, base: "/" },
    });
    questions.push(...readQuestions(parse(html), partnership.slug));
    const resolutions = await container.renderToString(RecommendationList, { props: { items: page.resolutions } });
    anchors.set(
      partnershipPath(partnership.slug),
      new Set([
        ...(page.attention.length > 0 ? [PARTNERSHIP_SECTIONS.attention.id, PARTNERSHIP_SECTIONS.questions.id] : []),
        ...page.contents.map((entry) => entry.id),
        ...ids(resolutions),
      ]),
    );
    for (const review of partnership.reviews) {
      const view = reviewPage(model, partnership, review, "/");
      const listed = await container.renderToString(RecommendationList, { props: { items: view.recommendations } });
      // The review page draws its risk table only when the review has risks.
      const risks =
        view.risks.length === 0
          ? ""
          : await container.renderToString(RiskTable, {
              props: { framework: model.framework, risks: view.risks, caption: "Each risk, most severe first" },
            });
      anchors.set(
        reviewPath(partnership.slug, review.id),
        new Set([
          ANCHORS.reviewFacts,
          ...reviewContents(review, []).map((entry) => entry.id),
          ...ids(listed),
          ...ids(risks),
        ]),
      );
    }
  }
  return { questions, anchors };
}

/** Returns every problem of every question of the model's partnership pages, and which reasons they asked about. */
async function problemsOf(content: ContentSet, model: SiteModel): Promise<{ problems: string[]; asked: number }> {
  const { questions, anchors } = await drawn(model);
  const hasAnchor = (link: string) => {
    const [path = "", anchor = ""] = link.split("#");
    return anchors.get(path)?.has(anchor) === true;
  };
  return {
    problems: questions.flatMap((question) =>
      questionProblems(question, namedRoles(content, question.slug, question.links), hasAnchor),
    ),
    asked: questions.length,
  };
}

describe("every question names a figure or date and a role from a named field, and links an anchor that exists", () => {
  it("questionsForMembers(partnership, responseDueMonths) on generated sites, seeds 1 and 2, with band edges", async () => {
    let asked = 0;
    const codes = new Set<string>();
    for (const seed of [1, 2]) {
      const { files, summary } = generateSyntheticContent({ partnerships: 20, reviews: 3, seed, edges: true });
      const { content } = validateSources(files);
      if (content === undefined) throw new Error("the generated content must be valid");
      const model = buildSiteModel(content, summary.now);
      const result = await problemsOf(content, model);
      expect(result.problems).toEqual([]);
      asked += result.asked;
      for (const partnership of model.partnerships) for (const reason of partnership.attention) codes.add(reason.code);
    }
    expect(asked).toBeGreaterThan(100);
    // The reasons whose questions had no figure or no anchor before issue 27's check, among the others.
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        "assurance-basis",
        "failing-factor",
        "high-risk",
        "limited-assurance",
        "no-response",
        "no-target",
        "off-target",
        "overdue-recommendation",
        "perception-gap",
        "review-overdue",
      ]),
    );
  });

  it("questionsForMembers(partnership, responseDueMonths) on the sample content as at 27 November 2026", async () => {
    const { content } = await validateFolder(resolve(ROOT, "content"), "2026-11-27");
    if (content === undefined) throw new Error("the sample content must be valid");
    const result = await problemsOf(content, buildSiteModel(content, "2026-11-27"));
    expect(result.problems).toEqual([]);
    // Kestrel 11, Revenues and Benefits 8, Shared Management 7, Building Control 6, the VCS partnership 4, Shared
    // Legal and the Climate Compact 2 each: one per reason each partnership page lists.
    expect(result.asked).toBe(40);
  });
});

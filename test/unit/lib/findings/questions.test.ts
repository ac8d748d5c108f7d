import { describe, expect, it } from "vitest";
import { questionsForMembers } from "../../../../src/lib/findings/questions.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";
import type { ContentSet } from "../../../../src/lib/content.ts";
import { validateFixture } from "../../helpers/fixtures.ts";

const TODAY = "2025-06-30";
const REVIEW = "partnerships/shared-legal/reviews/2024-annual/";

describe("questionsForMembers(partnership, responseDueMonths): the v2-full fixture", async () => {
  const result = await validateFixture("v2-full");
  const content = result.content as ContentSet;
  const legal = buildSiteModel(content, TODAY).partnerships.find((item) => item.slug === "shared-legal");
  const questions = questionsForMembers(legal ?? (undefined as never), 3);

  it("asks one question per reason, in the reasons' order", () => {
    expect(questions.map((question) => question.code)).toEqual(legal?.attention.map((reason) => reason.code));
    expect(questions).toHaveLength(9);
  });

  it("names the items' owner, links each item and asks what will be done", () => {
    expect(questions.find((question) => question.code === "overdue-recommendation")).toEqual({
      code: "overdue-recommendation",
      text: "One recommendation from the 2024 review is overdue: when will the Director of Resources complete it?",
      evidence: [
        {
          label: "v2-2024-01: Agree a joint strategy for the service beyond 2026",
          path: `${REVIEW}#rec-v2-2024-01`,
        },
      ],
      answerBy: "Director of Resources",
    });
    expect(questions.find((question) => question.code === "high-risk")).toEqual({
      code: "high-risk",
      text: "A current risk scores 16 out of 25: The councils cannot agree what the service is for after 2026. What is the Director of Resources doing to bring it down, and by when?",
      evidence: [
        { label: "The councils cannot agree what the service is for after 2026", path: `${REVIEW}#risk-risk-1` },
      ],
      answerBy: "Director of Resources",
    });
  });

  it("sends questions about the agreement to the senior responsible officer, linking the agreement", () => {
    expect(questions.find((question) => question.code === "decision-point")).toEqual({
      code: "decision-point",
      text: "The agreement reaches a break clause on 30 September 2025. What will the Director of Resources recommend, and when will it come to the committee?",
      evidence: [{ label: "The agreement", path: "partnerships/shared-legal/#section-about" }],
      answerBy: "Director of Resources",
    });
    expect(questions.find((question) => question.code === "failing-factor")?.evidence).toEqual([
      { label: "Strategy", path: `${REVIEW}#section-ratings` },
    ]);
  });

  it("asks when a response will come, from the month it fell due, and falls back to the lead role", () => {
    // Take the responses and the senior responsible officer away. Three recommendations are then outstanding with no
    // response: v2-2023-02 (open; its review of 30 June 2023 makes a response due from 30 September 2023), v2-2024-01
    // (in progress after the update of 1 December 2024) and v2-2024-02 (open); v2-2023-01 was implemented. No item
    // names an owner once ownerRole is gone, and there is no senior responsible officer: the lead role answers.
    const unanswered: ContentSet = {
      ...content,
      partnerships: content.partnerships.map((entry) => ({
        ...entry,
        data: { ...entry.data, accountability: undefined },
      })) as ContentSet["partnerships"],
      reviews: content.reviews.map((entry) => ({
        ...entry,
        data: {
          ...entry.data,
          recommendations: entry.data.recommendations.map(
            ({ response: _response, ownerRole: _owner, ...rest }) => rest,
          ),
        },
      })),
    };
    const partnership = buildSiteModel(unanswered, TODAY).partnerships.find((item) => item.slug === "shared-legal");
    const question = questionsForMembers(partnership ?? (undefined as never), 3).find(
      (item) => item.code === "no-response",
    );
    expect(question?.text).toBe(
      "Three recommendations from the 2023 and 2024 reviews have had no management response since September 2023: when will the Head of Legal Services respond?",
    );
    expect(question?.evidence.map((item) => item.path)).toEqual([
      // Newest review first, as the partnership page lists them.
      `${REVIEW}#rec-v2-2024-01`,
      `${REVIEW}#rec-v2-2024-02`,
      "partnerships/shared-legal/reviews/2023-self/#rec-v2-2023-02",
    ]);
    expect(question?.answerBy).toBe("Head of Legal Services");
  });
});

import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { questionsForMembers } from "../../../../src/lib/findings/questions.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";
import type { ContentSet } from "../../../../src/lib/content.ts";
import { validateFolder } from "../../../../src/loaders/content-folder.ts";
import { ROOT, validateFixture } from "../../helpers/fixtures.ts";

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

describe("questionsForMembers(partnership, responseDueMonths): the sample content as at 27 November 2026", async () => {
  const { content } = await validateFolder(resolve(ROOT, "content"), "2026-11-27");
  const model = buildSiteModel(content ?? (undefined as never), "2026-11-27");
  const questionsOf = (slug: string) =>
    questionsForMembers(
      model.partnerships.find((item) => item.slug === slug) ?? (undefined as never),
      model.framework.thresholds.responseDueMonths,
    );

  it("asks Shared Legal's senior responsible officer about the notice date and the review that falls after it", () => {
    // The next break clause on or after now is 31 March 2028; less 12 months' notice, 31 March 2027, within the
    // 12-month window. The next review is due on 30 September 2027, after it. The exit plan is agreed.
    const agreement = { label: "The agreement", path: "partnerships/shared-legal/#section-about" };
    expect(questionsOf("shared-legal")).toEqual([
      {
        code: "decision-point",
        text: "Notice must be given by 31 March 2027 for the break clause on 31 March 2028. What will the Director of Corporate Services recommend, and when will it come to the committee?",
        evidence: [agreement],
        answerBy: "Director of Corporate Services",
      },
      {
        code: "review-after-decision",
        text: "The next review, due by 30 September 2027, falls after the decision on the agreement, due by 31 March 2027. Will the Director of Corporate Services bring the review forward, so the decision rests on current evidence?",
        evidence: [agreement],
        answerBy: "Director of Corporate Services",
      },
    ]);
  });

  it("asks the Climate Compact's recommendation owner and, with no senior responsible officer, its lead role", () => {
    // kbc-2025-climate-01 was due on 31 May 2026 and is in progress since the update of 30 June 2026.
    expect(questionsOf("climate-compact")).toEqual([
      {
        code: "overdue-recommendation",
        text: "One recommendation from the 2025 review is overdue: when will the Wenmoor Climate Compact Leaders' Forum complete it?",
        evidence: [
          {
            label:
              "kbc-2025-climate-01: Decide the level of collaboration the compact is aiming for, record it as a target, and set out how members will resolve disagreements on joint projects",
            path: "partnerships/climate-compact/reviews/2025-independent/#rec-kbc-2025-climate-01",
          },
        ],
        answerBy: "Wenmoor Climate Compact Leaders' Forum",
      },
      {
        code: "no-target",
        text: "No target level has been agreed since the partnership started on 15 January 2021, so nothing shows whether it is as joined up as it should be: when will the Climate Change Officer propose one for the committee to agree?",
        evidence: [{ label: "Where the partnership stands", path: "partnerships/climate-compact/#section-standing" }],
        answerBy: "Climate Change Officer",
      },
    ]);
  });

  it("names the VCS partnership's 2024 review in each question about its findings, linking where it says so", () => {
    const review = "partnerships/vcs-partnership/reviews/2024-peer/";
    expect(questionsOf("vcs-partnership")).toEqual([
      {
        code: "high-risk",
        text: "A current risk scores 16 out of 25: Loss of trust after the 2023 funding decision leads voluntary groups to disengage from the partnership. What is the Director of Communities doing to bring it down, and by when?",
        evidence: [
          {
            label:
              "Loss of trust after the 2023 funding decision leads voluntary groups to disengage from the partnership",
            path: `${review}#risk-risk-1`,
          },
        ],
        answerBy: "Director of Communities",
      },
      {
        code: "off-target",
        text: "In the 2024 review, assessed one level below target: Cooperating, where the target is Collaborating. What will the Head of Communities and Leisure do to close the gap, or should the committee agree a different target?",
        evidence: [{ label: "The 2024 review", path: `${review}#section-facts` }],
        answerBy: "Head of Communities and Leisure",
      },
      {
        code: "perception-gap",
        text: "In the 2024 review, perception gap on Objectives and Governance. How will the Head of Communities and Leisure find out why the groups see it differently, and act on it?",
        evidence: [
          { label: "Objectives", path: `${review}#section-ratings` },
          { label: "Governance", path: `${review}#section-ratings` },
        ],
        answerBy: "Head of Communities and Leisure",
      },
      {
        // The review of 21 March 2024 plus the 24-month review cycle.
        code: "review-overdue",
        text: "Review overdue since 21 March 2026. When will the Head of Communities and Leisure commission the next review?",
        evidence: [{ label: "The partnership's reviews", path: "partnerships/vcs-partnership/#section-history" }],
        answerBy: "Head of Communities and Leisure",
      },
    ]);
  });
});

/**
 * Questions for members (content model version 3): one question per needs-attention reason, in plain words, naming
 * the evidence (each item linked) and the role that must answer: the items' owners, else the partnership's senior
 * responsible officer, else its lead role. Shown on the partnership page and in the committee pack.
 */
import type { ReasonCode } from "../needs-attention.ts";
import { accountableRole } from "./accountable-role.ts";
import type { PublicPartnership } from "../site-model.ts";
import { ANCHORS, partnershipPath, recommendationPath, resolutionAnchor, reviewPath, riskAnchor } from "../urls.ts";
import {
  addMonths,
  capitalise,
  listWords,
  longDate,
  lowerFirst,
  monthYear,
  noun,
  plural,
  withoutFullStop,
} from "../words.ts";

/** One item of evidence a question names: a recommendation, resolution, risk, factor, review or the agreement. */
export interface QuestionEvidence {
  /** The words the link carries. */
  label: string;
  /** The site-relative address of the evidence, with its anchor. */
  path: string;
}

/** A question a councillor can ask about one reason the partnership needs attention. */
export interface MemberQuestion {
  code: ReasonCode;
  /** The question, a sentence ending in a question mark; the evidence is listed after it. */
  text: string;
  evidence: QuestionEvidence[];
  /** The role or roles that must answer, as named in the question. */
  answerBy: string;
}

/** Returns the roles named once each, in the order first met; the fallback when none is given. */
function roles(owners: readonly (string | undefined)[], fallback: string): string {
  const named = [...new Set(owners.filter((owner): owner is string => owner !== undefined))];
  return named.length === 0 ? fallback : listWords(named);
}

/** Returns "the 2023 review" or "the 2021 and 2023 reviews" for the years given. */
function reviewsOf(years: readonly string[]): string {
  const distinct = [...new Set(years)].sort();
  return `the ${listWords(distinct)} ${noun(distinct.length, "review", "reviews")}`;
}

/** Returns the questions for a partnership, one per reason, in the reasons' order (most serious first). */
export function questionsForMembers(partnership: PublicPartnership, responseDueMonths: number): MemberQuestion[] {
  const { data, current } = partnership;
  const accountable = accountableRole(data).role;
  const home = partnershipPath(partnership.slug);
  const currentPath = current === undefined ? home : reviewPath(partnership.slug, current.id);
  const year = current?.meta.date.slice(0, 4) ?? "";
  const recommendations = new Map(partnership.recommendations.map((item) => [item.recommendation.id, item]));
  const resolutions = new Map(partnership.resolutions.map((item) => [item.resolution.id, item]));
  const risks = new Map((current?.risks ?? []).map((risk) => [risk.id, risk]));
  const agreement: QuestionEvidence = { label: "The agreement", path: `${home}#${ANCHORS.partnershipAbout}` };
  // The review's summary list gives its levels, target, assurance opinion and the opinion's basis.
  const facts: QuestionEvidence = { label: `The ${year} review`, path: `${currentPath}#${ANCHORS.reviewFacts}` };
  /** Returns a reason about the current review's findings as a sentence naming that review: "In the 2024 review, …". */
  const inReview = (text: string) => `In the ${year} review, ${text}`;

  return partnership.attention.map((reason): MemberQuestion => {
    const ids = reason.items.map((item) => item.id);
    const factorEvidence = reason.items.map((item) => ({
      label: item.label,
      path: `${currentPath}#${ANCHORS.reviewRatings}`,
    }));
    const ask = (text: string, evidence: QuestionEvidence[], answerBy: string): MemberQuestion => ({
      code: reason.code,
      text: text.replaceAll("{who}", answerBy),
      evidence,
      answerBy,
    });
    switch (reason.code) {
      case "overdue-recommendation":
      case "no-response": {
        const items = ids.flatMap((id) => recommendations.get(id) ?? []);
        const who = roles(
          items.map((item) => item.recommendation.ownerRole),
          accountable,
        );
        const evidence = items.map((item) => ({
          label: `${item.recommendation.id}: ${withoutFullStop(item.recommendation.text)}`,
          path: recommendationPath(partnership.slug, item.reviewId, item.recommendation.id),
        }));
        const counted = capitalise(plural(items.length, "recommendation", "recommendations", true));
        const from = reviewsOf(items.map((item) => item.reviewDate.slice(0, 4)));
        if (reason.code === "overdue-recommendation") {
          return ask(
            `${counted} from ${from} ${items.length === 1 ? "is" : "are"} overdue: when will the {who} complete ${items.length === 1 ? "it" : "them"}?`,
            evidence,
            who,
          );
        }
        const dueSince = items
          .map((item) => {
            const review = partnership.reviews.find((candidate) => candidate.id === item.reviewId);
            return addMonths(review?.meta.publishDate ?? item.reviewDate, responseDueMonths);
          })
          .sort()[0];
        return ask(
          `${counted} from ${from} ${items.length === 1 ? "has" : "have"} had no management response since ${monthYear(dueSince ?? "")}: when will the {who} respond?`,
          evidence,
          who,
        );
      }
      case "resolution-overdue": {
        const items = ids.flatMap((id) => resolutions.get(id) ?? []);
        const who = roles(
          items.map((item) => item.resolution.ownerRole),
          accountable,
        );
        const meetings = listWords([
          ...new Set(items.map((item) => `${item.meeting.committee} on ${longDate(item.meeting.date)}`)),
        ]);
        return ask(
          `${capitalise(plural(items.length, "resolution", "resolutions", true))} of the ${meetings} ${items.length === 1 ? "is" : "are"} overdue: when will the {who} report what has been done?`,
          items.map((item) => ({
            label: `${item.resolution.id}: ${withoutFullStop(item.resolution.text)}`,
            path: `${home}#${resolutionAnchor(item.resolution.id)}`,
          })),
          who,
        );
      }
      case "high-risk": {
        const items = ids.flatMap((id) => risks.get(id) ?? []);
        const who = roles(
          items.map((risk) => risk.ownerRole),
          accountable,
        );
        return ask(
          `${reason.text}. What is the {who} doing to bring ${items.length === 1 ? "it" : "them"} down, and by when?`,
          reason.items.map((item) => ({
            label: withoutFullStop(item.label),
            path: `${currentPath}#${riskAnchor(item.id)}`,
          })),
          who,
        );
      }
      case "limited-assurance":
        return ask(
          `${reason.text}. What will the {who} do to strengthen control, and when will it be tested again?`,
          [facts],
          accountable,
        );
      case "assurance-basis":
        return ask(`${reason.text}. Will the {who} publish why the reviewer gave that opinion?`, [facts], accountable);
      case "failing-factor":
        return ask(`${inReview(reason.text)}. What will the {who} change, and by when?`, factorEvidence, accountable);
      case "off-target":
        return ask(
          `${inReview(lowerFirst(reason.text))}. What will the {who} do to close the gap, or should the committee agree a different target?`,
          [facts],
          accountable,
        );
      case "no-target":
        return ask(
          `No target level has been agreed since the partnership started on ${longDate(data.startDate)}, so nothing shows whether it is as joined up as it should be: when will the {who} propose one for the committee to agree?`,
          [{ label: "Where the partnership stands", path: `${home}#${ANCHORS.partnershipStanding}` }],
          accountable,
        );
      case "perception-gap":
        return ask(
          `${inReview(lowerFirst(reason.text))}. How will the {who} find out why the groups see it differently, and act on it?`,
          factorEvidence,
          accountable,
        );
      case "performance-gap":
        return ask(
          `${inReview(lowerFirst(reason.text))}. Which does the {who} rely on, the stakeholders' view or the figures, and why?`,
          factorEvidence,
          accountable,
        );
      case "review-overdue":
        return ask(
          `${reason.text}. When will the {who} commission the next review?`,
          [{ label: "The partnership's reviews", path: `${home}#${ANCHORS.partnershipHistory}` }],
          accountable,
        );
      case "notice-passed":
        return ask(`${reason.text}. Was notice given, and what did the {who} decide?`, [agreement], accountable);
      case "decision-point":
        return ask(
          `${reason.text}. What will the {who} recommend, and when will it come to the committee?`,
          [agreement],
          accountable,
        );
      case "no-exit-plan":
        return ask(`${reason.text}. When will the {who} agree an exit plan?`, [agreement], accountable);
      case "review-after-decision":
        return ask(
          `${reason.text}. Will the {who} bring the review forward, so the decision rests on current evidence?`,
          [agreement],
          accountable,
        );
    }
  });
}

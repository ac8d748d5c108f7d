// The rule every question for members keeps (issue 27): it names a figure or a date, it names who must answer by a
// role read from a named field of the content, and each item of its evidence links to an anchor that exists on the
// page it links to. The built sample's pages (test/e2e/questions.test.ts) and generated sites' pages drawn in process
// (test/unit/components/questions.test.ts) are read alike, from QuestionsForMembers' HTML, and held to this check.
import type { HTMLElement } from "node-html-parser";
import type { ContentSet } from "../../src/lib/content.ts";

/** A question as a surface shows it. */
export interface ReadQuestion {
  /** The partnership whose page shows it. */
  slug: string;
  /** The question's sentence. */
  text: string;
  /** The role or roles the surface says must answer. */
  answerBy: string;
  /** The evidence's links, site-relative without a leading "/", such as "partnerships/x/#section-about". */
  links: string[];
}

/** Returns the text with every character a regular expression gives a meaning to escaped. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Returns the role values of named fields a question about the partnership may name: the partnership's `contact.role`,
 * `accountability.seniorResponsibleOfficer` and `leadRole`, and the `ownerRole` of each recommendation, risk or
 * committee resolution its links point to (read from the content files, never from the site model).
 */
export function namedRoles(content: ContentSet, slug: string, links: readonly string[]): string[] {
  const partnership = content.partnerships.find((entry) => entry.slug === slug)?.data;
  const roles = [
    partnership?.contact?.role,
    partnership?.accountability?.seniorResponsibleOfficer,
    partnership?.leadRole,
  ];
  for (const link of links) {
    const item = /^partnerships\/([^/]+)\/(?:reviews\/([^/]+)\/)?#(rec|risk|res)-(.+)$/.exec(link);
    if (item === null) continue;
    const [, owner, reviewId, kind, id] = item;
    const review = content.reviews.find((entry) => entry.partnership === owner && entry.id === reviewId);
    if (kind === "rec") roles.push(review?.data.recommendations.find((rec) => rec.id === id)?.ownerRole);
    if (kind === "risk") roles.push(review?.data.risks.find((risk) => risk.id === id)?.ownerRole);
    if (kind === "res") {
      const resolutions = (content.meetings ?? []).flatMap((meeting) => meeting.data.resolutions);
      roles.push(resolutions.find((resolution) => resolution.id === id)?.ownerRole);
    }
  }
  return [...new Set(roles.filter((role): role is string => role !== undefined))];
}

/**
 * Returns what is wrong with a question, each as a sentence naming it; none when it keeps the rule. `roles` are the
 * values of the named fields it may name (namedRoles), `hasAnchor` says whether a link's page has its anchor.
 */
export function questionProblems(
  question: ReadQuestion,
  roles: readonly string[],
  hasAnchor: (link: string) => boolean,
): string[] {
  const problems: string[] = [];
  const where = `${question.slug}: "${question.text}"`;
  // A figure or a date: every date the site writes ("31 March 2027", "March 2024", "the 2023 review") has digits.
  if (!/\d/.test(question.text)) problems.push(`${where} names no figure or date`);
  // One role, or several listed as the site lists words ("A, B and C"), each a named field's value.
  const role = [...roles]
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join("|");
  const listed = new RegExp(`^(?:${role})(?:(?:, | and )(?:${role}))*$`);
  if (roles.length === 0 || !listed.test(question.answerBy)) {
    problems.push(`${where} is answered by "${question.answerBy}", not a role from a named field`);
  }
  if (!question.text.includes(`the ${question.answerBy}`)) {
    problems.push(`${where} does not name "${question.answerBy}"`);
  }
  if (question.links.length === 0) problems.push(`${where} links no evidence`);
  for (const link of question.links) {
    if (!link.includes("#")) problems.push(`${where} links ${link} with no anchor`);
    else if (!hasAnchor(link)) problems.push(`${where} links ${link}, an anchor its page does not have`);
  }
  return problems;
}

/** Returns the questions a page's HTML lists (QuestionsForMembers), each read as a reader sees it. */
export function readQuestions(root: HTMLElement, slug: string): ReadQuestion[] {
  return root.querySelectorAll(".app-question").map((item) => ({
    slug,
    text: words(item.querySelector("p")),
    answerBy: words(item.querySelector("strong")),
    links: item
      .querySelectorAll(".app-question__evidence a")
      .map((link) => (link.getAttribute("href") ?? "").replace(/^\//, "")),
  }));
}

/** Returns an element's text with its white space made single. */
function words(element: HTMLElement | null): string {
  return (element?.text ?? "").replace(/\s+/g, " ").trim();
}

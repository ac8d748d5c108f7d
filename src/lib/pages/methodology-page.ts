/**
 * The methodology page's rules in plain English, with the thresholds read from the framework and
 * worked examples computed by the same functions the site uses, so a reader can check any finding by hand.
 */
import type { Framework } from "../../schema/index.ts";
import { formatLevelNumber, levelRange, levelText, nearestLevel } from "../levels.ts";
import { ATTENTION_ORDER_WORDS, attentionRuleText } from "../needs-attention.ts";
import { riskBandsText } from "../risks.ts";
import { AGREEMENT_WORDS, agreementOf } from "../triangulation.ts";
import { fitInWords, fitToTarget } from "../target-fit.ts";
import { formatNumber, listWords, noun, plural } from "../words.ts";
import type { FactorFinding } from "../findings/factor-findings.ts";
import type { SiteModel } from "../site-model.ts";

/** One rule on the methodology page: a heading with an id to link to, and its paragraphs. */
export interface MethodRule {
  id: string;
  heading: string;
  paragraphs: string[];
}

/** Returns "1 level" or "1.5 levels" for a threshold on the spectrum, in digits as the framework gives it. */
function levels(value: number): string {
  return `${formatNumber(value)} ${noun(value, "level")}`;
}

/** Returns the worked example of how a level is shown: 3.45 on the framework's spectrum, and the value just below it. */
export function levelExample(framework: Pick<Framework, "spectrum">): string {
  const { spectrum } = framework;
  const { min, max } = levelRange(spectrum);
  // 3.45 rounds to 3.5, a tie that goes up to level 4; a spectrum without a level 4 uses its lowest level instead.
  const low = max >= 4 ? 3.45 : min + 0.45;
  const below = Math.round((low - 0.01) * 100) / 100;
  return `For example, ${low} is rounded to ${formatLevelNumber(low)}, which is half-way between two levels, so it takes the higher one's name: "${levelText(spectrum, low)}". ${below} is rounded to ${formatLevelNumber(below)}, nearer the lower level: "${levelText(spectrum, below)}".`;
}

/** Returns worked examples of target fit at the tolerance and just beyond it. */
export function fitExample(tolerance: number): string {
  const at = fitToTarget(3 + tolerance, 3, tolerance);
  const beyond = 3 + tolerance + 0.1;
  const below = 3 - tolerance - 0.1;
  return `For example, with a target of level 3, a level of ${formatLevelNumber(3 + tolerance)} is ${fitInWords(at)}; ${formatLevelNumber(beyond)} is ${fitInWords(fitToTarget(beyond, 3, tolerance))}; and ${formatLevelNumber(below)} is ${fitInWords(fitToTarget(below, 3, tolerance))}.`;
}

/** Returns the agreement bands in words, with what each boundary value falls in. */
export function agreementText(thresholds: Pick<Framework["triangulation"], "agreeBelow" | "gapThreshold">): string {
  const { agreeBelow, gapThreshold } = thresholds;
  const band = (spread: number) => `"${AGREEMENT_WORDS[agreementOf(spread, thresholds)]}"`;
  return `The spread of a factor is the highest group level minus the lowest. A spread below ${levels(agreeBelow)} is ${band(0)}; from ${levels(agreeBelow)} up to but not including ${levels(gapThreshold)} is ${band(agreeBelow)}; ${levels(gapThreshold)} or more is a ${band(gapThreshold)}. So a spread of exactly ${formatNumber(agreeBelow)} is ${band(agreeBelow)}, and exactly ${formatNumber(gapThreshold)} is a ${band(gapThreshold)}.`;
}

/** A factor finding sensitive to weighting, with the review it is from, to work through by hand. */
export interface WeightingExample {
  partnership: string;
  review: string;
  finding: FactorFinding;
}

/**
 * Returns the site's first factor finding that is sensitive to weighting: partnerships in the model's order, each
 * one's published reviews newest first, factors in framework order; undefined when no published finding is.
 */
export function findWeightingExample(model: Pick<SiteModel, "partnerships">): WeightingExample | undefined {
  for (const partnership of model.partnerships) {
    const published = partnership.reviews
      .filter((review) => review.published)
      .sort((a, b) => b.meta.date.localeCompare(a.meta.date));
    for (const review of published) {
      const finding = review.findings.find((item) => item.weighting?.sensitive === true);
      if (finding !== undefined) return { partnership: partnership.data.name, review: review.meta.title, finding };
    }
  }
  return undefined;
}

/**
 * Returns the worked example of the weighting check and confidence, from one of the site's own findings: each group's
 * level and respondents, the median, the weighted mean worked out as a sum a reader can redo, the sentence the pages
 * give, and the confidence that follows.
 */
export function weightingExampleText(example: WeightingExample): string[] {
  const { finding } = example;
  const { weighting, consensus } = finding;
  if (weighting === undefined || consensus === undefined) return [];
  const counted = finding.views.filter((view) => view.respondents !== undefined);
  const people = counted.reduce((sum, view) => sum + (view.respondents ?? 0), 0);
  const groups = finding.views.map(
    (view) =>
      `${view.label} ${formatLevelNumber(view.level.value)}${view.respondents === undefined ? " (respondents not given)" : ` (${plural(view.respondents, "person", "people")})`}`,
  );
  // The mean is given to three decimals (formatNumber keeps one), so a reader sees it before the display rounding.
  const nameOf = (text: string) => text.slice(text.indexOf("("));
  const differ =
    nameOf(consensus.text) === nameOf(weighting.weighted.text)
      ? "The two fall differently against the target"
      : "The two name different levels";
  const products = counted.map(
    (view) => `${formatLevelNumber(view.level.value)} × ${formatNumber(view.respondents ?? 0)}`,
  );
  return [
    `A worked example from this site: ${example.review} (${example.partnership}), ${finding.label}. The groups' published levels are ${listWords(groups)}.`,
    `The consensus is their median: ${consensus.text}. Weighted by respondents, the mean is (${products.join(" + ")}) ÷ ${formatNumber(people)} = ${String(Math.round(weighting.mean * 1000) / 1000)}, shown as ${weighting.weighted.text}. ${differ}, so the factor is sensitive to weighting, and the pages say: "${weighting.sentence ?? ""}"`,
    `Counting that concern with any others, the finding reads "${finding.confidence.words}".`,
  ];
}

/** Returns every rule of the methodology page, in reading order, with the framework's thresholds; with the site model, the confidence rule ends with a worked example from the site's own findings. */
export function methodologyRules(framework: Framework, model?: Pick<SiteModel, "partnerships">): MethodRule[] {
  const { thresholds, triangulation, spectrum } = framework;
  const { minGroups, minMethods, minRespondents, gapThreshold } = triangulation;
  const top = nearestLevel(spectrum, Math.max(...spectrum.map((level) => level.order)));
  return [
    {
      id: "levels",
      heading: "How a level is shown",
      paragraphs: [
        "Group views and consensus are often between two levels. Wherever a level is shown (pages, charts, tables, downloads and search), its value is rounded half up to one decimal place and given the name of the spectrum level nearest that rounded value. When the rounded value is exactly half-way between two levels, the higher level's name is used.",
        levelExample(framework),
      ],
    },
    {
      id: "target-fit",
      heading: "Fit to target",
      paragraphs: [
        `Each partnership has a target level that suits its purpose: a fit, not a minimum, and not every partnership should reach ${top.label}. A level within ${levels(thresholds.targetTolerance)} of the target (exactly ${formatNumber(thresholds.targetTolerance)} included) is at target; otherwise it is below or above target by the distance. Above target means more joint working than the purpose needs, and is never reported as a success.`,
        fitExample(thresholds.targetTolerance),
        "A factor's fit is judged on its consensus as shown, rounded to one decimal, so the distance a page gives is the target less the number beside it: a consensus shown as 3.7 against a target of 5 is 1.3 levels below target.",
        "A partnership's headline fit uses the reviewer's assessed level; findings about a factor use the stakeholders' consensus. When the reviewer's level and the stakeholders' overall level (the median of the factors' consensus levels) differ by a level or more, the page says so.",
      ],
    },
    {
      id: "agreement",
      heading: "How far stakeholder groups agree",
      paragraphs: [
        "The consensus of a factor is the median of the published group levels: the middle value, or the average of the middle two when there is an even number.",
        agreementText(triangulation),
      ],
    },
    {
      id: "partners-disagree",
      heading: "Council and partner sides disagree",
      paragraphs: [
        `Each stakeholder group may speak for the council side or the partner side. On a factor, the council and partner sides disagree when the median of the council-side groups and the median of the partner-side groups differ by ${levels(gapThreshold)} or more.`,
      ],
    },
    {
      id: "triangulation",
      heading: "Triangulation and withheld views",
      paragraphs: [
        `A factor is triangulated when at least ${plural(minGroups, "stakeholder group", "stakeholder groups", true)} ${minGroups === 1 ? "has" : "have"} a published view of it${minMethods > 1 ? `, gathered by at least ${plural(minMethods, "method", "methods", true)}` : ""}. A factor with fewer is still shown, marked "not triangulated", because fewer views are less reliable.`,
        `A group's view given by fewer than ${plural(minRespondents, "person", "people")} is withheld, comment included, so that nobody can be identified. Withheld views count for nothing above, and each page says how many were withheld.`,
      ],
    },
    {
      id: "response-rate",
      heading: "Response rate",
      paragraphs: [
        `Where a review says how many people in a group were asked, the group's response rate is the number who answered divided by the number asked, shown as a whole per cent but compared unrounded. Below ${formatNumber(Math.round(thresholds.minResponseRate * 1000) / 10)}% the view is marked "low response", in words, wherever it is shown. Where a review does not say how many were asked, the page says "response rate not stated"; that is never a concern on its own.`,
      ],
    },
    {
      id: "weighting",
      heading: "The weighting check",
      paragraphs: [
        "The consensus counts each group once, however many people answered for it, so a group of four directors counts as much as 212 residents. Beside the consensus, the site works out the mean of the group levels weighted by how many people answered for each (groups that give no number are left out; with fewer than two groups left, there is no check).",
        "Both are rounded as every level is. When they name different levels, or, where the partnership has a target, fall differently against it, the factor is sensitive to weighting, and the page gives both readings in one sentence.",
      ],
    },
    {
      id: "confidence",
      heading: "Confidence",
      paragraphs: [
        `Each factor finding has a confidence: high, medium or low, with every reason in words. It is low when the factor is not triangulated. Otherwise each of these is one concern: the review is a self-assessment; a group view it rests on is low response; the evidence is dated (the review is more than ${plural(thresholds.evidenceMaxAgeMonths, "month")} old on the day the site was built); the factor is sensitive to weighting. No concern is high confidence, one is medium, two or more are low.`,
        "A partnership's headline confidence, on its page, the register and the comparison, is the lowest confidence among its current review's factors that have at least one published view; with none, it is not assessed.",
        ...(model === undefined
          ? []
          : (() => {
              const example = findWeightingExample(model);
              return example === undefined ? [] : weightingExampleText(example);
            })()),
      ],
    },
    {
      id: "indicators",
      heading: "Performance indicators and the perception and performance gap",
      paragraphs: [
        "A review may give performance indicators beside the stakeholders' views. An indicator with a target is met when its actual figure is at or above the target (where higher is better) or at or below it (where lower is better). With the figure of the period before, it is improving, steady (the same figure) or worsening.",
        "The stakeholders' reading of a factor is good when the reviewer judged it strong or adequate (without a judgement, when its consensus is at target) and poor when judged weak or failing (without one, below target). A factor has a perception and performance gap when the reading is good while more than half of its indicators with a target miss them, or poor while all of them meet them. The review page shows the gap with each indicator behind it, and the partnership needs attention for it.",
      ],
    },
    {
      id: "what-changed",
      heading: "What changed since the last review",
      paragraphs: [
        `Between a partnership's two latest published reviews, a factor is reported as having moved only when its consensus changed by ${levels(thresholds.changeThreshold)} or more; smaller movements are reported as unchanged. The change is the difference of the two levels as shown, each rounded to one decimal, so 3.0 to 2.5 is a move down of 0.5 even when the unrounded values were 2.96 and 2.54.`,
        "When the two reviews are not like for like (a different type of review, or different stakeholder groups gave published views), the comparison says so and names the difference, because the movement may come from the method rather than the partnership.",
      ],
    },
    {
      id: "recommendation-status",
      heading: "Current status, as at, and not updated lately",
      paragraphs: [
        "A recommendation's current status is the latest published word about it by date, from a later review or a progress update, else the status the review gave it. It is shown with the date of that word: the status is as at that date.",
        `An open or in-progress recommendation with no published word for ${plural(thresholds.staleAfterMonths, "month")} is shown as "not updated since" the date of its last word. On the day exactly ${plural(thresholds.staleAfterMonths, "month")} after that date it counts as not updated. This is shown and counted apart from overdue.`,
      ],
    },
    {
      id: "overdue",
      heading: "Overdue",
      paragraphs: [
        "A recommendation is overdue when its due date has passed and it is still open or in progress. A recommendation can be both overdue and not updated lately.",
        `A partnership's review is overdue when its next review date has passed; when no date is set, it is due ${plural(thresholds.reviewCycleMonths, "month")} after its latest published review.`,
      ],
    },
    {
      id: "needs-attention",
      heading: "Needs attention",
      paragraphs: [attentionRuleText(framework), ATTENTION_ORDER_WORDS],
    },
    {
      id: "risks",
      heading: "Current risks and their bands",
      paragraphs: [
        "A partnership's current risks are those of its latest published review; proposed and ended partnerships have none. A risk's score is its residual likelihood (1 to 5) multiplied by its impact (1 to 5), so from 1 to 25. Where the review gives them, the score before mitigation (inherent) is shown too.",
        `${riskBandsText(thresholds)} A high risk makes its partnership need attention.`,
      ],
    },
    {
      id: "costs-benefits",
      heading: "Costs and benefits",
      paragraphs: [
        "Each review's costs and benefits are totalled by kind (costs, savings, income, cost avoidance, non-financial benefits) and by basis (such as estimate or actual). Cashable savings, cost avoidance and non-financial benefits are never added together, and estimates are never added to actual figures.",
        "The net cash position of a basis is cashable savings and cashable income less costs, shown only where both are given with amounts. Where a business case gave an expected figure, the page shows it against the reported one.",
      ],
    },
  ];
}

import type { Framework, Meeting, Partnership, ProgressUpdate, Rating, Review, ReviewData } from "../schema/index.ts";
import { fieldPath, WHOLE_FILE, type Problem, type Severity } from "./problems.ts";
import type { Position } from "./sources.ts";
import { didYouMean } from "./suggestions.ts";
import { isSuppressed, triangulationOf } from "./triangulation.ts";
import { plural } from "./words.ts";

/** A file that passed its own schema, with a way to find where its fields are written. */
export interface Checked<T> {
  file: string;
  value: T;
  locate: (path: readonly PropertyKey[]) => Position | undefined;
}

/** A review as far as it could be read: either half may be missing or invalid. */
export interface ReviewParts {
  partnership: string;
  id: string;
  meta?: Checked<Review>;
  data?: Checked<ReviewData>;
}

/** A progress update file as far as it could be read. */
export interface UpdateParts {
  partnership: string;
  /** The date in the file name, YYYY-MM-DD. */
  fileDate: string;
  file: string;
  data?: Checked<ProgressUpdate>;
}

/** Everything the cross-file rules look at. */
export interface RuleInput {
  framework?: Framework;
  /** Slugs of every partnership file present, valid or not. */
  partnershipSlugs: ReadonlySet<string>;
  partnerships: readonly Checked<Partnership>[];
  reviews: readonly ReviewParts[];
  /** Progress update files (updates/<slug>/<YYYY-MM-DD>.json); absent means none. */
  updates?: readonly UpdateParts[];
  /** Committee meeting files (scrutiny/<YYYY-MM-DD>-<meeting>.json); absent means none. */
  meetings?: readonly MeetingParts[];
}

/** A committee meeting file as far as it could be read. */
export interface MeetingParts {
  /** The date in the file name, YYYY-MM-DD. */
  fileDate: string;
  file: string;
  data?: Checked<Meeting>;
}

function problemAt<T>(severity: Severity, checked: Checked<T>, path: readonly PropertyKey[], message: string): Problem {
  return { severity, file: checked.file, field: fieldPath(path), message, ...checked.locate(path) };
}

function idList(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

function unknownId(kind: string, id: string, known: readonly string[]): string {
  return `"${id}" is not a ${kind} in framework.json: use one of ${known.join(", ")}.${didYouMean(id, known)}`;
}

/** Returns problems with references from partnerships and reviews to the framework's levels, factors and groups. */
function checkFrameworkReferences(input: RuleInput, framework: Framework): Problem[] {
  const problems: Problem[] = [];
  const levels = idList(framework.spectrum);
  const factors = idList(framework.factors);
  const groups = idList(framework.stakeholderGroups);
  const orders = framework.spectrum.map((level) => level.order);
  const lowest = Math.min(...orders);
  const highest = Math.max(...orders);

  for (const partnership of input.partnerships) {
    const target = partnership.value.targetLevel;
    if (target !== undefined && !levels.includes(target)) {
      problems.push(problemAt("error", partnership, ["targetLevel"], unknownId("spectrum level", target, levels)));
    }
  }
  for (const { meta, data } of input.reviews) {
    if (meta !== undefined && !levels.includes(meta.value.assessedLevel)) {
      problems.push(
        problemAt("error", meta, ["assessedLevel"], unknownId("spectrum level", meta.value.assessedLevel, levels)),
      );
    }
    if (data === undefined) continue;
    data.value.ratings.forEach((rating, i) => {
      if (!factors.includes(rating.factor)) {
        problems.push(problemAt("error", data, ["ratings", i, "factor"], unknownId("factor", rating.factor, factors)));
      }
      if (!groups.includes(rating.group)) {
        problems.push(
          problemAt("error", data, ["ratings", i, "group"], unknownId("stakeholder group", rating.group, groups)),
        );
      }
      if (rating.level < lowest) {
        problems.push(
          problemAt(
            "error",
            data,
            ["ratings", i, "level"],
            `${rating.level} is below the lowest spectrum level (${lowest})`,
          ),
        );
      } else if (rating.level > highest) {
        problems.push(
          problemAt(
            "error",
            data,
            ["ratings", i, "level"],
            `${rating.level} is above the highest spectrum level (${highest})`,
          ),
        );
      }
    });
    data.value.recommendations.forEach((rec, i) => {
      if (rec.factor !== undefined && !factors.includes(rec.factor)) {
        problems.push(
          problemAt("error", data, ["recommendations", i, "factor"], unknownId("factor", rec.factor, factors)),
        );
      }
    });
    const judged = new Set<string>();
    data.value.factorJudgements.forEach((judgement, i) => {
      if (!factors.includes(judgement.factor)) {
        problems.push(
          problemAt("error", data, ["factorJudgements", i, "factor"], unknownId("factor", judgement.factor, factors)),
        );
      } else if (judged.has(judgement.factor)) {
        problems.push(
          problemAt(
            "error",
            data,
            ["factorJudgements", i, "factor"],
            `"${judgement.factor}" is judged more than once in this review: give at most one judgement per factor`,
          ),
        );
      }
      judged.add(judgement.factor);
    });
    data.value.goodPractice.forEach((practice, i) => {
      if (practice.factor !== undefined && !factors.includes(practice.factor)) {
        problems.push(
          problemAt("error", data, ["goodPractice", i, "factor"], unknownId("factor", practice.factor, factors)),
        );
      }
    });
    data.value.indicators.forEach((indicator, i) => {
      if (indicator.factor !== undefined && !factors.includes(indicator.factor)) {
        problems.push(
          problemAt("error", data, ["indicators", i, "factor"], unknownId("factor", indicator.factor, factors)),
        );
      }
    });
  }
  return problems;
}

/** Returns problems with ids that must be unique: ratings per factor and group, risks per review, recommendations everywhere. */
function checkUniqueIds(input: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const recommendationHomes = new Map<string, string>();
  for (const { data } of input.reviews) {
    if (data === undefined) continue;
    const pairs = new Set<string>();
    data.value.ratings.forEach((rating, i) => {
      const pair = `${rating.factor}\u0000${rating.group}`;
      if (pairs.has(pair)) {
        problems.push(
          problemAt(
            "error",
            data,
            ["ratings", i],
            `a second rating of factor "${rating.factor}" by group "${rating.group}": give at most one per factor and group`,
          ),
        );
      }
      pairs.add(pair);
    });
    const risks = new Set<string>();
    data.value.risks.forEach((risk, i) => {
      if (risks.has(risk.id))
        problems.push(
          problemAt("error", data, ["risks", i, "id"], `"${risk.id}" is used by another risk in this review`),
        );
      risks.add(risk.id);
    });
    const indicators = new Set<string>();
    data.value.indicators.forEach((indicator, i) => {
      if (indicators.has(indicator.id))
        problems.push(
          problemAt(
            "error",
            data,
            ["indicators", i, "id"],
            `"${indicator.id}" is used by another indicator in this review`,
          ),
        );
      indicators.add(indicator.id);
    });
    data.value.recommendations.forEach((rec, i) => {
      const home = recommendationHomes.get(rec.id);
      if (home !== undefined) {
        const where = home === data.file ? "this review" : home;
        problems.push(
          problemAt(
            "error",
            data,
            ["recommendations", i, "id"],
            `"${rec.id}" is already used by a recommendation in ${where}: recommendation ids are permanent and unique across the folder`,
          ),
        );
      } else {
        recommendationHomes.set(rec.id, data.file);
      }
    });
  }
  return problems;
}

/** Returns problems with recommendationUpdates: each must name a recommendation of an earlier review of the same partnership. */
function checkRecommendationUpdates(input: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const byPartnership = new Map<string, ReviewParts[]>();
  for (const review of input.reviews) {
    byPartnership.set(review.partnership, [...(byPartnership.get(review.partnership) ?? []), review]);
  }
  const allRecommendations = new Map<string, { partnership: string; internal: boolean }>();
  for (const review of input.reviews) {
    for (const rec of review.data?.value.recommendations ?? []) {
      allRecommendations.set(rec.id, { partnership: review.partnership, internal: rec.internal });
    }
  }
  for (const review of input.reviews) {
    const { data, meta } = review;
    if (data === undefined) continue;
    const siblings = byPartnership.get(review.partnership) ?? [];
    const seen = new Set<string>();
    data.value.recommendationUpdates.forEach((update, i) => {
      const path = ["recommendationUpdates", i, "id"];
      if (seen.has(update.id)) {
        problems.push(
          problemAt(
            "error",
            data,
            path,
            `"${update.id}" is updated twice in this review: give one update per recommendation`,
          ),
        );
        return;
      }
      seen.add(update.id);
      const home = siblings.find((sibling) => sibling.data?.value.recommendations.some((rec) => rec.id === update.id));
      // A sibling whose data could not be read may hold the recommendation: its own error is the one to fix.
      if (home === undefined && siblings.some((sibling) => sibling.data === undefined)) return;
      if (home === undefined) {
        const elsewhere = allRecommendations.get(update.id);
        const known = siblings.flatMap((sibling) => sibling.data?.value.recommendations.map((rec) => rec.id) ?? []);
        problems.push(
          problemAt(
            "error",
            data,
            path,
            elsewhere === undefined
              ? `"${update.id}" is not a recommendation of any review of ${review.partnership}.${didYouMean(update.id, known)}`
              : `"${update.id}" is a recommendation of ${elsewhere.partnership}, not of ${review.partnership}: updates must be about the same partnership`,
          ),
        );
        return;
      }
      if (home === review) {
        problems.push(
          problemAt(
            "error",
            data,
            path,
            `"${update.id}" is a recommendation of this same review: set its status there instead`,
          ),
        );
        return;
      }
      const homeDate = home.meta?.value.date;
      const ownDate = meta?.value.date;
      if (homeDate !== undefined && ownDate !== undefined && homeDate >= ownDate) {
        problems.push(
          problemAt(
            "error",
            data,
            path,
            `"${update.id}" comes from review ${home.id} (${homeDate}), which is not earlier than this review (${ownDate})`,
          ),
        );
        return;
      }
      if (allRecommendations.get(update.id)?.internal === true) {
        problems.push(
          problemAt(
            "warning",
            data,
            path,
            `"${update.id}" is an internal recommendation, so this update is never published`,
          ),
        );
      }
    });
  }
  return problems;
}

/** Returns warnings for factors that are not triangulated and information about withheld ratings. */
function checkTriangulation(input: RuleInput, framework: Framework): Problem[] {
  const problems: Problem[] = [];
  const { minGroups, minMethods, minRespondents } = framework.triangulation;
  for (const { data } of input.reviews) {
    if (data === undefined || data.value.ratings.length === 0) continue;
    data.value.ratings.forEach((rating, i) => {
      if (isSuppressed(rating, minRespondents)) {
        problems.push(
          problemAt(
            "info",
            data,
            ["ratings", i, "respondents"],
            `${plural(rating.respondents ?? 0, "respondent")} is below the minimum of ${minRespondents}, so this rating (and its comment) is withheld from the published site`,
          ),
        );
      }
    });
    // Only whether each factor is triangulated is asked here, so the published views are grouped once and no
    // medians are worked out (reading every factor in full was a seventh of validation's time).
    const published = new Map<string, Rating[]>();
    for (const rating of data.value.ratings) {
      if (isSuppressed(rating, minRespondents)) continue;
      const views = published.get(rating.factor);
      if (views === undefined) published.set(rating.factor, [rating]);
      else views.push(rating);
    }
    for (const factor of framework.factors) {
      const views = published.get(factor.id) ?? [];
      if (triangulationOf(views, framework.triangulation).triangulated) continue;
      const groups = views.map((rating) => rating.group);
      if (groups.length < minGroups) {
        const by = groups.length === 0 ? "no group" : `${plural(groups.length, "group")} (${groups.join(", ")})`;
        problems.push(
          problemAt(
            "warning",
            data,
            ["ratings"],
            `factor "${factor.id}" is not triangulated: its published views come from ${by}, fewer than the ${minGroups} needed`,
          ),
        );
      } else {
        const methods = [...new Set(views.flatMap((rating) => (rating.method ? [rating.method] : [])))];
        const used =
          methods.length === 0 ? "no stated method" : `${plural(methods.length, "method")} (${methods.join(", ")})`;
        problems.push(
          problemAt(
            "warning",
            data,
            ["ratings"],
            `factor "${factor.id}" is not triangulated: its published views use ${used}, fewer than the ${minMethods} methods needed`,
          ),
        );
      }
    }
  }
  return problems;
}

/** Returns problems with review folders: each must belong to a partnership file. */
function checkReviewFolders(input: RuleInput): Problem[] {
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const review of input.reviews) {
    if (input.partnershipSlugs.has(review.partnership) || reported.has(review.partnership)) continue;
    reported.add(review.partnership);
    const known = [...input.partnershipSlugs];
    problems.push({
      severity: "error",
      file: `reviews/${review.partnership}`,
      field: WHOLE_FILE,
      message: `there is no partnerships/${review.partnership}.md for this folder's reviews.${didYouMean(review.partnership, known)}`,
    });
  }
  return problems;
}

/** Returns problems with progress update files: their date, their folder, and the recommendations they name. */
function checkUpdates(input: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const reportedFolders = new Set<string>();
  // Indexed once, so that each update's lookups cost the same however many reviews the folder holds.
  const reviewsOf = Map.groupBy(input.reviews, (review) => review.partnership);
  const homeOf = new Map<string, RuleInput["reviews"][number]>();
  for (const review of input.reviews) {
    for (const recommendation of review.data?.value.recommendations ?? []) {
      if (!homeOf.has(recommendation.id)) homeOf.set(recommendation.id, review);
    }
  }
  // A resolution is reported on by update files of its partnership dated on or after its meeting.
  const resolutionOf = new Map<string, { partnership: string; date: string }>();
  for (const meeting of input.meetings ?? []) {
    for (const resolution of meeting.data?.value.resolutions ?? []) {
      resolutionOf.set(resolution.id, { partnership: resolution.partnership, date: meeting.data?.value.date ?? "" });
    }
  }
  for (const update of input.updates ?? []) {
    if (!input.partnershipSlugs.has(update.partnership)) {
      if (!reportedFolders.has(update.partnership)) {
        reportedFolders.add(update.partnership);
        problems.push({
          severity: "error",
          file: `updates/${update.partnership}`,
          field: WHOLE_FILE,
          message: `there is no partnerships/${update.partnership}.md for this folder's updates.${didYouMean(update.partnership, [...input.partnershipSlugs])}`,
        });
      }
      continue;
    }
    const data = update.data;
    if (data === undefined) continue;
    if (data.value.date !== update.fileDate) {
      problems.push(
        problemAt(
          "error",
          data,
          ["date"],
          `${data.value.date} is not the date in the file name (${update.fileDate}): rename the file or correct the date`,
        ),
      );
    }
    const reviews = (reviewsOf.get(update.partnership) ?? []).filter(
      (review) => review.meta?.value.status === "published" || review.meta?.value.status === "draft",
    );
    const seen = new Set<string>();
    data.value.recommendationUpdates.forEach((item, i) => {
      const path = ["recommendationUpdates", i, "id"];
      if (seen.has(item.id)) {
        problems.push(
          problemAt(
            "error",
            data,
            path,
            `"${item.id}" is updated twice in this file: give one update per recommendation`,
          ),
        );
        return;
      }
      seen.add(item.id);
      const home = homeOf.get(item.id);
      const resolution = resolutionOf.get(item.id);
      if (home === undefined && resolution !== undefined) {
        if (resolution.partnership !== update.partnership) {
          problems.push(
            problemAt(
              "error",
              data,
              path,
              `"${item.id}" is a resolution about ${resolution.partnership}, not ${update.partnership}: updates must be about the same partnership`,
            ),
          );
        } else if (resolution.date > data.value.date) {
          problems.push(
            problemAt(
              "error",
              data,
              path,
              `"${item.id}" comes from the meeting of ${resolution.date}, which is later than this update (${data.value.date})`,
            ),
          );
        }
        return;
      }
      if (home === undefined) {
        const candidates = reviews.flatMap((review) => review.data?.value.recommendations.map((rec) => rec.id) ?? []);
        problems.push(
          problemAt(
            "error",
            data,
            path,
            `"${item.id}" is not a recommendation of any review of ${update.partnership}.${didYouMean(item.id, candidates)}`,
          ),
        );
        return;
      }
      if (home.partnership !== update.partnership) {
        problems.push(
          problemAt(
            "error",
            data,
            path,
            `"${item.id}" is a recommendation of ${home.partnership}, not of ${update.partnership}: updates must be about the same partnership`,
          ),
        );
        return;
      }
      const status = home.meta?.value.status;
      if (status === "withdrawn") {
        problems.push(
          problemAt(
            "error",
            data,
            path,
            `"${item.id}" comes from review ${home.id}, which is withdrawn: update only recommendations of published or draft reviews`,
          ),
        );
        return;
      }
      const homeDate = home.meta?.value.date;
      if (homeDate !== undefined && homeDate > data.value.date) {
        problems.push(
          problemAt(
            "error",
            data,
            path,
            `"${item.id}" comes from review ${home.id} (${homeDate}), which is later than this update (${data.value.date})`,
          ),
        );
      }
    });
  }
  return problems;
}

/** Returns problems with a withdrawn review's replacedBy: it must name another review of the same partnership. */
function checkReplacements(input: RuleInput): Problem[] {
  const bySlug = Map.groupBy(input.reviews, (review) => review.partnership);
  return input.reviews.flatMap((review) => {
    const meta = review.meta;
    const replacedBy = meta?.value.replacedBy;
    if (meta === undefined || replacedBy === undefined) return [];
    const others = (bySlug.get(review.partnership) ?? []).filter((other) => other.id !== review.id);
    if (replacedBy === review.id) {
      return [problemAt("error", meta, ["replacedBy"], `names this review itself: name the review that replaces it`)];
    }
    if (others.some((other) => other.id === replacedBy)) return [];
    const ids = others.map((other) => other.id);
    return [
      problemAt(
        "error",
        meta,
        ["replacedBy"],
        `"${replacedBy}" is not a review of ${review.partnership}: use one of ${ids.join(", ") || "(none yet)"}.${didYouMean(replacedBy, ids)}`,
      ),
    ];
  });
}

/** Returns problems with committee meetings: the date in the file name, the partnership of each resolution, and ids. */
function checkMeetings(input: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const used = new Map<string, string>();
  for (const review of input.reviews) {
    for (const recommendation of review.data?.value.recommendations ?? []) {
      if (review.data !== undefined && !used.has(recommendation.id)) used.set(recommendation.id, review.data.file);
    }
  }
  for (const meeting of input.meetings ?? []) {
    const data = meeting.data;
    if (data === undefined) continue;
    if (data.value.date !== meeting.fileDate) {
      problems.push(
        problemAt(
          "error",
          data,
          ["date"],
          `${data.value.date} is not the date in the file name (${meeting.fileDate}): rename the file or correct the date`,
        ),
      );
    }
    data.value.resolutions.forEach((resolution, i) => {
      if (!input.partnershipSlugs.has(resolution.partnership)) {
        problems.push(
          problemAt(
            "error",
            data,
            ["resolutions", i, "partnership"],
            `"${resolution.partnership}" is not a partnership: use the slug of a file in partnerships/.${didYouMean(resolution.partnership, [...input.partnershipSlugs])}`,
          ),
        );
      }
      const home = used.get(resolution.id);
      if (home !== undefined) {
        problems.push(
          problemAt(
            "error",
            data,
            ["resolutions", i, "id"],
            `"${resolution.id}" is already used by ${home === data.file ? "another resolution in this file" : home}: resolution and recommendation ids are permanent and unique across the folder`,
          ),
        );
      } else {
        used.set(resolution.id, data.file);
      }
    });
  }
  return problems;
}

/** Returns warnings and errors about version 3 fields that name other things: group sides, partners, the assurance basis. */
function checkVersion3References(input: RuleInput, framework: Framework | undefined): Problem[] {
  const problems: Problem[] = [];
  const groups = framework === undefined ? undefined : idList(framework.stakeholderGroups);
  const partnersOf = new Map<string, string[]>();
  for (const partnership of input.partnerships) {
    const slug = partnership.file.slice("partnerships/".length).replace(/\.mdx?$/, "");
    partnersOf.set(
      slug,
      partnership.value.partners.map((partner) => partner.name),
    );
    if (groups === undefined) continue;
    for (const group of Object.keys(partnership.value.groupSides ?? {})) {
      if (!groups.includes(group)) {
        problems.push(
          problemAt("error", partnership, ["groupSides", group], unknownId("stakeholder group", group, groups)),
        );
      }
    }
  }
  for (const { partnership, meta } of input.reviews) {
    if (meta === undefined) continue;
    if (meta.value.assurance !== undefined && meta.value.assuranceBasis === undefined) {
      problems.push(
        problemAt(
          "warning",
          meta,
          ["assurance"],
          'is given without assuranceBasis: say why the reviewer gave this opinion, or the site will show "basis not published"',
        ),
      );
    }
    const partners = partnersOf.get(partnership) ?? [];
    (meta.value.partnerResponses ?? []).forEach((response, i) => {
      if (partners.length > 0 && !partners.includes(response.organisation)) {
        problems.push(
          problemAt(
            "warning",
            meta,
            ["partnerResponses", i, "organisation"],
            `"${response.organisation}" is not one of the partnership's partners (${partners.join(", ")}).${didYouMean(response.organisation, partners)}`,
          ),
        );
      }
    });
  }
  return problems;
}

/** Returns every problem that involves more than one file. */
export function checkContentRules(input: RuleInput): Problem[] {
  return [
    ...checkReviewFolders(input),
    ...checkUpdates(input),
    ...(input.framework === undefined ? [] : checkFrameworkReferences(input, input.framework)),
    ...checkUniqueIds(input),
    ...checkRecommendationUpdates(input),
    ...checkReplacements(input),
    ...checkMeetings(input),
    ...checkVersion3References(input, input.framework),
    ...(input.framework === undefined ? [] : checkTriangulation(input, input.framework)),
  ];
}

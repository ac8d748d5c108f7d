// Every finding stated once: on the sample site the global setup built, every statement each surface makes about a
// factor of a review, a move between two reviews, a partnership's reasons, a recommendation's or committee
// resolution's status and the portfolio's figures is read back from the built files and held to the findings layer. A surface changed by hand
// to say something else is reported (the last tests show the checker can fail).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../src/lib/site-model.ts";
import { validateFolder } from "../../src/loaders/content-folder.ts";
import { ROOT } from "../support/built-site.ts";
import { layerStatements } from "../support/consistency/layer.ts";
import {
  checkStatements,
  describeMismatches,
  factorSubject,
  LAYER,
  NONE,
  PORTFOLIO,
  S,
  subjectsOf,
  type Statement,
} from "../support/consistency/statements.ts";
import { siteStatements, SURFACES, type SiteFiles } from "../support/consistency/surfaces.ts";
import { SITE } from "./sites.ts";

// The builds' SOURCE_DATE_EPOCH (1795737600, test/support/built-site.ts) as a day.
const NOW = "2026-11-27";

const { content } = await validateFolder(resolve(ROOT, "content"), NOW);
if (content === undefined) throw new Error("the sample content must be valid");
const model = buildSiteModel(content, NOW);

/** Returns the built sample's files. */
function siteFiles(): SiteFiles {
  return (path) => (existsSync(join(SITE, path)) ? readFileSync(join(SITE, path), "utf8") : undefined);
}

/** Returns the mismatches the checker finds when one file, changed by hand, is read as the only surface. */
function mismatchesWith(path: string, text: string): string[] {
  return describeMismatches(
    checkStatements([...layer, ...siteStatements((read) => (read === path ? text : undefined), model)]),
  );
}

const layer = layerStatements(model);
const surfaces = siteStatements(siteFiles(), model);
const statements: Statement[] = [...layer, ...surfaces];

/** Returns the layer's subjects of a statement, limited to those `keep` accepts. */
function layerSubjects(statement: string, keep: (subject: string) => boolean = () => true): string[] {
  return subjectsOf(layer, LAYER, statement).filter(keep);
}

const published = new Set(
  model.reviews.filter((review) => review.published).map((review) => `${review.partnership}/${review.id}: `),
);
const currentOf = (partnerships: typeof model.partnerships) =>
  new Set(partnerships.flatMap((item) => (item.current === undefined ? [] : [`${item.slug}/${item.current.id}: `])));
const current = currentOf(model.partnerships);
const active = model.partnerships.filter((item) => item.data.status === "active");
const ofReviews =
  (reviews: Set<string>) =>
  (subject: string): boolean =>
    reviews.has(subject.slice(0, subject.indexOf(": ") + 2));
const slugs = model.partnerships.map((item) => item.slug).sort();
const needing = active
  .filter((item) => item.attention.length > 0)
  .map((item) => item.slug)
  .sort();
const recommendations = model.recommendations.map((item) => item.recommendation.id).sort();
const resolutions = model.resolutions.map((item) => item.resolution.id).sort();
// Factors with at least one published view: those a confidence summary and a headline count.
const rated = new Set(
  model.reviews.flatMap((review) =>
    review.findings
      .filter((finding) => finding.views.length > 0)
      .map((finding) => factorSubject(review.partnership, review.id, finding.factor)),
  ),
);
const withCurrent = model.partnerships
  .filter((item) => item.current !== undefined)
  .map((item) => item.slug)
  .sort();

describe("the sample site states every finding once", () => {
  it("every surface agrees with the findings layer on every statement it makes", () => {
    expect(describeMismatches(checkStatements(statements))).toEqual([]);
  });

  it("reads every surface, each about every subject it should state", () => {
    const read = (surface: string, statement: string) => subjectsOf(surfaces, surface, statement);
    expect(new Set(surfaces.map((item) => item.surface))).toEqual(new Set(SURFACES));
    // Factors: every review's on its page (a withdrawn one keeps its page), every published one's in both
    // downloads, the current reviews' on the partnership pages and /compare/.
    expect(read("review page", S.consensus)).toEqual(layerSubjects(S.consensus));
    expect(read("review page", S.findings)).toEqual(layerSubjects(S.consensus));
    const everyFactor = layerSubjects(S.consensus, ofReviews(published));
    expect(everyFactor.length).toBeGreaterThan(100);
    for (const surface of ["factors.csv", "all.json"]) {
      expect(read(surface, S.consensus), surface).toEqual(everyFactor);
      expect(read(surface, S.agreementBand), surface).toEqual(everyFactor);
    }
    // A partnership page states its current review's factors, and with two or more published reviews every
    // published review's consensus in the factor-trend chart's table.
    const trended = model.partnerships.filter((item) => item.reviews.filter((review) => review.published).length >= 2);
    const onPartnershipPages = new Set([
      ...current,
      ...[...published].filter((key) => trended.some((item) => key.startsWith(`${item.slug}/`))),
    ]);
    expect(read("partnership page", S.consensus)).toEqual(layerSubjects(S.consensus, ofReviews(onPartnershipPages)));
    expect(read("partnership page", S.trendCounted)).toEqual(layerSubjects(S.trendCounted));
    // /compare/ sets active partnerships side by side; proposed and ended ones are listed apart.
    expect(read("/compare/", S.consensus)).toEqual(layerSubjects(S.consensus, ofReviews(currentOf(active))));
    // Moves between the two latest reviews: each factor, counted or not.
    expect(read("partnership page", S.moveCounted)).toEqual(layerSubjects(S.moveCounted));
    // Partnerships: every one's reasons on its page and in the downloads; those needing attention in the pack and at home.
    for (const surface of ["partnership page", "partnerships.csv", "all.json"]) {
      expect(read(surface, S.needsAttention), surface).toEqual(slugs);
    }
    expect(read("committee pack", S.needsAttention)).toEqual(needing);
    expect(read("committee pack summary", S.needsAttention)).toEqual(needing);
    expect(read("home page", S.needsAttention)).toEqual(needing);
    expect(read("/compare/", S.reasonCount)).toEqual(slugs);
    // Confidence: each factor's wherever its consensus is, each rated factor's level in the spectrum chart's summary,
    // and each partnership's headline on its page (with a review), the register, /compare/, both downloads and the pack.
    expect(read("review page", S.confidence)).toEqual(layerSubjects(S.consensus));
    expect(read("review page", S.confidenceLevel)).toEqual(layerSubjects(S.consensus, (item) => rated.has(item)));
    expect(read("partnership page", S.confidence)).toEqual(layerSubjects(S.consensus, ofReviews(current)));
    expect(read("partnership page", S.confidenceLevel)).toEqual(
      layerSubjects(S.consensus, (item) => ofReviews(current)(item) && rated.has(item)),
    );
    for (const surface of ["factors.csv", "all.json"]) {
      expect(read(surface, S.confidenceLevel), surface).toEqual(everyFactor);
      expect(read(surface, S.confidenceReasons), surface).toEqual(everyFactor);
    }
    expect(read("all.json", S.confidence)).toEqual(everyFactor);
    const inPack = new Set(
      model.partnerships
        .filter((item) => needing.includes(item.slug) && item.current !== undefined)
        .map((item) => `${item.slug}/${item.current?.id}: `),
    );
    expect(read("committee pack", S.confidence)).toEqual(layerSubjects(S.consensus, ofReviews(inPack)));
    expect(read("committee pack", S.confidenceLevel)).toEqual(
      layerSubjects(S.consensus, (item) => ofReviews(inPack)(item) && rated.has(item)),
    );
    // /compare/'s pages by confidence: each partnership on its level's page, each rated current finding on its own.
    expect(read("/compare/ by confidence", S.headline)).toEqual(slugs);
    expect(read("/compare/ by confidence", S.confidence)).toEqual(
      layerSubjects(S.consensus, (item) => ofReviews(current)(item) && rated.has(item)),
    );
    expect(read("partnership page", S.headline)).toEqual(withCurrent);
    for (const surface of ["register", "/compare/", "all.json"])
      expect(read(surface, S.headline), surface).toEqual(slugs);
    for (const surface of ["partnerships.csv", "all.json"]) {
      expect(read(surface, S.headlineLevel), surface).toEqual(slugs);
    }
    expect(read("committee pack", S.headline)).toEqual(needing);
    // The headline fit, in all.json beside the register's; the council's annual cost in both downloads.
    const ofPartnerships = (subjects: string[]) => subjects.filter((subject) => !subject.includes(": "));
    expect(ofPartnerships(read("all.json", S.fit))).toEqual(slugs);
    expect(ofPartnerships(read("all.json", S.fitPosition))).toEqual(slugs);
    for (const surface of ["partnerships.csv", "all.json"]) {
      expect(read(surface, S.councilCost), surface).toEqual(slugs);
    }
    // Indicators: every review's on its page (the chart's table gives those with a target again), every published
    // one's in both downloads; a perception and performance gap on its review page and in factors.csv.
    const indicators = layerSubjects(S.indicatorActual);
    expect(indicators.length).toBeGreaterThan(20);
    for (const statement of [S.indicatorActual, S.indicatorTarget, S.indicatorMetWords, S.indicatorTrendWords]) {
      expect(read("review page", statement), statement).toEqual(indicators);
    }
    const publishedIndicators = layerSubjects(S.indicatorActual, ofReviews(published));
    for (const surface of ["indicators.csv", "all.json"]) {
      for (const statement of [S.indicatorActualNumber, S.indicatorTargetNumber, S.indicatorMet, S.indicatorTrend]) {
        expect(read(surface, statement), `${surface}: ${statement}`).toEqual(publishedIndicators);
      }
    }
    const gaps = layer
      .filter((item) => item.statement === S.performanceGapWords && item.value !== NONE)
      .map((item) => item.subject)
      .sort();
    expect(gaps.length).toBeGreaterThan(0);
    expect(read("review page", S.performanceGapWords)).toEqual(gaps);
    expect(read("factors.csv", S.performanceGap)).toEqual(everyFactor);
    // Recommendations: every one, in the tracker and both downloads.
    expect(read("recommendations.csv", S.status)).toEqual(recommendations);
    expect(read("all.json", S.status)).toEqual(recommendations);
    // Committee resolutions: every one in the tracker beside the recommendations, on its partnership's page and in
    // resolutions.csv; those about partnerships needing attention in the pack.
    expect(resolutions).toEqual(["osc-2026-06-01", "osc-2026-06-02", "osc-2026-06-03"]);
    expect(read("tracker", S.statusLabel)).toEqual([...recommendations, ...resolutions].sort());
    expect(read("tracker", S.overdueWords)).toEqual([...recommendations, ...resolutions].sort());
    expect(read("partnership page", S.statusLabel)).toEqual(resolutions);
    expect(read("partnership page", S.asAtWords)).toEqual(resolutions);
    expect(read("resolutions.csv", S.status)).toEqual(resolutions);
    expect(read("committee pack", S.statusLabel)).toEqual(
      model.resolutions
        .filter((item) => needing.includes(item.partnership))
        .map((item) => item.resolution.id)
        .sort(),
    );
    expect(read("committee pack", S.statusLabel).length).toBeGreaterThan(0);
    // The portfolio's figures, at home and in the tracker, resolutions apart from recommendations.
    expect(read("home page", S.needing)).toEqual([PORTFOLIO]);
    expect(read("tracker", S.recommendations)).toEqual([PORTFOLIO]);
    expect(read("tracker", S.resolutions)).toEqual([PORTFOLIO]);
    expect(read("tracker", S.overdueResolutions)).toEqual([PORTFOLIO]);
  });
});

describe("the consistency check fails when one surface says something else", () => {
  // Kestrel's 2023 corrected review: its Governance spread is 1.0 level, on the edge of "Groups differ".
  const page = "partnerships/kestrel-waste/reviews/2023-audit-revised/index.html";
  const original = siteFiles()(page) ?? "";

  it("reports a review page changed by hand to give another band", () => {
    const tampered = original.replace(
      /(<th[^>]*>Governance<\/th>(?:(?!<\/tr>)[\s\S])*?)Groups differ/,
      "$1Groups broadly agree",
    );
    expect(tampered).not.toBe(original);
    expect(mismatchesWith(page, tampered)).toEqual([
      'kestrel-waste/2023-audit-revised: governance — findings: review page says "Groups broadly agree", the findings layer "Groups differ"',
    ]);
  });

  it("reports a CSV changed by hand to give another consensus", () => {
    const csv = siteFiles()("data/factors.csv") ?? "";
    const tampered = csv.replace(
      /^(kestrel-waste,[^,]*,2023-audit-revised,[^,]*,governance,Governance),3\.7,3\.7 \(Cooperating\)/m,
      "$1,3.8,3.8 (Cooperating)",
    );
    expect(tampered).not.toBe(csv);
    expect(mismatchesWith("data/factors.csv", tampered)).toEqual([
      'kestrel-waste/2023-audit-revised: governance — consensus: factors.csv says "3.8 (Cooperating)", the findings layer "3.7 (Cooperating)"',
      'kestrel-waste/2023-audit-revised: governance — consensus number: factors.csv says "3.8", the findings layer "3.7"',
    ]);
  });

  it("reports a tracker changed by hand to drop a resolution's overdue flag and count it apart no more", () => {
    const tracker = siteFiles()("recommendations/index.html") ?? "";
    // osc-2026-06-01: open, due by 30 September 2026, so overdue on the build's day.
    const tampered = tracker
      .replace(
        /(<tr[^>]*id="res-osc-2026-06-01"(?:(?!<\/tr>)[\s\S])*?)<strong class="app-block app-small-print">Overdue:[^<]*<\/strong>/,
        "$1",
      )
      .replace(/(id="resolutions-overdue"(?:(?!<\/div>)[\s\S])*?<dd[^>]*>)1</, (_, head: string) => `${head}0<`);
    expect(tampered).not.toBe(tracker);
    expect(mismatchesWith("recommendations/index.html", tampered)).toEqual([
      'portfolio — overdue committee resolutions: tracker says "0", the findings layer "1"',
      'osc-2026-06-01 — overdue, in words: tracker says "none", the findings layer "Overdue: was due by 30 September 2026"',
    ]);
  });

  it("reports an indicator changed by hand on its review page to meet its target", () => {
    // Contamination in dry recycling, 11.6% against a target of 10%: not met. Only the indicator table's row is changed;
    // the chart's table below it still says "Not met".
    const tampered = original.replace(
      /(<tr[^>]*id="indicator-contamination"(?:(?!<\/tr>)[\s\S])*?data-label="Met"[^>]*>)Not met</,
      "$1Met<",
    );
    expect(tampered).not.toBe(original);
    expect(mismatchesWith(page, tampered)).toEqual([
      'kestrel-waste/2023-audit-revised: indicator contamination — indicator met, in words: review page says "Met", the findings layer "Not met"',
    ]);
  });

  it("reports an indicator's figure changed by hand in indicators.csv", () => {
    const csv = siteFiles()("data/indicators.csv") ?? "";
    const tampered = csv.replace(
      /^(kestrel-waste,[^,]*,2023-audit-revised,[^,]*,contamination,[^,]*,%,lower-is-better,[^,]*),11\.6,/m,
      "$1,9.6,",
    );
    expect(tampered).not.toBe(csv);
    expect(mismatchesWith("data/indicators.csv", tampered)).toEqual([
      'kestrel-waste/2023-audit-revised: indicator contamination — indicator actual number: indicators.csv says "9.6", the findings layer "11.6"',
    ]);
  });

  it("reports a reason dropped from the committee pack by hand", () => {
    const pack = siteFiles()("committee-pack.html") ?? "";
    // Kestrel's own section, after the summary in section 4 that lists the same reasons.
    const reason = "<li>Review overdue since 2 October 2025</li>";
    const at = pack.lastIndexOf(reason);
    const tampered = pack.slice(0, at) + pack.slice(at + reason.length);
    expect(tampered).not.toBe(pack);
    expect(mismatchesWith("committee-pack.html", tampered).map((line) => line.split(" says ")[0])).toEqual([
      "kestrel-waste — needs attention: committee pack",
    ]);
  });
});

// The extended leaks site: the leaks fixture with what it lacks (a withdrawn review, a second partnership, text a
// spreadsheet would run, and the hostile-html fixture's Markdown body), built once under a base path for the leak
// tests, the sanitiser's tests and the open data tests (publishing-safety.test.ts and open-data.test.ts). One build
// instead of three: each build costs about 10 s of CPU, nearly all of it Astro's start and Vite's bundling.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSite, OUTPUT, ROOT } from "./built-site.ts";

/** Where the extended leaks content is written. */
export const EXTENDED_LEAKS = resolve(OUTPUT, "content", "extended-leaks");

/** The base path the extended leaks site is built under. */
export const EXTENDED_LEAKS_BASE = "/partnership-reviews/";

/** The environment the extended leaks site is built with: a second build for comparison uses it too. */
export const EXTENDED_LEAKS_ENV = { BASE_PATH: EXTENDED_LEAKS_BASE };

/** The page of the review whose body is the hostile-html fixture's. */
export const HOSTILE_REVIEW_PAGE = "partnerships/community-safety/reviews/2025-review/index.html";

/** The Markdown body of the hostile-html fixture's review: every kind of HTML the sanitiser must remove or keep. */
function hostileBody(): string {
  const text = readFileSync(resolve(ROOT, "test/fixtures/hostile-html/reviews/shared-legal/2024-annual.md"), "utf8");
  const body = text.split(/^---$/m)[2];
  if (body === undefined || !body.includes("xss-clobber")) throw new Error("the hostile-html review has a body");
  return body.trim();
}

/** Writes a copy of the leaks fixture with what it lacks into `dir`. */
export function writeExtendedLeaks(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(resolve(ROOT, "test/fixtures/leaks"), dir, { recursive: true });
  const review = (slug: string, id: string, frontMatter: string, data: unknown, body = "The report."): void => {
    mkdirSync(join(dir, `reviews/${slug}`), { recursive: true });
    writeFileSync(join(dir, `reviews/${slug}/${id}.md`), `---\n${frontMatter.trim()}\n---\n\n${body}\n`);
    writeFileSync(join(dir, `reviews/${slug}/${id}.json`), JSON.stringify(data, null, 2));
  };
  review(
    "shared-legal",
    "2025-withdrawn",
    `
title: Shared Legal Service interim review 2025
date: 2025-10-31
status: withdrawn
withdrawnDate: 2025-11-15
withdrawnReason: The figures were wrong.
reviewer: Internal Audit
reviewType: internal-audit
assessedLevel: joined
summary: An interim review, since withdrawn.
`,
    {
      ratings: [{ factor: "strategy", group: "users", level: 3, comment: "WITHDRAWN-RATING" }],
      risks: [{ id: "risk-1", category: "other", title: "WITHDRAWN-RISK", likelihood: 1, impact: 1 }],
      recommendations: [{ id: "withdrawn-01", text: "WITHDRAWN-RECOMMENDATION", priority: "low", status: "open" }],
      recommendationUpdates: [{ id: "min-2024-01", status: "implemented", note: "WITHDRAWN-UPDATE" }],
      goodPractice: [{ title: "WITHDRAWN-PRACTICE", description: "WITHDRAWN-PRACTICE-TEXT" }],
      costsBenefits: [{ kind: "cost", description: "WITHDRAWN-COST", amount: 1, basis: "actual" }],
    },
  );
  writeFileSync(
    join(dir, "partnerships/community-safety.md"),
    `---
name: Community Safety Partnership
summary: Police, council and health working on community safety.
form: strategic-partnership
basis: statutory
statutoryRef: Crime and Disorder Act 1998, section 5
serviceArea: Community safety
partners:
  - name: Example Police
    sector: police
leadRole: Community Safety Manager
startDate: 1999-04-01
annualValue: 400000
---

The statutory community safety partnership.
`,
  );
  review(
    "community-safety",
    "2025-review",
    `
title: Community Safety Partnership review 2025
date: 2025-03-31
status: published
reviewer: Peer reviewers
reviewType: peer
assessedLevel: aligned
summary: Working, with gaps between what officers and users see.
`,
    {
      ratings: [
        { factor: "strategy", group: "officers", level: 3, respondents: 4, method: "workshop", comment: "=SUM(A1)" },
        { factor: "strategy", group: "users", level: 1, respondents: 9, comment: 'Slow, "but" improving,\nslowly' },
        { factor: "delivery", group: "officers", level: 2, respondents: 4 },
      ],
      risks: [{ id: "risk-1", category: "quick-wins", title: "+Quick wins first", likelihood: 2, impact: 3 }],
      costsBenefits: [
        { kind: "saving", description: "Shared analysts", amount: 125000.5, period: "2024/25", basis: "actual" },
        { kind: "benefit", description: "-Fewer repeat calls", basis: "estimate", benefitCategory: "joined-up" },
      ],
      goodPractice: [{ title: "@Joint tasking", description: "One weekly tasking meeting.", factor: "delivery" }],
    },
    hostileBody(),
  );
}

/**
 * Returns the extended leaks site's folder, building it when this run has not: the global setup builds it, before
 * the two files that read it start in their workers.
 */
export function extendedLeaksSite(): string {
  return buildSite("extended-leaks", EXTENDED_LEAKS, EXTENDED_LEAKS_ENV, writeExtendedLeaks);
}

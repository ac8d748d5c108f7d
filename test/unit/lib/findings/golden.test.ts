// The findings layer against statements worked out by hand from the sample's raw content (the golden file), for the
// four partnerships a practitioner hand-checked: every view and its response text, consensus, spread, finding, fit,
// confidence, reason and status.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { statusShown } from "../../../../src/lib/findings/recommendation-status.ts";
import { buildSiteModel } from "../../../../src/lib/site-model.ts";
import { validateFolder } from "../../../../src/loaders/content-folder.ts";
import { ROOT } from "../../helpers/fixtures.ts";

interface GoldenFactor {
  views: Record<string, string>;
  /** Each view's respondents and response rate in words, such as "9 people; 9 of 20 asked (45%)". */
  responses: Record<string, string | null>;
  consensus: string | null;
  spread: string | null;
  findings: string[];
  fit?: string;
  /** How sure the finding is, with its reasons: "Medium confidence: a self-assessment". */
  confidence: string;
}
interface GoldenPartnership {
  reviews: Record<string, { factors: Record<string, GoldenFactor> }>;
  /** The headline: the lowest confidence among the current review's factors with a published view. */
  confidence: string;
  attention: { code: string; text: string }[];
  recommendations: Record<string, { status: string }>;
}
const golden = JSON.parse(readFileSync(resolve(ROOT, "test/fixtures/golden/sample-findings.json"), "utf8")) as {
  asAt: string;
  partnerships: Record<string, GoldenPartnership>;
};

const { content } = await validateFolder(resolve(ROOT, "content"), golden.asAt);
if (content === undefined) throw new Error("the sample content must be valid");
const model = buildSiteModel(content, golden.asAt);

describe("the findings layer against the hand-checked golden file", () => {
  for (const [slug, expected] of Object.entries(golden.partnerships)) {
    const partnership = model.partnerships.find((item) => item.slug === slug);

    it(`${slug}: every published review's factor findings`, () => {
      const reviews = Object.fromEntries(
        (partnership?.reviews ?? [])
          .filter((review) => review.published)
          .map((review) => [
            review.id,
            {
              factors: Object.fromEntries(
                review.findings.map((finding) => [
                  finding.factor,
                  {
                    views: Object.fromEntries(finding.views.map((view) => [view.group, view.level.text])),
                    responses: Object.fromEntries(finding.views.map((view) => [view.group, view.responseText ?? null])),
                    consensus: finding.consensus?.text ?? null,
                    spread: finding.spread?.text ?? null,
                    findings: finding.words,
                    ...(finding.fit === undefined ? {} : { fit: finding.fit.words }),
                    confidence: finding.confidence.words,
                  },
                ]),
              ),
            },
          ]),
      );
      expect(reviews).toEqual(expected.reviews);
    });

    it(`${slug}: the headline confidence`, () => {
      expect(partnership?.confidence.words).toBe(expected.confidence);
    });

    it(`${slug}: the needs-attention reasons, by code and in words`, () => {
      expect(partnership?.attention.map(({ code, text }) => ({ code, text }))).toEqual(expected.attention);
    });

    it(`${slug}: every recommendation's current status in words`, () => {
      expect(
        Object.fromEntries(
          (partnership?.recommendations ?? []).map((item) => [
            item.recommendation.id,
            { status: statusShown(item).text },
          ]),
        ),
      ).toEqual(expected.recommendations);
    });
  }
});

import { describe, expect, it } from "vitest";
import { interimNeedsAttention } from "../../../../scripts/pack/needs-attention.ts";
import { buildSiteModel, type SiteModel } from "../../../../src/lib/site-model.ts";
import { SAMPLE_CONTENT, sampleModel } from "../../lib/open-data/sample-model.ts";

function reasonsOf(model: SiteModel, slug: string): string[] {
  const partnership = model.partnerships.find((item) => item.slug === slug);
  if (partnership === undefined) throw new Error(`no ${slug}`);
  return interimNeedsAttention(model, partnership);
}

describe("interimNeedsAttention(model, partnership)", () => {
  it("interimNeedsAttention(model, partnership) names an overdue recommendation when the current review is at target", () => {
    expect(reasonsOf(sampleModel(), "shared-legal")).toEqual(["1 overdue recommendation"]);
  });

  it("interimNeedsAttention(model, partnership) names the distance from target and a perception gap", () => {
    const model = buildSiteModel(SAMPLE_CONTENT, "2024-07-01");
    expect(reasonsOf(model, "shared-legal")).toEqual([
      "Assessed as Aligned against a target of Joined: 1 level below target",
      "Perception gap between stakeholder groups on Strategy",
    ]);
  });

  it("interimNeedsAttention(model, partnership) names a current risk scoring 15 or more", () => {
    const content = structuredClone(SAMPLE_CONTENT);
    const review = content.reviews.find((item) => item.id === "2025-annual");
    review?.data.risks.push({
      id: "risk-9",
      category: "other",
      title: "High",
      likelihood: 4,
      impact: 4,
      internal: false,
    });
    expect(reasonsOf(buildSiteModel(content, "2026-01-15"), "shared-legal")).toEqual([
      "1 overdue recommendation",
      "1 current risk scoring 15 or more (highest 16 of 25)",
    ]);
  });

  it("interimNeedsAttention(model, partnership) gives no reason for a partnership without a review", () => {
    expect(reasonsOf(sampleModel(), "community-safety")).toEqual([]);
  });

  it("interimNeedsAttention(model, partnership) never lists a proposed or ended partnership", () => {
    for (const status of ["proposed", "ended"] as const) {
      const content = structuredClone(SAMPLE_CONTENT);
      const entry = content.partnerships.find((item) => item.slug === "shared-legal");
      if (entry) entry.data.status = status;
      expect(reasonsOf(buildSiteModel(content, "2024-07-01"), "shared-legal")).toEqual([]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { portfolioFigures } from "../../../../src/lib/findings/portfolio.ts";
import type { PublicPartnership } from "../../../../src/lib/site-model.ts";
import type { RecommendationStatus } from "../../../../src/schema/index.ts";

type Status = "proposed" | "active" | "ended";

/**
 * Returns a partnership with what portfolioFigures reads: status, value, fit, reasons, recommendations and committee
 * resolutions.
 */
function partnership(
  status: Status,
  options: {
    annualValue?: number;
    fit?: "below" | "at" | "above";
    reasons?: number;
    recommendations?: { status: RecommendationStatus; overdue?: boolean; stale?: boolean; noResponse?: boolean }[];
    resolutions?: { status: RecommendationStatus; overdue?: boolean; stale?: boolean }[];
  } = {},
): PublicPartnership {
  const fake = {
    data: { status, ...(options.annualValue === undefined ? {} : { annualValue: options.annualValue }) },
    current: { id: "2025-review" },
    ...(options.fit === undefined ? {} : { fit: { position: options.fit } }),
    attention: Array.from({ length: options.reasons ?? 0 }, () => ({ code: "off-target", text: "Off target" })),
    recommendations: (options.recommendations ?? []).map((item) => ({
      status: item.status,
      overdue: item.overdue ?? false,
      stale: item.stale ?? false,
      noResponse: item.noResponse ?? false,
    })),
    resolutions: (options.resolutions ?? []).map((item) => ({
      status: item.status,
      overdue: item.overdue ?? false,
      stale: item.stale ?? false,
    })),
  };
  // Only the fields above are read; the rest of a partnership plays no part in the figures.
  return fake as unknown as PublicPartnership;
}

describe("portfolioFigures(partnerships)", () => {
  it("portfolioFigures(partnerships) counts active partnerships only (recommendations and resolutions); proposed and ended ones are listed apart", () => {
    const figures = portfolioFigures([
      partnership("active", {
        annualValue: 100,
        fit: "below",
        reasons: 2,
        recommendations: [{ status: "open", overdue: true }],
        resolutions: [{ status: "open", overdue: true }, { status: "implemented" }],
      }),
      partnership("active", {
        fit: "at",
        recommendations: [{ status: "implemented" }, { status: "in-progress", stale: true, noResponse: true }],
      }),
      partnership("ended", {
        annualValue: 1000,
        fit: "below",
        reasons: 3,
        recommendations: [{ status: "open", overdue: true, stale: true, noResponse: true }, { status: "open" }],
        resolutions: [{ status: "open", overdue: true }],
      }),
      partnership("proposed", { fit: "above", reasons: 1, recommendations: [{ status: "open" }] }),
    ]);
    expect(figures).toEqual({
      partnerships: 2,
      reviewed: 2,
      atTarget: 1,
      belowTarget: 1,
      aboveTarget: 0,
      needsAttention: 1,
      annualValue: 100,
      withAnnualValue: 1,
      recommendations: {
        total: 3,
        byStatus: { open: 1, implemented: 1, "in-progress": 1 },
        outstanding: 2,
        overdue: 1,
        stale: 1,
        noResponse: 1,
      },
      // The active partnerships' resolutions, counted as recommendations are; the ended one's listed apart.
      resolutions: {
        total: 2,
        byStatus: { open: 1, implemented: 1 },
        outstanding: 1,
        overdue: 1,
        stale: 0,
        // Resolutions are never judged by the management-response rule.
        noResponse: 0,
      },
      apart: { proposed: 1, ended: 1, recommendations: 3, resolutions: 1 },
    });
  });
});

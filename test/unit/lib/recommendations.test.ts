import { describe, expect, it } from "vitest";
import {
  awaitsResponse,
  currentStatus,
  isOutstanding,
  isOverdue,
  isStale,
  statusAsAt,
} from "../../../src/lib/recommendations.ts";

describe("currentStatus(own, updates)", () => {
  it("currentStatus(own, updates) is the recommendation's own status without updates", () => {
    expect(currentStatus("in-progress", [])).toBe("in-progress");
  });

  it("currentStatus(own, updates) is the status of the latest update by review date, whatever the order given", () => {
    expect(
      currentStatus("open", [
        { status: "implemented", reviewDate: "2025-06-30", reviewId: "2025-annual" },
        { status: "in-progress", reviewDate: "2024-06-30", reviewId: "2024-annual" },
      ]),
    ).toBe("implemented");
    expect(
      currentStatus("open", [
        { status: "in-progress", reviewDate: "2024-06-30", reviewId: "z-review" },
        { status: "superseded", reviewDate: "2025-06-30", reviewId: "a-review" },
      ]),
    ).toBe("superseded");
  });

  it("currentStatus(own, updates) breaks a tie of review dates by the later review id", () => {
    const tied = [
      { status: "not-accepted" as const, reviewDate: "2025-06-30", reviewId: "2025-b" },
      { status: "implemented" as const, reviewDate: "2025-06-30", reviewId: "2025-a" },
    ];
    expect(currentStatus("open", tied)).toBe("not-accepted");
    expect(currentStatus("open", [...tied].reverse())).toBe("not-accepted");
  });
});

describe("isOutstanding(status)", () => {
  it("isOutstanding(status) is true only for open and in-progress", () => {
    const statuses = ["open", "in-progress", "implemented", "not-accepted", "superseded"] as const;
    expect(statuses.filter(isOutstanding)).toEqual(["open", "in-progress"]);
  });
});

describe("isOverdue(due, status, today)", () => {
  it("isOverdue(due, status, today) is false on the due date itself", () => {
    expect(isOverdue("2025-06-30", "open", "2025-06-30")).toBe(false);
  });

  it("isOverdue(due, status, today) is true the day after the due date for open and in-progress", () => {
    expect(isOverdue("2025-06-29", "open", "2025-06-30")).toBe(true);
    expect(isOverdue("2025-06-29", "in-progress", "2025-06-30")).toBe(true);
  });

  it("isOverdue(due, status, today) is never true once implemented, not accepted or superseded", () => {
    expect(isOverdue("2020-01-01", "implemented", "2025-06-30")).toBe(false);
    expect(isOverdue("2020-01-01", "not-accepted", "2025-06-30")).toBe(false);
    expect(isOverdue("2020-01-01", "superseded", "2025-06-30")).toBe(false);
  });

  it("isOverdue(due, status, today) is false without a due date", () => {
    expect(isOverdue(undefined, "open", "2025-06-30")).toBe(false);
  });
});

describe("statusAsAt(own, reviewDate, updates) and isStale(status, asAt, today, staleAfterMonths)", () => {
  it("statusAsAt(...) is the own status as at the review's date without a published word", () => {
    expect(statusAsAt("open", "2024-06-30", [])).toEqual({ status: "open", asAt: "2024-06-30" });
  });

  it("statusAsAt(...) takes the latest word from an update file between reviews, with its date", () => {
    expect(
      statusAsAt("open", "2024-06-30", [
        { status: "in-progress", reviewDate: "2025-01-15", reviewId: "2025-01-15", source: "update" },
        { status: "open", reviewDate: "2024-12-01", reviewId: "2024-interim", source: "review" },
      ]),
    ).toEqual({ status: "in-progress", asAt: "2025-01-15" });
  });

  it("statusAsAt(...) lets a review's word stand over an update file's of the same date", () => {
    const words = [
      { status: "implemented" as const, reviewDate: "2025-03-31", reviewId: "2025-annual", source: "review" as const },
      { status: "in-progress" as const, reviewDate: "2025-03-31", reviewId: "2025-03-31", source: "update" as const },
    ];
    expect(statusAsAt("open", "2024-06-30", words).status).toBe("implemented");
    expect(statusAsAt("open", "2024-06-30", [...words].reverse()).status).toBe("implemented");
  });

  it("isStale(...) is stale on the day exactly staleAfterMonths after the last word, not the day before", () => {
    expect(isStale("open", "2024-06-30", "2024-12-29", 6)).toBe(false);
    expect(isStale("open", "2024-06-30", "2024-12-30", 6)).toBe(true);
    expect(isStale("in-progress", "2024-08-31", "2025-02-28", 6)).toBe(true);
    expect(isStale("in-progress", "2024-08-31", "2025-02-27", 6)).toBe(false);
  });

  it("isStale(...) never marks a closed recommendation", () => {
    expect(isStale("implemented", "2020-01-01", "2025-01-01", 6)).toBe(false);
    expect(isStale("not-accepted", "2020-01-01", "2025-01-01", 6)).toBe(false);
  });
});

describe("awaitsResponse(recommendation, status, published, today, responseDueMonths)", () => {
  const none = {};
  const answered = { response: { decision: "accepted" as const } };
  it("awaitsResponse(...) counts from the day exactly responseDueMonths after publication, not the day before", () => {
    // Published 30 November 2025: a response is due by 28 February 2026 (the month's last day), three months on.
    expect(awaitsResponse(none, "open", "2025-11-30", "2026-02-28", 3)).toBe(true);
    expect(awaitsResponse(none, "open", "2025-11-30", "2026-02-27", 3)).toBe(false);
  });
  it("awaitsResponse(...) counts open and in-progress recommendations without a response only", () => {
    expect(awaitsResponse(none, "in-progress", "2025-01-01", "2026-01-01", 3)).toBe(true);
    expect(awaitsResponse(answered, "open", "2025-01-01", "2026-01-01", 3)).toBe(false);
    expect(awaitsResponse(none, "implemented", "2025-01-01", "2026-01-01", 3)).toBe(false);
    expect(awaitsResponse(none, "superseded", "2025-01-01", "2026-01-01", 3)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { currentStatus, isOutstanding, isOverdue } from "../../../src/lib/recommendations.ts";

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

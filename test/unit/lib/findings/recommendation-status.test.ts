import { describe, expect, it } from "vitest";
import { statusShown } from "../../../../src/lib/findings/recommendation-status.ts";

describe("statusShown(item)", () => {
  const item = {
    status: "in-progress" as const,
    asAt: "2025-03-31",
    overdue: true,
    stale: true,
    recommendation: { due: "2024-12-31" },
  };

  it("statusShown(item) says overdue, not updated and no management response apart from the status", () => {
    expect(statusShown({ ...item, noResponse: true })).toEqual({
      status: "in-progress",
      label: "In progress",
      asAt: "as at 31 March 2025",
      asAtDate: "2025-03-31",
      overdue: "Overdue: was due by 31 December 2024",
      stale: "Not updated since 31 March 2025",
      noResponse: "No management response",
      text: "In progress, as at 31 March 2025. Overdue: was due by 31 December 2024. Not updated since 31 March 2025.",
      filterKeys: ["in-progress", "overdue", "stale"],
    });
  });

  it("statusShown(item) gives no flag a resolution, or a recommendation with its response, does not have", () => {
    const shown = statusShown({ ...item, overdue: false, stale: false });
    expect(shown).not.toHaveProperty("noResponse");
    expect(shown).not.toHaveProperty("overdue");
    expect(shown.text).toBe("In progress, as at 31 March 2025.");
    expect(shown.filterKeys).toEqual(["in-progress"]);
  });
});

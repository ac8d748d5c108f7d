import { describe, expect, it } from "vitest";
import { partnershipPage } from "../../../../src/lib/pages/partnership-page.ts";
import { sampleModel } from "../open-data/sample-model.ts";

const model = sampleModel();
const legal = model.partnerships.find((partnership) => partnership.slug === "shared-legal");
const safety = model.partnerships.find((partnership) => partnership.slug === "community-safety");
if (legal === undefined || safety === undefined) throw new Error("the sample model lacks a partnership");
const page = partnershipPage(model, legal, [safety], "/reviews/");

describe("partnershipPage(model, partnership, similar, base)", () => {
  it("lists the register entry in reading order, leaving out fields not given", () => {
    expect(page.about).toEqual([
      { key: "Form", value: "Shared service" },
      { key: "Basis", value: "Contractual" },
      { key: "Service area", value: "Legal services" },
      {
        key: "Partners",
        value: ["Example Borough Council (public sector, lead)", "Nearby District Council (public sector)"],
      },
      { key: "Lead officer", value: "Head of Legal Services" },
      { key: "Started", value: "1 April 2020" },
      { key: "Annual value", value: "£1,250,000" },
      { key: "Target level", value: "Joined" },
      { key: "Status", value: "Active" },
      { key: "Tags", value: "legal, shared services" },
    ]);
  });

  it("lists every review with a public page, newest first, marking the withdrawn one", () => {
    expect(page.history.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["Shared Legal Service: interim review", "30 September 2025", "Internal audit", "Aligned"],
      ["Shared Legal Service: annual review 2025", "30 June 2025", "Internal audit", "Joined"],
      ["Shared Legal Service: annual review 2024", "30 June 2024", "Internal audit", "Aligned"],
    ]);
    expect(page.history[0]?.cells[0]).toEqual({
      text: "Shared Legal Service: interim review",
      href: "/reviews/partnerships/shared-legal/reviews/2025-interim/",
      status: "withdrawn",
    });
    expect(page.history[1]?.cells[1]).toEqual({ text: "30 June 2025", datetime: "2025-06-30" });
  });

  it("compares the current review with the published one before it, never the withdrawn one", () => {
    expect(page.published.map((review) => review.id)).toEqual(["2025-annual", "2024-annual"]);
    expect(page.changes?.previous.id).toBe("2024-annual");
    expect(page.changes?.current.id).toBe("2025-annual");
  });

  it("keeps the open recommendations and puts the partnership first among the similar ones", () => {
    expect(page.open.map((item) => item.recommendation.id)).toEqual(["ex-2024-01", "ex-2024-02"]);
    expect(page.similar.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["Shared Legal Service (this partnership)", "Joined", "Joined", "2"],
      ["Community Safety Partnership", "Not yet reviewed", "No target", "0"],
    ]);
    expect(page.similar[1]?.cells[0]?.href).toBe("/reviews/partnerships/community-safety/");
  });

  it("has no similar rows when there is no similar partnership", () => {
    expect(partnershipPage(model, safety, [], "/").similar).toEqual([]);
  });
});

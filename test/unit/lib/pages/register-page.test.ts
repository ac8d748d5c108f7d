import { describe, expect, it } from "vitest";
import {
  levelAgainstTarget,
  registerCaption,
  registerRow,
  registerRows,
  sectorsInWords,
} from "../../../../src/lib/pages/register-page.ts";
import { sampleModel } from "../open-data/sample-model.ts";

const model = sampleModel();

describe("registerCaption(count)", () => {
  it("registerCaption counts the partnerships with a space before the noun", () => {
    expect(registerCaption(12)).toBe("12 partnerships, by name");
    expect(registerCaption(1)).toBe("1 partnership, by name");
    expect(registerCaption(1250)).toBe("1,250 partnerships, by name");
  });
});

describe("levelAgainstTarget(assessed, target)", () => {
  it("levelAgainstTarget keeps the assessed level's wording with its target in brackets", () => {
    expect(levelAgainstTarget("Cooperating", "Collaborating")).toBe("Cooperating (target: Collaborating)");
    expect(levelAgainstTarget(undefined, "Collaborating")).toBe("Not yet reviewed (target: Collaborating)");
    expect(levelAgainstTarget("Cooperating", undefined)).toBe("Cooperating (no target)");
  });
});

describe("sectorsInWords(partners)", () => {
  it("sectorsInWords names each sector once, in the order of the partners", () => {
    expect(sectorsInWords([{ sector: "public" }, { sector: "voluntary" }, { sector: "public" }])).toBe(
      "public and voluntary sectors",
    );
    expect(sectorsInWords([{ sector: "police" }])).toBe("police sector");
  });
});

describe("registerRows(model, base)", () => {
  it("registerRows lists every partnership by name with the columns a councillor needs, the fit in /compare/'s words", () => {
    expect(registerRows(model, "/reviews/").map(({ filters: _filters, ...rest }) => rest)).toEqual([
      {
        slug: "community-safety",
        name: "Community Safety Partnership",
        href: "/reviews/partnerships/community-safety/",
        form: "Strategic partnership; statutory basis",
        status: undefined,
        serviceArea: "Community safety",
        partners: "1 partner: police sector",
        annualValue: { text: "Not stated", sort: -1 },
        level: { text: "Not yet reviewed (no target)", sort: -1 },
        fit: "",
        confidence: "Not assessed: no published view",
        lastReview: { text: "None published", sort: "" },
        open: { text: "0", sort: 0 },
      },
      {
        slug: "shared-legal",
        name: "Shared Legal Service",
        href: "/reviews/partnerships/shared-legal/",
        form: "Shared service; contractual basis",
        status: undefined,
        serviceArea: "Legal services",
        partners: "2 partners: public sector",
        annualValue: { text: "£1,250,000", sort: 1250000 },
        level: { text: "Joined (target: Joined)", sort: 0 },
        fit: "At target",
        confidence: "Low confidence",
        lastReview: { text: "30 June 2025", sort: "2025-06-30", datetime: "2025-06-30" },
        open: { text: "2", sort: 2 },
      },
    ]);
  });

  it("registerRows gives each row the filter form's data-filter-* attributes", () => {
    expect(registerRows(model, "/")[1]?.filters).toEqual({
      "data-filter-form": "shared-service",
      "data-filter-basis": "contractual",
      "data-filter-service": "Legal services",
      "data-filter-sector": "public",
    });
  });
});

describe("registerRow(model, partnership, base)", () => {
  it("registerRow shows a proposed or ended partnership's status instead of a finding against its target", () => {
    const legal = model.partnerships[1];
    if (legal === undefined) throw new Error("the sample lacks a second partnership");
    for (const status of ["proposed", "ended"] as const) {
      const row = registerRow(model, { ...legal, data: { ...legal.data, status } }, "/");
      expect([row.status, row.fit, row.level.text]).toEqual([
        status,
        `${status === "proposed" ? "Proposed" : "Ended"}: not counted`,
        "Joined (target: Joined)",
      ]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { filterOptions, partnershipFilterAttributes, partnershipFilterControls } from "../../../src/lib/filters.ts";
import { buildSiteModel } from "../../../src/lib/site-model.ts";
import { content, partnership } from "../helpers/content.ts";

const model = buildSiteModel(
  content(
    [
      partnership("a", "A", { form: "contract", basis: "statutory", statutoryRef: "An Act", serviceArea: "Waste" }),
      partnership("b", "B", {
        serviceArea: "Legal",
        partners: [
          { name: "Council", sector: "public" },
          { name: "Firm", sector: "private" },
          { name: "Other council", sector: "public" },
        ],
      }),
    ],
    [],
  ),
  "2025-01-01",
);

describe("filterOptions(model)", () => {
  it("filterOptions(model) offers only the values some partnership has, in the content model's order", () => {
    expect(filterOptions(model)).toEqual({
      form: [
        { value: "shared-service", label: "Shared service" },
        { value: "contract", label: "Contract" },
      ],
      basis: [
        { value: "statutory", label: "Statutory" },
        { value: "contractual", label: "Contractual" },
      ],
      service: [
        { value: "Legal", label: "Legal" },
        { value: "Waste", label: "Waste" },
      ],
      sector: [
        { value: "public", label: "Public" },
        { value: "private", label: "Private" },
      ],
    });
  });
});

describe("partnershipFilterControls(model) and partnershipFilterAttributes(data)", () => {
  it("partnershipFilterControls(model) names the four filters in page order", () => {
    expect(partnershipFilterControls(model).map((control) => [control.name, control.label])).toEqual([
      ["form", "Form"],
      ["basis", "Basis"],
      ["service", "Service area"],
      ["sector", "Partner sector"],
    ]);
  });

  it("partnershipFilterAttributes(data) gives each filter's value, sectors once each", () => {
    const b = model.partnerships.find((item) => item.slug === "b");
    if (b === undefined) throw new Error("partnership b is missing");
    expect(partnershipFilterAttributes(b.data)).toEqual({
      "data-filter-form": "shared-service",
      "data-filter-basis": "contractual",
      "data-filter-service": "Legal",
      "data-filter-sector": "public|private",
    });
  });
});

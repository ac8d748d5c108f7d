import { describe, expect, it } from "vitest";
import { dataPackage, packageName } from "../../../../src/lib/open-data/datapackage.ts";
import { csvDatasets } from "../../../../src/lib/open-data/datasets.ts";
import { ROOT, sampleModel } from "./sample-model.ts";

const model = sampleModel();
const datasets = csvDatasets(model.framework);
const pkg = dataPackage(model, datasets, ROOT) as {
  resources: {
    name: string;
    path: string;
    schema: { fields: { name: string; type: string; description: string }[]; primaryKey: string[] };
  }[];
} & Record<string, unknown>;

describe("packageName(title)", () => {
  it("returns lowercase letters, digits and hyphens", () => {
    expect(packageName("Exmoor Borough Council: partnership reviews")).toBe(
      "exmoor-borough-council-partnership-reviews",
    );
    expect(packageName("Café & Co")).toBe("cafe-co");
    expect(packageName("!!!")).toBe("partnership-reviews");
  });
});

describe("dataPackage(model, datasets, root)", () => {
  it("describes the package, its licence, publisher and build date", () => {
    expect(pkg).toMatchObject({
      profile: "tabular-data-package",
      name: "example-partnership-reviews",
      homepage: `${ROOT}data/`,
      created: "2026-01-15T00:00:00Z",
      licenses: [
        {
          title: "Open Government Licence v3.0",
          path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        },
      ],
      contributors: [{ title: "Example Borough Council", role: "publisher", path: "https://www.example.gov.uk" }],
    });
  });

  it("has one resource per CSV, with the same fields as its header, in order", () => {
    expect(pkg.resources.map((resource) => resource.path)).toEqual(datasets.map((dataset) => dataset.file));
    pkg.resources.forEach((resource, index) => {
      const dataset = datasets[index];
      expect(resource.schema.fields.map((field) => field.name)).toEqual(dataset?.columns.map((column) => column.name));
      expect(resource.schema.primaryKey).toEqual(dataset?.primaryKey);
    });
  });

  it("gives each field its type, description and constraints", () => {
    const ratings = pkg.resources.find((resource) => resource.name === "ratings");
    expect(ratings).toMatchObject({
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
    });
    expect(ratings?.schema.fields.find((field) => field.name === "group_id")).toEqual({
      name: "group_id",
      type: "string",
      description: "The id of the stakeholder group, from framework.json.",
      constraints: { required: true, enum: ["officers", "users"] },
    });
    expect(ratings?.schema.fields.find((field) => field.name === "respondents")).toEqual({
      name: "respondents",
      type: "integer",
      description: "How many people gave this view, when recorded.",
    });
    expect(ratings?.schema).toMatchObject({
      foreignKeys: [
        {
          fields: ["partnership_slug", "review_id"],
          reference: { resource: "reviews", fields: ["partnership_slug", "review_id"] },
        },
      ],
      missingValues: [""],
    });
  });
});

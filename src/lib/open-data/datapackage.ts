import type { SiteModel } from "../site-model.ts";
import { citation } from "./citation.ts";
import type { Dataset } from "./datasets.ts";
import { absoluteUrl, dataPath } from "../links.ts";

/** One field of a Frictionless Table Schema. */
interface TableField {
  name: string;
  type: string;
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}

/** Returns a name Frictionless accepts (lowercase letters, digits, "-", "_", "."), such as "exmoor-partnership-reviews". */
export function packageName(title: string): string {
  return (
    title
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "partnership-reviews"
  );
}

/** Returns datapackage.json: a Frictionless Tabular Data Package describing every CSV with its fields, keys and licence. */
export function dataPackage(model: SiteModel, datasets: readonly Dataset[], root: string): Record<string, unknown> {
  const { site } = model;
  return {
    profile: "tabular-data-package",
    name: packageName(site.title),
    title: `${site.title}: open data`,
    description: `Reviews of ${site.organisation.name}'s partnerships: only what is published on the site. ${site.licence.attribution}`,
    homepage: absoluteUrl(root, dataPath("")),
    created: `${model.today}T00:00:00Z`,
    licenses: [{ title: site.licence.name, path: site.licence.url }],
    contributors: [
      {
        title: site.organisation.name,
        role: "publisher",
        ...(site.organisation.url ? { path: site.organisation.url } : {}),
      },
    ],
    citation: citation(model, root),
    resources: datasets.map((dataset) => ({
      profile: "tabular-data-resource",
      name: dataset.name,
      path: dataset.file,
      title: dataset.title,
      description: dataset.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: dataset.columns.map((column): TableField => ({
          name: column.name,
          type: column.type,
          description: column.description,
          ...(column.required || column.values
            ? {
                constraints: {
                  ...(column.required ? { required: true } : {}),
                  ...(column.values ? { enum: [...column.values] } : {}),
                },
              }
            : {}),
        })),
        primaryKey: dataset.primaryKey,
        ...(dataset.foreignKeys.length === 0
          ? {}
          : {
              foreignKeys: dataset.foreignKeys.map((key) => ({
                fields: key.fields,
                reference: { resource: key.resource, fields: key.resourceFields },
              })),
            }),
        missingValues: [""],
      },
    })),
  };
}

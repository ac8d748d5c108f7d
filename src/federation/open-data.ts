// The federation's open data: one national CSV and one JSON file of every member's partnerships, each row with its
// member's org_id, as the members published them; their dictionary, JSON Schema and datapackage.json, with the
// federation's licence and each member's attribution.
import { z } from "zod";
import { toCsv, type CellValue } from "../lib/open-data/csv.ts";
import type { ColumnInfo } from "../lib/open-data/datasets.ts";
import { packageName } from "../lib/open-data/datapackage.ts";
import type { FederationModel, FederationPartnership } from "./model.ts";
import { partnershipPath } from "./views.ts";

/** The files of the federation's open data, under data/. */
export const FEDERATION_FILES = {
  csv: "partnerships.csv",
  json: "all.json",
  schema: "all.schema.json",
  datapackage: "datapackage.json",
} as const;

interface Column extends ColumnInfo {
  value: (partnership: FederationPartnership, root: string) => CellValue;
}

const COLUMNS: Column[] = [
  {
    name: "org_id",
    type: "string",
    required: true,
    description: "The member council's org-id.guide identifier.",
    value: (p) => p.orgId,
  },
  {
    name: "member",
    type: "string",
    required: true,
    description: "The member council's name.",
    value: (p) => p.memberName,
  },
  {
    name: "slug",
    type: "string",
    required: true,
    description: "The partnership's id on the member's site; with org_id, its id here.",
    value: (p) => p.slug,
  },
  { name: "name", type: "string", required: true, description: "The partnership's name.", value: (p) => p.name },
  {
    name: "form",
    type: "string",
    required: true,
    description: "Its form, as the member published it.",
    value: (p) => p.form,
  },
  {
    name: "basis",
    type: "string",
    required: true,
    description: "Its basis, as the member published it.",
    value: (p) => p.basis,
  },
  {
    name: "service_area",
    type: "string",
    required: true,
    description: "Its service area.",
    value: (p) => p.serviceArea,
  },
  { name: "status", type: "string", required: true, description: "proposed, active or ended.", value: (p) => p.status },
  {
    name: "framework",
    type: "string",
    required: true,
    description: "The framework group: members in one group use the same spectrum, so only their levels compare.",
    value: (p) => p.framework,
  },
  {
    name: "assessed_level",
    type: "string",
    required: false,
    description: "The current review's overall level id, on the member's spectrum.",
    value: (p) => p.assessed?.id,
  },
  {
    name: "target_level",
    type: "string",
    required: false,
    description: "The target level id, on the member's spectrum.",
    value: (p) => p.targetLevel?.id,
  },
  {
    name: "fit",
    type: "string",
    required: false,
    description: "below, at or above target, as the member published it; empty where its data version did not.",
    value: (p) => p.fit?.position,
  },
  {
    name: "confidence",
    type: "string",
    required: false,
    description: "The headline confidence the member published (content model version 3).",
    value: (p) => p.confidence?.level,
  },
  {
    name: "needs_attention",
    type: "boolean",
    required: true,
    description: "true when active with at least one reason the member published.",
    value: (p) => p.needsAttention,
  },
  {
    name: "needs_attention_reasons",
    type: "string",
    required: false,
    description:
      'The member\'s reasons, in its words, separated by "; "; empty where its data version did not publish them.',
    value: (p) => p.reasons?.map((reason) => reason.text).join("; "),
  },
  {
    name: "needs_attention_codes",
    type: "string",
    required: false,
    description: 'The reasons\' stable codes, separated by "; " (content model version 3).',
    value: (p) => p.reasons?.flatMap((reason) => reason.code ?? []).join("; "),
  },
  {
    name: "council_annual_cost",
    type: "number",
    required: false,
    description: "What the member pays in a year, where it published it; never the whole partnership's value.",
    value: (p) => p.councilAnnualCost,
  },
  {
    name: "joint_id",
    type: "string",
    required: false,
    description: "The joint id the member gave it, shared by every council publishing the same partnership.",
    value: (p) => p.jointId,
  },
  {
    name: "data_as_at",
    type: "date",
    required: true,
    description: "The date the member's data is as at.",
    value: (p) => p.asAt,
  },
  {
    name: "member_url",
    type: "string",
    required: true,
    description: "The partnership's page on the member's site.",
    value: (p) => p.url,
  },
  {
    name: "url",
    type: "string",
    required: true,
    description: "The partnership's page on this site.",
    value: (p, root) => `${root}${partnershipPath(p.orgId, p.slug)}`,
  },
];

/** The national CSV's columns, for the dictionary on /data/. */
export const FEDERATION_COLUMNS: readonly ColumnInfo[] = COLUMNS.map(({ value: _, ...column }) => column);

/** data/partnerships.csv: every member's partnerships, by name, then member. */
export function federationCsv(model: FederationModel, root: string): string {
  return toCsv(
    COLUMNS.map((column) => column.name),
    model.partnerships.map((partnership) => COLUMNS.map((column) => column.value(partnership, root))),
  );
}

const levelSchema = z.strictObject({ id: z.string(), label: z.string(), order: z.number() });

/** data/all.json's schema: the members, their licences, and every partnership as published. */
export const federationJsonSchema = z.strictObject({
  $schema: z.string().meta({ description: "The address of the JSON Schema this file follows." }),
  about: z.strictObject({
    title: z.string(),
    publisher: z.string(),
    orgId: z.string(),
    homepage: z.string(),
    built: z.string().meta({ description: "The build date, YYYY-MM-DD." }),
    licence: z.strictObject({ name: z.string(), url: z.string(), attribution: z.string() }),
  }),
  members: z.array(
    z.strictObject({
      orgId: z.string(),
      name: z.string(),
      available: z.boolean(),
      reason: z.string().optional().meta({ description: "Why the member could not be read." }),
      homepage: z.string().optional(),
      asAt: z.string().optional(),
      schemaVersion: z.number().optional(),
      framework: z.string().optional(),
      licence: z.strictObject({ name: z.string(), url: z.string(), attribution: z.string() }).optional(),
    }),
  ),
  partnerships: z.array(
    z.strictObject({
      orgId: z.string(),
      slug: z.string(),
      name: z.string(),
      form: z.string(),
      basis: z.string(),
      serviceArea: z.string(),
      status: z.string(),
      framework: z.string(),
      assessedLevel: levelSchema.optional(),
      targetLevel: levelSchema.optional(),
      fit: z.strictObject({ position: z.enum(["below", "at", "above"]), label: z.string() }).optional(),
      confidence: z.strictObject({ level: z.string(), label: z.string() }).optional(),
      needsAttention: z.boolean(),
      reasons: z.array(z.strictObject({ text: z.string(), code: z.string().optional() })).optional(),
      councilAnnualCost: z.number().optional(),
      jointId: z.string().optional(),
      asAt: z.string(),
      memberUrl: z.string(),
      url: z.string(),
    }),
  ),
});

/** data/all.json. */
export function federationJson(model: FederationModel, root: string): z.output<typeof federationJsonSchema> {
  const { federation } = model;
  const frameworkOf = new Map(
    model.frameworks.flatMap((framework) => framework.members.map((orgId) => [orgId, framework.id])),
  );
  return {
    $schema: `${root}data/${FEDERATION_FILES.schema}`,
    about: {
      title: federation.title,
      publisher: federation.organisation.name,
      orgId: federation.organisation.orgId,
      homepage: root,
      built: model.today,
      licence: federation.licence,
    },
    members: [
      ...model.available.map((member) => ({
        orgId: member.orgId,
        name: member.name,
        available: true,
        homepage: member.homepage,
        asAt: member.asAt,
        schemaVersion: member.version,
        framework: frameworkOf.get(member.orgId) as string,
        licence: member.licence,
      })),
      ...model.unavailable.map((member) => ({
        orgId: member.orgId,
        name: member.name,
        available: false,
        reason: member.reason,
      })),
    ],
    partnerships: model.partnerships.map((p) => ({
      orgId: p.orgId,
      slug: p.slug,
      name: p.name,
      form: p.form,
      basis: p.basis,
      serviceArea: p.serviceArea,
      status: p.status,
      framework: p.framework,
      ...(p.assessed === undefined ? {} : { assessedLevel: p.assessed }),
      ...(p.targetLevel === undefined ? {} : { targetLevel: p.targetLevel }),
      ...(p.fit === undefined ? {} : { fit: p.fit }),
      ...(p.confidence === undefined ? {} : { confidence: p.confidence }),
      needsAttention: p.needsAttention,
      ...(p.reasons === undefined ? {} : { reasons: p.reasons }),
      ...(p.councilAnnualCost === undefined ? {} : { councilAnnualCost: p.councilAnnualCost }),
      ...(p.jointId === undefined ? {} : { jointId: p.jointId }),
      asAt: p.asAt,
      memberUrl: p.url,
      url: `${root}${partnershipPath(p.orgId, p.slug)}`,
    })),
  };
}

/** data/datapackage.json: the CSV's fields, the federation's licence and each member as a source with its attribution. */
export function federationDataPackage(model: FederationModel, root: string): Record<string, unknown> {
  const { federation } = model;
  return {
    profile: "tabular-data-package",
    name: packageName(federation.title),
    title: `${federation.title}: open data`,
    description: `Every member's partnerships as it published them. ${federation.licence.attribution}`,
    homepage: `${root}data/`,
    created: `${model.today}T00:00:00Z`,
    licenses: [{ title: federation.licence.name, path: federation.licence.url }],
    contributors: [{ title: federation.organisation.name, role: "publisher" }],
    sources: model.available.map((member) => ({
      title: `${member.name}: ${member.licence.attribution}`,
      path: member.dataUrl,
    })),
    resources: [
      {
        profile: "tabular-data-resource",
        name: "partnerships",
        path: FEDERATION_FILES.csv,
        title: "Partnerships, every member",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: {
          fields: FEDERATION_COLUMNS.map((column) => ({
            name: column.name,
            type: column.type,
            description: column.description,
            ...(column.required ? { constraints: { required: true } } : {}),
          })),
          primaryKey: ["org_id", "slug"],
          missingValues: [""],
        },
      },
      {
        name: "all",
        path: FEDERATION_FILES.json,
        format: "json",
        mediatype: "application/json",
        schema: FEDERATION_FILES.schema,
      },
    ],
  };
}

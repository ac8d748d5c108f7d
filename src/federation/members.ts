// A member's published open data, checked and read into what the federation shows. The data is untrusted: it is
// parsed only as JSON, checked against the JSON Schema the project published for its version, and every value is
// later rendered as text (Astro escapes it). The federation shows the findings as the member published them and
// recomputes none.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { z } from "zod";
import { allDownloadSchema, type AllDownload } from "../lib/open-data/downloads.ts";
import { SLUG_PATTERN } from "../schema/common.ts";
import type { FederationMember } from "../schema/federation.ts";
import allVersion1 from "./schemas/all-1.schema.json" with { type: "json" };
import allVersion2 from "./schemas/all-2.schema.json" with { type: "json" };

/** The schema versions of data/all.json the project has published, newest first. */
export const SCHEMA_VERSIONS = [3, 2, 1] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

/** One needs-attention reason as the member published it: its words, and its code from version 3 on. */
export interface MemberReason {
  text: string;
  code?: string;
}

/** A level on a member's spectrum. */
export interface MemberLevel {
  id: string;
  label: string;
  order: number;
}

/** One partnership as a member published it, reduced to what the federation shows. */
export interface MemberPartnership {
  orgId: string;
  slug: string;
  name: string;
  summary: string;
  form: string;
  basis: string;
  serviceArea: string;
  status: string;
  partners: { name: string; sector: string; orgId?: string }[];
  /** The member's page for the partnership. */
  url: string;
  jointId?: string;
  /** The whole partnership's gross annual value, all partners together. */
  annualValue?: number;
  /** What the member pays in a year, where it published it (content model version 3). */
  councilAnnualCost?: number;
  targetLevel?: MemberLevel;
  /** The current review's overall level, its date and page. */
  assessed?: MemberLevel;
  reviewDate?: string;
  reviewUrl?: string;
  /** The member's fit to target in its own words, where it published one. */
  fit?: { position: "below" | "at" | "above"; label: string };
  confidence?: { level: string; label: string };
  /** Undefined when the member's schema version did not publish reasons (version 1). */
  reasons?: MemberReason[];
}

/** A member whose data was read and checked. */
export interface AvailableMember {
  orgId: string;
  name: string;
  site: string;
  version: SchemaVersion;
  /** When the federation read it (ISO date-time), and the date the member's data is as at. */
  read: string;
  asAt: string;
  title: string;
  homepage: string;
  dataUrl: string;
  licence: { name: string; url: string; attribution: string };
  framework: { id: string; version: string; name: string; spectrum: MemberLevel[] };
  partnerships: MemberPartnership[];
  /** The member's Pagefind bundle, where its site lets this federation read it. */
  search?: string;
}

/** A member that could not be read, with its reason in one sentence. */
export interface UnavailableMember {
  orgId: string;
  name: string;
  site: string;
  read: string;
  reason: string;
}

export type MemberReading = ({ available: true } & AvailableMember) | ({ available: false } & UnavailableMember);

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

let validators: Map<SchemaVersion, Validate> | undefined;

/** The JSON Schema checks of data/all.json, one per published version, compiled once. */
function schemaValidators(): Map<SchemaVersion, Validate> {
  if (validators !== undefined) return validators;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  // Version 3 is the schema this code publishes as data/all.schema.json; versions 1 and 2 as they were published.
  const current = z.toJSONSchema(allDownloadSchema, { target: "draft-2020-12", io: "output" });
  const schemas: [SchemaVersion, object][] = [
    [3, current],
    [2, allVersion2],
    [1, allVersion1],
  ];
  validators = new Map(
    schemas.map(([version, schema]) => {
      const { $id: _id, $schema: _schema, ...rest } = schema as Record<string, unknown>;
      return [version, ajv.compile(rest) as Validate];
    }),
  );
  return validators;
}

/** The version of the project's schema the data follows, newest first, or the first difference from the newest. */
export function schemaVersionOf(data: unknown): { version: SchemaVersion } | { problem: string } {
  const checks = schemaValidators();
  let problem = "";
  for (const version of SCHEMA_VERSIONS) {
    const validate = checks.get(version) as Validate;
    if (validate(data)) return { version };
    if (problem === "") {
      const error = validate.errors?.[0];
      problem = `${error?.instancePath === "" || error === undefined ? "the file" : error.instancePath} ${error?.message ?? "is not valid"}`;
    }
  }
  return { problem };
}

/** True for an absolute http:// or https:// address: the only links the federation copies from a member. */
export function isWebLink(link: string): boolean {
  try {
    const url = new URL(link);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** The subset of all.json every published version shares, read loosely; the schema check came first. */
type LooseAll = Omit<AllDownload, "about" | "partnerships"> & {
  about: AllDownload["about"] & { orgId?: string };
  partnerships: (AllDownload["partnerships"][number] & {
    jointId?: string;
    fit?: { position: "below" | "at" | "above"; label: string };
    councilAnnualCost?: { amount?: number };
  })[];
};

/**
 * Reads one member's published data/all.json (and checks its datapackage.json is JSON), or says why the member is
 * unavailable, in one sentence.
 */
export function readMember(
  member: FederationMember,
  read: string,
  allText: string,
  datapackageText: string,
): MemberReading {
  const unavailable = (reason: string): MemberReading => ({ available: false, ...member, read, reason });
  let data: unknown;
  try {
    data = JSON.parse(allText);
  } catch {
    return unavailable("its data/all.json is not valid JSON");
  }
  try {
    const datapackage: unknown = JSON.parse(datapackageText);
    if (
      typeof datapackage !== "object" ||
      datapackage === null ||
      !Array.isArray((datapackage as { resources?: unknown }).resources)
    ) {
      return unavailable("its data/datapackage.json lists no resources");
    }
  } catch {
    return unavailable("its data/datapackage.json is not valid JSON");
  }
  const version = schemaVersionOf(data);
  if ("problem" in version) {
    return unavailable(
      `its data/all.json matches none of the schema versions this federation reads (${SCHEMA_VERSIONS.join(", ")}): ${version.problem}`,
    );
  }
  const all = data as LooseAll;
  if (all.about.orgId !== undefined && all.about.orgId !== member.orgId) {
    return unavailable(
      `it publishes the organisation id ${all.about.orgId}, not ${member.orgId} as federation.json lists`,
    );
  }
  // Slugs become folders of the federation's site and links go into its pages: both are checked, not trusted.
  const slugs = new Set<string>();
  for (const [index, partnership] of all.partnerships.entries()) {
    if (!SLUG_PATTERN.test(partnership.slug) || partnership.slug.length > 100) {
      return unavailable(
        `its data/all.json gives partnership ${index + 1} the slug ${JSON.stringify(partnership.slug.slice(0, 60))}, which is not lowercase letters, digits and hyphens`,
      );
    }
    if (slugs.has(partnership.slug))
      return unavailable(`its data/all.json lists the partnership ${partnership.slug} twice`);
    slugs.add(partnership.slug);
  }
  const unsafe = [
    all.about.homepage,
    ...all.partnerships.flatMap((partnership) => [partnership.url, ...partnership.reviews.map((review) => review.url)]),
  ].find((link) => !isWebLink(link));
  if (unsafe !== undefined)
    return unavailable(
      `its data/all.json links to ${JSON.stringify(unsafe.slice(0, 60))}, which is not an http or https address`,
    );
  const spectrum = all.framework.spectrum.map(({ id, label, order }) => ({ id, label, order }));
  const levels = new Map(spectrum.map((level) => [level.id, level]));
  const partnerships = all.partnerships.map((partnership): MemberPartnership => {
    const current = partnership.reviews.find((review) => review.current && review.status === "published");
    const target = partnership.targetLevel === undefined ? undefined : levels.get(partnership.targetLevel);
    const assessed = current === undefined ? undefined : levels.get(current.assessedLevel);
    const needs = partnership.needsAttention as string[] | undefined;
    const codes = partnership.needsAttentionCodes as string[] | undefined;
    return {
      orgId: member.orgId,
      slug: partnership.slug,
      name: partnership.name,
      summary: partnership.summary,
      form: partnership.form,
      basis: partnership.basis,
      serviceArea: partnership.serviceArea,
      status: partnership.status,
      partners: partnership.partners.map(({ name, sector, orgId }) => ({
        name,
        sector,
        ...(orgId === undefined ? {} : { orgId }),
      })),
      url: partnership.url,
      ...(partnership.jointId === undefined ? {} : { jointId: partnership.jointId }),
      ...(partnership.annualValue === undefined ? {} : { annualValue: partnership.annualValue }),
      ...(partnership.councilAnnualCost?.amount === undefined
        ? {}
        : { councilAnnualCost: partnership.councilAnnualCost.amount }),
      ...(target === undefined ? {} : { targetLevel: target }),
      ...(assessed === undefined || current === undefined
        ? {}
        : { assessed, reviewDate: current.date, reviewUrl: current.url }),
      ...(partnership.fit === undefined ? {} : { fit: partnership.fit }),
      ...(partnership.confidence === undefined ? {} : { confidence: partnership.confidence }),
      ...(needs === undefined
        ? {}
        : {
            reasons: needs.map((text, index) => ({
              text,
              ...(codes?.[index] === undefined ? {} : { code: codes[index] }),
            })),
          }),
    };
  });
  return {
    available: true,
    orgId: member.orgId,
    name: member.name,
    site: member.site,
    version: version.version,
    read,
    asAt: all.about.built,
    title: all.about.title,
    homepage: all.about.homepage,
    dataUrl: new URL("data/all.json", all.about.homepage).href,
    licence: all.about.licence,
    framework: { id: all.framework.id, version: all.framework.version, name: all.framework.name, spectrum },
    partnerships,
  };
}

// A synthetic federation for the benchmark and the federation's tests: N councils, each with a content folder of its
// own made by the synthetic generator, of which a federation needs only the published data (published-data.ts), and
// the federation.json that lists them (content model version 3, "Federation"). Pure: the same options always give the
// same members, files and bytes, whichever member is made first.
import { dayNumber } from "../../src/charts/dates.ts";
import { isoDay } from "../../src/lib/publication.ts";
import type { z } from "zod";
import type { federationSchema } from "../../src/schema/federation.ts";
import { PARTNERSHIP_BASES, PARTNERSHIP_FORMS, type Partner } from "../../src/schema/index.ts";
import { publishedData } from "./published-data.ts";
import { mixSeed, Random } from "./random.ts";
import {
  DEFAULT_NOW,
  generateSyntheticContent,
  type CouncilIdentity,
  type FrameworkKind,
  type GeneratedFile,
  type JointPartnership,
  slugOf,
} from "./synthetic-content.ts";
import { COUNCIL_KINDS, PLACE_ENDS, PLACE_STARTS, SERVICES } from "./vocabulary.ts";

/** What to generate. */
export interface FederationOptions {
  /** How many member councils, 2 to MAX_MEMBERS. */
  members: number;
  /** How many partnerships each member publishes, at least 1. */
  partnerships: number;
  /** How many review rounds each partnership has, at least 1. */
  reviews: number;
  /** Optional, default 1. */
  seed?: number;
  /** Optional, default 2026-01-01: the day every member's data is built as at. */
  now?: string;
}

/** One member council: who it is, its framework, the partnerships it shares, and where its data goes. */
export interface FederationMember {
  index: number;
  /** Its folder under members/, from its place. */
  slug: string;
  council: CouncilIdentity;
  framework: FrameworkKind;
  /** The seed of its content folder. */
  seed: number;
  /** The partnerships it shares with another member, first in its register. */
  joint: JointPartnership[];
}

/** federation.json as written: the content model's shape, from its schema. */
export type FederationFile = z.input<typeof federationSchema>;

/** Everything a federation is made from, before any member's data is. */
export interface FederationPlan {
  options: Required<FederationOptions>;
  members: FederationMember[];
  federation: FederationFile;
}

/** How many members a federation may have: every made-up place name, under each prefix. */
export const MAX_MEMBERS = 2000;

/** The orgIds the sample and the example federation use, never given to a generated member. */
const RESERVED_CODES = ["KSF", "HRB", "FNB", "WNM"];

/** Names told apart when the place names run out: "Great Ashford" after "Ashford". */
const PLACE_PREFIXES = ["", "Great ", "Little ", "Upper ", "Lower ", "Old ", "New "];

/** The framework every member of a kind shares, so that a federation compares their levels. */
const SHARED_FRAMEWORKS: Record<FrameworkKind, { id: string; name: string }> = {
  "six-level": { id: "regional-collaboration", name: "Regional partnership health framework" },
  "four-level": { id: "regional-joint-working", name: "Regional joint working scale" },
};

const FORMS_SHARED = ["shared-service", "shared-management", "shared-delivery", "joint-venture"] as const;
const BASES_SHARED = ["contractual", "mixed", "voluntary"] as const;

/**
 * Returns a three-letter local authority code for a place, as GB-LAE codes are made (its first letter, then two more
 * of its letters in order), that `used` does not hold yet; it is added to `used`.
 */
export function placeCode(place: string, used: Set<string>): string {
  const letters = place.toUpperCase().replace(/[^A-Z]/g, "");
  const first = letters[0] ?? "X";
  const candidates = function* (): Generator<string> {
    for (let j = 1; j < letters.length; j += 1) {
      for (let k = j + 1; k < letters.length; k += 1) yield `${first}${letters[j]}${letters[k]}`;
    }
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const a of alphabet) for (const b of alphabet) yield `${first}${a}${b}`;
  };
  for (const code of candidates()) {
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
  throw new RangeError(`no three-letter code is left for ${place}`);
}

/** Returns `count` councils with distinct places, names and orgIds. */
function councils(count: number, seed: number): CouncilIdentity[] {
  const random = new Random(mixSeed(seed, 0xfed));
  const places = random.sample(
    PLACE_STARTS.flatMap((start) => PLACE_ENDS.map((end) => `${start}${end}`)),
    PLACE_STARTS.length * PLACE_ENDS.length,
  );
  const used = new Set(RESERVED_CODES);
  return Array.from({ length: count }, (_, index) => {
    const place = `${PLACE_PREFIXES[Math.floor(index / places.length)] ?? ""}${places[index % places.length] ?? ""}`;
    const county = `${random.pick(PLACE_STARTS)}${random.pick(PLACE_ENDS)}shire`;
    return {
      name: `${place} ${random.pick(COUNCIL_KINDS)}`,
      place,
      county,
      orgId: `GB-LAE-${placeCode(place, used)}`,
    };
  });
}

/** Returns the joint partnership two members share, as each of them publishes it (the slug names the other). */
function jointPair(
  a: CouncilIdentity,
  b: CouncilIdentity,
  pair: number,
  slot: number,
): [JointPartnership, JointPartnership] {
  const service = SERVICES[(pair * 3 + slot * 5) % SERVICES.length];
  if (service === undefined) throw new Error("the vocabulary has no services");
  const partners: Partner[] = [
    { name: a.name, sector: "public", role: "lead", orgId: a.orgId },
    { name: b.name, sector: "public", role: "member", orgId: b.orgId },
  ];
  const shared = {
    jointId: `${a.orgId}+${b.orgId}/${service.key}`,
    name: `${a.place} and ${b.place} ${service.name}`,
    service: service.key,
    form: FORMS_SHARED[(pair + slot) % FORMS_SHARED.length] as (typeof PARTNERSHIP_FORMS)[number],
    basis: BASES_SHARED[(pair + slot) % BASES_SHARED.length] as (typeof PARTNERSHIP_BASES)[number],
    // Both councils give the whole partnership's value and pay half of it, so their council shares compare.
    annualValue: (20 + ((pair * 7 + slot * 11) % 60)) * 25_000,
    councilSharePercent: 50,
    partners,
  };
  return [
    { ...shared, slug: `${service.key}-with-${slugOf(b.place)}` },
    { ...shared, slug: `${service.key}-with-${slugOf(a.place)}` },
  ];
}

/** Returns a date N days before a YYYY-MM-DD date. */
function daysBefore(date: string, days: number): string {
  return isoDay(new Date((dayNumber(date) - days) * 86_400_000));
}

/**
 * Returns the plan of a federation: its members in pairs, every other pair sharing one partnership by jointId (every
 * fourth pair two, told apart by jointId), one member in five on the four-level framework, and federation.json.
 */
export function planFederation(options: FederationOptions): FederationPlan {
  const { members: count, partnerships, reviews } = options;
  const seed = options.seed ?? 1;
  const now = options.now ?? DEFAULT_NOW;
  if (!Number.isInteger(count) || count < 2 || count > MAX_MEMBERS) {
    throw new RangeError(`members must be a whole number from 2 to ${MAX_MEMBERS}`);
  }
  if (!Number.isInteger(partnerships) || partnerships < 1) {
    throw new RangeError("partnerships must be a whole number of at least 1");
  }
  if (!Number.isInteger(reviews) || reviews < 1) throw new RangeError("reviews must be a whole number of at least 1");
  if (!Number.isInteger(seed)) throw new RangeError("seed must be a whole number");
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(now) ||
    Number.isNaN(dayNumber(now)) ||
    isoDay(new Date(dayNumber(now) * 86_400_000)) !== now
  ) {
    throw new RangeError(`now must be a date written as YYYY-MM-DD, not "${now}"`);
  }
  const identities = councils(count, seed);
  const members: FederationMember[] = identities.map((council, index) => ({
    index,
    slug: slugOf(council.place),
    council,
    framework: index % 5 === 2 ? "four-level" : "six-level",
    seed: mixSeed(seed, index + 1, 0xfed),
    joint: [],
  }));
  for (let pair = 0; 2 * pair + 1 < count; pair += 2) {
    const [a, b] = [members[2 * pair], members[2 * pair + 1]];
    if (a === undefined || b === undefined) continue;
    const slots = Math.min(pair % 4 === 0 ? 2 : 1, partnerships);
    for (let slot = 0; slot < slots; slot += 1) {
      const [forA, forB] = jointPair(a.council, b.council, pair, slot);
      a.joint.push(forA);
      b.joint.push(forB);
    }
  }
  const federation: FederationFile = {
    title: `Partnership reviews of ${count} councils`,
    organisation: {
      name: "Regional Partnerships Observatory",
      orgId: `GB-COH-${String(10_000_000 + (Math.abs(seed) % 89_999_999))}`,
    },
    url: "https://observatory.example.org.uk",
    licence: {
      name: "Open Government Licence v3.0",
      url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
    },
    contact: { email: "observatory@example.org.uk" },
    accessibility: { lastReviewed: daysBefore(now, 90) },
    members: members.map((member) => ({
      orgId: member.council.orgId,
      name: member.council.name,
      site: `members/${member.slug}`,
    })),
  };
  return { options: { members: count, partnerships, reviews, seed, now }, members, federation };
}

/** Returns federation.json as a file: two-space indents and a final newline. */
export function federationJson(federation: FederationFile): string {
  return `${JSON.stringify(federation, null, 2)}\n`;
}

/** Returns one member's files in the federation folder: its published data under members/<slug>/. */
export function memberFiles(plan: FederationPlan, member: FederationMember): GeneratedFile[] {
  const { partnerships, reviews, now } = plan.options;
  const content = generateSyntheticContent({
    partnerships,
    reviews,
    seed: member.seed,
    now,
    framework: member.framework,
    councilCosts: true,
    council: member.council,
    frameworkIdentity: SHARED_FRAMEWORKS[member.framework],
    joint: member.joint,
  });
  return publishedData(content.files, now).map((file) => ({
    path: `members/${member.slug}/${file.path}`,
    text: file.text,
  }));
}

// Synthetic content for scale tests and the benchmark: a seed and sizes in, a valid content folder's
// files out. Pure: no file system, no clock (pass "now" in), randomness only from the seeded generator.
import { max, median, min } from "d3-array";
import {
  BENEFIT_CATEGORIES,
  COST_BENEFIT_BASES,
  COST_BENEFIT_KINDS,
  PARTNER_ROLES,
  PARTNER_SECTORS,
  PARTNERSHIP_BASES,
  PARTNERSHIP_FORMS,
  PRIORITIES,
  REVIEW_TYPES,
  RISK_CATEGORIES,
  type Partner,
  type RecommendationStatus,
} from "../../src/schema/index.ts";
import { dayNumber } from "../../src/charts/dates.ts";
import { isoDay } from "../../src/lib/publication.ts";
import { capitalise, formatMoney, MONTHS, numberWord } from "../../src/lib/words.ts";
import { markdownFile } from "./front-matter.ts";
import { mixSeed, Random } from "./random.ts";
import {
  SPECTRUM,
  FOUR_LEVEL_SPECTRUM,
  FACTORS,
  type FactorId,
  GROUPS,
  type GroupId,
  GROUP_BIAS,
  GROUP_METHOD,
  PLACE_STARTS,
  PLACE_ENDS,
  COUNCIL_KINDS,
  COMPANY_WORDS,
  type ServiceArea,
  SERVICES,
  GENERAL_STATUTES,
  LEAD_ROLES,
  OWNER_ROLES,
  REVIEW_SUFFIX,
  REVIEW_TYPE_TITLE,
  METHOD_SENTENCES,
  CONTEXT_SENTENCES,
  STRONG_SENTENCES,
  WEAK_SENTENCES,
  GAP_SENTENCES,
  LINK_SENTENCES,
  EVIDENCE_SENTENCES,
  GROUP_VIEW_SENTENCES,
  EXTRA_SECTIONS,
  CONCLUSION_SENTENCES,
  CONCLUSION_TARGET,
  COMMENTS,
  RISK_TITLES,
  MITIGATIONS,
  RECOMMENDATION_TEXTS,
  UPDATE_NOTES,
  GOOD_PRACTICE,
  COST_DESCRIPTIONS,
  WITHDRAWN_REASONS,
  INTERNAL_NOTES,
  SCOPES,
  FORM_PHRASES,
} from "./vocabulary.ts";

/** What to generate. */
export interface SyntheticOptions {
  /** How many partnerships, at least 1. */
  partnerships: number;
  /** How many review rounds each partnership has, at least 1. */
  reviews: number;
  /** Optional, default 1: the same seed and sizes always give the same files. */
  seed?: number;
  /** Optional, default 2026-01-01: the day embargoes and due dates are set against (YYYY-MM-DD). */
  now?: string;
  /**
   * Optional, default "six-level": the framework's spectrum. "four-level" has four levels with ids and labels of
   * its own and thresholds other than the defaults (agreeBelow 0.6, gapThreshold 1.2, changeThreshold 0.3), so that
   * nothing that assumes the default framework passes unnoticed.
   */
  framework?: FrameworkKind;
  /**
   * Optional, default false: in every review, place one factor's spread exactly on agreeBelow and another's exactly
   * on gapThreshold, and move a third factor's consensus by exactly changeThreshold from one review to the next, so
   * that every band edge and the change threshold are met exactly.
   */
  edges?: boolean;
  /**
   * Optional: the publishing council, named and identified (site.json then gives its orgId). Without it the council
   * is made up from the seed, and site.json gives no orgId.
   */
  council?: CouncilIdentity;
  /**
   * Optional, default false: now and then a partnership states what the council pays into it a year, or the council's
   * share of its annual value (content model version 3), drawn from a stream of their own.
   */
  councilCosts?: boolean;
  /** Optional: the framework's id and name; without them both are made from the council's place. */
  frameworkIdentity?: { id: string; name: string };
  /**
   * Optional: partnerships the council shares with other councils, each published by every one of them under the same
   * jointId. They are the first partnerships, in this order, and always active; the rest are made up as usual.
   */
  joint?: readonly JointPartnership[];
}

/** A council as a federation knows it: its name, its place and county for the words, and its org-id.guide id. */
export interface CouncilIdentity {
  name: string;
  place: string;
  county: string;
  /** Such as GB-LAE-HRB; its last part, in lower case, starts every recommendation id. */
  orgId: string;
}

/** A partnership shared between councils: every council that publishes it gives the same jointId and partners. */
export interface JointPartnership {
  jointId: string;
  slug: string;
  name: string;
  /** The key of a service in the vocabulary, such as "waste": its service area and the words about it. */
  service: string;
  form?: (typeof PARTNERSHIP_FORMS)[number];
  basis?: (typeof PARTNERSHIP_BASES)[number];
  /** The whole partnership's annual value, all partners together, the same for every council that publishes it. */
  annualValue?: number;
  /** The publishing council's share of the partnership's money, per cent. */
  councilSharePercent?: number;
  /** Every partner, the publishing council among them, with the councils' orgIds. */
  partners: readonly Partner[];
}

/** The frameworks the generator writes. */
export const FRAMEWORK_KINDS = ["six-level", "four-level"] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];

/** One file of the content folder, with its path relative to the folder. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** How many of each feature the generated content holds, so a test or the benchmark can check it exercises them. */
export interface SyntheticSummary {
  now: string;
  /** "now" as SOURCE_DATE_EPOCH (seconds), to build the content as the generator intended. */
  sourceDateEpoch: number;
  partnerships: number;
  reviews: number;
  published: number;
  drafts: number;
  embargoed: number;
  withdrawn: number;
  mdx: number;
  withInternalNotes: number;
  ratings: number;
  suppressedRatings: number;
  singleGroupFactors: number;
  perceptionGaps: number;
  risks: number;
  internalRisks: number;
  recommendations: number;
  internalRecommendations: number;
  recommendationUpdates: number;
  /** Updates about a recommendation that an earlier review had already updated. */
  chainedUpdates: number;
  goodPractice: number;
  costsBenefits: number;
  /** Words in review bodies: the shortest, median and longest. */
  reviewWords: { min: number; median: number; max: number };
  forms: string[];
  bases: string[];
  sectors: string[];
  roles: string[];
  statuses: string[];
  reviewTypes: string[];
}

/** The generated content folder. */
export interface SyntheticContent {
  files: GeneratedFile[];
  summary: SyntheticSummary;
}

/** The default "now": fixed, so that generated content never depends on the clock. */
export const DEFAULT_NOW = "2026-01-01";

/** Returns a made-up English place name, such as "Stancombe". */
function placeName(random: Random): string {
  return `${random.pick(PLACE_STARTS)}${random.pick(PLACE_ENDS)}`;
}

/** Returns the words as a slug: lowercase letters and digits joined by single hyphens. */
export function slugOf(words: string): string {
  return words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Returns an organisation's name for a partner sector. */
function organisationName(random: Random, sector: (typeof PARTNER_SECTORS)[number], county: string): string {
  const place = placeName(random);
  switch (sector) {
    case "public":
      return random.pick([
        `${place} District Council`,
        `${county} County Council`,
        `${county} Fire and Rescue Service`,
        `${place} Town Council`,
      ]);
    case "private":
      return random.pick([
        `${random.pick(COMPANY_WORDS)} Services Ltd`,
        `${random.pick(COMPANY_WORDS)} Environmental Ltd`,
        `${random.pick(COMPANY_WORDS)} Facilities plc`,
      ]);
    case "voluntary":
      return random.pick([
        `Citizens Advice ${place}`,
        `${place} Council for Voluntary Service`,
        `${county} Community Foundation`,
      ]);
    case "health":
      return random.pick([`${county} Integrated Care Board`, `${place} and ${county} NHS Foundation Trust`]);
    case "police":
      return random.pick([`${county} Police`, `Office of the ${county} Police and Crime Commissioner`]);
    case "education":
      return random.pick([`${place} College`, `University of ${place}`, `${place} Learning Trust`]);
    default:
      return random.pick([`${place} Housing Association`, `${county} Chamber of Commerce`, `${place} Homes`]);
  }
}

// Dates are whole days since 1970 (UTC), so that nothing reads the clock.
const DAY_MS = 86_400_000;

/** Returns the YYYY-MM-DD date of a day number. */
function toIso(day: number): string {
  return isoDay(new Date(day * DAY_MS));
}

/** Returns the calendar year of a day number. */
function yearOf(day: number): number {
  return Number(toIso(day).slice(0, 4));
}

/** Returns the financial year a day falls in, as "2024/25". */
function financialYear(day: number): string {
  const iso = toIso(day);
  const year = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** Returns the template with each {slot} replaced from `values`. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Returns the sentences joined, keeping whole sentences while the text stays within `limit` characters. */
function withinLimit(sentences: readonly string[], limit: number): string {
  let text = "";
  for (const sentence of sentences) {
    const next = text === "" ? sentence : `${text} ${sentence}`;
    if (next.length > limit) break;
    text = next;
  }
  return text;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

/** Returns the money as written in prose, such as "£1.2 million" or "£85,000". */
function money(amount: number): string {
  return amount >= 1_000_000 ? `£${(amount / 1_000_000).toFixed(1)} million` : formatMoney(amount);
}

// ---- the plan: every partnership and review, before it is written out ----

interface TrackedRec {
  id: string;
  status: RecommendationStatus;
  internal: boolean;
  updated: boolean;
}

/** The summary's list fields, gathered as sets while generating and sorted at the end. */
type ListField = "forms" | "bases" | "sectors" | "roles" | "statuses" | "reviewTypes";

/** The summary's counts as they are gathered: every word count, and each list as a set. */
type Counts = Omit<
  SyntheticSummary,
  "now" | "sourceDateEpoch" | "partnerships" | "reviews" | "reviewWords" | ListField
> &
  Record<ListField, Set<string>> & { words: number[] };

interface Council {
  name: string;
  place: string;
  county: string;
  code: string;
  host: string;
  /** Given only with the council's identity: site.json then names it, and partners use it. */
  orgId?: string;
}

/** Returns the council of an identity: its words as given, its host from its place, its code from its orgId. */
function identifiedCouncil(identity: CouncilIdentity): Council {
  const { name, place, county, orgId } = identity;
  return { name, place, county, orgId, code: (orgId.split("-").at(-1) ?? orgId).toLowerCase(), host: slugOf(place) };
}

function makeCouncil(seed: number): Council {
  const random = new Random(mixSeed(seed, 0xc0c0));
  const place = placeName(random);
  let county = placeName(random);
  if (county === place) county = `${county}shire`;
  const name = `${place} ${random.pick(COUNCIL_KINDS)}`;
  return { name, place, county, code: place.slice(0, 3).toLowerCase(), host: slugOf(place) };
}

function siteJson(council: Council, now: string): string {
  const site = {
    title: `${council.place} partnership reviews`,
    organisation: {
      name: council.name,
      url: `https://${council.host}.example.gov.uk`,
      ...(council.orgId === undefined ? {} : { orgId: council.orgId }),
    },
    url: `https://partnerships.${council.host}.example.gov.uk`,
    language: "en-GB",
    licence: {
      name: "Open Government Licence v3.0",
      url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
    },
    contact: {
      email: `partnerships@${council.host}.example.gov.uk`,
      accessibilityEmail: `accessibility@${council.host}.example.gov.uk`,
    },
    accessibility: {
      lastReviewed: toIso(dayNumber(now) - 90),
      knownIssues: ["Charts printed in black and white lose their colours, but each has a data table beside it."],
    },
  };
  return `${JSON.stringify(site, null, 2)}\n`;
}

/** Returns which side a stakeholder group speaks for, so "partners disagree" can be found. */
function sideOf(group: string): "council" | "partner" | "service-user" | "independent" {
  if (group.startsWith("council-")) return "council";
  if (group.startsWith("partner-")) return "partner";
  return group === "service-users" ? "service-user" : "independent";
}

/**
 * The spectrum reviews are rated on, and the thresholds the edges are placed on. Levels are planned on the six-level
 * scale and mapped onto the spectrum by `toScale`, so every seed keeps its shape whatever the framework.
 */
interface Scale {
  spectrum: readonly (readonly [string, string, string])[];
  ids: readonly string[];
  /** Level names as written in prose, lower case. */
  labels: readonly string[];
  top: number;
  agreeBelow: number;
  gapThreshold: number;
  changeThreshold: number;
  /** Framework thresholds written to framework.json beside the triangulation ones, if any. */
  thresholds?: Record<string, number>;
  /** Returns a level planned on the six-level scale on this spectrum. */
  toScale: (level: number) => number;
}

/** Returns the scale of a framework kind. */
function scaleOf(kind: FrameworkKind): Scale {
  const spectrum = kind === "four-level" ? FOUR_LEVEL_SPECTRUM : SPECTRUM;
  const shared = {
    spectrum,
    ids: spectrum.map(([id]) => id),
    labels: spectrum.map(([, label]) => label.toLowerCase()),
    top: spectrum.length,
  };
  return kind === "four-level"
    ? {
        ...shared,
        agreeBelow: 0.6,
        gapThreshold: 1.2,
        changeThreshold: 0.3,
        thresholds: { changeThreshold: 0.3 },
        toScale: (level) => 1 + ((level - 1) * 3) / 5,
      }
    : { ...shared, agreeBelow: 1, gapThreshold: 2, changeThreshold: 0.5, toScale: (level) => level };
}

function frameworkJson(council: Council, scale: Scale, identity?: { id: string; name: string }): string {
  const four = scale.top === 4;
  const framework = {
    id: identity?.id ?? `${council.host}-${four ? "joint-working" : "collaboration"}`,
    version: "2.0",
    name: identity?.name ?? `${council.place} ${four ? "joint working scale" : "partnership health framework"}`,
    basedOn: "BS 11000 / ISO 44001 collaborative business relationships",
    spectrum: scale.spectrum.map(([id, label, definition], index) => ({ id, order: index + 1, label, definition })),
    factors: FACTORS.map(([id, label, description]) => ({ id, label, description })),
    stakeholderGroups: GROUPS.map(([id, label, description]) => ({ id, label, description, side: sideOf(id) })),
    triangulation: {
      minGroups: 2,
      gapThreshold: scale.gapThreshold,
      minRespondents: 3,
      ...(four ? { agreeBelow: scale.agreeBelow } : {}),
    },
    ...(scale.thresholds === undefined ? {} : { thresholds: scale.thresholds }),
  };
  return `${JSON.stringify(framework, null, 2)}\n`;
}
const FACTOR_IDS = FACTORS.map(([id]) => id);
const GROUP_IDS = GROUPS.map(([id]) => id);
const GROUP_LABELS = Object.fromEntries(GROUPS.map(([id, label]) => [id, label.toLowerCase()])) as Record<
  GroupId,
  string
>;
const FACTOR_LABELS = Object.fromEntries(FACTORS.map(([id, label]) => [id, label])) as Record<FactorId, string>;

/** Returns a level rounded to one decimal within the spectrum; a ratings file holds no more decimals. */
function clampLevel(level: number, top = 6): number {
  return Math.round(Math.min(top, Math.max(1, level)) * 10) / 10;
}

/** What a partnership needs to know while its reviews are written. */
interface PartnershipPlan {
  index: number;
  slug: string;
  name: string;
  service: ServiceArea;
  target: number | undefined;
  governance: string;
  partnerCount: number;
  value: number;
  startDay: number;
  scale: Scale;
  edges: boolean;
}

/** Returns the order of the partnership's target level on its spectrum (the plan keeps it on the six-level scale). */
function targetOrder(plan: PartnershipPlan): number {
  return plan.target === undefined ? 0 : Math.round(plan.scale.toScale(plan.target));
}

/** Returns the next status of a recommendation at a later review. */
function nextStatus(random: Random, status: RecommendationStatus): RecommendationStatus {
  const roll = random.float();
  if (status === "open") {
    if (roll < 0.4) return "in-progress";
    if (roll < 0.75) return "implemented";
    if (roll < 0.85) return "not-accepted";
    if (roll < 0.9) return "superseded";
    return "open";
  }
  if (roll < 0.6) return "implemented";
  if (roll < 0.9) return "in-progress";
  return "superseded";
}

function isClosed(status: RecommendationStatus): boolean {
  return status === "implemented" || status === "not-accepted" || status === "superseded";
}

/** Returns a partnership's council share of its annual value, or the council's stated annual cost, or neither. */
function councilCostFields(random: Random, annualValue: number): Record<string, number> {
  if (random.chance(0.5)) return { councilSharePercent: random.int(10, 90) };
  if (random.chance(0.4)) return { councilAnnualCost: Math.round((annualValue * random.int(10, 90)) / 100) };
  return {};
}

/** Returns the service with this key, or throws a RangeError naming the keys there are. */
function serviceOf(key: string): ServiceArea {
  const service = SERVICES.find((item) => item.key === key);
  if (service === undefined) {
    throw new RangeError(
      `a joint partnership's service must be one of ${SERVICES.map((item) => item.key).join(", ")}, not "${key}"`,
    );
  }
  return service;
}

/** Returns every file of one partnership: its register entry and its reviews. */
function generatePartnership(
  seed: number,
  index: number,
  rounds: number,
  nowDay: number,
  council: Council,
  usedSlugs: Set<string>,
  counts: Counts,
  scale: Scale,
  edges: boolean,
  councilCosts: boolean,
  joint?: JointPartnership,
): GeneratedFile[] {
  const random = new Random(mixSeed(seed, index + 1));
  const service = joint === undefined ? (SERVICES[index % SERVICES.length] as ServiceArea) : serviceOf(joint.service);
  const form =
    joint?.form ?? (PARTNERSHIP_FORMS[index % PARTNERSHIP_FORMS.length] as (typeof PARTNERSHIP_FORMS)[number]);
  const basis =
    joint?.basis ?? (PARTNERSHIP_BASES[index % PARTNERSHIP_BASES.length] as (typeof PARTNERSHIP_BASES)[number]);
  const place = placeName(random);
  let slug = joint?.slug ?? `${service.key}-${slugOf(place)}`;
  for (let n = 2; usedSlugs.has(slug); n += 1) slug = `${service.key}-${slugOf(place)}-${n}`;
  usedSlugs.add(slug);
  const name = joint?.name ?? `${place} ${service.name}`;

  // Review dates, newest last: the last round falls within two years before "now"; each earlier one
  // at least a year before the next, so that review ids (which start with the year) never clash.
  const kind = index % 10;
  const embargoed = kind === 3;
  const draft = kind === 6;
  const withdrawnRound = index % 13 === 5 ? Math.max(0, rounds - 2) : -1;
  const reviewDays: number[] = [];
  let day = embargoed ? nowDay - random.int(5, 40) : nowDay - random.int(20, 700);
  for (let round = rounds - 1; round >= 0; round -= 1) {
    reviewDays[round] = day;
    day -= random.int(400, 1100);
  }
  const firstDay = reviewDays[0] ?? nowDay;
  // A joint partnership is active: the councils that publish it agree on that much.
  const status =
    joint !== undefined
      ? "active"
      : index % 10 === 7
        ? "proposed"
        : index % 10 === 4
          ? "ended"
          : index % 5 === 0
            ? undefined
            : "active";
  const startDay = status === "proposed" ? nowDay + random.int(60, 400) : firstDay - random.int(200, 1500);
  const lastDay = reviewDays[rounds - 1] ?? nowDay;
  const endDay = status === "ended" ? lastDay + random.int(30, 400) : undefined;
  const target = random.chance(0.85) ? random.int(2, 6) : undefined;
  const value = joint?.annualValue ?? random.int(2, 400) * 5000;
  const governance = `${place} ${random.pick(["Partnership Board", "Joint Committee", "Shareholder Board", "Strategic Board"])}`;

  const drawnCount = random.int(1, 6);
  const drawn = Array.from({ length: drawnCount }, (_, n): Partner => {
    const sector =
      n === 0
        ? "public"
        : (PARTNER_SECTORS[(index + n * 3) % PARTNER_SECTORS.length] as (typeof PARTNER_SECTORS)[number]);
    const role =
      n === 0
        ? (["lead", "accountable-body"] as const)[index % 2]
        : (index + n) % 5 === 0
          ? undefined
          : (PARTNER_ROLES[(index + n) % PARTNER_ROLES.length] as (typeof PARTNER_ROLES)[number]);
    return {
      name: n === 0 ? council.name : organisationName(random, sector, council.county),
      sector,
      ...(role === undefined ? {} : { role }),
      // The lead council by its local-authority identifier, in org-id.guide form.
      ...(n === 0 ? { orgId: council.orgId ?? `GB-LAE-${council.code.toUpperCase()}` } : {}),
    };
  });
  const partners = joint?.partners ?? drawn;
  const partnerCount = partners.length;
  for (const partner of partners) {
    counts.sectors.add(partner.sector);
    if (partner.role !== undefined) counts.roles.add(partner.role);
  }
  counts.forms.add(form);
  counts.bases.add(basis);
  counts.statuses.add(status ?? "active");

  const summary = withinLimit(
    [
      `${partnerCount === 1 ? `${council.name} provides` : `${capitalise(numberWord(partnerCount))} organisations provide`} ${service.work} through ${FORM_PHRASES[form]}.`,
      random.pick([
        "It aims to make the service more resilient and less costly for every partner.",
        "It was set up to give residents one service wherever they live.",
        "It brings specialist skills that no partner could afford on its own.",
      ]),
      `It is governed by the ${governance}.`,
    ],
    300,
  );
  const roleText = (role: string | undefined): string =>
    role === undefined ? "" : role === "accountable-body" ? ", the accountable body" : `, ${role}`;
  const partnershipBody = [
    `The ${name} provides ${service.work}. ${random.pick(CONTEXT_SENTENCES.slice(4))} ${fill(random.pick(CONTEXT_SENTENCES.slice(0, 3)), { work: service.work, partnerCount, value: money(value), startYear: yearOf(startDay), percent: random.int(5, 30) })}`,
    "## Who is involved",
    partners.map((partner) => `- ${partner.name} (${partner.sector}${roleText(partner.role)})`).join("\n"),
    "## How it is governed",
    `${fill(CONTEXT_SENTENCES[3] as string, { governance })} ${basis === "statutory" ? "The partnership exists because the law requires the partners to work together." : "The partners set out their commitments in a written agreement, reviewed every few years."} ${random.pick(LINK_SENTENCES)}`,
    "## Why it exists",
    `${random.pick([
      "No partner could recruit or keep the specialists it needed on its own.",
      "The partners wanted one service for residents, wherever they live.",
      "Sharing the service was expected to save money and improve resilience.",
    ])} The original business case, agreed in ${yearOf(startDay)}, promised savings of ${money(random.int(5, 60) * 5000)} a year. ${random.pick(EXTRA_SECTIONS[2]?.[1] ?? [])}`,
  ].join("\n\n");
  const partnershipFile: GeneratedFile = {
    path: `partnerships/${slug}.md`,
    text: markdownFile(
      {
        name,
        summary,
        form,
        basis,
        statutoryRef:
          basis === "statutory"
            ? (service.statutoryRef ?? GENERAL_STATUTES[index % GENERAL_STATUTES.length])
            : undefined,
        serviceArea: service.area,
        partners: partners.map((partner) => ({
          name: partner.name,
          sector: partner.sector,
          role: partner.role,
          orgId: partner.orgId,
        })),
        leadRole: LEAD_ROLES[index % LEAD_ROLES.length],
        governanceBody: random.chance(0.8) ? governance : undefined,
        startDate: toIso(startDay),
        endDate: endDay === undefined ? undefined : toIso(endDay),
        annualValue: joint?.annualValue ?? (random.chance(0.9) ? value : undefined),
        ...(joint === undefined
          ? councilCosts
            ? councilCostFields(new Random(mixSeed(seed, 0xc057, index)), value)
            : {}
          : { councilSharePercent: joint.councilSharePercent }),
        targetLevel: target === undefined ? undefined : scale.ids[Math.round(scale.toScale(target)) - 1],
        status,
        tags: random.chance(0.7)
          ? [service.area.toLowerCase(), random.pick(["savings", "resilience", place])]
          : undefined,
        ...version2Partnership(new Random(mixSeed(seed, 0x7e2, index)), status, basis, startDay, endDay, governance),
        jointId: joint?.jointId,
      },
      partnershipBody,
    ),
  };

  const plan: PartnershipPlan = {
    index,
    slug,
    name,
    service,
    target,
    governance,
    partnerCount,
    value,
    startDay,
    scale,
    edges,
  };
  const files: GeneratedFile[] = [partnershipFile];
  const tracked: TrackedRec[] = [];
  let level = 1.5 + random.float() * 3;
  for (let round = 0; round < rounds; round += 1) {
    level = Math.min(5.8, Math.max(1.2, level + (random.float() - 0.35) * 0.9));
    const reviewDay = reviewDays[round] ?? nowDay;
    const last = round === rounds - 1;
    const reviewStatus =
      round === withdrawnRound
        ? "withdrawn"
        : last && draft
          ? "draft"
          : ("published" as "published" | "draft" | "withdrawn");
    files.push(
      ...generateReview(
        random,
        plan,
        round,
        reviewDay,
        reviewStatus,
        last && embargoed,
        level,
        nowDay,
        council,
        tracked,
        counts,
      ),
    );
    if (reviewStatus === "published" && !(last && embargoed)) {
      const update = progressUpdate(
        new Random(mixSeed(seed, 0x7e3, index, round)),
        slug,
        tracked.filter((rec) => !rec.internal && rec.id.startsWith(`${council.code}-${yearOf(reviewDay)}-${slug}-`)),
        reviewDay,
        reviewDays[round + 1] ?? nowDay,
      );
      if (update !== undefined) files.push(update);
    }
  }
  return files;
}

/**
 * Returns a progress update on a review's recommendations, dated halfway to the next review (or to now), or
 * undefined when there is no day between them or, now and then, when none was written.
 */
function progressUpdate(
  random: Random,
  slug: string,
  recommendations: readonly TrackedRec[],
  reviewDay: number,
  nextDay: number,
): GeneratedFile | undefined {
  const day = reviewDay + Math.floor((nextDay - reviewDay) / 2);
  if (recommendations.length === 0 || day <= reviewDay || day >= nextDay || !random.chance(0.6)) return undefined;
  const date = toIso(day);
  const update = {
    date,
    status: random.chance(0.9) ? "published" : "draft",
    authorRole: random.pick(OWNER_ROLES),
    recommendationUpdates: random.sample(recommendations, Math.min(2, recommendations.length)).map((rec) => {
      const status = random.pick(["in-progress", "in-progress", "implemented"] as const);
      return { id: rec.id, status, note: random.pick(UPDATE_NOTES[status]) };
    }),
  };
  return { path: `updates/${slug}/${date}.json`, text: `${JSON.stringify(update, null, 2)}\n` };
}

const LIFECYCLE_ACTIVE = ["working-together", "value-creation", "staying-together"] as const;

/**
 * Returns a partnership's version 2 fields: lifecycle stage, agreement, accountability and exit arrangements.
 * They are drawn from a stream of their own, so the version 1 fields stay as they were for every seed.
 */
function version2Partnership(
  random: Random,
  status: string | undefined,
  basis: string,
  startDay: number,
  endDay: number | undefined,
  governance: string,
): Record<string, unknown> {
  const lifecycleStage =
    status === "proposed"
      ? random.pick(["knowledge", "internal-assessment", "partner-selection"] as const)
      : status === "ended"
        ? "exit-strategy"
        : random.pick(LIFECYCLE_ACTIVE);
  const agreementEnd = endDay ?? startDay + random.int(4, 10) * 365;
  const agreement =
    basis === "statutory" || !random.chance(0.8)
      ? undefined
      : {
          kind: random.pick([
            "inter-authority agreement",
            "contract",
            "shareholder agreement",
            "memorandum of understanding",
          ]),
          start: toIso(startDay),
          end: toIso(agreementEnd),
          ...(random.chance(0.4) ? { breakClause: toIso(startDay + Math.floor((agreementEnd - startDay) / 2)) } : {}),
        };
  return {
    lifecycleStage,
    agreement,
    accountability: random.chance(0.85)
      ? {
          portfolio: random.pick([
            "Cabinet Member for Resources",
            "Cabinet Member for Communities",
            "Leader of the Council",
          ]),
          committee: random.pick(["Overview and Scrutiny Committee", "Audit and Governance Committee", governance]),
          seniorResponsibleOfficer: random.pick(["Chief Executive", "Director of Resources", "Director of Place"]),
        }
      : undefined,
    exitArrangements: random.chance(0.5)
      ? random.pick([
          "Either partner may leave with twelve months' notice; staff transfer back to their original employer.",
          "On exit, assets are divided in proportion to each partner's contributions over the previous three years.",
          "The agreement sets out a six-month exit plan agreed by the joint committee.",
        ])
      : undefined,
  };
}

const HEALTH_FINDINGS = {
  strong: "Works well: clear plans, owned by the partners and followed through.",
  adequate: "Works, but depends on a few people and is not written down.",
  weak: "Plans exist but are not monitored; partners learn of problems late.",
  failing: "Not working: no agreed plan, and reports are months late.",
} as const;

/**
 * Returns a review's version 2 additions: the assurance opinion, factor judgements, and functions that add
 * inherent scores, who carries a risk and its trend, management responses, and cashable amounts, council
 * shares and business-case figures to the version 1 lists. They draw from a stream of their own.
 */
function version2Review(random: Random, day: number, nowDay: number, level: number, reviewType: string) {
  const assurance =
    reviewType === "internal-audit" || random.chance(0.2)
      ? random.pick(["substantial", "reasonable", "reasonable", "limited", "none"] as const)
      : undefined;
  const judged = random.chance(0.6) ? random.sample(FACTOR_IDS, random.int(2, 4)) : [];
  const factorJudgements = judged.map((factor) => {
    const score = level + (random.float() - 0.5) * 2.5;
    const health = score >= 4.3 ? "strong" : score >= 3 ? "adequate" : score >= 2 ? "weak" : "failing";
    return { factor, health, finding: HEALTH_FINDINGS[health] };
  });
  const responseDay = day + random.int(20, 60);
  return {
    assurance,
    factorJudgements,
    risk: <R extends { likelihood: number; impact: number }>(risk: R) => ({
      ...risk,
      ...(random.chance(0.7)
        ? {
            inherentLikelihood: Math.min(5, risk.likelihood + random.int(0, 2)),
            inherentImpact: Math.min(5, risk.impact + random.int(0, 1)),
          }
        : {}),
      ...(random.chance(0.8) ? { carriedBy: random.pick(["council", "partners", "shared", "supplier"] as const) } : {}),
      ...(random.chance(0.7) ? { trend: random.pick(["rising", "steady", "steady", "falling"] as const) } : {}),
    }),
    recommendation: <R extends object>(recommendation: R) =>
      random.chance(0.7)
        ? {
            ...recommendation,
            response: {
              decision: random.pick(["accepted", "accepted", "accepted", "partly-accepted", "rejected"] as const),
              ...(random.chance(0.6) ? { text: random.pick(RESPONSE_TEXTS) } : {}),
              ...(responseDay <= nowDay ? { date: toIso(responseDay) } : {}),
            },
          }
        : recommendation,
    costBenefit: <C extends { kind: string; amount?: number }>(line: C) => {
      // Now and then a saving is really cost avoidance: money not spent, not money released.
      const kind = line.kind === "saving" && random.chance(0.3) ? "cost-avoidance" : line.kind;
      const money = line.amount;
      return {
        ...line,
        kind,
        ...((kind === "saving" || kind === "income") && random.chance(0.8) ? { cashable: random.chance(0.7) } : {}),
        ...(money !== undefined && random.chance(0.6)
          ? { councilShare: Math.round(money * random.int(20, 100)) / 100 }
          : {}),
        ...(money !== undefined && random.chance(0.5)
          ? { expected: Math.round(money * (0.8 + random.float() * 0.6)) }
          : {}),
      };
    },
  };
}

const RESPONSE_TEXTS = [
  "Management agrees and has put the work into next year's service plan.",
  "Agreed in part: the partners will review the measures but not the governance structure.",
  "Not accepted: the cost would outweigh the benefit at the partnership's present size.",
];

/** Returns a number rounded to one decimal, as a ratings file holds it. */
function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Sets the levels of the first four factors' ratings so that they sit exactly on the framework's edges: the first
 * factor's spread is agreeBelow, the second's gapThreshold; the third's consensus moves by exactly changeThreshold
 * from one review round to the next, the fourth's by a tenth less. No edge view is withheld. Returns how many
 * ratings were made publishable again.
 */
function placeOnEdges(ratings: Record<string, string | number>[], scale: Scale, round: number): number {
  const [spreadAgree, spreadGap, moveAt, moveBelow] = FACTOR_IDS;
  const base = oneDecimal(scale.toScale(3));
  const up = round % 2 === 1;
  let restored = 0;
  const byFactor = (factor: string | undefined) => ratings.filter((rating) => rating.factor === factor);
  const spreadOf = (list: Record<string, string | number>[], low: number, spread: number): void => {
    list.forEach((rating, position) => {
      rating.level = position === 0 ? low : position === 1 ? oneDecimal(low + spread) : oneDecimal(low + spread / 2);
    });
  };
  spreadOf(byFactor(spreadAgree), base, scale.agreeBelow);
  spreadOf(byFactor(spreadGap), oneDecimal(Math.max(1, scale.top - scale.gapThreshold - 0.5)), scale.gapThreshold);
  for (const rating of byFactor(moveAt)) rating.level = up ? oneDecimal(base + scale.changeThreshold) : base;
  for (const rating of byFactor(moveBelow)) rating.level = up ? oneDecimal(base + scale.changeThreshold - 0.1) : base;
  for (const rating of [spreadAgree, spreadGap, moveAt, moveBelow].flatMap(byFactor)) {
    if (typeof rating.respondents === "number" && rating.respondents < 3) {
      rating.respondents = 3;
      restored += 1;
    }
  }
  return restored;
}

/** Returns one review's report and data files. */
function generateReview(
  random: Random,
  plan: PartnershipPlan,
  round: number,
  day: number,
  status: "published" | "draft" | "withdrawn",
  embargoed: boolean,
  level: number,
  nowDay: number,
  council: Council,
  tracked: TrackedRec[],
  counts: Counts,
): GeneratedFile[] {
  const reviewType = REVIEW_TYPES[(plan.index + round) % REVIEW_TYPES.length] as (typeof REVIEW_TYPES)[number];
  counts.reviewTypes.add(reviewType);
  const year = yearOf(day);
  const id = `${year}-${random.pick(REVIEW_SUFFIX[reviewType])}`;
  const { scale } = plan;
  const assessed = Math.min(scale.top, Math.max(1, Math.round(scale.toScale(level))));
  const levelLabel = scale.labels[assessed - 1] as string;

  // Ratings: three to six groups; now and then a factor with a perception gap, one seen by a single
  // group, and views from groups too small to publish.
  const groups = random.sample(GROUP_IDS, random.int(3, 6));
  // With edges, the first four factors hold the edges; the gap and the single view go to the others.
  const edgeFactors: readonly FactorId[] = plan.edges ? FACTOR_IDS.slice(0, 4) : [];
  const free = FACTOR_IDS.filter((f) => !edgeFactors.includes(f));
  const gapFactor = random.chance(0.35) ? random.pick(free) : undefined;
  const singleFactor = random.chance(0.2) ? random.pick(free.filter((f) => f !== gapFactor)) : undefined;
  const ratings: Record<string, string | number>[] = [];
  let gapHigh: GroupId | undefined;
  let gapLow: GroupId | undefined;
  for (const factor of FACTOR_IDS) {
    const raters = factor === singleFactor ? groups.slice(0, 1) : groups;
    raters.forEach((group, position) => {
      let value = level + GROUP_BIAS[group] + (random.float() - 0.5) * 1.2;
      // A gap of 2.4 levels, clear of the framework's threshold of 2 whatever the rounding.
      const gapTop = Math.min(6, Math.max(3.5, level + 1.2));
      if (factor === gapFactor && position === 0) value = gapTop;
      if (factor === gapFactor && position === 1) value = gapTop - 2.4;
      const {
        method,
        respondents: [low, high],
      } = GROUP_METHOD[group];
      const protectedRating = factor === gapFactor && position < 2;
      const suppressed = !protectedRating && factor !== singleFactor && random.chance(0.04);
      const rating: Record<string, string | number> = {
        factor,
        group,
        level: clampLevel(scale.toScale(value), scale.top),
        respondents: suppressed ? random.int(1, 2) : random.int(low, high),
        method,
      };
      if (random.chance(0.08)) rating["comment"] = random.pick(COMMENTS);
      if (!suppressed && random.chance(0.05)) delete rating["respondents"];
      ratings.push(rating);
      if (suppressed) counts.suppressedRatings += 1;
    });
    if (factor === gapFactor) {
      gapHigh = groups[0];
      gapLow = groups[1];
    }
  }
  if (plan.edges) counts.suppressedRatings -= placeOnEdges(ratings, scale, round);
  counts.ratings += ratings.length;
  if (singleFactor !== undefined) counts.singleGroupFactors += 1;
  if (gapFactor !== undefined) counts.perceptionGaps += 1;

  // Recommendation updates: this review's word on earlier recommendations still open.
  const updates: { id: string; status: RecommendationStatus; note?: string }[] = [];
  for (const rec of tracked) {
    if (rec.internal || isClosed(rec.status) || !random.chance(0.8)) continue;
    const next = nextStatus(random, rec.status);
    if (rec.updated) counts.chainedUpdates += 1;
    rec.status = next;
    rec.updated = true;
    updates.push({
      id: rec.id,
      status: next,
      ...(random.chance(0.85) ? { note: random.pick(UPDATE_NOTES[next]) } : {}),
    });
  }
  counts.recommendationUpdates += updates.length;

  const recCount = random.int(2, 5);
  const recommendations = Array.from({ length: recCount }, (_, n) => {
    const factor = random.pick(FACTOR_IDS);
    const internal = random.chance(0.08);
    const recId = `${council.code}-${year}-${plan.slug}-${String(n + 1).padStart(2, "0")}`;
    tracked.push({ id: recId, status: "open", internal, updated: false });
    if (internal) counts.internalRecommendations += 1;
    return {
      id: recId,
      text: random.pick(RECOMMENDATION_TEXTS[factor]),
      priority: random.pick(PRIORITIES),
      ...(random.chance(0.9) ? { factor } : {}),
      ownerRole: random.pick(OWNER_ROLES),
      ...(random.chance(0.85) ? { due: toIso(day + random.int(90, 600)) } : {}),
      status: "open" as RecommendationStatus,
      ...(internal ? { internal: true } : {}),
    };
  });
  counts.recommendations += recCount;

  const risks = Array.from({ length: random.int(1, 5) }, (_, n) => {
    const category = RISK_CATEGORIES[
      (plan.index + round + n) % RISK_CATEGORIES.length
    ] as (typeof RISK_CATEGORIES)[number];
    const internal = random.chance(0.1);
    if (internal) counts.internalRisks += 1;
    return {
      id: `risk-${n + 1}`,
      category,
      title: random.pick(RISK_TITLES[category]),
      likelihood: random.int(1, 5),
      impact: random.int(1, 5),
      ...(random.chance(0.85) ? { mitigation: random.pick(MITIGATIONS) } : {}),
      ...(random.chance(0.9) ? { ownerRole: random.pick(OWNER_ROLES) } : {}),
      ...(internal ? { internal: true } : {}),
    };
  });
  counts.risks += risks.length;

  const goodPractice = random
    .sample(GOOD_PRACTICE, random.chance(0.5) ? random.int(1, 2) : 0)
    .map(([title, description]) => ({
      title,
      description,
      ...(random.chance(0.8) ? { factor: random.pick(FACTOR_IDS) } : {}),
    }));
  counts.goodPractice += goodPractice.length;
  const costsBenefits = Array.from({ length: random.int(0, 4) }, () => {
    const kind = random.pick(COST_BENEFIT_KINDS);
    return {
      kind,
      description: random.pick(COST_DESCRIPTIONS[kind]),
      ...(kind === "benefit" && random.chance(0.5) ? {} : { amount: random.int(1, 200) * 2500 }),
      period: financialYear(day - 120),
      basis: random.pick(COST_BENEFIT_BASES),
      ...(kind === "saving" || kind === "benefit" ? { benefitCategory: random.pick(BENEFIT_CATEGORIES) } : {}),
    };
  });
  counts.costsBenefits += costsBenefits.length;
  const v2 = version2Review(new Random(mixSeed(plan.index + 1, round + 1, 0x7e2)), day, nowDay, level, reviewType);

  // The report: its sections grow until the body reaches a length between 400 and 900 words.
  const targetWords = random.int(440, 820);
  const values = {
    interviews: random.int(6, 30),
    surveyed: random.int(20, 400),
    monthA: random.pick(MONTHS.slice(0, 6)),
    monthB: random.pick(MONTHS.slice(6)),
    work: plan.service.work,
    partnerCount: plan.partnerCount,
    value: money(plan.value),
    startYear: yearOf(plan.startDay),
    yearBefore: year - 1,
    percent: random.int(5, 40),
    governance: plan.governance,
    level: levelLabel,
    target: plan.target === undefined ? "" : (scale.labels[targetOrder(plan) - 1] as string),
  };
  const evidence = (group: GroupId, factor: FactorId): string =>
    fill(random.pick(EVIDENCE_SENTENCES), {
      ...values,
      group: GROUP_LABELS[group],
      Group: capitalise(GROUP_LABELS[group]),
      factor: FACTOR_LABELS[factor].toLowerCase(),
      pct: random.int(35, 92),
      pct2: random.int(20, 80),
      score: (1 + random.float() * 5).toFixed(1),
      papers: random.int(8, 30),
      some: random.int(2, 7),
      partners: Math.max(1, random.int(1, plan.partnerCount)),
    });
  const mdx = (plan.index * 7 + round) % 23 === 4;
  const sections: string[] = [
    "## About this review",
    random
      .sample(METHOD_SENTENCES, random.int(2, 4))
      .map((s) => fill(s, values))
      .join(" "),
    "## Context",
    random
      .sample(CONTEXT_SENTENCES, random.int(2, 4))
      .map((s) => fill(s, values))
      .join(" "),
  ];
  const words = (): number => countWords(sections.join(" "));
  const publicUpdates = updates.filter((update) => update.note !== undefined);
  if (publicUpdates.length > 0) {
    sections.push(
      "## Progress on earlier recommendations",
      `This review followed up ${publicUpdates.length === 1 ? "one recommendation" : `${publicUpdates.length} recommendations`} from earlier reviews.`,
      publicUpdates
        .map((update) => `- **${update.id}: ${update.status.replace(/-/g, " ")}.** ${update.note ?? ""}`)
        .join("\n"),
    );
  }
  sections.push("## Findings");
  const findingSummaries: string[] = [];
  for (const factor of random.sample(FACTOR_IDS, FACTOR_IDS.length)) {
    const strong = level + random.float() * 1.5 - 0.75 >= 3.5;
    const bank = strong ? STRONG_SENTENCES[factor] : WEAK_SENTENCES[factor];
    const opening = random.sample(bank, random.int(2, 3)).map((s) => fill(s, values));
    const paragraph = [...opening, evidence(random.pick(groups), factor)];
    if (random.chance(0.6)) paragraph.push(random.pick(LINK_SENTENCES));
    if (factor === gapFactor && gapHigh !== undefined && gapLow !== undefined) {
      paragraph.push(
        fill(random.pick(GAP_SENTENCES), {
          high: GROUP_LABELS[gapHigh],
          low: GROUP_LABELS[gapLow],
          factor: FACTOR_LABELS[factor].toLowerCase(),
        }),
      );
    }
    findingSummaries.push(opening[0] ?? "");
    sections.push(`### ${FACTOR_LABELS[factor]}`, paragraph.join(" "));
    if (words() > targetWords - 80) break;
  }
  if (words() < targetWords - 60) {
    const said = groups.slice(0, 3).map((group, n) => {
      const view = fill(random.pick(GROUP_VIEW_SENTENCES), {
        group: GROUP_LABELS[group],
        Group: capitalise(GROUP_LABELS[group]),
        factor: FACTOR_LABELS[random.pick(FACTOR_IDS)].toLowerCase(),
      });
      return n === 0 && random.chance(0.5) ? `${view} One told us: “${random.pick(COMMENTS)}”` : view;
    });
    sections.push("## What stakeholders told us", said.join(" "));
  }
  if (random.chance(0.4)) {
    const [measure, unit] = random.pick(plan.service.measures);
    const figure = (): string => (unit === "%" ? `${random.int(55, 98)}%` : String(random.int(3, 900)));
    const [other, otherUnit] = plan.service.measures.find(([m]) => m !== measure) ?? [measure, unit];
    const otherFigure = (): string => (otherUnit === "%" ? `${random.int(55, 98)}%` : String(random.int(3, 900)));
    sections.push(
      "## Performance",
      `| Measure | ${financialYear(day - 365)} | ${financialYear(day)} |\n|---|---|---|\n| ${measure} | ${figure()} | ${figure()} |\n| ${other} | ${otherFigure()} | ${otherFigure()} |`,
    );
  }
  for (const [heading, bank] of random.sample(EXTRA_SECTIONS, EXTRA_SECTIONS.length)) {
    if (words() >= targetWords - 40) break;
    sections.push(
      heading,
      random
        .sample(bank, random.int(3, 4))
        .map((s) => fill(s, values))
        .join(" "),
    );
  }
  const targetSentence =
    plan.target === undefined
      ? CONCLUSION_TARGET.none
      : targetOrder(plan) > assessed
        ? CONCLUSION_TARGET.below
        : targetOrder(plan) === assessed
          ? CONCLUSION_TARGET.at
          : CONCLUSION_TARGET.above;
  const abbr =
    !mdx && random.chance(0.2) ? ' The <abbr title="service level agreement">SLA</abbr> is due for renewal.' : "";
  sections.push(
    "## Conclusion",
    `${fill(random.pick(CONCLUSION_SENTENCES), values).replace(levelLabel, `*${levelLabel}*`)} ${fill(targetSentence, values)}${abbr} We make ${recCount} recommendations, set out below with the role that owns each.`,
  );
  const body = sections.join("\n\n");
  counts.words.push(countWords(body));

  const summary = withinLimit(
    [
      `The partnership is assessed at ${levelLabel}${plan.target === undefined ? "" : `, against a target of ${values.target}`}.`,
      ...findingSummaries,
      `The review makes ${recCount} recommendations.`,
    ],
    600,
  );

  let publishDate: string | undefined;
  if (embargoed) publishDate = toIso(nowDay + random.int(7, 90));
  else if (random.chance(0.1)) publishDate = toIso(day + random.int(1, 14));
  const withdrawnDay = status === "withdrawn" ? Math.min(nowDay - 1, day + random.int(30, 150)) : undefined;
  const internalNotes = random.chance(0.15) ? random.pick(INTERNAL_NOTES) : undefined;

  if (status === "draft") counts.drafts += 1;
  else if (status === "withdrawn") counts.withdrawn += 1;
  else if (embargoed) counts.embargoed += 1;
  else counts.published += 1;
  if (mdx) counts.mdx += 1;
  if (internalNotes !== undefined) counts.withInternalNotes += 1;

  const front = {
    title: `${plan.name}: ${REVIEW_TYPE_TITLE[reviewType]} ${year}`,
    date: toIso(day),
    status,
    publishDate,
    withdrawnDate: withdrawnDay === undefined ? undefined : toIso(Math.max(withdrawnDay, day)),
    withdrawnReason: status === "withdrawn" ? random.pick(WITHDRAWN_REASONS) : undefined,
    reviewer:
      reviewType === "self-assessment"
        ? `${plan.name} management team`
        : reviewType === "internal-audit"
          ? `${council.county} Audit Partnership`
          : reviewType === "peer"
            ? "Local Government Association peer team"
            : random.pick(["Partnerships Evaluation Ltd", "Public Service Review LLP", "Civic Insight Ltd"]),
    reviewType,
    scope: random.chance(0.8) ? random.pick(SCOPES) : undefined,
    assessedLevel: scale.ids[assessed - 1],
    summary,
    ...(v2.assurance === undefined ? {} : { assurance: v2.assurance }),
    internalNotes,
  };
  const data = {
    ratings,
    ...(v2.factorJudgements.length > 0 ? { factorJudgements: v2.factorJudgements } : {}),
    risks: risks.map(v2.risk),
    recommendations: recommendations.map(v2.recommendation),
    ...(updates.length > 0 ? { recommendationUpdates: updates } : {}),
    ...(goodPractice.length > 0 ? { goodPractice } : {}),
    ...(costsBenefits.length > 0 ? { costsBenefits: costsBenefits.map(v2.costBenefit) } : {}),
  };
  return [
    { path: `reviews/${plan.slug}/${id}.${mdx ? "mdx" : "md"}`, text: markdownFile(front, body) },
    { path: `reviews/${plan.slug}/${id}.json`, text: `${JSON.stringify(data, null, 2)}\n` },
  ];
}

/** Returns a valid synthetic content folder, the same for the same options, and what it holds. */
export function generateSyntheticContent(options: SyntheticOptions): SyntheticContent {
  const { partnerships, reviews } = options;
  const seed = options.seed ?? 1;
  const now = options.now ?? DEFAULT_NOW;
  if (!Number.isInteger(partnerships) || partnerships < 1)
    throw new RangeError("partnerships must be a whole number of at least 1");
  if (!Number.isInteger(reviews) || reviews < 1) throw new RangeError("reviews must be a whole number of at least 1");
  if (!Number.isInteger(seed)) throw new RangeError("seed must be a whole number");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(now) || Number.isNaN(dayNumber(now)) || toIso(dayNumber(now)) !== now) {
    throw new RangeError(`now must be a date written as YYYY-MM-DD, not "${now}"`);
  }
  const joint = options.joint ?? [];
  if (joint.length > partnerships) {
    throw new RangeError(`${joint.length} joint partnerships do not fit in ${partnerships} partnerships`);
  }
  for (const item of joint) serviceOf(item.service);
  const nowDay = dayNumber(now);
  const scale = scaleOf(options.framework ?? "six-level");
  const edges = options.edges ?? false;
  const council = options.council === undefined ? makeCouncil(seed) : identifiedCouncil(options.council);
  const counts: Counts = {
    drafts: 0,
    embargoed: 0,
    withdrawn: 0,
    published: 0,
    mdx: 0,
    withInternalNotes: 0,
    ratings: 0,
    suppressedRatings: 0,
    singleGroupFactors: 0,
    perceptionGaps: 0,
    risks: 0,
    internalRisks: 0,
    recommendations: 0,
    internalRecommendations: 0,
    recommendationUpdates: 0,
    chainedUpdates: 0,
    goodPractice: 0,
    costsBenefits: 0,
    words: [],
    forms: new Set(),
    bases: new Set(),
    sectors: new Set(),
    roles: new Set(),
    statuses: new Set(),
    reviewTypes: new Set(),
  };
  const usedSlugs = new Set<string>();
  const files: GeneratedFile[] = [
    { path: "site.json", text: siteJson(council, now) },
    { path: "framework.json", text: frameworkJson(council, scale, options.frameworkIdentity) },
  ];
  for (let index = 0; index < partnerships; index += 1) {
    files.push(
      ...generatePartnership(
        seed,
        index,
        reviews,
        nowDay,
        council,
        usedSlugs,
        counts,
        scale,
        edges,
        options.councilCosts ?? false,
        joint[index],
      ),
    );
  }
  const { words: wordCounts, forms, bases, sectors, roles, statuses, reviewTypes, ...numbers } = counts;
  return {
    files,
    summary: {
      now,
      sourceDateEpoch: nowDay * 86_400,
      partnerships,
      reviews: partnerships * reviews,
      ...numbers,
      reviewWords: {
        min: min(wordCounts) ?? 0,
        median: Math.round(median(wordCounts) ?? 0),
        max: max(wordCounts) ?? 0,
      },
      forms: [...forms].sort(),
      bases: [...bases].sort(),
      sectors: [...sectors].sort(),
      roles: [...roles].sort(),
      statuses: [...statuses].sort(),
      reviewTypes: [...reviewTypes].sort(),
    },
  };
}

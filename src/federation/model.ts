// The federation's findings: its figures, its members and their partnerships, which members share a framework
// (so that their levels can be compared), and which partnerships are one joint partnership seen from each side.
// Every value a member published is shown as it was published; this only counts, groups and compares.
import { reasonCodeName } from "../lib/needs-attention.ts";
import { listWords } from "../lib/words.ts";
import type { Federation } from "../schema/federation.ts";
import type { AvailableMember, MemberLevel, MemberPartnership, MemberReading, UnavailableMember } from "./members.ts";

/** A framework as the federation compares it: members whose spectra are identical (ids, orders and labels). */
export interface FrameworkGroup {
  /** A stable id for the group, from its first member's framework id and version. */
  id: string;
  name: string;
  spectrum: MemberLevel[];
  members: string[];
}

/** One member's partnership within the federation. */
export interface FederationPartnership extends MemberPartnership {
  memberName: string;
  /** The date the member's data is as at. */
  asAt: string;
  framework: string;
  needsAttention: boolean;
  /** The key of the joint partnership it is one side of, if any. */
  joint?: string;
}

/** One partnership seen from each member that publishes it. */
export interface JointPartnership {
  key: string;
  /** How the sides were matched: by their shared jointId, or by the same set of organisations. */
  matchedBy: "jointId" | "organisations";
  sides: FederationPartnership[];
  /** Where the sides' readings differ, each in one sentence; empty when they agree. */
  differences: string[];
}

/** A member's figures. */
export interface MemberFigures {
  partnerships: number;
  active: number;
  /** Undefined when the member's data version does not say which partnerships need attention (version 1). */
  needingAttention: number | undefined;
}

export interface FederationModel {
  federation: Federation;
  /** The build date. */
  today: string;
  available: (AvailableMember & { figures: MemberFigures })[];
  unavailable: UnavailableMember[];
  partnerships: FederationPartnership[];
  frameworks: FrameworkGroup[];
  joints: JointPartnership[];
  figures: {
    members: number;
    available: number;
    unavailable: number;
    active: number;
    needingAttention: number;
    /** Members whose data does not say which partnerships need attention, so are not counted in needingAttention. */
    withoutReasons: string[];
  };
}

/** The key that makes two frameworks comparable: the same levels, in the same order, with the same names. */
function spectrumKey(spectrum: readonly MemberLevel[]): string {
  return JSON.stringify(
    [...spectrum].sort((a, b) => a.order - b.order).map(({ id, order, label }) => [id, order, label]),
  );
}

/** True when a partnership needs attention as its member published it: active, with at least one reason. */
function needsAttention(partnership: MemberPartnership): boolean {
  return partnership.status === "active" && (partnership.reasons?.length ?? 0) > 0;
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name, "en-GB");
}

/** The organisations a partnership is between: its publisher and every partner with an org id. */
function organisations(partnership: MemberPartnership): string {
  const ids = new Set([partnership.orgId, ...partnership.partners.flatMap((partner) => partner.orgId ?? [])]);
  return [...ids].sort().join("+");
}

/** Groups the members' partnerships into joint partnerships: by jointId, else by a unique equal set of org ids. */
function matchJoints(partnerships: readonly FederationPartnership[]): Map<string, FederationPartnership[]> {
  const groups = new Map<string, FederationPartnership[]>();
  const byJointId = Map.groupBy(
    partnerships.filter((partnership) => partnership.jointId !== undefined),
    (partnership) => partnership.jointId as string,
  );
  for (const [jointId, sides] of byJointId) {
    if (new Set(sides.map((side) => side.orgId)).size >= 2) groups.set(`id:${jointId}`, sides);
  }
  const bySet = Map.groupBy(
    partnerships.filter((partnership) => partnership.jointId === undefined),
    (partnership) => organisations(partnership),
  );
  for (const [set, sides] of bySet) {
    const members = new Set(sides.map((side) => side.orgId));
    // Unique: each member publishes one partnership between exactly these organisations.
    if (members.size >= 2 && members.size === sides.length) groups.set(`set:${set}`, sides);
  }
  return groups;
}

function reasonNames(codes: readonly string[]): string {
  return codes.map(reasonCodeName).join(", ");
}

/** The members' names as a list: "A", "A and B", "A, B and C". */
function names(sides: readonly FederationPartnership[]): string {
  return listWords(sides.map((side) => side.memberName));
}

/**
 * Where the sides of a joint partnership read it differently, each in a sentence: levels only between sides on the
 * same framework, then fit to target and confidence, then the reasons only some sides give, compared by code.
 */
export function jointDifferences(sides: readonly FederationPartnership[]): string[] {
  const differences: string[] = [];
  for (const group of Map.groupBy(sides, (side) => side.framework).values()) {
    const assessed = group.filter((side) => side.assessed !== undefined);
    if (assessed.length >= 2 && new Set(assessed.map((side) => side.assessed?.id)).size > 1) {
      const each = assessed.map((side) => `${side.memberName} ${side.assessed?.label ?? ""}`);
      differences.push(`On the same framework, ${names(assessed)} place it at different levels: ${each.join(", ")}.`);
    }
  }
  const differ = (
    present: (side: FederationPartnership) => string | undefined,
    words: (each: string) => string,
  ): void => {
    const given = sides.filter((side) => present(side) !== undefined);
    if (given.length >= 2 && new Set(given.map(present)).size > 1) {
      differences.push(words(given.map((side) => `${side.memberName} ${present(side) ?? ""}`).join(", ")));
    }
  };
  differ(
    (side) => (side.fit === undefined ? undefined : `${side.fit.position} target`),
    (each) => `They differ on its fit to target: ${each}.`,
  );
  differ(
    (side) => side.confidence?.level,
    (each) => `They hold their findings with different confidence: ${each}.`,
  );
  // Reasons by code, among the sides that publish codes; codes given by the same sides are named together.
  const coded = sides.filter((side) => side.reasons !== undefined && side.reasons.every((reason) => reason.code));
  if (coded.length >= 2) {
    const givers = new Map<string, FederationPartnership[]>();
    for (const side of coded) {
      for (const code of new Set((side.reasons ?? []).flatMap((reason) => reason.code ?? []))) {
        givers.set(code, [...(givers.get(code) ?? []), side]);
      }
    }
    const bySides = new Map<string, { sides: FederationPartnership[]; codes: string[] }>();
    for (const [code, giving] of givers) {
      if (giving.length === coded.length) continue;
      const key = giving.map((side) => side.orgId).join("+");
      const entry = bySides.get(key) ?? { sides: giving, codes: [] };
      entry.codes.push(code);
      bySides.set(key, entry);
    }
    for (const { sides: giving, codes } of bySides.values()) {
      differences.push(`Only ${names(giving)} ${giving.length === 1 ? "gives" : "give"}: ${reasonNames(codes)}.`);
    }
  }
  return differences;
}

/** Builds the federation's model from its members' readings, in federation.json order. */
export function buildFederationModel(
  federation: Federation,
  readings: readonly MemberReading[],
  today: string,
): FederationModel {
  const frameworks: FrameworkGroup[] = [];
  const frameworkOf = new Map<string, FrameworkGroup>();
  const available: FederationModel["available"] = [];
  const unavailable: UnavailableMember[] = [];
  const partnerships: FederationPartnership[] = [];
  for (const reading of readings) {
    if (!reading.available) {
      const { available: _, ...member } = reading;
      unavailable.push(member);
      continue;
    }
    const { available: _, ...member } = reading;
    const key = spectrumKey(member.framework.spectrum);
    let group = frameworkOf.get(key);
    if (group === undefined) {
      const { id, version, name } = member.framework;
      const taken = new Set(frameworks.map((framework) => framework.id));
      // An id for addresses and element ids: letters, digits and hyphens only.
      const plain = (text: string) =>
        text
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "");
      let groupId = plain(`${id}-${version}`);
      for (let n = 2; taken.has(groupId); n++) groupId = plain(`${id}-${version}-${n}`);
      group = {
        id: groupId,
        name,
        spectrum: [...member.framework.spectrum].sort((a, b) => a.order - b.order),
        members: [],
      };
      frameworkOf.set(key, group);
      frameworks.push(group);
    }
    group.members.push(member.orgId);
    const own = member.partnerships.map((partnership): FederationPartnership => ({
      ...partnership,
      memberName: member.name,
      asAt: member.asAt,
      framework: (group as FrameworkGroup).id,
      needsAttention: needsAttention(partnership),
    }));
    partnerships.push(...own);
    available.push({
      ...member,
      figures: {
        partnerships: own.length,
        active: own.filter((partnership) => partnership.status === "active").length,
        needingAttention: own.some((partnership) => partnership.reasons === undefined)
          ? undefined
          : own.filter((partnership) => partnership.needsAttention).length,
      },
    });
  }
  const joints: JointPartnership[] = [];
  for (const [key, sides] of matchJoints(partnerships)) {
    for (const side of sides) side.joint = key;
    joints.push({
      key,
      matchedBy: key.startsWith("id:") ? "jointId" : "organisations",
      sides,
      differences: jointDifferences(sides),
    });
  }
  partnerships.sort((a, b) => byName(a, b) || a.memberName.localeCompare(b.memberName, "en-GB"));
  return {
    federation,
    today,
    available,
    unavailable,
    partnerships,
    frameworks,
    joints,
    figures: {
      members: readings.length,
      available: available.length,
      unavailable: unavailable.length,
      active: partnerships.filter((partnership) => partnership.status === "active").length,
      needingAttention: partnerships.filter((partnership) => partnership.needsAttention).length,
      withoutReasons: available
        .filter((member) => member.figures.needingAttention === undefined)
        .map((member) => member.name),
    },
  };
}

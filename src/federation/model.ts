// The federation's findings: its figures, its members and their partnerships, which members share a framework
// (so that their levels can be compared), and which partnerships are one joint partnership seen from each side.
// Every value a member published is shown as it was published; this only counts, groups and compares.
import { REASON_CODE_NAMES } from "../lib/needs-attention.ts";
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
  return codes.map((code) => REASON_CODE_NAMES[code as keyof typeof REASON_CODE_NAMES] ?? code).join(", ");
}

/** Where the sides of a joint partnership read it differently, in sentences; levels only within one framework. */
export function jointDifferences(sides: readonly FederationPartnership[]): string[] {
  const differences: string[] = [];
  const [first, ...rest] = sides;
  if (first === undefined) return differences;
  for (const other of rest) {
    const pair = `${first.memberName} and ${other.memberName}`;
    if (
      first.framework === other.framework &&
      first.assessed &&
      other.assessed &&
      first.assessed.id !== other.assessed.id
    ) {
      differences.push(`${pair} place it at different levels: ${first.assessed.label} and ${other.assessed.label}.`);
    }
    if (first.fit && other.fit && first.fit.position !== other.fit.position) {
      differences.push(`${pair} differ on its fit to target: ${first.fit.position} and ${other.fit.position} target.`);
    }
    if (first.confidence && other.confidence && first.confidence.level !== other.confidence.level) {
      differences.push(
        `${pair} hold their findings with different confidence: ${first.confidence.level} and ${other.confidence.level}.`,
      );
    }
    const codes = (side: FederationPartnership): Set<string> =>
      new Set((side.reasons ?? []).flatMap((reason) => reason.code ?? []));
    if (first.reasons?.every((reason) => reason.code) && other.reasons?.every((reason) => reason.code)) {
      const mine = codes(first);
      const theirs = codes(other);
      const onlyFirst = [...mine].filter((code) => !theirs.has(code));
      const onlyOther = [...theirs].filter((code) => !mine.has(code));
      if (onlyFirst.length > 0) differences.push(`Only ${first.memberName} gives: ${reasonNames(onlyFirst)}.`);
      if (onlyOther.length > 0) differences.push(`Only ${other.memberName} gives: ${reasonNames(onlyOther)}.`);
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

import { describe, expect, it } from "vitest";
import type { AvailableMember, MemberPartnership, MemberReading } from "../../../src/federation/members.ts";
import { buildFederationModel } from "../../../src/federation/model.ts";
import { federationSchema } from "../../../src/schema/federation.ts";
import { federationFields } from "../../support/federation.ts";

const federation = federationSchema.parse(
  federationFields([
    { orgId: "GB-LAE-KSF", name: "Kestrelford", site: "k" },
    { orgId: "GB-LAE-HRB", name: "Harrowby", site: "h" },
    { orgId: "GB-LAE-FNB", name: "Fenbridge", site: "f" },
  ]),
);

const SIX = ["Transactional", "Networking", "Coordinating", "Cooperating", "Collaborating", "Integrated"].map(
  (label, index) => ({ id: label.toLowerCase(), label, order: index + 1 }),
);
const FOUR = ["Informing", "Consulting", "Sharing", "Integrating"].map((label, index) => ({
  id: label.toLowerCase(),
  label,
  order: index + 1,
}));

function partnership(orgId: string, slug: string, extra: Partial<MemberPartnership> = {}): MemberPartnership {
  return {
    orgId,
    slug,
    name: `Partnership ${slug}`,
    summary: "Summary.",
    form: "shared-service",
    basis: "contractual",
    serviceArea: "Waste",
    status: "active",
    partners: [],
    url: `https://${orgId.toLowerCase()}.example.gov.uk/partnerships/${slug}/`,
    reasons: [],
    ...extra,
  };
}

function member(
  orgId: string,
  name: string,
  spectrum: AvailableMember["framework"]["spectrum"],
  partnerships: MemberPartnership[],
): MemberReading {
  return {
    available: true,
    orgId,
    name,
    site: name.toLowerCase(),
    version: 3,
    read: "2026-11-27T09:00:00.000Z",
    asAt: "2026-11-20",
    title: `${name} partnership reviews`,
    homepage: `https://${orgId.toLowerCase()}.example.gov.uk/`,
    dataUrl: `https://${orgId.toLowerCase()}.example.gov.uk/data/all.json`,
    licence: { name: "OGL", url: "https://example.gov.uk/ogl", attribution: "Contains public sector information." },
    framework: { id: "spectrum", version: "1.0", name: "Collaboration spectrum", spectrum },
    partnerships,
  };
}

const partners = (...ids: string[]) => ids.map((orgId) => ({ name: orgId, sector: "public", orgId }));

describe("buildFederationModel(federation, readings, today)", () => {
  it("matches joint partnerships by jointId, telling apart two between the same councils", () => {
    const model = buildFederationModel(
      federation,
      [
        member("GB-LAE-KSF", "Kestrelford", SIX, [
          partnership("GB-LAE-KSF", "waste", { jointId: "KSF+HRB/waste", partners: partners("GB-LAE-HRB") }),
          partnership("GB-LAE-KSF", "legal", { jointId: "KSF+HRB/legal", partners: partners("GB-LAE-HRB") }),
        ]),
        member("GB-LAE-HRB", "Harrowby", SIX, [
          partnership("GB-LAE-HRB", "joint-waste", { jointId: "KSF+HRB/waste", partners: partners("GB-LAE-KSF") }),
          partnership("GB-LAE-HRB", "shared-legal", { jointId: "KSF+HRB/legal", partners: partners("GB-LAE-KSF") }),
        ]),
      ],
      "2026-11-27",
    );
    expect(model.joints.map((joint) => [joint.key, joint.matchedBy, joint.sides.map((side) => side.slug)])).toEqual([
      ["id:KSF+HRB/waste", "jointId", ["waste", "joint-waste"]],
      ["id:KSF+HRB/legal", "jointId", ["legal", "shared-legal"]],
    ]);
  });

  it("matches by the set of organisations only when the match is unique", () => {
    const model = buildFederationModel(
      federation,
      [
        member("GB-LAE-KSF", "Kestrelford", SIX, [
          partnership("GB-LAE-KSF", "cctv", { partners: partners("GB-LAE-FNB") }),
          partnership("GB-LAE-KSF", "audit", { partners: partners("GB-LAE-HRB") }),
          partnership("GB-LAE-KSF", "payroll", { partners: partners("GB-LAE-HRB") }),
        ]),
        member("GB-LAE-HRB", "Harrowby", SIX, [
          partnership("GB-LAE-HRB", "audit", { partners: partners("GB-LAE-KSF") }),
        ]),
        member("GB-LAE-FNB", "Fenbridge", FOUR, [
          partnership("GB-LAE-FNB", "cctv", { partners: partners("GB-LAE-KSF") }),
        ]),
      ],
      "2026-11-27",
    );
    // Kestrelford has two partnerships with Harrowby alone, so neither is matched without a jointId.
    expect(model.joints.map((joint) => joint.key)).toEqual(["set:GB-LAE-FNB+GB-LAE-KSF"]);
  });

  it("compares levels only within one spectrum, and reasons by their codes", () => {
    const model = buildFederationModel(
      federation,
      [
        member("GB-LAE-KSF", "Kestrelford", SIX, [
          partnership("GB-LAE-KSF", "cctv", {
            jointId: "cctv",
            assessed: SIX[3],
            fit: { position: "below", label: "one level below target" },
            confidence: { level: "medium", label: "Medium confidence" },
            reasons: [
              { text: "Assessed one level below target", code: "off-target" },
              { text: "Three recommendations overdue", code: "overdue-recommendation" },
            ],
          }),
        ]),
        member("GB-LAE-FNB", "Fenbridge", FOUR, [
          partnership("GB-LAE-FNB", "cctv", {
            jointId: "cctv",
            assessed: FOUR[1],
            fit: { position: "at", label: "at target" },
            confidence: { level: "medium", label: "Medium confidence" },
            reasons: [{ text: "Recommendations past their due date", code: "overdue-recommendation" }],
          }),
        ]),
      ],
      "2026-11-27",
    );
    expect(model.frameworks.map((framework) => [framework.id, framework.members])).toEqual([
      ["spectrum-1-0", ["GB-LAE-KSF"]],
      ["spectrum-1-0-2", ["GB-LAE-FNB"]],
    ]);
    expect(model.joints[0]?.differences).toEqual([
      "They differ on its fit to target: Kestrelford below target, Fenbridge at target.",
      "Only Kestrelford gives: Away from its target level.",
    ]);
  });

  it("names the sides that give a reason the others do not, and levels only between sides on one framework", () => {
    const side = (orgId: string, level: number, codes: string[], spectrum = SIX) =>
      partnership(orgId, "bc", {
        jointId: "bc",
        assessed: spectrum[level],
        reasons: codes.map((code) => ({ text: code, code })),
      });
    const model = buildFederationModel(
      federation,
      [
        member("GB-LAE-KSF", "Kestrelford", SIX, [side("GB-LAE-KSF", 4, ["high-risk", "off-target"])]),
        member("GB-LAE-HRB", "Harrowby", SIX, [side("GB-LAE-HRB", 3, ["high-risk", "no-response"])]),
        member("GB-LAE-FNB", "Fenbridge", FOUR, [side("GB-LAE-FNB", 1, ["no-response"], FOUR)]),
      ],
      "2026-11-27",
    );
    expect(model.joints[0]?.differences).toEqual([
      "On the same framework, Kestrelford and Harrowby place it at different levels: Kestrelford Collaborating, Harrowby Cooperating.",
      "Only Kestrelford and Harrowby give: High risk.",
      "Only Kestrelford gives: Away from its target level.",
      "Only Harrowby and Fenbridge give: No management response.",
    ]);
  });

  it("counts active partnerships needing attention, and leaves out members that publish no reasons", () => {
    const model = buildFederationModel(
      federation,
      [
        member("GB-LAE-KSF", "Kestrelford", SIX, [
          partnership("GB-LAE-KSF", "a", { reasons: [{ text: "High risk", code: "high-risk" }] }),
          partnership("GB-LAE-KSF", "b", { status: "ended", reasons: [{ text: "High risk", code: "high-risk" }] }),
          partnership("GB-LAE-KSF", "c"),
        ]),
        member("GB-LAE-HRB", "Harrowby", SIX, [partnership("GB-LAE-HRB", "d", { reasons: undefined })]),
        {
          available: false,
          orgId: "GB-LAE-FNB",
          name: "Fenbridge",
          site: "f",
          read: "",
          reason: "it has no data/all.json in f",
        },
      ],
      "2026-11-27",
    );
    expect(model.figures).toEqual({
      members: 3,
      available: 2,
      unavailable: 1,
      active: 3,
      needingAttention: 1,
      withoutReasons: ["Harrowby"],
    });
    expect(model.available.map((item) => item.figures)).toEqual([
      { partnerships: 3, active: 2, needingAttention: 1 },
      { partnerships: 1, active: 1, needingAttention: undefined },
    ]);
  });
});

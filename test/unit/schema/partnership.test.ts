import { describe, expect, it } from "vitest";
import { partnershipSchema } from "../../../src/schema/partnership.ts";
import { issuesOf } from "../helpers/schema.ts";

const PARTNERSHIP = {
  name: "Shared Legal Service",
  summary: "Legal advice for two councils from one team.",
  form: "shared-service",
  basis: "contractual",
  serviceArea: "Legal services",
  partners: [{ name: "Exmoor Borough Council", sector: "public", role: "lead" }],
  leadRole: "Head of Legal Services",
  startDate: "2020-04-01",
};

describe("partnershipSchema", () => {
  it("partnershipSchema defaults status to active", () => {
    expect(partnershipSchema.parse(PARTNERSHIP).status).toBe("active");
  });

  it("partnershipSchema accepts a summary of exactly 300 characters and rejects 301", () => {
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, summary: "a".repeat(300) })).toEqual([]);
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, summary: "a".repeat(301) })).toEqual([
      "summary: must be at most 300 characters",
    ]);
  });

  it("partnershipSchema requires statutoryRef when the basis is statutory", () => {
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, basis: "statutory" })).toEqual([
      "statutoryRef: is required when basis is statutory: name the Act or duty",
    ]);
    expect(
      issuesOf(partnershipSchema, { ...PARTNERSHIP, basis: "statutory", statutoryRef: "Crime and Disorder Act 1998" }),
    ).toEqual([]);
  });

  it("partnershipSchema accepts an endDate on the startDate and rejects one before it", () => {
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, endDate: "2020-04-01" })).toEqual([]);
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, endDate: "2020-03-31" })).toEqual([
      "endDate: 2020-03-31 is before startDate (2020-04-01)",
    ]);
  });

  it("partnershipSchema reports the rules across fields alongside any other problem, in one run", () => {
    expect(
      issuesOf(partnershipSchema, { ...PARTNERSHIP, name: 42, basis: "statutory", endDate: "2019-01-01" }),
    ).toEqual([
      "name: Invalid input: expected string, received number",
      "statutoryRef: is required when basis is statutory: name the Act or duty",
      "endDate: 2019-01-01 is before startDate (2020-04-01)",
    ]);
  });

  it("partnershipSchema compares no dates when one of them is not a real date", () => {
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, startDate: "2020-02-30", endDate: "2019-01-01" })).toEqual([
      "startDate: 2020-02-30 is not a real calendar date",
    ]);
  });

  it("partnershipSchema needs at least one partner, with a known sector and role", () => {
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, partners: [] })).toEqual([
      "partners: needs at least 1 partner",
    ]);
    expect(
      issuesOf(partnershipSchema, { ...PARTNERSHIP, partners: [{ name: "NHS Trust", sector: "nhs", role: "host" }] }),
    ).toEqual([
      'partners[0].sector: Invalid option: expected one of "public"|"private"|"voluntary"|"health"|"police"|"education"|"other"',
      'partners[0].role: Invalid option: expected one of "lead"|"member"|"supplier"|"accountable-body"',
    ]);
  });

  it("partnershipSchema checks annualValue is a number of pounds, 0 or more", () => {
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, annualValue: 0 })).toEqual([]);
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, annualValue: -1 })).toEqual([
      "annualValue: must be 0 or more",
    ]);
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, annualValue: "£1m" })).toEqual([
      "annualValue: must be a number of pounds, such as 1250000",
    ]);
  });

  it("partnershipSchema checks targetLevel looks like a spectrum id", () => {
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, targetLevel: "Cooperating" })).toEqual([
      "targetLevel: use lowercase letters, digits and single hyphens, such as shared-legal-service",
    ]);
  });

  it("partnershipSchema rejects an unknown field", () => {
    expect(issuesOf(partnershipSchema, { ...PARTNERSHIP, leadOfficer: "Jane Smith" })).toEqual([
      '(file): Unrecognized key: "leadOfficer"',
    ]);
  });
});

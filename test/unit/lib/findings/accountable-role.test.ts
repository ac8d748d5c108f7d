import { describe, expect, it } from "vitest";
import { accountableRole, contactRole } from "../../../../src/lib/findings/accountable-role.ts";

const lead = { leadRole: "Head of Legal Services" };
const senior = { ...lead, accountability: { seniorResponsibleOfficer: "Director of Resources" } };
const contact = { ...senior, contact: { role: "Head of Waste Services" } };

describe("accountableRole(partnership) and contactRole(partnership)", () => {
  it("accountableRole(partnership) takes the senior responsible officer, else the lead role, naming the field", () => {
    expect(accountableRole(senior)).toEqual({
      role: "Director of Resources",
      field: "accountability.seniorResponsibleOfficer",
    });
    expect(accountableRole({ ...lead, accountability: { committee: "Audit Committee" } })).toEqual({
      role: "Head of Legal Services",
      field: "leadRole",
    });
    // The contact role is whom to write to, not who answers for the partnership.
    expect(accountableRole(contact)).toEqual({
      role: "Director of Resources",
      field: "accountability.seniorResponsibleOfficer",
    });
  });

  it("contactRole(partnership) takes the contact role, else the accountable role, naming the field", () => {
    expect(contactRole(contact)).toEqual({ role: "Head of Waste Services", field: "contact.role" });
    expect(contactRole({ ...lead, contact: { role: "Partnerships Officer", email: "p@example.gov.uk" } })).toEqual({
      role: "Partnerships Officer",
      field: "contact.role",
    });
    expect(contactRole(senior)).toEqual({
      role: "Director of Resources",
      field: "accountability.seniorResponsibleOfficer",
    });
    expect(contactRole(lead)).toEqual({ role: "Head of Legal Services", field: "leadRole" });
  });
});

/**
 * Who answers for a partnership, by role and never by name, and the field of its front matter the role was read from.
 * The questions for members fall back to the accountable role when an item names no owner; the committee pack's
 * contact officer is the partnership's contact role, else that same accountable role. Both read it here.
 */
import type { Partnership } from "../../schema/index.ts";

/** A role, with the named front-matter field it was taken from. */
export interface NamedRole<Field extends string> {
  role: string;
  field: Field;
}

/** The fields the accountable role can come from, in the order they are tried. */
export type AccountableField = "accountability.seniorResponsibleOfficer" | "leadRole";

/** The fields the contact role can come from, in the order they are tried. */
export type ContactField = "contact.role" | AccountableField;

/**
 * Returns the role accountable for the partnership (content model version 3, "Questions for members"): its senior
 * responsible officer, else its lead role.
 */
export function accountableRole(
  partnership: Pick<Partnership, "accountability" | "leadRole">,
): NamedRole<AccountableField> {
  const senior = partnership.accountability?.seniorResponsibleOfficer;
  return senior === undefined
    ? { role: partnership.leadRole, field: "leadRole" }
    : { role: senior, field: "accountability.seniorResponsibleOfficer" };
}

/** Returns the officer role to contact about the partnership: its `contact.role`, else its accountable role. */
export function contactRole(
  partnership: Pick<Partnership, "contact" | "accountability" | "leadRole">,
): NamedRole<ContactField> {
  const contact = partnership.contact?.role;
  return contact === undefined ? accountableRole(partnership) : { role: contact, field: "contact.role" };
}

import { z } from "zod";
import { evenWithOtherProblems, isoDate, slug, text, validDate } from "./common.ts";

/** The forms a partnership can take. */
export const PARTNERSHIP_FORMS = [
  "shared-service",
  "shared-management",
  "shared-delivery",
  "joint-venture",
  "strategic-partnership",
  "contract",
  "spin-off",
  "merger",
  "other",
] as const;

/** What a partnership rests on. */
export const PARTNERSHIP_BASES = ["statutory", "contractual", "voluntary", "mixed"] as const;

/** The sectors a partner can belong to. */
export const PARTNER_SECTORS = ["public", "private", "voluntary", "health", "police", "education", "other"] as const;

/** The roles a partner can play. */
export const PARTNER_ROLES = ["lead", "member", "supplier", "accountable-body"] as const;

/** Where a partnership is in its life. */
export const PARTNERSHIP_STATUSES = ["proposed", "active", "ended"] as const;

/** One organisation in a partnership. */
export const partnerSchema = z.strictObject({
  /** The organisation's name. Example: "Westcombe District Council". */
  name: text,
  /** The organisation's sector: public, private, voluntary, health, police, education or other. */
  sector: z.enum(PARTNER_SECTORS),
  /** Optional: the organisation's role: lead, member, supplier or accountable-body. */
  role: z.enum(PARTNER_ROLES).optional(),
});

/** Front matter of partnerships/<slug>.md: one entry in the partnership register. */
export const partnershipSchema = z
  .strictObject({
    /** The partnership's name. Example: "Exmoor and Westcombe Shared Legal Service". */
    name: text,
    /** A one- or two-sentence summary for lists and search results; at most 300 characters. */
    summary: text.max(300, "must be at most 300 characters"),
    /** The partnership's form: shared-service, shared-management, shared-delivery, joint-venture, strategic-partnership, contract, spin-off, merger or other. */
    form: z.enum(PARTNERSHIP_FORMS),
    /** What the partnership rests on: statutory, contractual, voluntary or mixed. */
    basis: z.enum(PARTNERSHIP_BASES),
    /** Required when basis is statutory: the Act or duty. Example: "Crime and Disorder Act 1998, section 5". */
    statutoryRef: text.optional(),
    /** The service area. Example: "Legal services". */
    serviceArea: text,
    /** The organisations in the partnership; at least 1. */
    partners: z.array(partnerSchema).min(1, "needs at least 1 partner"),
    /** The lead officer's role title, never a person's name. Example: "Head of Legal Services". */
    leadRole: text,
    /** Optional: the board or committee that governs the partnership. Example: "Joint Legal Services Committee". */
    governanceBody: text.optional(),
    /** The date the partnership started, YYYY-MM-DD. */
    startDate: isoDate,
    /** Optional: the date it ended or will end, YYYY-MM-DD; not before startDate. */
    endDate: isoDate.optional(),
    /** Optional: the annual value in pounds sterling, as a plain number. Example: 1250000. */
    annualValue: z.number("must be a number of pounds, such as 1250000").min(0, "must be 0 or more").optional(),
    /** Optional: the spectrum level id this partnership should reach. Higher is not always better. Example: "cooperating". */
    targetLevel: slug.optional(),
    /** Optional, default active: proposed, active or ended. */
    status: z.enum(PARTNERSHIP_STATUSES).default("active"),
    /** Optional: free keywords for search. Example: [procurement, savings]. */
    tags: z.array(text).optional(),
  })
  .superRefine((partnership, ctx) => {
    if (partnership.basis === "statutory" && partnership.statutoryRef === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["statutoryRef"],
        message: "is required when basis is statutory: name the Act or duty",
      });
    }
    const startDate = validDate(partnership.startDate);
    const endDate = validDate(partnership.endDate);
    if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: `${endDate} is before startDate (${startDate})`,
      });
    }
  }, evenWithOtherProblems);

/** A partnership's front matter after defaults. */
export type Partnership = z.output<typeof partnershipSchema>;
/** One partner organisation. */
export type Partner = z.output<typeof partnerSchema>;

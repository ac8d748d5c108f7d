import { z } from "zod";
import { evenWithOtherProblems, isoDate, slug, text, validDate } from "./common.ts";
import { GROUP_SIDES } from "./framework.ts";

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

/** The eight ISO 44001 (BS 11000) lifecycle stages of a collaborative relationship. */
export const LIFECYCLE_STAGES = [
  "awareness",
  "knowledge",
  "internal-assessment",
  "partner-selection",
  "working-together",
  "value-creation",
  "staying-together",
  "exit-strategy",
] as const;

/**
 * The shape of an org-id.guide identifier: a two-letter country code (or XI/XM for international
 * lists), the list's code in capitals and digits, then the organisation's id on that list, which
 * may hold any characters but spaces. Examples: GB-COH-01234567, GB-LAE-KES, GB-CHC-1234567.
 */
export const ORG_ID_PATTERN = /^[A-Z]{2}-[A-Z0-9]+-\S+$/;

/** One organisation in a partnership. */
export const partnerSchema = z.strictObject({
  name: text.meta({ description: 'The organisation\'s name. Example: "Westcombe District Council".' }),
  sector: z.enum(PARTNER_SECTORS).meta({
    description: "The organisation's sector: public, private, voluntary, health, police, education or other.",
  }),
  role: z
    .enum(PARTNER_ROLES)
    .optional()
    .meta({ description: "Optional: the organisation's role: lead, member, supplier or accountable-body." }),
  orgId: z
    .string()
    .regex(
      ORG_ID_PATTERN,
      "must be an org-id.guide identifier: country code, list code and id joined by hyphens, such as GB-COH-01234567 or GB-LAE-KES",
    )
    .optional()
    .meta({
      description:
        'Optional: the organisation\'s identifier in org-id.guide form: country, list code, then the id on that list. Examples: "GB-COH-01234567" (Companies House), "GB-LAE-KES" (English local authority).',
    }),
});

/** How far a plan to leave an agreement has got (version 3). */
export const EXIT_PLAN_STATUSES = ["none", "outline", "agreed", "tested"] as const;

/** The agreement the partnership runs under. */
export const agreementSchema = z
  .strictObject({
    kind: text
      .optional()
      .meta({ description: 'Optional: the kind of agreement, in words. Example: "inter-authority agreement".' }),
    start: isoDate.optional().meta({ description: "Optional: the date the agreement started, YYYY-MM-DD." }),
    end: isoDate.optional().meta({
      description:
        "Optional: the date the agreement ends, YYYY-MM-DD; not before start. Within renewalWindowMonths of it the partnership needs attention.",
    }),
    breakClause: z
      .union([isoDate, z.array(isoDate).min(1, "needs at least one date")])
      .optional()
      .meta({
        description:
          "Optional: the date of a break clause, YYYY-MM-DD, or (version 3) a list of them, each between start and end. The next one, less noticeMonths, is the agreement's decision point.",
      }),
    noticeMonths: z.int("must be a whole number of months").min(0, "must be 0 or more").optional().meta({
      description:
        "Optional, default 0 (version 3): the notice needed before the end or a break clause to leave or not renew, in months.",
    }),
    exitPlan: z
      .strictObject({
        status: z.enum(EXIT_PLAN_STATUSES).meta({ description: "none, outline, agreed or tested." }),
        date: isoDate.optional().meta({ description: "Optional: the date of that status, YYYY-MM-DD." }),
      })
      .optional()
      .meta({
        description:
          "Optional (version 3): how far a plan to leave the agreement has got. Without an agreed or tested plan, a decision point within renewalWindowMonths needs attention.",
      }),
  })
  .superRefine((agreement, ctx) => {
    const start = validDate(agreement.start);
    const end = validDate(agreement.end);
    if (start !== undefined && end !== undefined && end < start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: `${end} is before start (${start})` });
    }
    const breaks = [agreement.breakClause].flat();
    breaks.forEach((raw, index) => {
      const date = validDate(raw);
      const path = Array.isArray(agreement.breakClause) ? ["breakClause", index] : ["breakClause"];
      if (date === undefined) return;
      if (start !== undefined && date < start) {
        ctx.addIssue({ code: "custom", path, message: `${date} is before the agreement's start (${start})` });
      } else if (end !== undefined && date > end) {
        ctx.addIssue({ code: "custom", path, message: `${date} is after the agreement's end (${end})` });
      }
    });
  }, evenWithOtherProblems);

/** Who the partnership answers to. */
export const accountabilitySchema = z.strictObject({
  portfolio: text.optional().meta({
    description: 'Optional: the cabinet portfolio it falls under, never a person\'s name. Example: "Resources".',
  }),
  committee: text
    .optional()
    .meta({ description: 'Optional: the committee that scrutinises it. Example: "Audit and Governance Committee".' }),
  seniorResponsibleOfficer: text.optional().meta({
    description:
      "Optional: the senior responsible officer's role title, never a person's name. Example: \"Director of Resources\".",
  }),
});

/** Front matter of partnerships/<slug>.md: one entry in the partnership register. */
export const partnershipSchema = z
  .strictObject({
    name: text.meta({ description: 'The partnership\'s name. Example: "Exmoor and Westcombe Shared Legal Service".' }),
    summary: text
      .max(300, "must be at most 300 characters")
      .meta({ description: "A one- or two-sentence summary for lists and search results; at most 300 characters." }),
    form: z.enum(PARTNERSHIP_FORMS).meta({
      description:
        "The partnership's form: shared-service, shared-management, shared-delivery, joint-venture, strategic-partnership, contract, spin-off, merger or other.",
    }),
    basis: z
      .enum(PARTNERSHIP_BASES)
      .meta({ description: "What the partnership rests on: statutory, contractual, voluntary or mixed." }),
    statutoryRef: text.optional().meta({
      description:
        'Required when basis is statutory: the Act or duty. Example: "Crime and Disorder Act 1998, section 5".',
    }),
    serviceArea: text.meta({ description: 'The service area. Example: "Legal services".' }),
    partners: z
      .array(partnerSchema)
      .min(1, "needs at least 1 partner")
      .meta({ description: "The organisations in the partnership; at least 1." }),
    leadRole: text.meta({
      description: "The lead officer's role title, never a person's name. Example: \"Head of Legal Services\".",
    }),
    governanceBody: text.optional().meta({
      description:
        'Optional: the board or committee that governs the partnership. Example: "Joint Legal Services Committee".',
    }),
    startDate: isoDate.meta({ description: "The date the partnership started, YYYY-MM-DD." }),
    endDate: isoDate
      .optional()
      .meta({ description: "Optional: the date it ended or will end, YYYY-MM-DD; not before startDate." }),
    annualValue: z
      .number("must be a number of pounds, such as 1250000")
      .min(0, "must be 0 or more")
      .optional()
      .meta({ description: "Optional: the annual value in pounds sterling, as a plain number. Example: 1250000." }),
    targetLevel: slug.optional().meta({
      description:
        'Optional: the spectrum level id this partnership should reach. Higher is not always better. Example: "cooperating".',
    }),
    status: z
      .enum(PARTNERSHIP_STATUSES)
      .default("active")
      .meta({ description: "Optional, default active: proposed, active or ended." }),
    tags: z
      .array(text)
      .optional()
      .meta({ description: "Optional: free keywords for search. Example: [procurement, savings]." }),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).optional().meta({
      description:
        "Optional: the ISO 44001 lifecycle stage: awareness, knowledge, internal-assessment, partner-selection, working-together, value-creation, staying-together or exit-strategy.",
    }),
    agreement: agreementSchema
      .optional()
      .meta({ description: "Optional: the agreement the partnership runs under: kind, start, end and breakClause." }),
    nextReviewDue: isoDate.optional().meta({
      description:
        "Optional: the date the next review is due, YYYY-MM-DD. Without it, the next review is due reviewCycleMonths after the latest published review.",
    }),
    accountability: accountabilitySchema.optional().meta({
      description:
        "Optional: who the partnership answers to: portfolio, committee and seniorResponsibleOfficer (roles and bodies, never names).",
    }),
    exitArrangements: text
      .optional()
      .meta({ description: "Optional: how the partnership would end: notice, assets, staff and data." }),
    groupSides: z.record(slug, z.enum(GROUP_SIDES)).optional().meta({
      description:
        'Optional (version 3): a framework group\'s side for this partnership, overriding the framework\'s: keys are group ids, values council, partner, service-user or independent. Example: { "council-officers": "partner" } where "council officers" are the host council\'s staff.',
    }),
    councilSharePercent: z
      .number("must be a per cent from 0 to 100, such as 36")
      .min(0, "must be from 0 to 100")
      .max(100, "must be from 0 to 100")
      .optional()
      .meta({
        description:
          "Optional (version 3): the publishing council's share of the partnership's money, in per cent; used where a cost line gives no councilShare.",
      }),
    contact: z
      .strictObject({
        role: text.meta({ description: "The officer role to contact, never a person's name." }),
        email: z.email("must be an email address").optional().meta({
          description: "Optional: the address to write to; defaults to the site's contact.email.",
        }),
      })
      .optional()
      .meta({ description: "Optional (version 3): who to contact about this partnership, by role." }),
    councilAnnualCost: z
      .number("must be a number of pounds, such as 250000")
      .min(0, "must be 0 or more")
      .optional()
      .meta({
        description:
          "Optional (version 3): what the publishing council pays into the partnership in a year, in pounds. annualValue is the whole partnership's gross annual value.",
      }),
    jointId: text.optional().meta({
      description:
        'Optional (version 3): one identifier every council publishing the same joint partnership gives it, so a federation can match them. Example: "GB-LAE-KES+GB-LAE-HAR/building-control".',
    }),
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
/** A partnership's agreement. */
export type Agreement = z.output<typeof agreementSchema>;
/** A partnership's status: proposed, active or ended. */
export type PartnershipStatus = Partnership["status"];

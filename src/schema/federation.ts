import { z } from "zod";
import { text } from "./common.ts";
import { siteSchema } from "./site.ts";

/** An org-id.guide identifier as a federation names its members (content model version 3, Federation). */
export const FEDERATION_ORG_ID_PATTERN = /^[A-Z]{2}-[A-Z0-9]+-[A-Za-z0-9.-]+$/;

const orgId = z
  .string()
  .regex(FEDERATION_ORG_ID_PATTERN, "must be an org-id.guide identifier, such as GB-LAE-KES")
  .meta({
    description: 'An org-id.guide identifier: country, list code, then the id on that list, such as "GB-LAE-KES".',
  });

/** One council whose published site the federation reads. */
export const federationMemberSchema = z.strictObject({
  orgId: orgId.meta({ description: "The member's org-id.guide identifier; its published data must carry the same." }),
  name: text.meta({ description: 'The member\'s name. Example: "Harrowby District Council".' }),
  site: z
    .string()
    .min(1)
    .refine((site) => !/^[a-z][a-z0-9+.-]*:/i.test(site) || /^https?:\/\//.test(site), {
      error: "must be an http:// or https:// address, or a folder relative to federation.json",
    })
    .meta({
      description:
        "The member's published site: an http:// or https:// address, or a folder (relative to federation.json) holding its built site.",
    }),
});

/** federation.json: a site that reads several councils' published sites and compares them. */
export const federationSchema = siteSchema
  .pick({ title: true, url: true, basePath: true, language: true, licence: true, contact: true, accessibility: true })
  .extend({
    organisation: z.strictObject({
      name: text.meta({ description: "The organisation that runs the federation." }),
      orgId: orgId.meta({ description: "The org-id.guide identifier of the organisation that runs the federation." }),
    }),
    members: z
      .array(federationMemberSchema)
      .min(1)
      .superRefine((members, context) => {
        const seen = new Set<string>();
        members.forEach((member, index) => {
          if (seen.has(member.orgId)) {
            context.addIssue({ code: "custom", path: [index, "orgId"], message: `${member.orgId} is listed twice` });
          }
          seen.add(member.orgId);
        });
      })
      .meta({ description: "The councils whose published sites the federation reads." }),
  });

/** A federation.json as read. */
export type Federation = z.output<typeof federationSchema>;
/** One member as federation.json lists it. */
export type FederationMember = z.output<typeof federationMemberSchema>;

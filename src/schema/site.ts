import { z } from "zod";
import { contrastRatio } from "./colour.ts";
import { email, isoDate, text, url } from "./common.ts";
import { ORG_ID_PATTERN } from "./partnership.ts";

/** site.json: the publishing organisation and site-wide settings. */
export const siteSchema = z.strictObject({
  title: text.meta({
    description:
      'The site\'s name, shown in the header and in every page title. Example: "Exmoor Borough Council partnership reviews".',
  }),
  organisation: z.strictObject({
    name: text.meta({ description: 'The publishing organisation\'s name. Example: "Exmoor Borough Council".' }),
    url: url.optional().meta({ description: "Optional: the organisation's own website, linked from the header." }),
    orgId: z.string().regex(ORG_ID_PATTERN, "must be an org-id.guide identifier, such as GB-LAE-KES").optional().meta({
      description:
        'Optional (version 3): the publishing body\'s org-id.guide identifier, such as "GB-LAE-KES"; needed to join a federation.',
    }),
  }),
  url: url.meta({
    description:
      "The canonical origin of the published site, used in feeds, the sitemap and canonical links. The SITE_URL environment variable overrides it.",
  }),
  basePath: z
    .string()
    .regex(/^\/([a-z0-9._~-]+\/)*$/i, 'must start and end with "/", such as /partnership-reviews/')
    .default("/")
    .meta({
      description:
        'Optional, default "/": the sub-path the site is served under, such as "/partnership-reviews/". The BASE_PATH environment variable overrides it.',
    }),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "must be a BCP 47 language tag, such as en-GB or cy-GB")
    .default("en-GB")
    .meta({ description: 'Optional, default "en-GB": the language of the content, as a BCP 47 tag.' }),
  licence: z.strictObject({
    name: text.meta({
      description: 'The licence the content and data are published under. Example: "Open Government Licence v3.0".',
    }),
    url: url.meta({ description: "The licence's web address." }),
    attribution: text.meta({
      description:
        'The sentence that re-users must include. Example: "Contains public sector information licensed under the Open Government Licence v3.0."',
    }),
  }),
  contact: z.strictObject({
    email: email.meta({ description: "The address readers write to about the reviews." }),
    accessibilityEmail: email
      .optional()
      .meta({ description: "Optional, defaults to contact.email: where to report accessibility problems." }),
  }),
  accessibility: z.strictObject({
    lastReviewed: isoDate.meta({ description: "The date the accessibility statement was last reviewed, YYYY-MM-DD." }),
    knownIssues: z
      .array(text)
      .optional()
      .meta({ description: "Optional: known accessibility problems, one sentence each, listed in the statement." }),
  }),
  search: z
    .strictObject({
      synonyms: z.record(text, z.array(text)).optional().meta({
        description:
          'Optional (version 3): words readers use for the site\'s words: a page holding the word is also found by each of its synonyms. Example: { "waste": ["rubbish", "bins"] }.',
      }),
    })
    .optional()
    .meta({ description: "Optional (version 3): search settings." }),
  theme: z
    .strictObject({
      colour: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour written as #rrggbb, such as #1d4f91")
        // The header puts white text on this colour, so it must meet WCAG AA contrast for text.
        .refine((colour) => !/^#[0-9a-fA-F]{6}$/.test(colour) || contrastRatio(colour, "#ffffff") >= 4.5, {
          error: (issue) =>
            `${String(issue.input)} gives white text a contrast of only ${contrastRatio(String(issue.input), "#ffffff").toFixed(2)}:1; choose a darker colour (at least 4.5:1)`,
        })
        .optional()
        .meta({
          description:
            "Optional: the council's brand colour as #rrggbb, used for the header. It must give 4.5:1 contrast with white text.",
        }),
    })
    .optional(),
});

/** The site settings after defaults are applied. */
export type Site = z.output<typeof siteSchema>;

import { z } from "zod";
import { evenWithOtherProblems, isoDate, slug, text, url, validDate } from "./common.ts";
import { RECOMMENDATION_STATUSES } from "./review-data.ts";

/** Where a meeting's resolutions are in publication. */
export const MEETING_STATUSES = ["draft", "published"] as const;

/** One committee resolution about a partnership, tracked like a recommendation. */
export const resolutionSchema = z.strictObject({
  id: slug.meta({
    description:
      'A permanent reference, unique across the content folder together with every recommendation id. Example: "osc-2026-05-01".',
  }),
  partnership: slug.meta({ description: 'The slug of the partnership it is about. Example: "shared-legal".' }),
  text: text.meta({ description: "What the committee resolved, in a sentence." }),
  ownerRole: text.optional().meta({
    description: 'Optional: the role that must act on it, never a person\'s name. Example: "Director of Resources".',
  }),
  due: isoDate.optional().meta({ description: "Optional: the date it should be done by, YYYY-MM-DD." }),
  status: z.enum(RECOMMENDATION_STATUSES).meta({
    description: "open, in-progress, implemented, not-accepted or superseded, as for recommendations.",
  }),
});

/** scrutiny/<YYYY-MM-DD>-<meeting-slug>.json: a committee meeting's resolutions about partnerships (version 3). */
export const meetingSchema = z
  .strictObject({
    date: isoDate.meta({ description: "The date of the meeting, YYYY-MM-DD; the same as the file name's date." }),
    committee: text.meta({ description: 'The committee that met. Example: "Overview and Scrutiny Committee".' }),
    status: z.enum(MEETING_STATUSES).meta({ description: "draft (never published) or published." }),
    publishDate: isoDate.optional().meta({
      description: "Optional embargo, YYYY-MM-DD: the resolutions stay unpublished until this date. Defaults to date.",
    }),
    minutesUrl: url.optional().meta({ description: "Optional: where the meeting's minutes are published." }),
    resolutions: z.array(resolutionSchema).meta({ description: "The resolutions about partnerships." }),
  })
  .superRefine((meeting, ctx) => {
    const date = validDate(meeting.date);
    const publishDate = validDate(meeting.publishDate);
    if (date !== undefined && publishDate !== undefined && publishDate < date) {
      ctx.addIssue({
        code: "custom",
        path: ["publishDate"],
        message: `${publishDate} is before the meeting's date (${date})`,
      });
    }
  }, evenWithOtherProblems);

/** A meeting file after defaults. */
export type Meeting = z.output<typeof meetingSchema>;
/** One resolution. */
export type Resolution = z.output<typeof resolutionSchema>;

import { z } from "zod";
import { evenWithOtherProblems, isoDate, text, validDate } from "./common.ts";
import { recommendationUpdateSchema } from "./review-data.ts";

/** Where a progress update is in publication. */
export const UPDATE_STATUSES = ["draft", "published"] as const;

/** updates/<slug>/<YYYY-MM-DD>.json: a dated progress report on a partnership's recommendations between reviews. */
export const updateSchema = z
  .strictObject({
    date: isoDate.meta({ description: "The date of the update, YYYY-MM-DD; the same as the file name." }),
    status: z.enum(UPDATE_STATUSES).meta({ description: "draft (never published) or published." }),
    publishDate: isoDate.optional().meta({
      description: "Optional embargo, YYYY-MM-DD: the update stays unpublished until this date. Defaults to date.",
    }),
    authorRole: text.meta({
      description: 'The role that reports the progress, never a person\'s name. Example: "Head of Legal Services".',
    }),
    recommendationUpdates: z.array(recommendationUpdateSchema).meta({
      description:
        "The progress: each names a recommendation of a review of this partnership dated on or before the update.",
    }),
  })
  .superRefine((update, ctx) => {
    const date = validDate(update.date);
    const publishDate = validDate(update.publishDate);
    if (date !== undefined && publishDate !== undefined && publishDate < date) {
      ctx.addIssue({
        code: "custom",
        path: ["publishDate"],
        message: `${publishDate} is before the update's date (${date})`,
      });
    }
  }, evenWithOtherProblems);

/** A progress update after defaults. */
export type ProgressUpdate = z.output<typeof updateSchema>;

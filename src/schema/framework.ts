import { z } from "zod";
import { evenWithOtherProblems, slug, text } from "./common.ts";

/** One step on the collaboration spectrum. */
export const spectrumLevelSchema = z.strictObject({
  /** The level's permanent id, used by targetLevel and assessedLevel. Example: "cooperating". */
  id: slug,
  /** The level's position, low to high: consecutive whole numbers, such as 1 to 6. Ratings use this scale. */
  order: z.int("must be a whole number"),
  /** The level's name as readers see it. Example: "Cooperating". */
  label: text,
  /** What the level means, in a sentence. */
  definition: text,
});

/** One factor that stakeholder groups rate, such as strategy or delivery. */
export const factorSchema = z.strictObject({
  /** The factor's permanent id, used by ratings, recommendations and good practice. Example: "delivery". */
  id: slug,
  /** The factor's name as readers see it. Example: "Delivery". */
  label: text,
  /** What the factor covers, in a sentence or two. */
  description: text,
});

/** One stakeholder group whose views are triangulated. */
export const stakeholderGroupSchema = z.strictObject({
  /** The group's permanent id, used by ratings. Example: "council-officers". */
  id: slug,
  /** The group's name as readers see it. Example: "Council officers". */
  label: text,
  /** Optional: who is in the group. */
  description: text.optional(),
});

/** The thresholds that turn ratings into findings. */
export const triangulationSchema = z.strictObject({
  /** Optional, default 2: a factor is triangulated when at least this many groups rated it. */
  minGroups: z.int("must be a whole number").min(1, "must be at least 1").default(2),
  /** Optional, default 2: a factor has a perception gap when its highest and lowest group levels differ by at least this. */
  gapThreshold: z.number().positive("must be above 0").default(2),
  /** Optional, default 3: a rating from fewer respondents than this is withheld (suppressed) so nobody can be identified. */
  minRespondents: z.int("must be a whole number").min(1, "must be at least 1").default(3),
});

/** Returns the position and id of every item whose id an earlier item already has; items without a text id are skipped. */
function duplicateIds(items: unknown): { index: number; id: string }[] {
  if (!Array.isArray(items)) return [];
  const seen = new Set<string>();
  return items.flatMap((item: unknown, index) => {
    const id: unknown = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== "string") return [];
    if (seen.has(id)) return [{ index, id }];
    seen.add(id);
    return [];
  });
}

/** Returns the spectrum level's order when it is a whole number, else undefined. */
function orderOf(level: unknown): number | undefined {
  const order: unknown = typeof level === "object" && level !== null ? (level as { order?: unknown }).order : undefined;
  return Number.isInteger(order) ? (order as number) : undefined;
}

/** framework.json: the assessment framework (spectrum levels, factors, stakeholder groups). */
export const frameworkSchema = z
  .strictObject({
    /** The framework's id. Example: "exmoor-collaboration". */
    id: text,
    /** The framework's version, so readers know which edition a review used. Example: "2.1". */
    version: text,
    /** The framework's name. Example: "Exmoor partnership health framework". */
    name: text,
    /** Optional: the standard or model the framework draws on. Example: "BS 11000 / ISO 44001". */
    basedOn: text.optional(),
    /** The spectrum levels, low to high; at least 2. */
    spectrum: z.array(spectrumLevelSchema).min(2, "needs at least 2 levels"),
    /** The factors each group rates; at least 1. */
    factors: z.array(factorSchema).min(1, "needs at least 1 factor"),
    /** The stakeholder groups; at least 2. */
    stakeholderGroups: z.array(stakeholderGroupSchema).min(2, "needs at least 2 groups"),
    /** Optional: the triangulation thresholds; every one has a default. */
    triangulation: triangulationSchema.default({ minGroups: 2, gapThreshold: 2, minRespondents: 3 }),
  })
  .superRefine((framework, ctx) => {
    for (const list of ["spectrum", "factors", "stakeholderGroups"] as const) {
      for (const { index, id } of duplicateIds(framework[list])) {
        ctx.addIssue({ code: "custom", path: [list, index, "id"], message: `"${id}" is used more than once` });
      }
    }
    const spectrum: unknown[] = Array.isArray(framework.spectrum) ? framework.spectrum : [];
    const first = orderOf(spectrum[0]);
    spectrum.forEach((level, index) => {
      const order = orderOf(level);
      if (index === 0 || first === undefined || order === undefined || order === first + index) return;
      ctx.addIssue({
        code: "custom",
        path: ["spectrum", index, "order"],
        message: `${order} should be ${first + index}: orders must be consecutive whole numbers in ascending order`,
      });
    });
  }, evenWithOtherProblems);

/** The framework after defaults are applied. */
export type Framework = z.output<typeof frameworkSchema>;
/** One spectrum level. */
export type SpectrumLevel = z.output<typeof spectrumLevelSchema>;
/** One factor. */
export type Factor = z.output<typeof factorSchema>;
/** One stakeholder group. */
export type StakeholderGroup = z.output<typeof stakeholderGroupSchema>;
/** The triangulation thresholds after defaults. */
export type Thresholds = z.output<typeof triangulationSchema>;

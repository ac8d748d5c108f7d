import type { z } from "zod";
import {
  frameworkSchema,
  calendarDate,
  meetingSchema,
  partnershipSchema,
  reviewDataSchema,
  reviewSchema,
  SLUG_PATTERN,
  siteSchema,
  updateSchema,
  type Framework,
  type Site,
} from "../schema/index.ts";
import type { ContentSet, MeetingEntry, ReviewEntry, UpdateEntry } from "./content.ts";
import {
  checkContentRules,
  type Checked,
  type MeetingParts,
  type ReviewParts,
  type UpdateParts,
} from "./content-rules.ts";
import { WHOLE_FILE, type Problem } from "./problems.ts";
import { checkMdx, type MdxKind } from "./mdx-check.ts";
import { imagesWithoutAlt } from "./markdown-safety.ts";
import { findPlaceholders, PLACEHOLDER_MARK } from "./placeholders.ts";
import { issuesToProblems } from "./schema-issues.ts";
import { parseJsonSource, parseMarkdownSource, type ParseResult, type SourceFile } from "./sources.ts";

/** The outcome of validating a content folder: every problem, and the content when there is no error. */
export interface ValidationResult {
  problems: Problem[];
  content?: ContentSet;
}

type Kind =
  | { kind: "site" }
  | { kind: "framework" }
  | { kind: "partnership"; slug: string; ext: string }
  | { kind: "review"; slug: string; id: string; ext: string }
  | { kind: "update"; slug: string; date: string }
  | { kind: "meeting"; date: string; meeting: string };

const MARKDOWN = new Set(["md", "mdx"]);

/** Returns what a content-folder path holds, or a problem when it is not part of the content model. */
function classify(path: string): Kind | Problem {
  if (path === "site.json") return { kind: "site" };
  if (path === "framework.json") return { kind: "framework" };
  const parts = path.split("/");
  const name = parts.at(-1) ?? "";
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1) : "";
  const fileError = (message: string): Problem => ({ severity: "error", file: path, field: WHOLE_FILE, message });
  const badName = (what: string, example: string): Problem =>
    fileError(`the ${what} "${base}" must use lowercase letters, digits and single hyphens, such as ${example}`);
  // Reviews and updates sit in a folder named after their partnership.
  const slug = parts[1] ?? "";
  const badFolder = (): Problem =>
    fileError(`the folder name "${slug}" must be a partnership slug: lowercase letters, digits and single hyphens`);
  if (parts[0] === "partnerships" && parts.length === 2 && MARKDOWN.has(ext)) {
    return SLUG_PATTERN.test(base)
      ? { kind: "partnership", slug: base, ext }
      : badName("partnership slug", "shared-legal-service");
  }
  if (parts[0] === "reviews" && parts.length === 3 && (MARKDOWN.has(ext) || ext === "json")) {
    if (!SLUG_PATTERN.test(slug)) return badFolder();
    return SLUG_PATTERN.test(base)
      ? { kind: "review", slug, id: base, ext }
      : badName("review id", "2024-annual-review");
  }
  if (parts[0] === "updates" && parts.length === 3 && ext === "json") {
    if (!SLUG_PATTERN.test(slug)) return badFolder();
    return calendarDate.safeParse(base).success
      ? { kind: "update", slug, date: base }
      : fileError(`the update's file name "${base}" must be its date as YYYY-MM-DD, such as 2025-03-31`);
  }
  if (parts[0] === "scrutiny" && parts.length === 2 && ext === "json") {
    const date = base.slice(0, 10);
    const meeting = base.slice(11);
    if (!calendarDate.safeParse(date).success || base[10] !== "-" || !SLUG_PATTERN.test(meeting)) {
      return fileError(
        `the meeting's file name "${base}" must be its date as YYYY-MM-DD, a hyphen and the meeting in lowercase letters, digits and single hyphens, such as 2026-05-12-scrutiny-committee`,
      );
    }
    return { kind: "meeting", date, meeting };
  }
  return {
    severity: "warning",
    file: path,
    field: WHOLE_FILE,
    message:
      "is not part of the content model and is ignored (expected site.json, framework.json, partnerships/<slug>.md, reviews/<slug>/<review-id>.md and .json, updates/<slug>/<YYYY-MM-DD>.json, or scrutiny/<YYYY-MM-DD>-<meeting>.json)",
  };
}

// Refused rather than published with alt="": an image that says something would be silently hidden from people
// who use a screen reader, which the accessibility regulations forbid; only the author knows whether it does.
const IMAGE_ALT_RULE =
  'an image needs a text alternative: describe it in alt="…", or write alt="" if it is only decoration';

/** Parses one file against its schema, adding any problems to `problems`. */
function check<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
  problems: Problem[],
  mdxKind: MdxKind = "review",
): (Checked<z.output<S>> & { body: string }) | undefined {
  if (file.unread === true) return undefined;
  for (const at of findPlaceholders(file.text)) {
    problems.push({
      severity: "warning",
      file: file.path,
      field: "(text)",
      message: `still holds placeholder text "${PLACEHOLDER_MARK}": replace it and delete the mark`,
      ...at,
    });
  }
  let parsed: ParseResult;
  try {
    parsed = file.path.endsWith(".json") ? parseJsonSource(file) : parseMarkdownSource(file);
  } catch (error) {
    // Whatever a parser throws on one file, the others are still checked and reported in the same run.
    problems.push({
      severity: "error",
      file: file.path,
      field: WHOLE_FILE,
      message: `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const { data, body, bodyLine, locate } = parsed.source;
  if (file.path.endsWith(".mdx")) {
    for (const problem of checkMdx(body, mdxKind)) {
      const at = problem.position && {
        line: problem.position.line + bodyLine - 1,
        column: problem.position.column,
      };
      problems.push({ severity: "error", file: file.path, field: "(body)", message: problem.message, ...at });
    }
  }
  if (file.path.endsWith(".md")) {
    for (const position of imagesWithoutAlt(body)) {
      problems.push({
        severity: "error",
        file: file.path,
        field: "(body)",
        message: IMAGE_ALT_RULE,
        line: position.line + bodyLine - 1,
        column: position.column,
      });
    }
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(...issuesToProblems(file.path, result.error.issues, schema, data, locate));
    return undefined;
  }
  return { file: file.path, value: result.data, locate, body };
}

/** Returns every problem in the content folder's files, and the validated content when there is no error. */
export function validateSources(sources: readonly SourceFile[]): ValidationResult {
  const problems: Problem[] = [];
  let site: Site | undefined;
  let framework: Framework | undefined;
  const partnershipSlugs = new Set<string>();
  const partnerships: (Checked<z.output<typeof partnershipSchema>> & { body: string })[] = [];
  const reviews = new Map<string, ReviewParts & { markdown?: string; json?: string; body?: string }>();
  const updates: UpdateParts[] = [];
  const meetings: MeetingParts[] = [];

  for (const source of [...sources].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = classify(source.path);
    if ("severity" in kind) {
      problems.push(kind);
      continue;
    }
    if (kind.kind === "site") {
      site = check(source, siteSchema, problems)?.value;
    } else if (kind.kind === "framework") {
      framework = check(source, frameworkSchema, problems)?.value;
    } else if (kind.kind === "meeting") {
      const checked = check(source, meetingSchema, problems);
      meetings.push({ fileDate: kind.date, file: source.path, ...(checked === undefined ? {} : { data: checked }) });
    } else if (kind.kind === "update") {
      const checked = check(source, updateSchema, problems);
      updates.push({
        partnership: kind.slug,
        fileDate: kind.date,
        file: source.path,
        ...(checked === undefined ? {} : { data: checked }),
      });
    } else if (kind.kind === "partnership") {
      if (partnershipSlugs.has(kind.slug)) {
        problems.push({
          severity: "error",
          file: source.path,
          field: WHOLE_FILE,
          message: `another file already defines partnership "${kind.slug}": keep one of ${kind.slug}.md and ${kind.slug}.mdx`,
        });
        continue;
      }
      partnershipSlugs.add(kind.slug);
      const checked = check(source, partnershipSchema, problems, "partnership");
      if (checked !== undefined) partnerships.push(checked);
    } else {
      const key = `${kind.slug}/${kind.id}`;
      const review = reviews.get(key) ?? { partnership: kind.slug, id: kind.id };
      reviews.set(key, review);
      if (kind.ext === "json") {
        review.json = source.path;
        review.data = check(source, reviewDataSchema, problems);
      } else if (review.markdown !== undefined) {
        problems.push({
          severity: "error",
          file: source.path,
          field: WHOLE_FILE,
          message: `another file already holds review "${key}": keep one of ${kind.id}.md and ${kind.id}.mdx`,
        });
      } else {
        review.markdown = source.path;
        const checked = check(source, reviewSchema, problems);
        review.meta = checked;
        review.body = checked?.body;
      }
    }
  }

  if (!sources.some((source) => source.path === "site.json")) {
    problems.push({
      severity: "error",
      file: "site.json",
      field: WHOLE_FILE,
      message: "is missing: every content folder needs site.json",
    });
  }
  if (!sources.some((source) => source.path === "framework.json")) {
    problems.push({
      severity: "error",
      file: "framework.json",
      field: WHOLE_FILE,
      message: "is missing: every content folder needs framework.json",
    });
  }
  for (const review of reviews.values()) {
    if (review.markdown === undefined && review.json !== undefined) {
      problems.push({
        severity: "error",
        file: review.json,
        field: WHOLE_FILE,
        message: `has no report beside it: add reviews/${review.partnership}/${review.id}.md`,
      });
    }
    if (review.json === undefined && review.markdown !== undefined) {
      problems.push({
        severity: "error",
        file: review.markdown,
        field: WHOLE_FILE,
        message: `has no data file beside it: add reviews/${review.partnership}/${review.id}.json (it may hold just {})`,
      });
    }
  }

  problems.push(
    ...checkContentRules({
      framework,
      partnershipSlugs,
      partnerships,
      reviews: [...reviews.values()],
      updates,
      meetings,
    }),
  );

  if (
    problems.some((problem) => problem.severity === "error") ||
    sources.some((source) => source.unread === true) ||
    site === undefined ||
    framework === undefined
  ) {
    return { problems };
  }
  const reviewEntries = [...reviews.values()].map((review): ReviewEntry => ({
    partnership: review.partnership,
    id: review.id,
    file: review.markdown as string,
    dataFile: review.json as string,
    meta: (review.meta as Checked<ReviewEntry["meta"]>).value,
    data: (review.data as Checked<ReviewEntry["data"]>).value,
    body: review.body ?? "",
  }));
  return {
    problems,
    content: {
      site,
      framework,
      partnerships: partnerships.map((p) => ({
        slug: p.file.slice("partnerships/".length).replace(/\.mdx?$/, ""),
        file: p.file,
        data: p.value,
        body: p.body,
      })),
      reviews: reviewEntries,
      updates: updates.map((update): UpdateEntry => ({
        partnership: update.partnership,
        file: update.file,
        data: (update.data as Checked<UpdateEntry["data"]>).value,
      })),
      meetings: meetings.map((meeting): MeetingEntry => ({
        file: meeting.file,
        data: (meeting.data as Checked<MeetingEntry["data"]>).value,
      })),
    },
  };
}

import { z } from "zod";
import { describe, expect, it } from "vitest";
import { issuesToProblems } from "../../../src/lib/schema-issues.ts";
import { formatProblem } from "../../../src/lib/problems.ts";
import { isoDate, partnershipSchema, reviewDataSchema, siteSchema, text } from "../../../src/schema/index.ts";

/** Returns each problem of `data` against `schema` as "field: message", without positions. */
function problemsOf(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return issuesToProblems("f.json", result.error.issues, schema, data, () => undefined).map((problem) =>
    formatProblem(problem).replace(/^f\.json: /, ""),
  );
}

describe("issuesToProblems(file, issues, schema, data, locate)", () => {
  it("issuesToProblems(file, issues, schema, data, locate) says a missing field is required", () => {
    expect(problemsOf(z.strictObject({ title: text, date: isoDate }), {})).toEqual([
      "title: is required",
      "date: is required",
    ]);
  });

  it("issuesToProblems(file, issues, schema, data, locate) names the expected and the given type in plain words", () => {
    const schema = z.strictObject({
      a: z.string(),
      b: z.boolean(),
      c: z.array(z.string()),
      d: z.strictObject({}),
      e: z.number(),
    });
    expect(problemsOf(schema, { a: 42, b: "yes", c: { x: 1 }, d: [1], e: null })).toEqual([
      "a: must be text, not 42",
      'b: must be true or false, not "yes"',
      "c: must be a list, not a group of fields",
      "d: must be a group of fields, not a list",
      "e: must be a number, not null",
    ]);
  });

  it("issuesToProblems(file, issues, schema, data, locate) shortens a long value to 40 characters", () => {
    expect(problemsOf(z.strictObject({ n: z.number() }), { n: "x".repeat(50) })).toEqual([
      `n: must be a number, not "${"x".repeat(40)}…"`,
    ]);
  });

  it("issuesToProblems(file, issues, schema, data, locate) keeps a schema's own message for a wrong type", () => {
    expect(problemsOf(reviewDataSchema, { ratings: [{ factor: "a", group: "b", level: "4" }] })).toEqual([
      "ratings[0].level: must be a number on the spectrum's order scale, such as 4.2",
    ]);
  });

  it("issuesToProblems(file, issues, schema, data, locate) lists the allowed choices and suggests the near one", () => {
    expect(
      problemsOf(reviewDataSchema, {
        risks: [{ id: "r", category: "supplier-failur", title: "T", likelihood: 1, impact: 1 }],
      }),
    ).toEqual([
      'risks[0].category: "supplier-failur" is not allowed: use one of complex-management, no-joint-objectives, supplier-failure, resource-disconnect, reputational-damage, quick-wins, other. Did you mean "supplier-failure"?',
    ]);
  });

  it("issuesToProblems(file, issues, schema, data, locate) lists the allowed choices for a value that is not text", () => {
    expect(problemsOf(z.strictObject({ p: z.enum(["high", "low"]) }), { p: 1 })).toEqual([
      "p: 1 is not allowed: use one of high, low.",
    ]);
  });

  it("issuesToProblems(file, issues, schema, data, locate) gives one problem per unknown field, with the known field it is nearest", () => {
    expect(problemsOf(siteSchema.shape.contact, { email: "a@b.example", emial: "x", phone: "0" })).toEqual([
      'emial: is not a known field. Did you mean "email"?',
      "phone: is not a known field.",
    ]);
  });

  it("issuesToProblems(file, issues, schema, data, locate) suggests fields of list items, past defaults and refinements", () => {
    const data = {
      name: "N",
      summary: "S",
      form: "other",
      basis: "voluntary",
      serviceArea: "A",
      partners: [{ name: "P", sector: "public", rol: "lead" }],
      leadRole: "R",
      startDate: "2020-01-01",
    };
    expect(problemsOf(partnershipSchema, data)).toEqual([
      'partners[0].rol: is not a known field. Did you mean "role"?',
    ]);
    expect(problemsOf(reviewDataSchema, { ratings: [{ factor: "a", group: "b", level: 1, respondants: 3 }] })).toEqual([
      'ratings[0].respondants: is not a known field. Did you mean "respondents"?',
    ]);
  });

  it("issuesToProblems(file, issues, schema, data, locate) adds the position the locator gives", () => {
    const schema = z.strictObject({ title: text });
    const result = schema.safeParse({ title: "" });
    const problems = issuesToProblems("r.md", result.error?.issues ?? [], schema, { title: "" }, (path) =>
      path[0] === "title" ? { line: 2, column: 1 } : undefined,
    );
    expect(problems).toEqual([
      { severity: "error", file: "r.md", field: "title", message: "must not be empty", line: 2, column: 1 },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldDocs, renderFieldReference } from "../../../scripts/field-reference.ts";
import { isoDate } from "../../../src/schema/common.ts";

describe("fieldDocs(schema)", () => {
  it("fieldDocs(schema) lists each field's description, nested fields dotted and lists marked []", () => {
    const schema = z.strictObject({
      name: z.string().meta({ description: "The name." }),
      when: isoDate.meta({ description: "The date, YYYY-MM-DD." }),
      contact: z.strictObject({ email: z.email().optional().meta({ description: "Optional: an address." }) }),
      items: z
        .array(z.strictObject({ id: z.string().meta({ description: "The item's id." }), note: z.string() }))
        .meta({ description: "The items." }),
      tags: z.array(z.string()).default([]).meta({ description: "Optional: keywords." }),
    });
    expect(fieldDocs(schema)).toEqual([
      { path: "name", description: "The name." },
      { path: "when", description: "The date, YYYY-MM-DD." },
      { path: "contact.email", description: "Optional: an address." },
      { path: "items[]", description: "The items." },
      { path: "items[].id", description: "The item's id." },
      { path: "items[].note", description: "" },
      { path: "tags[]", description: "Optional: keywords." },
    ]);
  });
});

describe("renderFieldReference()", () => {
  it("renderFieldReference() gives every file kind a table, site.json first", () => {
    const headings = renderFieldReference()
      .split("\n")
      .filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## site.json",
      "## framework.json",
      "## partnerships/<slug>.md front matter",
      "## reviews/<slug>/<review-id>.md front matter",
      "## reviews/<slug>/<review-id>.json",
      "## updates/<slug>/<YYYY-MM-DD>.json",
      "## federation.json (a federation's folder: see docs/federation.md)",
    ]);
  });
});

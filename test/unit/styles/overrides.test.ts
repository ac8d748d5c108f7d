// The site's style sheet carries only the GOV.UK Frontend override classes ("govuk-!-…") its templates use
// (src/styles/_overrides.scss); a template that used another would get no style for it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compileAsync } from "sass-embedded";
import { describe, expect, it } from "vitest";
import { CSS_OPTIONS } from "../../../src/styles/css-options.ts";

const ROOT = join(import.meta.dirname, "../../..");

/** Returns the override classes written in the files under src/ (a selector that matches them all ends in "-"). */
function classesInSource(): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(join(ROOT, "src"), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), "utf8");
    for (const [name] of text.matchAll(/govuk-!-[a-z0-9-]+/g)) if (!name.endsWith("-")) found.add(name);
  }
  return found;
}

async function compiled(): Promise<string> {
  const result = await compileAsync(join(ROOT, "src/styles/_overrides.scss"), CSS_OPTIONS.preprocessorOptions.scss);
  return result.css;
}

describe("GOV.UK Frontend's override classes in the site's style sheet", () => {
  it("has a rule for every override class a template uses", async () => {
    const css = await compiled();
    const classes = classesInSource();
    // The templates' own count when this was written; a new class in a template only needs adding to the sheet.
    expect(classes.size).toBeGreaterThanOrEqual(14);
    for (const name of classes) expect(css, name).toContain(`.govuk-\\!-${name.slice("govuk-!-".length)} {`);
  });

  it("writes each as GOV.UK Frontend does, with its value from the tablet breakpoint where it has one", async () => {
    const css = await compiled();
    expect(css).toContain(".govuk-\\!-margin-bottom-1 {\n  margin-bottom: 5px !important;\n}");
    expect(css).toContain(
      ".govuk-\\!-width-one-third {\n  width: 100% !important;\n}\n@media (min-width: 40.0625em) {\n  .govuk-\\!-width-one-third {\n    width: 33.33% !important;\n  }\n}",
    );
    expect(css).toContain(".govuk-\\!-font-weight-bold {\n  font-weight: 700 !important;\n}");
    expect(css).toContain("@media print {\n  .govuk-\\!-display-none-print {\n    display: none !important;\n  }\n}");
    // Nothing else of GOV.UK's layer: a class no template uses has no rule.
    expect(css).not.toContain(".govuk-\\!-margin-bottom-9");
    expect(css).not.toContain(".govuk-\\!-static-");
  });
});

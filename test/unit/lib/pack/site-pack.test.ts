import { describe, expect, it } from "vitest";
import {
  SITE_PACK_LIMIT,
  SITE_PACK_PATH,
  sitePack,
  sitePackLink,
  sitePackTitle,
} from "../../../../src/lib/pack/site-pack.ts";
import { ROOT, sampleModel } from "../open-data/sample-model.ts";

describe("sitePack(model, root)", () => {
  const model = sampleModel();

  it("sitePackTitle(model) is the site's title and the list it covers", () => {
    expect(sitePackTitle(model)).toBe("Example partnership reviews: partnerships needing attention");
    expect(SITE_PACK_PATH).toBe("committee-pack.html");
  });

  it("sitePack(model, root) covers exactly the needs-attention list, in its order, as at the model's day", () => {
    const pack = sitePack(model, ROOT);
    const names = model.attention.needsAttention.map((partnership) => partnership.data.name);
    expect(names.length).toBeGreaterThan(0);
    expect(pack.asAt).toBe("2026-01-15");
    expect(pack.title).toBe("Example partnership reviews: partnerships needing attention");
    const partnershipTitles = pack.sections
      .filter((section) => section.newPage === true)
      .map((section) => section.title);
    expect(partnershipTitles).toEqual(names);
  });

  it("sitePackLink(model, base) names the one partnership needing attention in the singular, and none when there is none", () => {
    const [first] = model.attention.needsAttention;
    if (first === undefined) throw new Error("the sample model has no partnership needing attention");
    const one = { ...model, attention: { ...model.attention, needsAttention: [first] } };
    expect(sitePackLink(one, "/")?.text).toBe("Committee pack of the partnership needing attention");
    expect(sitePackLink(one, "/")?.href).toBe("/committee-pack.html");
    expect(sitePackLink({ ...model, attention: { ...model.attention, needsAttention: [] } }, "/")).toBeUndefined();
  });

  it("sitePack(model, root) covers the first SITE_PACK_LIMIT (20) of a longer list, says so, and its link counts those", () => {
    const [first] = model.attention.needsAttention;
    if (first === undefined) throw new Error("the sample model has no partnership needing attention");
    const many = Array.from({ length: 23 }, (_, index) => ({
      ...first,
      slug: `p-${index}`,
      data: { ...first.data, name: `Partnership ${index}` },
    }));
    const long = { ...model, attention: { ...model.attention, needsAttention: many } };
    const pack = sitePack(long, ROOT);
    expect(SITE_PACK_LIMIT).toBe(20);
    expect(pack.sections.filter((section) => section.newPage === true)).toHaveLength(20);
    const purpose = pack.sections.find((section) => section.id === "purpose");
    expect(JSON.stringify(purpose)).toContain(
      `They are the first 20 of the 23 partnerships needing attention, in the order of the needs-attention list; the others are listed at ${ROOT}compare/.`,
    );
    expect(sitePackLink(long, "/")?.text).toBe(
      "Committee pack of the first 20 of the 23 partnerships needing attention",
    );
    expect(JSON.stringify(sitePack(model, ROOT))).not.toContain("They are the first");
  });
});

import { describe, expect, it } from "vitest";
import {
  chooseFilter,
  isActive,
  isTracked,
  matchedParts,
  pagefindFilters,
  readState,
  readTrackedMeta,
  toggleFilter,
  trackedFilterValues,
  trackedParts,
  writeState,
  writeTrackedMeta,
  type PagefindSubResult,
} from "../../../src/scripts/search-state.ts";
import { matches, readFilters, writeFilters } from "../../../src/scripts/filter-state.ts";

const KEYS = ["type", "form", "year"];

describe("search state in the URL", () => {
  it("readState(search, keys) keeps known filters, drops duplicates and unknown keys", () => {
    expect(
      readState("?q=%20measurement%20&form=shared-service&form=shared-service&colour=red&sort=newest", KEYS),
    ).toEqual({
      query: "measurement",
      filters: { form: ["shared-service"] },
      sort: "newest",
    });
  });

  it("writeState(state, keys) round-trips through readState", () => {
    const state = {
      query: "delivery",
      filters: { type: ["review", "recommendation"], year: ["2024"] },
      sort: "" as const,
    };
    expect(writeState(state, KEYS)).toBe("?q=delivery&type=review&type=recommendation&year=2024");
    expect(readState(writeState(state, KEYS), KEYS)).toEqual(state);
  });

  it("toggleFilter(state, key, value, on) adds and removes one value, dropping an empty filter", () => {
    const on = toggleFilter({ query: "", filters: {}, sort: "" }, "form", "contract", true);
    expect(on.filters).toEqual({ form: ["contract"] });
    expect(isActive(on)).toBe(true);
    const off = toggleFilter(on, "form", "contract", false);
    expect(off.filters).toEqual({});
    expect(isActive(off)).toBe(false);
  });
});

describe("search narrowed to recommendations and committee resolutions", () => {
  const items = [
    { anchor: "rec-kbc-2023-mgmt-02", kind: "recommendation", statusKeys: ["in-progress", "overdue", "stale"] },
    { anchor: "rec-kbc-2023-mgmt-03", kind: "recommendation", statusKeys: ["implemented"] },
    { anchor: "res-osc-2026-06-02", kind: "resolution", statusKeys: ["open"] },
  ];
  const state = (filters: Record<string, string[]>) => ({ query: "shared", filters, sort: "" as const });

  it("chooseFilter(state, key, value) sets one value of a key, or none", () => {
    const chosen = chooseFilter(state({ form: ["contract"], status: ["open"] }), "status", "overdue");
    expect(chosen.filters).toEqual({ form: ["contract"], status: ["overdue"] });
    expect(chooseFilter(chosen, "status", "").filters).toEqual({ form: ["contract"] });
  });

  it("trackedFilterValues(items) gives each kind, and each kind with each of its status keys", () => {
    expect(trackedFilterValues(items)).toEqual([
      "recommendation",
      "recommendation:implemented",
      "recommendation:in-progress",
      "recommendation:overdue",
      "recommendation:stale",
      "resolution",
      "resolution:open",
    ]);
  });

  it("writeTrackedMeta(items) round-trips through readTrackedMeta, by anchor", () => {
    const meta = writeTrackedMeta(items);
    expect(meta).toBe(
      "rec-kbc-2023-mgmt-02:recommendation:in-progress:overdue:stale rec-kbc-2023-mgmt-03:recommendation:implemented res-osc-2026-06-02:resolution:open",
    );
    expect([...readTrackedMeta(meta).values()]).toEqual(items);
    expect(readTrackedMeta(undefined).size).toBe(0);
  });

  it("pagefindFilters(state, kinds) asks for pages listing the kind with the status chosen", () => {
    const kinds = ["recommendation", "resolution"];
    expect(pagefindFilters(state({ type: ["review"] }), kinds)).toEqual({ type: { any: ["review"] } });
    expect(pagefindFilters(state({ kind: ["recommendation"] }), kinds)).toEqual({
      tracked: { any: ["recommendation"] },
    });
    expect(pagefindFilters(state({ status: ["overdue"] }), kinds)).toEqual({
      tracked: { any: ["recommendation:overdue", "resolution:overdue"] },
    });
    expect(pagefindFilters(state({ kind: ["resolution"], status: ["open"], form: ["contract"] }), kinds)).toEqual({
      form: { any: ["contract"] },
      tracked: { any: ["resolution:open"] },
    });
    expect(isTracked(state({ form: ["contract"] }))).toBe(false);
  });

  it("trackedParts(subResults, meta, state) keeps the recommendations and resolutions of the kind and status chosen", () => {
    const part = (id?: string) => ({
      title: id ?? "Page",
      url: `/p/${id === undefined ? "" : `#${id}`}`,
      excerpt: "",
      locations: [1],
      ...(id === undefined ? {} : { anchor: { id } }),
    });
    const parts = [part(), part("section-risks"), part("rec-kbc-2023-mgmt-02"), part("rec-kbc-2023-mgmt-03")];
    const meta = writeTrackedMeta(items);
    const ids = (filters: Record<string, string[]>) =>
      trackedParts(parts, meta, state(filters)).map(({ item }) => item.anchor);
    expect(ids({ kind: ["recommendation"] })).toEqual(["rec-kbc-2023-mgmt-02", "rec-kbc-2023-mgmt-03"]);
    expect(ids({ kind: ["recommendation"], status: ["overdue"] })).toEqual(["rec-kbc-2023-mgmt-02"]);
    expect(ids({ status: ["implemented"] })).toEqual(["rec-kbc-2023-mgmt-03"]);
    expect(ids({ kind: ["resolution"] })).toEqual([]);
  });
});

describe("table filter state in the URL", () => {
  it("readFilters(search, names) splits comma lists, such as p=a,b", () => {
    expect(readFilters("?p=shared-legal,kestrel-waste&basis=statutory&other=x", ["p", "basis"])).toEqual({
      p: ["shared-legal", "kestrel-waste"],
      basis: ["statutory"],
    });
  });

  it("writeFilters(state, names, search) writes readable commas and keeps other parameters", () => {
    expect(writeFilters({ p: ["a", "b"] }, ["p", "basis"], "?basis=mixed&keep=1")).toBe("?keep=1&p=a,b");
  });

  it("matches(state, values) needs every filter to match one of its chosen values", () => {
    expect(matches({ sector: ["police", "health"] }, { sector: ["public", "police"] })).toBe(true);
    expect(matches({ sector: ["police"], basis: ["voluntary"] }, { sector: ["police"], basis: ["statutory"] })).toBe(
      false,
    );
    expect(matches({}, { sector: ["public"] })).toBe(true);
  });
});

describe("matchedParts(subResults)", () => {
  const part = (url: string, matches: number): PagefindSubResult => ({
    title: url,
    url,
    excerpt: "",
    locations: Array.from({ length: matches }, (_, i) => i),
  });

  it("matchedParts(subResults) leaves out the page's top, which is the result itself", () => {
    expect(matchedParts([part("/r/", 9), part("/r/#findings", 1)]).map((p) => p.url)).toEqual(["/r/#findings"]);
  });

  it("matchedParts(subResults) keeps the three parts with most matches, in the page's order", () => {
    const parts = [part("/r/#a", 1), part("/r/#b", 4), part("/r/#c", 2), part("/r/#d", 5), part("/r/#e", 3)];
    expect(matchedParts(parts).map((p) => p.url)).toEqual(["/r/#b", "/r/#d", "/r/#e"]);
  });

  it("matchedParts(subResults) gives nothing for a page without anchored parts", () => {
    expect(matchedParts([part("/r/", 2)])).toEqual([]);
    expect(matchedParts([])).toEqual([]);
  });
});

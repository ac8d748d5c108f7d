import { describe, expect, it } from "vitest";
import { matchesKeyword, readFilters, writeFilters } from "../../../src/scripts/filter-state.ts";

describe("matchesKeyword(text, keyword)", () => {
  const row = "Agree a data sharing protocol with the partner. High priority; owner: Head of Legal. kbc-2021-revs-02";

  it("matchesKeyword(text, keyword) needs every word, in any order and case, each starting a word of the text", () => {
    expect(matchesKeyword(row, "Data SHARING")).toBe(true);
    expect(matchesKeyword(row, "sharing data")).toBe(true);
    expect(matchesKeyword(row, "shar")).toBe(true);
    expect(matchesKeyword(row, "data governance")).toBe(false);
  });

  it("matchesKeyword(text, keyword) does not find a word inside another", () => {
    expect(matchesKeyword("Informal joint arrangements", "information")).toBe(false);
    expect(matchesKeyword("Informal joint arrangements", "formal")).toBe(false);
  });

  it("matchesKeyword(text, keyword) takes a recommendation id as one word, and an empty keyword as no filter", () => {
    expect(matchesKeyword(row, "kbc-2021-revs-02")).toBe(true);
    expect(matchesKeyword(row, "kbc-2021-revs-03")).toBe(false);
    expect(matchesKeyword(row, "  ")).toBe(true);
  });
});

describe("readFilters(search, names) and writeFilters(state, names)", () => {
  it("writeFilters(state, names) keeps a keyword in the address beside the other filters", () => {
    expect(writeFilters({ q: ["data sharing"], status: ["open"] }, ["q", "status"])).toBe(
      "?q=data+sharing&status=open",
    );
    expect(readFilters("?q=data+sharing&status=open", ["q", "status"])).toEqual({
      q: ["data sharing"],
      status: ["open"],
    });
  });
});

import { describe, expect, it } from "vitest";
import {
  answeringLocations,
  answers,
  baseForms,
  holdsQuery,
  pagefindQuery,
  quotedPhrases,
  queryWords,
  unmarkOthers,
  wordsOf,
} from "../../../src/scripts/search-words.ts";

describe("which matched words answer a query", () => {
  it("answers(wanted, found) takes endings of grammar and rejects other words Snowball gives one stem", () => {
    const cases: [wanted: string, found: string, answered: boolean][] = [
      ["information", "information", true],
      ["information", "informations", true],
      // Snowball's stem of all three is "inform": different words all the same.
      ["information", "informal", false],
      ["information", "informally", false],
      ["informal", "information", false],
      ["governance", "government", false],
      ["reviews", "reviewer", false],
      ["sharing", "share", true],
      ["sharing", "shared", true],
      ["sharing", "shares", true],
      ["share", "sharing", true],
      ["recommendations", "recommendation", true],
      ["agency", "agencies", true],
      ["agencies", "agency", true],
      ["plan", "planned", true],
      ["planning", "plan", true],
      ["boxes", "box", true],
      ["process", "processing", true],
      ["process", "proce", false],
      // The start of a word, as Pagefind matches while a reader types.
      ["shar", "sharing", true],
      ["inform", "informal", true],
      ["inform", "information", true],
      ["need", "ne", false],
    ];
    expect(cases.map(([wanted, found]) => [wanted, found, answers(wanted, found)])).toEqual(cases);
  });

  it("baseForms(word) takes one ending off, with its silent e or doubled consonant", () => {
    expect([...baseForms("sharing")]).toEqual(["sharing", "shar"]);
    expect([...baseForms("share")]).toEqual(["share", "shar"]);
    expect([...baseForms("agencies")]).toEqual(["agencies", "agency", "agenci", "agencie"]);
    expect([...baseForms("planned")]).toEqual(["planned", "plann", "plan"]);
    expect([...baseForms("class")]).toEqual(["class"]);
    expect([...baseForms("sing")]).toEqual(["sing"]);
  });

  it("wordsOf(text) lowers case, drops accents, possessives and punctuation, and joins hyphenated parts", () => {
    expect(wordsOf("Information,")).toEqual(["information"]);
    expect(wordsOf("council’s")).toEqual(["council"]);
    expect(wordsOf("Café")).toEqual(["cafe"]);
    expect(wordsOf("data-sharing")).toEqual(["data", "sharing", "datasharing"]);
    expect(wordsOf("(2026)")).toEqual(["2026"]);
    expect(wordsOf("—")).toEqual([]);
  });

  it("queryWords(query) leaves quoted phrases to quotedPhrases(query)", () => {
    expect(queryWords("Information  sharing information")).toEqual(["information", "sharing"]);
    expect(queryWords('"data sharing" protocol')).toEqual(["protocol"]);
    expect(queryWords('"informal')).toEqual([]);
    expect(quotedPhrases('"Data  Sharing," protocol "café"')).toEqual([["data", "sharing"], ["cafe"]]);
    expect(quotedPhrases('"informal')).toEqual([["informal"]]);
    expect(quotedPhrases('"" plain')).toEqual([]);
  });

  it("holdsQuery(query, text) is true only when the text holds every word and phrase", () => {
    const title = "Agree a data sharing agreement for the hub's… (recommendation kbc-2020-vcs-02): Implemented";
    expect(holdsQuery("sharing agreements", title)).toBe(true);
    expect(holdsQuery('"data sharing" hub', title)).toBe(true);
    expect(holdsQuery("sharing register", title)).toBe(false);
    expect(holdsQuery('"sharing data"', title)).toBe(false);
  });

  it("pagefindQuery(query) asks Pagefind the words without their quotes", () => {
    expect(pagefindQuery('"data sharing"  protocol')).toBe("data sharing protocol");
    expect(pagefindQuery('"informal')).toBe("informal");
  });

  it("answeringLocations(query, content, locations) rejects a result whose only match is another word", () => {
    const content = "The informal group shares information. Informally, data-sharing works";
    // Words: 0 The, 1 informal, 2 group, 3 shares, 4 information., 5 Informally,, 6 data-sharing, 7 works
    expect(answeringLocations("information", content, [1, 4, 5])).toEqual(new Set([4]));
    expect(answeringLocations("information", content, [1, 5])).toBeUndefined();
    expect(answeringLocations("informal", content, [1, 4, 5])).toEqual(new Set([1, 5]));
    // Every word of the query must be answered somewhere.
    expect(answeringLocations("information sharing", content, [3, 4, 6])).toEqual(new Set([3, 4, 6]));
    expect(answeringLocations("informal sharing", content, [3, 4])).toBeUndefined();
    // A quoted phrase is held exactly, its words in order and as written, wherever it is on the page.
    expect(answeringLocations('"informal group"', content, [1, 2, 5])).toEqual(new Set([1, 2]));
    expect(answeringLocations('"informal group" information', content, [1, 2, 4])).toEqual(new Set([1, 2, 4]));
    expect(answeringLocations('"group informal"', content, [1, 2])).toBeUndefined();
    // Pagefind's stems give "shares" for "shared"; the phrase asks for the word as written.
    expect(answeringLocations('"shared"', content, [3])).toBeUndefined();
    expect(answeringLocations('"Shares information"', content, [3, 4])).toEqual(new Set([3, 4]));
    expect(answeringLocations("", content, [0])).toEqual(new Set([0]));
  });

  it("unmarkOthers(excerpt, query) takes the highlight off words that do not answer the query", () => {
    expect(unmarkOthers("An <mark>informal</mark> note of <mark>information</mark>.", "information")).toBe(
      "An informal note of <mark>information</mark>.",
    );
    expect(unmarkOthers("<mark>Sharing</mark> data", "shared")).toBe("<mark>Sharing</mark> data");
    expect(unmarkOthers("<mark>Shared</mark> and <mark>sharing</mark>", '"sharing"')).toBe(
      "Shared and <mark>sharing</mark>",
    );
  });
});

import { describe, expect, it } from "vitest";
import { indexedText, marksSearchBody, synonymsFor } from "../../../src/lib/search-synonyms.ts";

const SYNONYMS = { waste: ["rubbish", "bins", "refuse"], "information governance": ["data protection"] };

describe("synonymsFor(text, synonyms)", () => {
  it("synonymsFor(text, synonyms) gives the synonyms of a word the text holds, whatever its case", () => {
    expect(synonymsFor("Kestrel Waste Services collects the borough's waste.", SYNONYMS)).toEqual([
      { words: ["rubbish", "bins", "refuse"], weight: 1.4 },
    ]);
  });

  it("synonymsFor(text, synonyms) matches whole words and phrases only, across line breaks", () => {
    expect(synonymsFor("Wastewater and tastes", SYNONYMS)).toEqual([]);
    expect(synonymsFor("weak information\n  governance", SYNONYMS)).toEqual([
      { words: ["data protection"], weight: 1 },
    ]);
  });

  it("synonymsFor(text, synonyms) leaves out a synonym the text already holds", () => {
    expect(synonymsFor("waste and bins", SYNONYMS)).toEqual([{ words: ["rubbish", "refuse"], weight: 1 }]);
  });

  it("synonymsFor(text, synonyms) weighs each word's synonyms by the square root of its count, at most 10", () => {
    expect(synonymsFor(`${"waste ".repeat(22)} information governance`, SYNONYMS)).toEqual([
      { words: ["rubbish", "bins", "refuse"], weight: 4.7 },
      { words: ["data protection"], weight: 1 },
    ]);
    expect(synonymsFor("waste ".repeat(150), SYNONYMS)[0]?.weight).toBe(10);
  });
});

describe("indexedText(html) and marksSearchBody(html)", () => {
  it("indexedText(html) drops tags, scripts, character references and what search leaves out", () => {
    const html =
      '<p>Waste&amp;<b>bins</b><br></p><script>var rubbish = 1;</script><div data-pagefind-ignore="all"><p>leisure' +
      '</p><svg><path d="M0 0"/></svg></div><!-- gym --><form><option>swimming</option></form><p data-x="a>b">refuse</p>';
    expect(indexedText(html).split(/\s+/).join(" ")).toBe(" Waste bins refuse ");
  });

  it("marksSearchBody(html) reads the attribute, not words that name it", () => {
    expect(marksSearchBody('<div class="x" data-pagefind-body>')).toBe(true);
    expect(marksSearchBody('<div data-pagefind-body="">')).toBe(true);
    expect(marksSearchBody("<p>Pages marked data-pagefind-body are indexed</p>")).toBe(false);
    expect(marksSearchBody('<div data-pagefind-body-extra="">')).toBe(false);
  });
});

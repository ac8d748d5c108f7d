import { describe, expect, it } from "vitest";
import { indexableHtml, openTablesToIndex, spaceBlocks } from "../../../src/integrations/search-index.ts";

describe("spaceBlocks(html)", () => {
  it("spaceBlocks(html) separates adjacent table cells, so each is a word of its own", () => {
    expect(spaceBlocks("<tr><th>Risk</th><th>Likelihood</th></tr><tr><td>Cost</td><td>High</td></tr>")).toBe(
      "<tr> <th>Risk</th> <th>Likelihood</th> </tr> <tr> <td>Cost</td> <td>High</td> </tr>",
    );
  });

  it("spaceBlocks(html) separates a block from text before and after it, and after a line break", () => {
    expect(spaceBlocks("Score<p>One</p>Two<br>Three<br/>Four")).toBe("Score <p>One</p> Two <br> Three <br/> Four");
  });

  it("spaceBlocks(html) leaves inline elements and existing spaces alone", () => {
    expect(spaceBlocks("<p>A <strong>bold</strong><em>move</em></p> <p>x</p>")).toBe(
      "<p>A <strong>bold</strong><em>move</em></p> <p>x</p>",
    );
  });

  it("spaceBlocks(html) does not take <pre>, <thead> or <header> for shorter tags, nor <b> or <del> for blocks", () => {
    expect(spaceBlocks("a<pre>b</pre>c<b>d</b><del>e</del>")).toBe("a <pre>b</pre> c<b>d</b><del>e</del>");
  });
});

describe("indexableHtml(sourcePath, html)", () => {
  it("indexableHtml(sourcePath, html) sends a page that marks its body, with its blocks spaced", () => {
    expect(
      indexableHtml("partnerships/a/index.html", "<main><div data-pagefind-body><p>a</p><p>b</p></div></main>"),
    ).toBe("<main> <div data-pagefind-body> <p>a</p> <p>b</p> </div> </main>");
  });

  it("indexableHtml(sourcePath, html) marks the <main> of an indexed route with its content type", () => {
    expect(indexableHtml("methodology/index.html", '<body><main class="m"><h1>How</h1></main></body>')).toBe(
      '<body> <main data-pagefind-body data-pagefind-filter="type:methodology" data-pagefind-meta="type:Methodology" class="m"> <h1>How</h1> </main> </body>',
    );
  });

  it("indexableHtml(sourcePath, html) sends nothing for other pages, or an indexed route without <main>", () => {
    expect(indexableHtml("partnerships/index.html", "<main><p>List</p></main>")).toBeUndefined();
    expect(indexableHtml("risks/index.html", "<p>No main</p>")).toBeUndefined();
  });
});

describe("openTablesToIndex(html)", () => {
  it("openTablesToIndex(html) opens plain ignored wrappers, leaves out chart drawings and keeps hidden tags ignored", () => {
    expect(
      openTablesToIndex(
        '<div data-pagefind-ignore><svg class="c"><text>A</text></svg><table><td>Perception gap</td></table></div>' +
          '<div hidden data-pagefind-ignore><span data-pagefind-filter="type">review</span></div>',
      ),
    ).toBe(
      "<div><table><td>Perception gap</td></table></div>" +
        '<div hidden data-pagefind-ignore><span data-pagefind-filter="type">review</span></div>',
    );
  });

  it("openTablesToIndex(html) cuts each drawing alone, keeping the words between two charts", () => {
    expect(
      openTablesToIndex('<svg><g><text>A</text></g></svg><p>Summary</p><svg viewBox="0 0 1 1"><text>B</text></svg>'),
    ).toBe("<p>Summary</p>");
  });
});

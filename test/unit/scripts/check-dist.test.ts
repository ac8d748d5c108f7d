import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDist, checkText, checkWithNu, flattenText } from "../../../scripts/check-dist.ts";

const messages = (html: string) => checkText("page.html", parse(html)).map((problem) => problem.message);

describe("checkText(page, root)", () => {
  it("checkText finds a number glued to the next element's word", () => {
    expect(messages("<body><p><span>12</span><span>partnerships</span></p></body>")).toEqual([
      'text glued across elements at "12|partnerships": add a space',
    ]);
  });

  it("checkText finds text glued to a link, and a full stop glued to the next sentence's link", () => {
    expect(messages('<body><p>email<a href="/x">me</a></p><p>Done.<a href="/y">How</a></p></body>')).toEqual([
      'text glued across elements at "email|me": add a space',
      'text glued across elements at "Done.|How": add a space',
    ]);
  });

  it("checkText finds words glued across a closing element: a caption's count and noun", () => {
    expect(messages("<body><table><caption><b>27</b>risks ranked by score</caption></table></body>")).toEqual([
      'text glued across elements at "27|risks ranked by scor": add a space',
    ]);
  });

  it("checkText accepts a space on either side, punctuation after a link, and block elements side by side", () => {
    expect(
      messages(
        '<body><p><span>12</span> <span>partnerships</span></p><p><a href="/x">Name</a>, and <a href="/y">Other</a>.</p>' +
          "<ul><li>One</li><li>Two</li></ul><div>Three</div><div>Four</div><p>Line<br>Break</p></body>",
      ),
    ).toEqual([]);
  });

  it("checkText ignores scripts, styles and hidden elements", () => {
    expect(
      messages("<body><p>Text<script>var a=1</script><style>b{}</style><span hidden>x</span>end</p></body>"),
    ).toEqual([]);
  });

  it('checkText finds ".," anywhere in the visible text', () => {
    expect(messages("<body><p>As at 12 March 2024., then more</p></body>")).toEqual([
      '".," in "As at 12 March 2024.|, then more"',
    ]);
  });

  it('checkText finds ".," across elements too', () => {
    expect(messages("<body><p><span>Overdue.</span>, then</p></body>")).toEqual(['".," in "Overdue.|, then"']);
  });
});

describe("flattenText(node)", () => {
  it("flattenText marks inline edges and breaks blocks", () => {
    expect(flattenText(parse("<p>a<em>b</em></p><p>c</p>"))).toBe("\na\u0001b\u0001\n\nc\n");
  });
});

describe("checkWithNu(dir)", () => {
  const page = (head: string, body: string) =>
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "check-dist-nu-"));
    mkdirSync(join(scratch, "search"));
    // Valid, with the container query the checker's CSS parser does not know yet.
    writeFileSync(
      join(scratch, "index.html"),
      page("<style>.a{container-type:inline-size}@container (min-width: 680px){.b{display:none}}</style>", "<p>Hi</p>"),
    );
    writeFileSync(join(scratch, "search", "index.html"), `${page("", "<p>Search</p>")}<script src="s.js"></script>`);
    writeFileSync(
      join(scratch, "table.html"),
      page("", '<table><tr role="row"><td role="cell">1</td></tr></table><img src="a.png">'),
    );
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("checkWithNu(dir) reports each page's errors with their lines, in one run of the checker", async () => {
    const problems = await checkWithNu(scratch);
    expect(problems.map((problem) => `${problem.page}: ${problem.message}`).sort()).toEqual([
      "search/index.html: Nu Html Checker: Cannot recover after last error. Any further errors will be ignored. (line 1)",
      "search/index.html: Nu Html Checker: Stray start tag “script”. (line 1)",
      "table.html: Nu Html Checker: An “img” element must have an “alt” attribute, except under certain conditions. For details, consult guidance on providing text alternatives for images. (line 1)",
      "table.html: Nu Html Checker: The “role” attribute must not be used on a “td” element which has a “table” ancestor with no “role” attribute, or with a “role” attribute whose value is “table”, “grid”, or “treegrid”. (line 1)",
      "table.html: Nu Html Checker: The “role” attribute must not be used on a “tr” element which has a “table” ancestor with no “role” attribute, or with a “role” attribute whose value is “table”, “grid”, or “treegrid”. (line 1)",
    ]);
  }, 60_000);
});

describe("checkDist(dir, base, { html: false })", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "check-dist-links-"));
    // A button inside a link is invalid HTML; the second link goes nowhere in the site.
    writeFileSync(
      join(scratch, "index.html"),
      '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>T</title></head><body><h1>T</h1>' +
        '<a href="/"><button type="button">Home</button></a> <a href="/reviews/missing/">Missing</a></body></html>',
    );
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("checks the links and leaves out the HTML validators", async () => {
    const checks = async (options: { nu?: false; html?: false }) => [
      ...new Set((await checkDist(scratch, "/", options)).map((problem) => problem.check)),
    ];
    expect(await checks({ nu: false })).toEqual(["html", "link"]);
    // Without nu: false: html: false leaves the Nu Html Checker out too, which would report the button.
    expect(await checks({ html: false })).toEqual(["link"]);
  });
});

// One escaper for every file the site writes by hand: chart SVGs, the Atom feeds and sitemap, the committee pack.

const MARKUP = /[&<>"']/;
const MARKUP_ALL = /[&<>"']/g;
// &#39; rather than &apos;, which HTML 4 lacks: a chart SVG is also pasted into other documents.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Returns true for a code point XML 1.0 allows: tab, LF, CR and everything from space up, less lone surrogates, U+FFFE and U+FFFF. */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Returns true when the text may hold a character XML cannot: a control character, a surrogate, U+FFFE or U+FFFF. */
function mayHoldForbidden(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (
      code < 0x20 ? code !== 0x9 && code !== 0xa && code !== 0xd : code >= 0xd800 && (code <= 0xdfff || code >= 0xfffe)
    )
      return true;
  }
  return false;
}

/** Returns text safe inside an XML or HTML element or a quoted attribute: markup characters escaped, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  // Nothing to do for the usual label or sentence: this runs for every piece of text of every chart.
  const allowed = mayHoldForbidden(text)
    ? Array.from(text)
        .filter((character) => isXmlCharacter(character.codePointAt(0) ?? 0))
        .join("")
    : text;
  return MARKUP.test(allowed) ? allowed.replace(MARKUP_ALL, (character) => ENTITIES[character] ?? character) : allowed;
}

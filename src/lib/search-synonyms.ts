/**
 * Synonyms for search (site.json's `search.synonyms`): Pagefind has no synonyms of its own, so a page holding one of
 * the site's words carries that word's synonyms for the index to read (BaseLayout writes them), and a reader who
 * searches for "rubbish" finds the page about waste.
 */

/** Elements that never have content or a closing tag. */
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Elements Pagefind never indexes the content of. */
const SKIPPED = new Set(["script", "style", "form", "nav", "footer", "svg", "noscript", "template", "iframe"]);

/**
 * Returns the text of a rendered HTML fragment as search indexes it: tags and character references become spaces,
 * and what is marked data-pagefind-ignore (chart drawings, data tables, hidden tags) and what Pagefind never indexes
 * (forms, navigation, scripts) are left out. It reads the well-formed HTML Astro writes, every element closed.
 */
export function indexedText(html: string): string {
  const text: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
  let depth = 0;
  // The depth at which a left-out element opened, while inside one.
  let skipFrom: number | undefined;
  let last = 0;
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    if (skipFrom === undefined) text.push(html.slice(last, match.index));
    last = tag.lastIndex;
    const [, closing, name = "", attributes = ""] = match;
    if (name === "" || VOID.has(name.toLowerCase()) || attributes.trimEnd().endsWith("/")) continue;
    if (closing === "/") {
      depth -= 1;
      if (skipFrom === depth) skipFrom = undefined;
      continue;
    }
    if (
      skipFrom === undefined &&
      (SKIPPED.has(name.toLowerCase()) || /\sdata-pagefind-ignore(?=[\s=/]|$)/.test(attributes))
    ) {
      skipFrom = depth;
    }
    depth += 1;
  }
  if (skipFrom === undefined) text.push(html.slice(last));
  return text.join(" ").replace(/&[#\w]+;/g, " ");
}

/** Returns the pattern that finds `word` as a whole word or phrase, whatever its case and the spaces within it. */
function wordPattern(word: string, flags = ""): RegExp {
  const escaped = word
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, `iu${flags}`);
}

/** The synonyms of one word of the site's list that a page holds, and the weight Pagefind gives them. */
export interface PageSynonyms {
  /** The word's synonyms, leaving out those the page holds itself. */
  words: string[];
  /**
   * Pagefind's weight for them (data-pagefind-weight, 1 to 10, which counts on a square scale): the square root of
   * how many times the page holds the word, so that "rubbish" ranks the pages as "waste" would, the page about waste
   * above one that mentions it once.
   */
  weight: number;
}

/** Returns, for each word of `synonyms` that the text holds, the synonyms it should also be found by. */
export function synonymsFor(text: string, synonyms: Readonly<Record<string, readonly string[]>>): PageSynonyms[] {
  const found: PageSynonyms[] = [];
  for (const [word, alternatives] of Object.entries(synonyms)) {
    const count = text.match(wordPattern(word, "g"))?.length ?? 0;
    const words = alternatives
      .filter((alternative) => count > 0 && !wordPattern(alternative).test(text))
      .map((alternative) => alternative.trim());
    if (words.length === 0) continue;
    found.push({ words, weight: Math.min(10, Math.round(Math.sqrt(count) * 10) / 10) });
  }
  return found;
}

/** Returns true when the HTML marks an element for Pagefind to index (an attribute, not words about one). */
export function marksSearchBody(html: string): boolean {
  // The plain search first: the pattern alone took 7 s of a 1000 × 4 build, over pages that never mark one.
  return html.includes("data-pagefind-body") && /<[a-z][^<>]*\sdata-pagefind-body(?=[\s=>/])/i.test(html);
}

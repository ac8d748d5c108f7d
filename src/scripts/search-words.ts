// Which of the words Pagefind matched a reader asked for. Pagefind stems every word with Snowball before it matches,
// and Snowball gives "informal", "informally" and "information" the one stem "inform" (so too "governance" and
// "government"); Pagefind has no setting to match words as written other than turning stemming off for the whole
// site (`forceLanguage: "unknown"`), which would lose "recommendations" for "recommendation" too. So the search page
// checks each result's matched words itself, in the text Pagefind gives with the result.
//
// The rule: a word of the page answers a word of the query when
//   (a) it starts with the query word, as Pagefind's own matching does while a reader is typing ("shar" finds
//       "sharing", "inform" finds "informal": the reader asked for that start), or
//   (b) the two are one word with an ending of grammar: a plural or possessive (-s, -es, -ies for -y), -ing or -ed,
//       allowing for a silent e and a doubled consonant ("share", "shares", "shared", "sharing"; "plan" and
//       "planned"; "agency" and "agencies").
// Any other ending makes a different word though Snowball gives it the same stem: "information" does not answer
// "informal", "governance" does not answer "government", "reviewer" does not answer "reviews".
//
// Words in quotes are a phrase the page holds exactly: the same words, in that order, each as written (case and
// accents aside). Pagefind is asked the words without their quotes, as its own phrase search matches by stems too
// ("sharing" found "share") and gives only a phrase's first place on a page, which lost a recommendation further down.

/** Pagefind's own separator of the words of a result's text: its locations count words split this way. */
const WORD_SEPARATOR = /[^\S\uFEFF]+/;

/** The endings of grammar rule (b) takes off, longest first. */
const ENDINGS = ["ing", "es", "ed", "s"] as const;

/** The fewest letters a word keeps once an ending is taken off, so that "sing" or "need" keep theirs. */
const SHORTEST_STEM = 3;

/** Returns text in lower case with its accents off, as Pagefind matches "cafe" to "café". */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Returns the words of one piece of text as search compares them: lower case, accents off (Pagefind matches "cafe"
 * to "café"), a possessive 's off, split at anything but a letter or digit, and the parts joined as one word too
 * (Pagefind indexes "data-sharing" as "data", "sharing" and "datasharing").
 */
export function wordsOf(text: string): string[] {
  const plain = folded(text).replace(/[’‘]/g, "'");
  const parts = plain
    .split(/[^\p{L}\p{N}']+/u)
    .map((part) => part.replace(/'s?$/, "").replace(/'/g, ""))
    .filter((part) => part !== "");
  return parts.length > 1 ? [...parts, parts.join("")] : parts;
}

/** A phrase in double quotes, or an opening quote to the end. */
const QUOTED = /"[^"]*("|$)/g;

/** Returns the words of a query that the page checks: every word outside double quotes, each once. */
export function queryWords(query: string): string[] {
  return [...new Set(query.replace(QUOTED, " ").split(/\s+/).flatMap(wordsOf))];
}

/** Returns one word of a page or a phrase as a phrase compares it: lower case, accents and outer punctuation off. */
function plainWord(word: string): string {
  return folded(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** Returns each quoted phrase of a query as its words, compared as plainWord gives them. */
export function quotedPhrases(query: string): string[][] {
  return (query.match(QUOTED) ?? [])
    .map((phrase) =>
      phrase
        .split(WORD_SEPARATOR)
        .map(plainWord)
        .filter((word) => word !== ""),
    )
    .filter((phrase) => phrase.length > 0);
}

/** Returns the query as Pagefind is asked it: its words without quotes, the page checking its phrases itself. */
export function pagefindQuery(query: string): string {
  return query.replace(/"/g, " ").trim().replace(/\s+/g, " ");
}

/** Returns the forms a word can take with its ending of grammar off: itself, and its stem as rule (b) allows. */
export function baseForms(word: string): Set<string> {
  const stems = [word];
  if (word.endsWith("ies") && word.length - 3 >= SHORTEST_STEM) stems.push(`${word.slice(0, -3)}y`);
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < SHORTEST_STEM) continue;
    // "process" and "class" end in a double s, not a plural.
    if (ending === "s" && word.endsWith("ss")) continue;
    stems.push(word.slice(0, -ending.length));
  }
  const forms = new Set<string>();
  for (const stem of stems) {
    forms.add(stem);
    // A silent e goes before -ing and -ed: "share", "sharing", "shared" all give "shar".
    if (stem.endsWith("e") && stem.length - 1 >= SHORTEST_STEM) forms.add(stem.slice(0, -1));
    // A consonant doubles before an ending: "planned" gives "plann", and so "plan".
    if (stem !== word && /([^aeiouy])\1$/.test(stem)) forms.add(stem.slice(0, -1));
  }
  return forms;
}

/** Returns true when `found`, a word of the page, answers `wanted`, a word of the query (see the rule above). */
export function answers(wanted: string, found: string): boolean {
  if (found.startsWith(wanted)) return true;
  const forms = baseForms(wanted);
  return [...baseForms(found)].some((form) => forms.has(form));
}

/**
 * Returns the locations, of those Pagefind matched in `content`, whose word answers a word of the query or starts
 * (or goes on) one of its quoted phrases where the page holds it exactly; undefined when some word or phrase of the
 * query is answered nowhere, and the result is not one the reader asked for. With nothing to check, every location.
 */
export function answeringLocations(
  query: string,
  content: string,
  locations: readonly number[],
): Set<number> | undefined {
  const wanted = queryWords(query);
  const phrases = quotedPhrases(query);
  if (wanted.length === 0 && phrases.length === 0) return new Set(locations);
  const words = content.split(WORD_SEPARATOR);
  const answered = new Set<string>();
  const found = new Set<string[]>();
  const kept = new Set<number>();
  for (const location of locations) {
    const forms = wordsOf(words[location] ?? "");
    const by = wanted.filter((word) => forms.some((candidate) => answers(word, candidate)));
    if (by.length > 0) kept.add(location);
    for (const word of by) answered.add(word);
    for (const phrase of phrases) {
      if (!phrase.every((word, index) => plainWord(words[location + index] ?? "") === word)) continue;
      found.add(phrase);
      for (let index = 0; index < phrase.length; index++) kept.add(location + index);
    }
  }
  return answered.size === wanted.length && found.size === phrases.length ? kept : undefined;
}

/** Returns true when a text holds every word and phrase of the query as the rules above take them. */
export function holdsQuery(query: string, text: string): boolean {
  const count = text.split(WORD_SEPARATOR).length;
  return answeringLocations(query, text, [...Array(count).keys()]) !== undefined;
}

/** Returns an excerpt from Pagefind with its <mark> taken off the words that do not answer the query. */
export function unmarkOthers(excerpt: string, query: string): string {
  const wanted = queryWords(query);
  const phraseWords = new Set(quotedPhrases(query).flat());
  if (wanted.length === 0 && phraseWords.size === 0) return excerpt;
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (marked, text: string) =>
    phraseWords.has(plainWord(text)) || wordsOf(text).some((found) => wanted.some((word) => answers(word, found)))
      ? marked
      : text,
  );
}

import LineBreaker from "linebreak";

/** Every Unicode scalar value (code points without the surrogates, which UTF-8 text cannot hold). */
function* scalarValues(): Generator<number> {
  for (let code = 0; code <= 0x10ffff; code++) if (code < 0xd800 || code > 0xdfff) yield code;
}

/**
 * Returns the code points in Unicode's line-break classes BK, CR, LF and NL: those after which the Unicode Line
 * Breaking Algorithm (UAX #14, rules LB4 and LB5) requires a break. They are found, not listed: the linebreak
 * package runs the algorithm over every scalar value from Unicode's LineBreak.txt, each between two letters, and
 * a required break after it marks it.
 */
export function mandatoryBreakCodePoints(): number[] {
  const codes = [...scalarValues()];
  const text = codes.map((code) => `a${String.fromCodePoint(code)}`).join("") + "a";
  // Where each code point ends in the text, so a break there names it.
  const endOf = new Map<number, number>();
  let offset = 0;
  for (const code of codes) {
    offset += 1 + (code > 0xffff ? 2 : 1);
    endOf.set(offset, code);
  }
  const found: number[] = [];
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
    const code = endOf.get(next.position);
    if (next.required && code !== undefined) found.push(code);
  }
  return found;
}

/** Returns the control characters (General_Category Cc: the ASCII controls U+0000-U+001F and U+007F, and C1), by the engine's Unicode data. */
export function controlCodePoints(): number[] {
  return [...scalarValues()].filter((code) => /^\p{Cc}$/u.test(String.fromCodePoint(code)));
}

/** Returns the code points that end a line for JavaScript: those at which a multiline ^ matches, by the engine itself. */
export function javaScriptLineEnds(): number[] {
  return [...scalarValues()].filter((code) => /^b/m.test(`a${String.fromCodePoint(code)}b`));
}

/**
 * Returns every code point that some reader of a content file could take for the end of a line: Unicode's classes
 * BK, CR, LF and NL, JavaScript's line terminators, and every control character (YAML 1.1 adds NEL, U+2028 and
 * U+2029, which are in those classes; other programs, such as Python's splitlines, split at some ASCII controls).
 */
export function possibleLineEnds(mandatoryBreaks = mandatoryBreakCodePoints()): number[] {
  return [...new Set([...mandatoryBreaks, ...javaScriptLineEnds(), ...controlCodePoints()])].sort((a, b) => a - b);
}

/** Returns "U+2028" for a code point. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

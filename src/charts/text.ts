/**
 * Advance widths of Arial (the same as Helvetica) in thousandths of an em, for printable ASCII
 * from space (32) to tilde (126). Charts name Arial first in their font stack, so these widths
 * let the build wrap labels without a browser.
 */
const ARIAL_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** Characters outside ASCII (accented letters, dashes, curly quotes) take this width: a little wider than most. */
const OTHER_WIDTH = 600;

/** Bold Arial runs about this much wider than regular. */
const BOLD_FACTOR = 1.08;

/** The font stack the measurements assume; every chart sets it on its <svg>. */
export const CHART_FONT = "Arial, Helvetica, sans-serif";

/** Returns the approximate width in pixels of the text set in Arial at this size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    units += code >= 32 && code <= 126 ? (ARIAL_WIDTHS[code - 32] ?? OTHER_WIDTH) : OTHER_WIDTH;
  }
  return (units / 1000) * fontSize * (bold ? BOLD_FACTOR : 1);
}

/** Returns the pieces a line may break after: each word, split after any hyphens it has, marked when it starts a word. */
function pieces(text: string): { text: string; startsWord: boolean }[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "")
    .flatMap((word) => word.split(/(?<=-)(?=[^-])/).map((piece, index) => ({ text: piece, startsWord: index === 0 })));
}

/**
 * Returns the text wrapped into lines no wider than maxWidth, breaking only at spaces and after the
 * text's own hyphens. A word is never broken: one wider than a line stands on a line of its own, so
 * layouts measure `widestWord` first and make room for it.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces(text)) {
    const candidate = line === "" ? piece.text : `${line}${piece.startsWord ? " " : ""}${piece.text}`;
    if (line === "" || textWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = piece.text;
  }
  if (line !== "") lines.push(line);
  return lines.length === 0 ? [""] : lines;
}

/** Returns the width of the widest piece the text can be wrapped into (a word, or part of one after a hyphen). */
export function widestWord(text: string, fontSize: number, bold = false): number {
  return Math.max(0, ...pieces(text).map((piece) => textWidth(piece.text, fontSize, bold)));
}

/** Returns the width of the widest line. */
export function linesWidth(lines: readonly string[], fontSize: number, bold = false): number {
  return Math.max(0, ...lines.map((line) => textWidth(line, fontSize, bold)));
}

/** Returns true when the text wraps within maxWidth without breaking a word anywhere but at its own hyphens. */
export function wordsFit(text: string, maxWidth: number, fontSize: number, bold = false): boolean {
  return widestWord(text, fontSize, bold) <= maxWidth;
}

/**
 * Returns a list wrapped into lines no wider than maxWidth, each item kept whole on one line where
 * it fits ("1 Transactional, 2 Networking,"), so a number is never parted from its name.
 */
export function wrapList(items: readonly string[], maxWidth: number, fontSize: number, separator = ", "): string[] {
  const lines: string[] = [];
  let line = "";
  items.forEach((item, index) => {
    const text = index < items.length - 1 ? `${item}${separator.trimEnd()}` : item;
    const candidate = line === "" ? text : `${line} ${text}`;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      return;
    }
    if (line !== "") lines.push(line);
    const wrapped = wrapText(text, maxWidth, fontSize);
    lines.push(...wrapped.slice(0, -1));
    line = wrapped.at(-1) ?? "";
  });
  if (line !== "") lines.push(line);
  return lines.length === 0 ? [""] : lines;
}

// Charts use the same words as pages: the one module lives in src/lib/words.ts.
export {
  capitalise,
  countOf,
  formatNumber,
  hasHave,
  isAre,
  listOrCount,
  listWithOthers,
  listWords,
  noun,
  numberWord,
  plural,
  verb,
} from "../lib/words.ts";

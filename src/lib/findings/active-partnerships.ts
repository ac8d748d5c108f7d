/**
 * Which partnerships a portfolio chart counts: active ones only. Proposed and ended partnerships are in no portfolio
 * figure (content model, "Needs attention"), so the position chart and the heatmap neither draw nor count them, and
 * say how many they leave out.
 */
import type { PublicPartnership } from "../site-model.ts";
import { capitalise, isAre, listWords, noun, numberWord } from "../words.ts";

/** The active partnerships of a list, in its order, and how many proposed and ended ones it left out. */
export interface ActiveOnly {
  active: PublicPartnership[];
  proposed: number;
  ended: number;
}

/** Returns the active partnerships of the list, in its order, counting the proposed and ended ones left out. */
export function activeOnly(partnerships: readonly PublicPartnership[]): ActiveOnly {
  const count = (status: string) => partnerships.filter((partnership) => partnership.data.status === status).length;
  return {
    active: partnerships.filter((partnership) => partnership.data.status === "active"),
    proposed: count("proposed"),
    ended: count("ended"),
  };
}

/** Returns the sentence on the partnerships a chart leaves out, such as "One ended partnership is not shown: …"; none when none are. */
export function leftOutSentence(left: Pick<ActiveOnly, "proposed" | "ended">): string | undefined {
  const total = left.proposed + left.ended;
  if (total === 0) return undefined;
  const kinds = [
    ...(left.proposed > 0 ? [{ count: left.proposed, word: "proposed" }] : []),
    ...(left.ended > 0 ? [{ count: left.ended, word: "ended" }] : []),
  ];
  // The noun agrees with the number nearest it: "one proposed and two ended partnerships", "two proposed and one
  // ended partnership".
  const nearest = kinds.at(-1)?.count ?? total;
  return (
    `${capitalise(listWords(kinds.map((kind) => `${numberWord(kind.count)} ${kind.word}`)))} ` +
    `${noun(nearest, "partnership")} ${isAre(total)} not shown: ` +
    "like every figure on this site, the chart counts active partnerships only."
  );
}

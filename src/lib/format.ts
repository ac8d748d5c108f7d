import type { Framework, SpectrumLevel } from "../schema/index.ts";
import {
  formatLevelNumber,
  levelDistance,
  levelText,
  levelWithId,
  nearestLevel as nearestOnSpectrum,
} from "./levels.ts";
import { longDate } from "./words.ts";

export { formatMoney } from "./words.ts";

/** Returns an ISO date as readers write it, such as "31 March 2025". */
export function formatDate(iso: string): string {
  return longDate(iso);
}

/** Returns a level number as readers see it (see levels.ts), such as "3.5" or "4". */
export function formatLevel(level: number): string {
  return formatLevelNumber(level);
}

/** Returns the spectrum level with this id, if any. */
export function levelById(framework: Framework, id: string | undefined): SpectrumLevel | undefined {
  return levelWithId(framework.spectrum, id);
}

/** Returns the spectrum level nearest to a level as shown (rounded to one decimal); ties go up. */
export function nearestLevel(framework: Framework, order: number): SpectrumLevel {
  return nearestOnSpectrum(framework.spectrum, order);
}

/** Returns a level in words, such as "3.5 (Cooperating)": the one text of levels.ts. */
export function describeLevel(framework: Framework, order: number): string {
  return levelText(framework.spectrum, order);
}

/** Returns the label of a framework factor, or the id when it is not in the framework. */
export function factorLabel(framework: Framework, id: string): string {
  return framework.factors.find((factor) => factor.id === id)?.label ?? id;
}

/** Returns the label of a stakeholder group, or the id when it is not in the framework. */
export function groupLabel(framework: Framework, id: string): string {
  return framework.stakeholderGroups.find((group) => group.id === id)?.label ?? id;
}

/** Returns a level's label by id, or the id when it is not on the spectrum. */
export function levelLabel(framework: Framework, id: string): string {
  return levelById(framework, id)?.label ?? id;
}

/** Returns an assessed level's distance from target in words: "at target", or such as "one level below target". */
export function distanceInWords(distance: number): string {
  if (distance === 0) return "at target";
  return `${levelDistance(distance)} ${distance < 0 ? "below" : "above"} target`;
}

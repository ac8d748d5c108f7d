import { format } from "d3-format";
import { numberWord } from "./words.ts";

/** One step of a framework's spectrum, as charts need it; a framework's SpectrumLevel fits. */
export interface LevelLike {
  id?: string;
  order: number;
  label: string;
}

const oneDecimal = format(".1~f");

/** Returns the level number as shown to readers: at most one decimal place, such as "3.4" or "4". */
export function formatLevelNumber(value: number): string {
  return oneDecimal(shown(value));
}

/** Returns the value rounded to the one decimal place readers see (halves up, as 5.05 becomes 5.1). */
function shown(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Returns the lowest and highest order of the spectrum. */
export function levelRange(levels: readonly LevelLike[]): { min: number; max: number } {
  const orders = levels.map((level) => level.order);
  return { min: Math.min(...orders), max: Math.max(...orders) };
}

/** Returns the level nearest a (possibly fractional) order, as shown to one decimal place; halves round up. */
export function nearestLevel(levels: readonly LevelLike[], value: number): LevelLike {
  const { min, max } = levelRange(levels);
  const order = Math.min(max, Math.max(min, Math.round(shown(value))));
  return levels.find((level) => level.order === order) ?? (levels[0] as LevelLike);
}

/** Returns the level in words: its name for a whole number ("Cooperating"), else the number and nearest name ("3.4 (Coordinating)"). */
export function levelName(levels: readonly LevelLike[], value: number): string {
  const label = nearestLevel(levels, value).label;
  return Number.isInteger(shown(value)) ? label : `${formatLevelNumber(value)} (${label})`;
}

/** Returns the level as a number and name, such as "4 (Cooperating)" or "3.4 (Coordinating)", for tables. */
export function levelWithNumber(levels: readonly LevelLike[], value: number): string {
  return `${formatLevelNumber(value)} (${nearestLevel(levels, value).label})`;
}

/** Returns a distance on the spectrum in words: "one level", "two levels", "1.5 levels". */
export function levelDistance(distance: number): string {
  const rounded = shown(Math.abs(distance));
  if (Number.isInteger(rounded)) return `${numberWord(rounded)} ${rounded === 1 ? "level" : "levels"}`;
  return `${formatLevelNumber(rounded)} levels`;
}

/** Returns the order of the level with this id, or undefined when there is none. */
export function levelOrder(levels: readonly LevelLike[], id: string | undefined): number | undefined {
  return id === undefined ? undefined : levels.find((level) => level.id === id)?.order;
}

/**
 * How a level on the spectrum is shown: one module for pages, charts, tables, CSV, feeds and search,
 * so that the same value always has the same number and the same name.
 */
import { numberWord } from "./words.ts";

/** One step of a framework's spectrum, as display needs it; a framework's SpectrumLevel fits. */
export interface LevelLike {
  id?: string;
  order: number;
  label: string;
}

/**
 * Returns the value rounded half up to one decimal place. The product is first cut to 12
 * significant digits, because 5.05 × 10 is 50.49999999999999 in floating point and would round down.
 */
export function roundLevel(value: number): number {
  const tenths = Number((value * 10).toPrecision(12));
  // Math.round rounds halves towards +∞; -0 is written "0".
  return Math.round(tenths) / 10 + 0;
}

/** Returns the level number as readers see it: rounded half up to one decimal, always with its decimal, such as "3.5" or "4.0". */
export function formatLevelNumber(value: number): string {
  return roundLevel(value).toFixed(1);
}

/** Returns the lowest and highest order of the spectrum. */
export function levelRange(levels: readonly LevelLike[]): { min: number; max: number } {
  const orders = levels.map((level) => level.order);
  return { min: Math.min(...orders), max: Math.max(...orders) };
}

/** Returns the level nearest to the value as shown (rounded to one decimal); ties go up, and the result stays on the spectrum. */
export function nearestLevel<L extends LevelLike>(levels: readonly L[], value: number): L {
  const { min, max } = levelRange(levels);
  const order = Math.min(max, Math.max(min, Math.round(roundLevel(value))));
  return levels.find((level) => level.order === order) ?? (levels[0] as L);
}

/** Returns the one text of a numeric level: the rounded number and the nearest level's name, such as "3.5 (Cooperating)". */
export function levelText(levels: readonly LevelLike[], value: number): string {
  return `${formatLevelNumber(value)} (${nearestLevel(levels, value).label})`;
}

/** Returns the name of the level nearest the value as shown: the name levelText gives, for a CSV or JSON label column. */
export function levelLabel(levels: readonly LevelLike[], value: number): string {
  return nearestLevel(levels, value).label;
}

/** Returns a distance on the spectrum in words: "one level", "two levels", "1.5 levels". */
export function levelDistance(distance: number): string {
  const rounded = roundLevel(Math.abs(distance));
  if (Number.isInteger(rounded)) return `${numberWord(rounded)} ${rounded === 1 ? "level" : "levels"}`;
  return `${formatLevelNumber(rounded)} levels`;
}

/** Returns the order of the level with this id, or undefined when there is none. */
export function levelOrder(levels: readonly LevelLike[], id: string | undefined): number | undefined {
  return id === undefined ? undefined : levels.find((level) => level.id === id)?.order;
}

/** Returns the level with this id, or undefined when there is none. */
export function levelWithId<L extends LevelLike>(levels: readonly L[], id: string | undefined): L | undefined {
  return id === undefined ? undefined : levels.find((level) => level.id === id);
}

/** Returns the value for a CSV or JSON cell: the rounded number, so files agree with pages. */
export function levelValue(value: number): number {
  return roundLevel(value);
}

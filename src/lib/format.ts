import type { Framework, SpectrumLevel } from "../schema/index.ts";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const moneyFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const levelFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** Returns an ISO date as readers write it, such as "31 March 2025". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** Returns an amount of pounds such as "£1,250,000". */
export function formatMoney(amount: number): string {
  return moneyFormat.format(amount);
}

/** Returns a level number with at most one decimal place, such as "3.4" or "4". */
export function formatLevel(level: number): string {
  return levelFormat.format(level);
}

/** Returns the spectrum level with this id, if any. */
export function levelById(framework: Framework, id: string | undefined): SpectrumLevel | undefined {
  return id === undefined ? undefined : framework.spectrum.find((level) => level.id === id);
}

/** Returns the spectrum level nearest to a (possibly fractional) order; halves round up. */
export function nearestLevel(framework: Framework, order: number): SpectrumLevel {
  const rounded = Math.round(order);
  const lowest = framework.spectrum[0] as SpectrumLevel;
  return (
    framework.spectrum.find((level) => level.order === rounded) ??
    (rounded < lowest.order ? lowest : (framework.spectrum.at(-1) as SpectrumLevel))
  );
}

/** Returns a level number in words, such as "3.4 (Coordinating)" or "4 (Cooperating)". */
export function describeLevel(framework: Framework, order: number): string {
  return `${formatLevel(order)} (${nearestLevel(framework, order).label})`;
}

/** Returns the label of a framework factor, or the id when it is not in the framework. */
export function factorLabel(framework: Framework, id: string): string {
  return framework.factors.find((factor) => factor.id === id)?.label ?? id;
}

/** Returns the label of a stakeholder group, or the id when it is not in the framework. */
export function groupLabel(framework: Framework, id: string): string {
  return framework.stakeholderGroups.find((group) => group.id === id)?.label ?? id;
}

/** Returns an assessed level's distance from target in words: "at target", or such as "1 level below target". */
export function distanceInWords(distance: number): string {
  if (distance === 0) return "at target";
  const levels = Math.abs(distance);
  return `${formatLevel(levels)} ${levels === 1 ? "level" : "levels"} ${distance < 0 ? "below" : "above"} target`;
}

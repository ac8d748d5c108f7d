/** Returns the number rounded to 3 decimal places, with -0 as 0, so that chart output is deterministic. */
export function round3(value: number): number {
  const rounded = Math.round(value * 1000) / 1000;
  return rounded === 0 ? 0 : rounded;
}

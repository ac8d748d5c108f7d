/** One size to measure: how many partnerships, and how many review rounds each has. */
export interface BenchSize {
  partnerships: number;
  reviews: number;
}

/** The sizes measured when none are given. */
export const DEFAULT_SIZES = "50x3,100x4,250x4,1000x4";

/** Returns the sizes from text such as "50x3,250x4", or throws naming the one that is wrong. */
export function parseSizes(text: string): BenchSize[] {
  return text.split(",").map((part) => {
    const match = /^\s*(\d+)\s*[x×]\s*(\d+)\s*$/.exec(part);
    if (match === null || Number(match[1]) < 1 || Number(match[2]) < 1) {
      throw new Error(`"${part}" is not a size: write partnerships x reviews, such as 250x4`);
    }
    return { partnerships: Number(match[1]), reviews: Number(match[2]) };
  });
}

/** Returns a size's label, such as "250x4". */
export function sizeLabel(size: BenchSize): string {
  return `${size.partnerships}x${size.reviews}`;
}

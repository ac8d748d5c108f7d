import { describe, expect, it } from "vitest";
import { mixSeed, mulberry32, Random } from "../../../../scripts/generate/random.ts";

describe("mulberry32(seed)", () => {
  it("mulberry32(seed) gives the same numbers in [0, 1) for the same seed", () => {
    expect(Array.from({ length: 3 }, mulberry32(42))).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099,
    ]);
    expect(Array.from({ length: 3 }, mulberry32(43))).not.toEqual(Array.from({ length: 3 }, mulberry32(42)));
  });
});

describe("mixSeed(...parts)", () => {
  it("mixSeed(...parts) gives a different 32-bit seed for the same numbers in another order", () => {
    expect([mixSeed(1, 2), mixSeed(2, 1)]).toEqual([2168891343, 1589554161]);
  });
});

describe("Random", () => {
  it("Random(seed) draws whole numbers, chances, picks and samples the same way for the same seed", () => {
    const random = new Random(7);
    expect([random.int(1, 6), random.int(1, 6), random.chance(0.5), random.pick(["a", "b", "c"])]).toEqual([
      1,
      1,
      false,
      "c",
    ]);
    expect(random.sample([1, 2, 3, 4, 5], 3)).toEqual([5, 1, 4]);
  });
});

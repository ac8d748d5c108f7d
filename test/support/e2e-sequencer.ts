import { BaseSequencer, type TestSpecification } from "vitest/node";

/** End-to-end files that take long for their size, started before the others. */
export const START_FIRST: readonly string[] = ["dist.test.ts"];

/**
 * Vitest starts the files it has timed before longest first, and files it has not timed largest first. In a fresh
 * clone, as in CI, it has timed none, so `dist.test.ts`, a few lines that check every page of the sample with both
 * HTML checkers (about 8 s), came last, alone on one core while the other had nothing left to run. The files in START_FIRST
 * now go first; the rest keep Vitest's order.
 */
export class E2eSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (spec: TestSpecification): boolean =>
      START_FIRST.some((name) => spec.moduleId.endsWith(`/test/e2e/${name}`));
    return [...sorted.filter(first), ...sorted.filter((spec) => !first(spec))];
  }
}

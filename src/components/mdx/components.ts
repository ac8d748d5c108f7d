// The components each kind of page hands its MDX body. Their names must be exactly those validation allows
// (MDX_COMPONENTS_OF), which the type check enforces, so a body that validates always renders.
import type { MDX_COMPONENTS_OF } from "../../lib/mdx-check.ts";
import Callout from "./Callout.astro";
import SpectrumChart from "./SpectrumChart.astro";

type ComponentsOf<Kind extends keyof typeof MDX_COMPONENTS_OF> = Record<
  (typeof MDX_COMPONENTS_OF)[Kind][number],
  unknown
>;

/** The components a partnership's description may use. */
export const PARTNERSHIP_MDX_COMPONENTS = { Callout } satisfies ComponentsOf<"partnership">;

/** The components a review report may use. */
export const REVIEW_MDX_COMPONENTS = { Callout, SpectrumChart } satisfies ComponentsOf<"review">;

// The component render tests: Astro's own Vite plugins compile the .astro files, which Astro's Container API then
// renders to HTML in Node, with no build and no browser. A project of its own, as it needs Astro's Vite config.
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    name: "components",
    include: ["test/unit/components/**/*.test.ts"],
    // As for every project: no wall-clock limit that a busy machine could pass (see vitest.config.ts).
    testTimeout: 0,
    hookTimeout: 0,
    // The files share no state (each renders with an Astro container of its own), so one process imports Astro,
    // the components and their style sheets once for them all instead of once per file.
    isolate: false,
    // Vitest gives every style sheet as empty, to save time; the committee pack writes its own into its file.
    css: { include: [/pack\.scss/] },
  },
});

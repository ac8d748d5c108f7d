import { defineConfig } from "vitest/config";
import { E2eSequencer } from "./test/support/e2e-sequencer.ts";

export default defineConfig({
  test: {
    // Each file is listed as it finishes, so a long run shows its progress (Vitest would pick a
    // one-line summary when it thinks an agent is running it).
    reporters: ["default"],
    // The browser tests' order when Vitest has not timed them yet, as in a fresh clone (test/support/e2e-sequencer.ts).
    sequence: { sequencer: E2eSequencer },
    projects: [
      // npm run test:unit also runs the component render tests, which need Astro's Vite config of their own.
      "vitest.components.config.ts",
      // npm run test:unit: pure logic and the command-line tools in-process, in seconds.
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          // No wall-clock limit here either: on a busy machine a test of a few seconds can take many times longer,
          // and every unit test ends on its own.
          testTimeout: 0,
          // The component render tests run in the "components" project, under Astro's Vite plugins.
          exclude: ["test/unit/components/**"],
          // The unit tests share no state: no mocks, no globals, and the command-line tools get their
          // environment through main(args, io), never process.env. Re-importing zod, d3 and the schemas
          // for each of 65 files took four times as long as running every test (41 s against 8 s).
          isolate: false,
          // Node imports the files itself, stripping their types as it does for every script here, instead of Vite
          // transforming each one first: these tests use nothing of Vite's (no vi.mock, import.meta.glob or ?raw).
          experimental: { viteModuleRunner: false },
        },
      },
      // npm run test:e2e: builds sites and drives Chromium against them, in minutes.
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          // The files of a worker share its modules, so its one Chromium (test/support/browser.ts, sharedBrowser) serves
          // them all: a fresh module graph, process and Chromium for each of 19 files cost about a second of CPU each.
          // No file changes process.env or mocks a module; e2e-setup.ts closes whatever pages a file left open.
          isolate: false,
          setupFiles: ["test/support/e2e-setup.ts"],
          experimental: { viteModuleRunner: false },
          // No wall-clock limit: builds and Chromium take as long as the machine's other work makes them, and
          // every browser test waits on events (a process ending, a page showing what it waits for) that come.
          testTimeout: 0,
          hookTimeout: 0,
          // Two files at a time: each worker has its Chromium, each file its own builds in test/output (named per
          // file; the build lock serialises their builds), and a file waits mostly on a browser or a build, so the two
          // cores stay busy once the static checks beside them are done.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      // npm run test:generated: the consistency test on ten generated sites built for real, about eight minutes;
      // npm test leaves it out (it holds generated sites to the findings layer in process instead).
      {
        test: {
          name: "generated",
          include: ["test/generated/**/*.test.ts"],
          testTimeout: 0,
          hookTimeout: 0,
        },
      },
    ],
  },
});

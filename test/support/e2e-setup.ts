// Runs around each end-to-end test file (vitest.config.ts, setupFiles). The files of a worker share one Chromium
// (sharedBrowser), so a page a failed test could not close is closed here rather than left to the next file.
import { afterAll } from "vitest";
import { closeLeftContexts } from "./browser.ts";

afterAll(closeLeftContexts);

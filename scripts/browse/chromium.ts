// Chromium through playwright-core, started the same way by npm run screenshots, npm run pack and the browser tests.
import type { Browser } from "playwright-core";

/**
 * The flags Chromium needs to run headless in a container, without background traffic, and one that keeps V8 to its
 * interpreter and baseline compiler (Sparkplug). The pages loaded here are read and closed within seconds, too soon
 * for the optimising compilers to repay the CPU they take on their own threads: the end-to-end tests' pages, most of
 * whose work is axe-core, took about a quarter less of Chromium's CPU without them, and `npm run pack` of the sample
 * the same with or without (docs/performance.md, tenth pass).
 */
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--js-flags=--max-opt=1",
];

/**
 * The features playwright-core turns off in the one --disable-features switch it passes (chromiumSwitches.ts, as of
 * 1.65): Chromium reads only the last --disable-features, so a switch of our own repeats these.
 * test/unit/scripts/browse/chromium.test.ts fails when playwright-core's list is no longer this one.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * Features of the browser window's own interface, which a headless page never shows. Headless Chromium 156 still
 * builds a window for each browser context (each browser.newPage()) and renders its address bar's pop-up for it, two
 * WebUI pages in renderer processes of their own: about 1.3 s of CPU for each page opened, measured on an empty page.
 */
const WINDOW_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

/** Where Chromium is: CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(env: Readonly<Record<string, string | undefined>>): string {
  return env["CHROMIUM_PATH"]?.trim() || "/usr/bin/chromium";
}

/** Returns a headless Chromium started from chromiumPath(env); playwright-core is loaded only when it is needed. */
export async function launchChromium(env: Readonly<Record<string, string | undefined>>): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: chromiumPath(env),
    // playwright-core's own switch is left out, and one that adds the window's features to its list passed instead.
    ignoreDefaultArgs: [`--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(",")}`],
    args: [...CHROMIUM_FLAGS, `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...WINDOW_FEATURES].join(",")}`],
  });
}

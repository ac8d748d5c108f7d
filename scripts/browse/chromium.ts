// Chromium through playwright-core, started the same way by npm run screenshots, npm run pack and the browser tests.
import type { Browser } from "playwright-core";

/** The flags Chromium needs to run headless in a container, without background traffic. */
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];

/** Where Chromium is: CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(env: Readonly<Record<string, string | undefined>>): string {
  return env["CHROMIUM_PATH"]?.trim() || "/usr/bin/chromium";
}

/** Returns a headless Chromium started from chromiumPath(env); playwright-core is loaded only when it is needed. */
export async function launchChromium(env: Readonly<Record<string, string | undefined>>): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: chromiumPath(env), args: CHROMIUM_FLAGS });
}

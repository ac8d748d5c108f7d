import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browse/chromium.ts";

/**
 * Launches Debian's Chromium headless (or CHROMIUM_PATH), as the command-line tools do. Its pages have no default
 * time limit: on a busy machine a page takes longer than any fixed limit, so each wait ends on its event instead.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium(process.env);
  // browser.newPage() makes its context through newContext too, so every page of the tests gets these defaults.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(0);
    context.setDefaultNavigationTimeout(0);
    return context;
  };
  return browser;
}

let shared: Promise<Browser> | undefined;

/**
 * Returns the Chromium of this test worker, started on first use. The end-to-end project runs its files without
 * isolation (vitest.config.ts), so every file a worker runs shares one Chromium instead of starting its own; a file
 * never closes the browser, and the pages and contexts it leaves open (its tabs among them) are closed after it by
 * closeLeftContexts (e2e-setup.ts). Playwright ends the browser when the worker exits.
 */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser();
  return shared;
}

/**
 * Presses Tab `count` times on the page, sending every key event to Chromium at once through the DevTools protocol:
 * Chromium handles them one after the other, in order, as it would a reader's presses. Playwright's keyboard.press
 * waits for each key's round trip, about 14 ms a press (2.7 s for the tracker's 188 links against 0.3 s).
 */
export async function pressTab(page: Page, count: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const tab = { key: "Tab", code: "Tab", windowsVirtualKeyCode: 9 };
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    sent.push(session.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...tab }));
    sent.push(session.send("Input.dispatchKeyEvent", { type: "keyUp", ...tab }));
  }
  await Promise.all(sent);
  await session.detach();
}

/** Closes every page and context a test file left open in the worker's browser, if it was started. */
export async function closeLeftContexts(): Promise<void> {
  const browser = await shared;
  await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
}

/** axe-core's script. */
export const AXE_FILE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const axeSource = readFileSync(AXE_FILE, "utf8");

/** Where useServedSite's servers serve axe-core, beside the site (serveStatic's `scripts`). */
export const AXE_PATH = "/__tests/axe.min.js";

/**
 * The origins of the servers serving axe-core at AXE_PATH. A page of theirs loads it as it loads its own scripts,
 * which its Content Security Policy allows, from Chromium's cache with the code compiled the first time; sent through
 * the DevTools protocol instead, its 654 KB are carried over and compiled again for every page, about 0.1 s of CPU
 * more each.
 */
export const AXE_ORIGINS = new Set<string>();

/** The WCAG 2.2 AA rule tags every page must pass. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** One axe-core violation, reduced to what a failing test should print. */
export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/** Which axe-core rules to run: every rule of some tags (WCAG 2.2 AA by default) or the named rules only. */
export type AxeRules = { type: "tag" | "rule"; values: readonly string[] };

/**
 * The rules that depend on colour, which are the ones a dark colour scheme can break; every WCAG 2.2 AA rule is run in
 * light. Running only these takes a fraction of a full run.
 */
export const COLOUR_RULES: AxeRules = { type: "rule", values: ["color-contrast", "link-in-text-block"] };

/** Returns axe-core's violations of `rules` (WCAG 2.2 AA by default) on the page as loaded. */
export async function axeViolations(
  page: Page,
  rules: AxeRules = { type: "tag", values: WCAG_TAGS },
): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in globalThis))) {
    if (AXE_ORIGINS.has(new URL(page.url()).origin)) await page.addScriptTag({ url: AXE_PATH });
    // Elsewhere (a page set from a string, say), evaluated through the DevTools protocol, which the page's Content
    // Security Policy does not block.
    else await page.evaluate(axeSource);
  }
  return page.evaluate(async (runOnly) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Only violations are read: axe then keeps one element per passing or inapplicable rule instead of every one,
    // which took a quarter to two fifths of each run on the sample's review and tracker pages.
    const result = await axe.run(document, { runOnly, resultTypes: ["violations"] });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  }, rules);
}

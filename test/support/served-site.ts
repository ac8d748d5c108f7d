import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/browse/static-server.ts";
import { AXE_FILE, AXE_ORIGINS, AXE_PATH, sharedBrowser } from "./browser.ts";

/** How a test wants the tab: its viewport, the media it emulates and whether it runs the pages' scripts. */
export interface View {
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
  media?: "screen" | "print";
  /** False for a reader without JavaScript: the file's second tab, in a context that runs no script. */
  javaScript?: boolean;
}

/** Chromium and a built site served over HTTP, shared by the tests of one file. */
export interface ServedSite {
  /** The worker's browser (sharedBrowser), ready before the file's first test. */
  readonly browser: Browser;
  /** The site's address, ending in its base path, such as "http://127.0.0.1:41234/". */
  readonly url: string;
  /**
   * Returns the one tab the file loads its pages into, opened on first use and again if a test closed it: a tab of its
   * own for each page cost about 0.6 s of Chromium's CPU more. It is set to `view`, whose unset parts are Playwright's
   * defaults (1280 × 720, light, on screen), so no test takes the viewport or media the test before it left. The sites
   * keep nothing between pages (no cookies or storage), so each load starts afresh. A view without JavaScript gets
   * the file's other tab, opened on first use in a context of its own (Chromium turns scripts off per context).
   * e2e-setup.ts closes both after the file, with every other page the file left open.
   */
  tab(view?: View): Promise<Page>;
}

/** Returns a ServedSite that starts before the calling file's tests and stops after them: `siteDir` under `basePath`. */
export function useServedSite(siteDir: string, basePath = "/"): ServedSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let tab: Page | undefined;
  let scriptless: Page | undefined;
  beforeAll(async () => {
    browser = await sharedBrowser();
    server = await serveStatic(siteDir, basePath, { [AXE_PATH]: AXE_FILE });
    AXE_ORIGINS.add(new URL(server.url).origin);
  });
  afterAll(async () => {
    if (server !== undefined) AXE_ORIGINS.delete(new URL(server.url).origin);
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the browser and server start in beforeAll, before the first test");
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
    async tab({ width = 1280, height = 720, colorScheme = "light", media = "screen", javaScript = true }: View = {}) {
      let page: Page;
      if (javaScript) {
        if (tab === undefined || tab.isClosed()) tab = await started(browser).newPage();
        page = tab;
      } else {
        if (scriptless === undefined || scriptless.isClosed()) {
          scriptless = await (await started(browser).newContext({ javaScriptEnabled: false })).newPage();
        }
        page = scriptless;
      }
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme, media });
      return page;
    },
  };
}

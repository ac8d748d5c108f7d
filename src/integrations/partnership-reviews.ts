import { readFileSync } from "node:fs";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroPrerenderer } from "astro";
import { ChartFileWriter, chartFileWriter, setChartFileWriter } from "../data/chart-files.ts";
import { EMBED_SHELL_HEADER, EmbedPageWriter, embedPageWriter, setEmbedPageWriter } from "../data/embed-pages.ts";
import { PNG_FONT_FILES, pngOptions } from "../data/chart-png.ts";
import { PngRenderer, pngRenderer, rendererVersion, setPngRenderer } from "../data/chart-png-renderer.ts";
import { processNow } from "../loaders/environment.ts";
import { contentError, PREVIEW_SWITCH, readContent, readValidContent } from "../loaders/content-loader.ts";
import { isoDay } from "../lib/publication.ts";
import { pageDates } from "../lib/open-data/sitemap.ts";
import { buildSiteModel } from "../lib/site-model.ts";
import { SITE_PACK_PATH } from "../lib/pack/site-pack.ts";
import { headersFile, type HeaderRoute } from "./headers.ts";
import {
  BODY_MARK,
  INDEX_AFTER_ASTRO,
  indexSite,
  SearchIndexBuilder,
  WRITTEN_PAGE,
  type WrittenPage,
  type WrittenPageMessage,
} from "./search-index.ts";

/** Marks the start of a stage of the build, as scripts/build.ts does, so a reader (and the bench) can see where time goes. */
function stage(name: string): void {
  process.stdout.write(`\n▶ ${name}\n`);
}

/** Returns the version of @resvg/resvg-js installed beside the project. */
function resvgVersion(): string {
  const file = fileURLToPath(import.meta.resolve("@resvg/resvg-js/package.json"));
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/** Copies the drawn chart PNGs into the built site. */
async function writeChartPngs(pngs: readonly { path: string; file: string }[], siteDir: string): Promise<void> {
  for (const { path, file } of pngs) {
    const target = join(siteDir, path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file, target);
  }
}

/** Receives each page that marks a body for search, before Astro writes it: its file in the site and its length. */
export type SearchPageListener = (page: WrittenPage) => void;

/**
 * Returns the site-relative file Astro writes the page at `url` to, for a site under `base` built as folders with
 * trailing slashes ("partnerships/a/index.html"); undefined for any other file (a 404 page, data, a feed).
 */
export function pageFile(url: URL, base: string): string | undefined {
  const root = base.endsWith("/") ? base : `${base}/`;
  const path = url.pathname;
  if (!path.startsWith(root) || !path.endsWith("/")) return undefined;
  return `${path.slice(root.length)}index.html`;
}

/**
 * Returns Astro's prerenderer with the chart embed page shell taken out of the pages it writes (the shell's route
 * marks its response with EMBED_SHELL_HEADER, its HTML goes to the embed page writer, and Astro writes no file for
 * it), and each page that marks a body for search told to `onSearchPage`, so that it is indexed in the order Astro
 * writes the pages. Every other page is Astro's own.
 */
export function buildPrerenderer(
  prerenderer: AstroPrerenderer,
  base: string,
  onSearchPage: SearchPageListener,
): AstroPrerenderer {
  return {
    name: `${prerenderer.name}+partnership-reviews`,
    setup: async () => prerenderer.setup?.(),
    getStaticPaths: async () => prerenderer.getStaticPaths(),
    ...(prerenderer.collectStaticImages ? { collectStaticImages: prerenderer.collectStaticImages } : {}),
    teardown: async () => prerenderer.teardown?.(),
    render: async (request, options) => {
      const rendered = await prerenderer.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      if (response.headers.has(EMBED_SHELL_HEADER)) {
        embedPageWriter().setShell(await response.text());
        return new Response(null);
      }
      const path = pageFile(new URL(request.url), base);
      if (path === undefined || response.status !== 200 || response.body === null) return rendered;
      // The page's bytes are read here, as Astro would read them, to see whether it marks a body and how long it is.
      const body = Buffer.from(await response.arrayBuffer());
      if (body.includes(BODY_MARK)) onSearchPage({ path, bytes: body.length });
      const page = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return rendered instanceof Response ? page : { ...rendered, response: page };
    },
  };
}

/**
 * Returns where the pages that mark a body go as Astro renders them: to `npm run build`, which indexes them while
 * Astro renders the rest, when it started Astro; otherwise to `search`, which this process finishes at the end.
 */
function searchPageListener(search: SearchIndexBuilder): SearchPageListener {
  const send = process.send?.bind(process);
  if (process.env[INDEX_AFTER_ASTRO] !== "1" || send === undefined) return (page) => search.add(page);
  return (page) => {
    const message: WrittenPageMessage = { type: WRITTEN_PAGE, ...page };
    // Once `npm run build` has gone, Astro's process is about to stop (orphan-guard.ts): nothing is left to tell.
    if (process.connected) send(message);
  };
}

/**
 * Returns the integration that makes `astro build` produce the complete site on its own (what Astro-aware
 * hosts run): the content loader validates the folder, the review pages write their charts' embed pages (into the
 * shell Astro renders once) and SVG files, and worker threads draw the PNGs they hand over while Astro renders the
 * pages, and when the pages are written this waits for those files, adds the PNGs, writes the headers file
 * and indexes the site for search (unless `npm run build` does so itself, once Astro has ended). Under `astro dev` it
 * turns the authors' preview on. A build of `contentDir` with errors stops before Astro syncs the content.
 */
export function partnershipReviews(contentDir: string): AstroIntegration {
  let base = "/";
  let routes: readonly HeaderRoute[] = [];
  // The site's search index, when this process makes it (`astro build` alone): the pages that mark a body are handed
  // over in the order Astro renders them, held, and indexed in the last hook, once every page is written.
  let search: SearchIndexBuilder | undefined;
  return {
    name: "partnership-reviews",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
        search = new SearchIndexBuilder(fileURLToPath(config.outDir), { canIndexNow: () => false });
        const files = new ChartFileWriter(fileURLToPath(config.outDir));
        setChartFileWriter(files);
        setEmbedPageWriter(new EmbedPageWriter(files));
      },
      "astro:routes:resolved": (resolved) => {
        routes = resolved.routes;
      },
      // The authors' preview (drafts and embargoed reviews shown, marked) exists only under `astro dev`:
      // any other command clears the switch, so a build can never publish them.
      "astro:config:setup": async ({ command, config }) => {
        process.env[PREVIEW_SWITCH] = command === "dev" ? "1" : "0";
        // PNGs are drawn by worker threads, which run the worker script from the source tree; the dev server's
        // PNG route is bundled, so it finds the renderer set up here on globalThis.
        setPngRenderer(
          new PngRenderer({
            cacheDir: fileURLToPath(new URL("partnership-reviews/png/", config.cacheDir)),
            workerUrl: new URL("../data/chart-png-worker.ts", import.meta.url),
            version: rendererVersion(PNG_FONT_FILES, resvgVersion(), pngOptions()),
          }),
        );
        if (command === "build") {
          stage("Loading and validating the content");
          // The config has read and validated the folder already (for site.json): content with errors stops the build
          // here, before Astro syncs the content and bundles the site for nothing. Thrown, the report would come under
          // Astro's "An unhandled error occurred while running the hook", which reads as a fault of the software, not
          // of the content; so the report is shown alone, and the build ends before it has written anything.
          const { problems, content } = await readContent(contentDir);
          if (content === undefined) {
            process.stderr.write(`${contentError(problems).message}\n`);
            process.exit(1);
          }
        }
      },
      "astro:build:start": ({ setPrerenderer }) => {
        const onSearchPage = searchPageListener(search as SearchIndexBuilder);
        setPrerenderer((prerenderer) => buildPrerenderer(prerenderer, base, onSearchPage));
        stage("Rendering pages");
      },
      "astro:build:done": async ({ dir, logger }) => {
        // Hosts that read a headers file take from it what a <meta> policy cannot say (see docs/hosting.md).
        await writeFile(new URL("_headers", dir), headersFile(base, routes));
        const siteDir = fileURLToPath(dir);
        try {
          stage("Writing chart embed pages, SVGs and PNGs");
          embedPageWriter().written();
          await chartFileWriter().written();
          await writeChartPngs(await pngRenderer().planned(), siteDir);
        } finally {
          await pngRenderer().close();
        }
        if (process.env[INDEX_AFTER_ASTRO] === "1") {
          // A last message, once sent, tells that every page's message before it has left this process too.
          await new Promise<void>((sent) =>
            process.send && process.connected ? process.send({ type: "end" }, undefined, {}, () => sent()) : sent(),
          );
          logger.info("The search index is finished once Astro has ended, by npm run build");
          return;
        }
        stage("Indexing for search");
        await indexSite(search as SearchIndexBuilder, (message) => logger.info(message));
      },
    },
  };
}

/** One entry of the sitemap, as @astrojs/sitemap hands it over. */
interface SitemapItem {
  url: string;
  lastmod?: string;
}

/**
 * Returns the sitemap options for @astrojs/sitemap: every built page but the error page and the chart embeds
 * (made for iframes; their review page is what a search engine should offer), plus the committee pack, each
 * partnership and review page dated by when it last changed, read from the same validated content as the pages.
 */
export function sitemapOptions(contentDir: string, root: string) {
  let dates: Promise<Map<string, string>> | undefined;
  return {
    filter: (page: string) => !page.endsWith("/404/") && !page.includes("/charts/"),
    customPages: [`${root}${SITE_PACK_PATH}`],
    serialize: async <T extends SitemapItem>(item: T): Promise<T> => {
      dates ??= readValidContent(contentDir).then((content) =>
        pageDates(buildSiteModel(content, isoDay(processNow()))),
      );
      const lastmod = (await dates).get(item.url.startsWith(root) ? item.url.slice(root.length) : item.url);
      return lastmod === undefined ? item : { ...item, lastmod };
    },
  };
}

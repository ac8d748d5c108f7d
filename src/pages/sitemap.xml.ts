import type { APIRoute, GetStaticPaths, GetStaticPathsOptions } from "astro";
import { getSiteModel } from "../data/site-model.ts";
import { pagePath, publicPages, siteRoot, sitemapXml } from "../lib/open-data/index.ts";

// Every page file, so that the sitemap lists exactly the pages Astro builds, a page added later included.
const pageModules = import.meta.glob<{ getStaticPaths?: GetStaticPaths }>("./**/*.{astro,md,mdx}");

const options: GetStaticPathsOptions = {
  paginate: () => {
    throw new Error("sitemap.xml cannot list a paginated route yet: teach src/pages/sitemap.xml.ts about it");
  },
  routePattern: "",
};

/** Returns the site-relative path of every page Astro builds: each static page, and each page of each dynamic route. */
async function builtPagePaths(): Promise<string[]> {
  const lists = await Promise.all(
    Object.entries(pageModules).map(async ([file, load]) => {
      if (!file.includes("[")) return [pagePath(file)];
      const { getStaticPaths } = await load();
      const entries = (await getStaticPaths?.({ ...options, routePattern: file })) ?? [];
      return entries.map((entry) => pagePath(file, entry.params));
    }),
  );
  return lists.flat().filter((path): path is string => path !== undefined);
}

/** sitemap.xml: every public page, with absolute addresses. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  return new Response(
    sitemapXml(publicPages(model, await builtPagePaths()), siteRoot(site, import.meta.env.BASE_URL)),
    {
      headers: { "Content-Type": "application/xml; charset=utf-8" },
    },
  );
};

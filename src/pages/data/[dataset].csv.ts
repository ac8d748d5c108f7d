import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { csvDatasets, siteRoot, toCsv, type Dataset } from "../../lib/open-data/index.ts";

export const getStaticPaths = (async () => {
  const { framework } = await getSiteModel();
  return csvDatasets(framework).map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }));
}) satisfies GetStaticPaths;

/** data/<dataset>.csv: one CSV download, built from the published site model. */
export const GET: APIRoute<{ dataset: Dataset }> = async ({ props, site }) => {
  const model = await getSiteModel();
  const root = siteRoot(site, import.meta.env.BASE_URL);
  const { dataset } = props;
  const body = toCsv(
    dataset.columns.map((column) => column.name),
    dataset.records(model, root),
  );
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};

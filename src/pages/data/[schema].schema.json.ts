import type { APIRoute, GetStaticPaths } from "astro";
import { JSON_DOWNLOADS, jsonFile, jsonSchemaOf, siteRoot, type JsonDownload } from "../../lib/open-data/index.ts";

export const getStaticPaths = (() =>
  Object.entries(JSON_DOWNLOADS).map(([name, download]) => ({
    params: { schema: name },
    props: { download },
  }))) satisfies GetStaticPaths;

/** data/<name>.schema.json: the JSON Schema of one JSON download, generated from its zod schema. */
export const GET: APIRoute<{ download: JsonDownload }> = ({ props, site }) =>
  new Response(jsonFile(jsonSchemaOf(props.download, siteRoot(site, import.meta.env.BASE_URL))), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });

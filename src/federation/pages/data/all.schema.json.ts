import type { APIRoute } from "astro";
import { z } from "zod";
import { federationJsonSchema } from "../../open-data.ts";

/** data/all.schema.json: the JSON Schema of data/all.json. */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(z.toJSONSchema(federationJsonSchema, { target: "draft-2020-12", io: "output" }), null, 2)}\n`,
    {
      headers: { "Content-Type": "application/schema+json" },
    },
  );

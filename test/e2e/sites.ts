import { resolve } from "node:path";
import { OUTPUT } from "../support/built-site.ts";

/** The sample site built at the root. */
export const SITE = resolve(OUTPUT, "site");

/** The sample site built under /partnership-reviews/. */
export const SITE_UNDER_BASE = resolve(OUTPUT, "site-base");

/** The base path of SITE_UNDER_BASE. */
export const BASE_PATH = "/partnership-reviews/";

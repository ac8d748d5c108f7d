// The headers file for hosts that read one (Netlify and Cloudflare Pages read `_headers` from the site's folder).
// A <meta> Content Security Policy cannot say who may frame a page, so `frame-ancestors 'self'` is sent as a header
// for every page but the chart embed pages, which exist to be framed by other sites.
import type { IntegrationResolvedRoute } from "astro";
import { chartEmbedPath, type EmbedChart } from "../lib/embeds.ts";

/** The headers every file gets. */
export const EVERY_FILE_HEADERS = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
} as const;

/** The header every page but a chart embed gets. */
export const PAGE_HEADERS = { "Content-Security-Policy": "frame-ancestors 'self'" } as const;

/** A route as the headers file needs it: its path segments, whether it renders a page, and whose it is. */
export type HeaderRoute = Pick<IntegrationResolvedRoute, "segments" | "type" | "origin">;

/**
 * Returns a route's address pattern in the hosts' syntax, below the site root: a placeholder (":slug") for each
 * dynamic segment, "*" for a rest parameter or a segment mixing text and parameters, such as "partnerships/:slug/".
 */
export function routePattern(route: HeaderRoute): string {
  const path = route.segments
    .map((segment) => {
      const [only] = segment;
      if (segment.length === 1 && only !== undefined && only.dynamic) return only.spread ? "*" : `:${only.content}`;
      return segment.some((part) => part.dynamic) ? "*" : segment.map((part) => part.content).join("");
    })
    .join("/");
  if (route.type !== "page" || path === "") return path;
  // Pages are written as folders (trailingSlash "always"), but for the error pages, which Astro writes as files.
  return path === "404" || path === "500" ? `${path}.html` : `${path}/`;
}

// The embed page's address with its parameters as placeholders, compared with placeholder names ignored.
const EMBED_PATTERN = chartEmbedPath(":slug", ":review", ":chart" as EmbedChart).replace(/:\w+/g, ":");

/** Returns true for the routes whose pages may be framed: the chart embeds. */
function isEmbed(pattern: string): boolean {
  return pattern.replace(/:\w+/g, ":") === EMBED_PATTERN;
}

/** Returns a block of the headers file: a path, then its headers indented. */
function block(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
}

/**
 * Returns the `_headers` file for a site served under `base` (such as "/" or "/reviews/"): every file gets
 * EVERY_FILE_HEADERS, and each HTML page route but the chart embeds gets PAGE_HEADERS. Pages are listed by route,
 * never by a catch-all, because hosts combine the headers of every rule that matches and cannot take one away.
 */
export function headersFile(base: string, routes: readonly HeaderRoute[]): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  // Astro's own routes (server islands) serve nothing in a static site.
  const pages = routes
    .filter((route) => route.origin !== "internal")
    .filter((route) => route.type === "page" || (route.type === "endpoint" && routePattern(route).endsWith(".html")))
    .map(routePattern)
    .filter((pattern) => !isEmbed(pattern));
  return `${[
    block(`${root}*`, EVERY_FILE_HEADERS),
    ...[...new Set(pages)].sort().map((pattern) => block(`${root}${pattern}`, PAGE_HEADERS)),
  ].join("\n")}\n`;
}

import { describe, expect, it } from "vitest";
import { headersFile, routePattern, type HeaderRoute } from "../../../src/integrations/headers.ts";

/** Returns a route as Astro resolves it, from a path such as "partnerships/[slug]" ("[...rest]" for a rest parameter). */
function route(
  path: string,
  type: HeaderRoute["type"] = "page",
  origin: HeaderRoute["origin"] = "project",
): HeaderRoute {
  const segments = path
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) =>
      segment.split(/(\[[^\]]+\])/).flatMap((part) => {
        if (part === "") return [];
        const dynamic = part.startsWith("[");
        const spread = part.startsWith("[...");
        return [{ content: dynamic ? part.replace(/^\[(\.\.\.)?|\]$/g, "") : part, dynamic, spread }];
      }),
    );
  return { segments, type, origin };
}

describe("routePattern(route)", () => {
  it("routePattern(route) writes pages as folders (error pages as files), parameters as placeholders and endpoints as files", () => {
    expect(routePattern(route(""))).toBe("");
    expect(routePattern(route("partnerships/[slug]"))).toBe("partnerships/:slug/");
    expect(routePattern(route("docs/[...rest]"))).toBe("docs/*/");
    expect(routePattern(route("committee-pack.html", "endpoint"))).toBe("committee-pack.html");
    expect(routePattern(route("404"))).toBe("404.html");
    expect(routePattern(route("partnerships/[slug]/reviews/[review]/charts/[chart].svg", "endpoint"))).toBe(
      "partnerships/:slug/reviews/:review/charts/*",
    );
  });
});

describe("headersFile(base, routes)", () => {
  const routes = [
    route(""),
    route("partnerships/[slug]"),
    route("partnerships/[slug]/reviews/[review]"),
    route("partnerships/[slug]/reviews/[review]/charts/[chart]"),
    route("partnerships/[slug]/reviews/[review]/charts/[chart].svg", "endpoint"),
    route("data/[dataset].csv", "endpoint"),
    route("committee-pack.html", "endpoint"),
    route("_server-islands/[name]", "page", "internal"),
  ];

  it("headersFile(base, routes) denies framing to every page but the chart embeds (and Astro's own routes), under the base path", () => {
    expect(headersFile("/reviews/", routes)).toBe(
      [
        "/reviews/*",
        "  Referrer-Policy: strict-origin-when-cross-origin",
        "  X-Content-Type-Options: nosniff",
        "/reviews/",
        "  Content-Security-Policy: frame-ancestors 'self'",
        "/reviews/committee-pack.html",
        "  Content-Security-Policy: frame-ancestors 'self'",
        "/reviews/partnerships/:slug/",
        "  Content-Security-Policy: frame-ancestors 'self'",
        "/reviews/partnerships/:slug/reviews/:review/",
        "  Content-Security-Policy: frame-ancestors 'self'",
        "",
      ].join("\n"),
    );
  });

  it("headersFile(base, routes) writes paths from the root when there is no base path", () => {
    expect(headersFile("/", [route("")])).toBe(
      "/*\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Content-Type-Options: nosniff\n/\n  Content-Security-Policy: frame-ancestors 'self'\n",
    );
  });
});

// The headers file as a host that reads one (Netlify, Cloudflare Pages) applies it to every page of a built site.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_PATH, SITE, SITE_UNDER_BASE } from "./sites.ts";

/** One rule of a `_headers` file: a path pattern and its headers. */
interface Rule {
  pattern: string;
  headers: [string, string][];
}

/** Returns the rules of a `_headers` file: a line that starts with "/" opens a rule, indented lines are its headers. */
function readRules(file: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("/")) rules.push({ pattern: line.trim(), headers: [] });
    else if (line.trim() !== "" && !line.trim().startsWith("#")) {
      const [name = "", ...value] = line.trim().split(":");
      rules.at(-1)?.headers.push([name.trim(), value.join(":").trim()]);
    }
  }
  return rules;
}

/** Returns true when a host would apply the rule's pattern to `path`: "*" matches anything, ":name" one segment. */
function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`).test(path);
}

/** Returns the headers a host sends with `path`: those of every matching rule. */
function headersFor(rules: readonly Rule[], path: string): string[] {
  return rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers.map((h) => h.join(": ")));
}

/** Returns the address of every HTML page of a built site under `base`. */
function pageAddresses(site: string, base: string): string[] {
  return readdirSync(site, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => `${base}${file.replace(/(^|\/)index\.html$/, "$1")}`);
}

// The chart embed pages, which other sites frame, as the issue names them.
const EMBED = /\/partnerships\/[^/]+\/reviews\/[^/]+\/charts\/[^/]+\/$/;

describe.each([
  ["at the root", SITE, "/"],
  ["under a base path", SITE_UNDER_BASE, BASE_PATH],
])("the headers file of the sample site %s", (_where, site, base) => {
  it("gives every page but the chart embeds frame-ancestors 'self', and every page the referrer and type rules", () => {
    const rules = readRules(join(site, "_headers"));
    const pages = pageAddresses(site, base);
    const embeds = pages.filter((page) => EMBED.test(page));
    expect(embeds.length).toBeGreaterThan(0);
    expect(pages.length).toBeGreaterThan(embeds.length + 10);
    const wrong = pages.filter((page) => {
      const headers = headersFor(rules, page);
      const expected = [
        "Referrer-Policy: strict-origin-when-cross-origin",
        "X-Content-Type-Options: nosniff",
        ...(EMBED.test(page) ? [] : ["Content-Security-Policy: frame-ancestors 'self'"]),
      ];
      return JSON.stringify([...headers].sort()) !== JSON.stringify(expected.sort());
    });
    expect(wrong).toEqual([]);
  });
});

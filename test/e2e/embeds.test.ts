import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser.ts";
import { useServedSite } from "../support/served-site.ts";
import { SITE } from "./sites.ts";

/** Words of the sample content that appear only where nothing may be published (as in search.test.ts). */
// "wrenfield", not "sensitive": the pages say a factor is "sensitive to weighting" (content model version 3).
const PRIVATE_WORDS = ["wrenfield", "privilege", "transcribed"];

/** The sample's draft and embargoed reviews (search.test.ts): they must have no page, so no chart either. */
const PRIVATE_REVIEWS = ["neighbourhood-hub/reviews/2026-readiness", "shared-management/reviews/2026-independent"];

/** A current review of the sample with risks and an earlier review. */
const REVIEW = "partnerships/shared-legal/reviews/2025-annual/";

/** Returns every file under the site's partnerships/ folder that belongs to a chart embed, as a site path. */
function embedFiles(): string[] {
  return readdirSync(join(SITE, "partnerships"), { recursive: true, encoding: "utf8" })
    .map((file) => `partnerships/${file}`)
    .filter((file) => /\/charts\/.+\.(html|svg|png)$/.test(file));
}

const served = useServedSite(SITE);

describe("chart embeds", () => {
  it.each(["light", "dark"] as const)(
    "an embed page has no WCAG 2.2 AA violations (%s), its summary, data table and absolute source link",
    async (colorScheme) => {
      const page = await served.tab({ width: 1024, height: 800, colorScheme });
      await page.goto(`${served.url}${REVIEW}charts/spectrum/`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator("html").getAttribute("lang")).toBe("en-GB");
      expect(await page.locator("meta[http-equiv='content-security-policy']").count()).toBe(1);
      expect(await page.locator("header, nav").count()).toBe(0);
      expect(await page.locator(".app-chart__summary").textContent()).not.toBe("");
      expect(await page.locator("table th[scope=row]").count()).toBeGreaterThan(0);
      const source = page.locator(`a[href$="/${REVIEW}"]`);
      expect(await source.getAttribute("href")).toMatch(/^https?:\/\//);
    },
  );

  it("an embed page loads inside an <iframe> on another origin's page", async () => {
    const embed = `${served.url}${REVIEW}charts/risk-matrix/`;
    const host: Server = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(
        `<!doctype html><html lang="en"><title>Host</title><iframe title="Risks" src="${embed}" width="700" height="900"></iframe></html>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const address = host.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    const page = await served.tab();
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      const frame = page.frameLocator("iframe");
      await frame.locator("h1").waitFor();
      expect(await frame.locator("h1").textContent()).toMatch(/^Risks to .+ by likelihood and impact$/);
      expect(await frame.locator("svg[role=img]:visible").count()).toBe(1);
    } finally {
      await new Promise((resolve) => host.close(resolve));
    }
  });

  it("the SVG parses as one <svg> with its namespace, title and desc; the PNG is a PNG twice its size", () => {
    const svg = readFileSync(join(SITE, REVIEW, "charts/spectrum.svg"), "utf8");
    const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
    expect(root?.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(root?.getElementsByTagName("title")[0]?.textContent).toMatch(/^Where each stakeholder group places /);
    expect(root?.getElementsByTagName("desc")[0]?.textContent).not.toBe("");
    expect(svg).not.toContain("var(");
    const png = readFileSync(join(SITE, REVIEW, "charts/spectrum.png"));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      2 * Number(root?.getAttribute("width")),
      2 * Number(root?.getAttribute("height")),
    ]);
  });

  it("only the current review's spectrum chart has a PNG; an earlier review keeps its page and SVG", () => {
    const earlier = "partnerships/shared-legal/reviews/2022-independent/charts/";
    expect(existsSync(join(SITE, REVIEW, "charts/spectrum.png"))).toBe(true);
    expect(
      ["spectrum/index.html", "spectrum.svg", "spectrum.png"].map((file) => existsSync(join(SITE, earlier, file))),
    ).toEqual([true, true, false]);
    expect(readFileSync(join(SITE, earlier, "spectrum/index.html"), "utf8")).not.toContain("spectrum.png");
    expect(embedFiles().filter((file) => file.endsWith(".png")).length).toBeGreaterThan(0);
  });

  it("every embed page, written into the shell Astro rendered once, is whole and has its own title and address", () => {
    const pages = embedFiles().filter((file) => file.endsWith("/index.html"));
    expect(pages.length).toBeGreaterThan(20);
    const wrong = pages.flatMap((file) => {
      const html = readFileSync(join(SITE, file), "utf8");
      const own = file.replace(/index\.html$/, "");
      const problems = [
        html.startsWith("<!DOCTYPE html>") && html.endsWith("</body></html>") ? "" : "not a whole page",
        html.split("<title>").length === 2 ? "" : "not one <title>",
        html.split('http-equiv="content-security-policy"').length === 2 ? "" : "not one policy",
        new RegExp(`<link rel="canonical" href="https?://[^"]+/${own}">`).test(html) ? "" : "another address",
        html.includes("partnership-reviews:embed-") ? "a marker left" : "",
      ];
      return problems.filter((problem) => problem !== "").map((problem) => `${file}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });

  it("a withdrawn review's embed page carries the withdrawn notice", () => {
    const html = readFileSync(join(SITE, "partnerships/kestrel-waste/reviews/2023-audit/charts/spectrum/index.html"));
    expect(html.toString()).toContain("This review was withdrawn on");
  });

  it("no draft or embargoed review has an embed, and no private word is in any embed file", () => {
    for (const review of PRIVATE_REVIEWS) expect(existsSync(join(SITE, "partnerships", review))).toBe(false);
    const files = embedFiles();
    expect(files.length).toBeGreaterThan(20);
    const leaks = files
      .filter((file) => !file.endsWith(".png"))
      .flatMap((file) =>
        PRIVATE_WORDS.filter((word) => new RegExp(`\\b${word}`, "i").test(readFileSync(join(SITE, file), "utf8"))).map(
          (word) => `${file}: ${word}`,
        ),
      );
    expect(leaks).toEqual([]);
  });
});

describe("the review page's links to its charts", () => {
  it("links each chart that has an embed to its page, SVG and (spectrum) PNG, each a file of the site, named by its chart", async () => {
    const page = await served.tab({ width: 1024, height: 800 });
    await page.goto(`${served.url}${REVIEW}`);
    const links = await page
      .locator(".app-chart-reuse a")
      .evaluateAll((anchors) =>
        anchors.map((anchor) => ({ href: anchor.getAttribute("href") ?? "", name: anchor.textContent?.trim() ?? "" })),
      );
    expect(links.map((link) => link.href)).toEqual([
      `/${REVIEW}charts/spectrum/`,
      `/${REVIEW}charts/spectrum.svg`,
      `/${REVIEW}charts/spectrum.png`,
      `/${REVIEW}charts/trajectory/`,
      `/${REVIEW}charts/trajectory.svg`,
      `/${REVIEW}charts/factor-trends/`,
      `/${REVIEW}charts/factor-trends.svg`,
      `/${REVIEW}charts/risk-matrix/`,
      `/${REVIEW}charts/risk-matrix.svg`,
    ]);
    for (const { href } of links) {
      expect(existsSync(join(SITE, href.endsWith("/") ? `${href}index.html` : href)), href).toBe(true);
    }
    // Read out of context, in a list of the page's links, no two names are the same.
    expect(new Set(links.map((link) => link.name)).size).toBe(links.length);
    expect(links[0]?.name).toBe("open it on a page of its own (chart of each group's view by factor)");
    await page.emulateMedia({ media: "print" });
    expect(
      await page.locator(".app-chart-reuse").evaluateAll((items) => items.map((item) => item.checkVisibility())),
    ).toEqual([false, false, false]);
  });
});

describe("the committee pack on the site", () => {
  it("committee-pack.html is the needs-attention pack, with no private word and no WCAG 2.2 AA violation", async () => {
    const html = readFileSync(join(SITE, "committee-pack.html"), "utf8");
    expect(html).toContain("partnerships needing attention");
    expect(PRIVATE_WORDS.filter((word) => new RegExp(`\\b${word}`, "i").test(html))).toEqual([]);
    const page = await served.tab();
    await page.goto(`${served.url}committee-pack.html`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("the home page, /compare/ and /data/ link it, saying what it is", () => {
    for (const path of ["index.html", "compare/index.html", "data/index.html"]) {
      const html = readFileSync(join(SITE, path), "utf8");
      expect(html, path).toMatch(
        /<a class="govuk-link[^"]*" href="\/committee-pack\.html">Committee pack of the \d+ partnerships needing attention<\/a> \(HTML web page, as at \d+ \w+ \d{4}\):/,
      );
    }
  });
});

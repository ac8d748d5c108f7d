import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { writeSearchIndex } from "../../../src/integrations/search-index.ts";

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** Returns the indexed pages' records, read back from Pagefind's fragment files. */
async function fragments(siteDir: string): Promise<{ url: string; content: string; filters: object }[]> {
  const dir = join(siteDir, "pagefind", "fragment");
  const records = [];
  for (const name of await readdir(dir)) {
    const text = gunzipSync(await readFile(join(dir, name))).toString("utf8");
    records.push(JSON.parse(text.slice(text.indexOf("{"))) as { url: string; content: string; filters: object });
  }
  return records;
}

describe("writeSearchIndex(siteDir, language)", () => {
  it("writeSearchIndex indexes as the pages mark: their body with cells apart, filters, and nothing ignored", async () => {
    const site = await mkdtemp(join(tmpdir(), "search-index-"));
    folders.push(site);
    await mkdir(join(site, "risks"));
    await mkdir(join(site, "partnerships"));
    await writeFile(
      join(site, "risks", "index.html"),
      '<html lang="en"><body><nav>Menu</nav><main data-pagefind-body data-pagefind-filter="type:risks">' +
        "<h1>Risks</h1><table><tr><th>Risk</th><td>Likelihood</td></tr></table>" +
        '<figure><div data-pagefind-ignore="all"><svg><text>Drawn</text></svg></div><p>Summary</p></figure>' +
        "</main></body></html>",
    );
    await writeFile(
      join(site, "partnerships", "index.html"),
      '<html lang="en"><body><main><h1>Register</h1></main></body></html>',
    );
    const summary = await writeSearchIndex(site, "en-GB");
    expect(summary).toEqual({ pages: 1 });
    expect(await fragments(site)).toEqual([
      expect.objectContaining({
        url: "/risks/",
        content: "Risks. Risk Likelihood. Summary.",
        filters: { type: ["risks"] },
      }),
    ]);
  });
});

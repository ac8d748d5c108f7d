import { request } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../../../scripts/browse/static-server.ts";

/** Returns the status, content type and body of a GET of `path` exactly as written (no URL normalising). */
function get(server: StaticServer, path: string): Promise<{ status: number; type: string; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"] ?? "", body }),
      );
    })
      .on("error", reject)
      .end();
  });
}

describe("serveStatic(root, basePath)", () => {
  let scratch: string;
  let server: StaticServer;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "static-server-"));
    const site = join(scratch, "site");
    mkdirSync(join(site, "search"), { recursive: true });
    writeFileSync(join(scratch, "secret.txt"), "outside the site");
    writeFileSync(join(site, "index.html"), "home");
    writeFileSync(join(site, "404.html"), "not found");
    writeFileSync(join(site, "search", "index.html"), "search");
    writeFileSync(join(site, "pagefind.wasm"), "wasm");
    writeFileSync(join(scratch, "tool.js"), "globalThis.tool = 1;");
    server = await serveStatic(site, "/reviews/", { "/__tests/tool.js": join(scratch, "tool.js") });
  });
  afterAll(async () => {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("serveStatic(root, basePath) serves the site under its base path, a folder by its index.html", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reviews\/$/);
    expect(await get(server, "/reviews/")).toEqual({ status: 200, type: "text/html;charset=utf-8", body: "home" });
    expect(await get(server, "/reviews/search/?q=legal")).toEqual({
      status: 200,
      type: "text/html;charset=utf-8",
      body: "search",
    });
  });

  it("serveStatic(root, basePath, scripts) serves each script at its own address outside the base path", async () => {
    expect(await get(server, "/__tests/tool.js")).toEqual({
      status: 200,
      type: "text/javascript; charset=utf-8",
      body: "globalThis.tool = 1;",
    });
    expect((await get(server, "/__tests/tool.js?v=1")).body).toBe("globalThis.tool = 1;");
    expect((await get(server, "/reviews/__tests/tool.js")).status).toBe(404);
  });

  it("serveStatic(root, basePath) sends WebAssembly with its own type, for Pagefind", async () => {
    expect((await get(server, "/reviews/pagefind.wasm")).type).toBe("application/wasm");
  });

  it("serveStatic(root, basePath) answers 404 with the site's 404 page outside the base path, for a missing file and outside the folder", async () => {
    const notFound = { status: 404, type: "text/html; charset=utf-8", body: "not found" };
    expect(await get(server, "/reviews/no-such-page/")).toEqual(notFound);
    expect(await get(server, "/index.html")).toEqual(notFound);
    expect(await get(server, "/reviews/%2e%2e/secret.txt")).toEqual(notFound);
  });
});

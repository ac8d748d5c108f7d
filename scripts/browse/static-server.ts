import { createReadStream } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { join } from "node:path";
import sirv from "sirv";

/** A static file server for a built site, serving `root` under `basePath`, as a host would. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Starts a server on a free loopback port; unknown paths get the site's 404 page. `scripts` maps paths to script
 * files served there, before the site and whatever its base path, with a day's caching, so Chromium compiles each once
 * and keeps the code: the browser tests give pages axe-core this way.
 */
export async function serveStatic(
  root: string,
  basePath = "/",
  scripts: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const notFound = (response: ServerResponse): void => {
    response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    createReadStream(join(root, "404.html")).pipe(response);
  };
  // dev: files are looked up on each request, so a site rebuilt while the server runs is served as it is now.
  const files = sirv(root, { dev: true });
  const server = createServer((request, response) => {
    const address = request.url ?? "/";
    const script = scripts[new URL(address, "http://localhost").pathname];
    if (script !== undefined) {
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "max-age=86400" });
      return void createReadStream(script).pipe(response);
    }
    if (!address.startsWith(basePath)) return notFound(response);
    request.url = `/${address.slice(basePath.length)}`;
    files(request, response, () => notFound(response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

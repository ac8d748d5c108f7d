import { createReadStream } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { join } from "node:path";
import sirv from "sirv";

/** A static file server for a built site, serving `root` under `basePath`, as a host would. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Starts a server on a free loopback port; unknown paths get the site's 404 page. */
export async function serveStatic(root: string, basePath = "/"): Promise<StaticServer> {
  const notFound = (response: ServerResponse): void => {
    response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    createReadStream(join(root, "404.html")).pipe(response);
  };
  // dev: files are looked up on each request, so a site rebuilt while the server runs is served as it is now.
  const files = sirv(root, { dev: true });
  const server = createServer((request, response) => {
    const address = request.url ?? "/";
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

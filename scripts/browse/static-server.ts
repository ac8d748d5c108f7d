import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/** A static file server for a built site, serving `root` under `basePath`, as a host would. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Starts a server on a free loopback port; unknown paths get the site's 404 page. */
export async function serveStatic(root: string, basePath = "/"): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const relative = path.startsWith(basePath) ? path.slice(basePath.length) : undefined;
    let file = relative === undefined ? undefined : join(root, normalize(`/${relative}`));
    const info = file === undefined ? undefined : await stat(file).catch(() => undefined);
    if (file !== undefined && info?.isDirectory()) file = join(file, "index.html");
    const found = file !== undefined && (await stat(file).catch(() => undefined))?.isFile();
    const target = found ? (file as string) : join(root, "404.html");
    response.writeHead(found ? 200 : 404, { "content-type": TYPES[extname(target)] ?? "application/octet-stream" });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
